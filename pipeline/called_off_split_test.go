package pipeline

import "testing"

// TestCalledOffSplit holds a phrasal verb whose particle follows a short
// object ("called the strike off", "called them off"): it is the phrasal
// verb, as "called off the strike" is, so an entry of the plain verb
// ("called a strike": 143; "called the minister": 041) does not read it.
// The phrasal entries still do ("called the talks off": 125). Only a
// phrasal verb that undoes the plain one (sets.txt's &undoing) keeps the
// plain verb's entries away: "sent its soldiers back into Gaza" still
// sends troops.
func TestCalledOffSplit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"unions called the strike off", d, "Nigerian unions called the strike off after talks with the government.", "143", "", ""},
		{"miners called the stoppage off", d, "South African miners called the stoppage off after a pay deal.", "143", "", ""},
		{"doctors called their strike off", d, "Kenyan doctors called their strike off on Friday.", "143", "", ""},
		{"called the boycott off: no boycott", d, "The Venezuelan opposition called the boycott off on Sunday.", "143", "", ""},
		{"invited officials, then called them off", d, "The Greek prime minister invited Turkish officials to Athens but then called them off.", "041", "", ""},
		{"rebels gave their rifles up", d, "The Colombian rebels gave their rifles up to the United Nations.", "154", "", ""},
		{"not: sent soldiers back into", d, "Israel sent its soldiers back into Gaza on Tuesday.", "154", "ISR>PSEGOV", ""},
		{"not: beat the protesters back", d, "Kenyan police beat the protesters back with batons.", "175", "KENCOP>KENOPP", ""},
		{"not: called the talks off", d, "The Indian government called the talks off.", "125", "INDGOV>", ""},
		{"not: called a general strike", d, "Nigerian unions called a general strike against the government.", "143", "NGALAB>NGAGOV", ""},
		{"not: called the minister", d, "The Turkish president called the Greek prime minister on Monday.", "041", "TURGOV>GRCGOV", ""},
	})
}
