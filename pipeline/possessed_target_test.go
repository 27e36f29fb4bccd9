package pipeline

import "testing"

// TestPossessedAfterPreposition: a preposition's object that is a
// possessor ("to the country's", "to Australia's") stands for what it
// owns when that is an actor: "apologised to the country's Aboriginal
// people" is aimed at the people, not at no one or at the state; what
// owns a thing that is no actor ("fired on the army's positions") stays
// the target.
func TestPossessedAfterPreposition(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the country's people", "2008-02-13", "Australian Prime Minister Kevin Rudd formally apologised to the country's Aboriginal people for past policies.", "055", "AUSGOV>AUSCVL", ""},
		{"a state's people", "2008-02-13", "Kevin Rudd apologised to Australia's indigenous people on Wednesday.", "055", "AUSGOV>AUSCVL", ""},
		{"the city's residents", d, "Kenyan President Uhuru Kenyatta apologised to the city's residents for the police raids.", "055", "KENGOV>KENCVL", ""},
		{"appeal to the nation's students", d, "Chilean President Sebastian Pinera appealed to the nation's students to end the occupation of schools.", "02", "CHLGOV>CHLCVL", ""},
		{"urge the country's opposition", d, "Ethiopian Prime Minister Abiy Ahmed called on the country's opposition leaders to join the talks.", "02", "ETHGOV>ETHOPP", ""}, // an appeal to meet (026); before, 'called' read as a phone call (041)
		{"fire on the capital's protesters", d, "Thai police fired on the capital's protesters near Government House.", "175", "THACOP>THAOPP", ""},
		{"guard: what is owned is no actor", d, "Congolese rebels fired on the army's positions near Goma.", "19", "CODREB>CODMIL", ""},
		{"guard: one chunk", d, "The United Nations called on Israel's government to halt the raids.", "02", "IGOUNO>ISRGOV", ""},
		{"guard: a place owned", d, "Chinese troops moved into the country's north on Monday.", "02", "", ""},
	})
}
