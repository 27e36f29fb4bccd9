package pipeline

import "testing"

// TestDeclaredUnlawful: an act or a body declared, deemed or ruled invalid,
// illegal or null after the object of a verb of naming is criticised (111),
// the adjective read as what the object is declared to be, not as a noun
// of its phrase ("declared the election invalid"); an act called by a name
// of abuse of power ("political persecution") accuses its doer (112). What
// is declared a zone, a winner or over is no judgement.
func TestDeclaredUnlawful(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"declared invalid", d, "Kenya's Supreme Court declared the election invalid.", "111", "KENJUD>", ""},
		{"declared illegitimate", d, "Egypt's top court declared the parliament illegitimate on Thursday.", "111", "EGYJUD>EGYLEG", ""},
		{"declared null and void", d, "Guatemala's Constitutional Court declared the decree null and void.", "111", "GTMJUD>", ""},
		{"ruled unconstitutional", d, "Pakistan's Supreme Court ruled the dismissal of the prime minister unconstitutional.", "111", "PAKJUD>", ""},
		{"deemed invalid", d, "Thailand's Constitutional Court deemed the February election invalid.", "111", "THAJUD>", ""},
		{"declared illegal late", d, "The Constitutional Court of Guatemala declared the decree illegal late on Tuesday.", "111", "GTMJUD>", ""},
		{"called persecution", d, "Opposition leader Raila Odinga called the charges political persecution and harassment.", "112", "KENOPP>", ""},
		{"called crazy", d, "Erdogan called the Dutch decision crazy.", "111", "TURGOV>NLD", ""},
		{"object with a place", d, "Moscow declared the referendum in Kosovo illegal.", "111", "RUSGOV>", "an object with a preposition before what it is declared"},
		{"guard: declared a zone", d, "The army declared the area a closed military zone.", "11", "", ""},
		{"guard: declared the winner", d, "The electoral commission declared Ruto the winner.", "11", "", ""},
		{"guard: declared over", d, "The health ministry declared the outbreak over.", "11", "", ""},
		{"guard: a military offensive", d, "The army declared a new military offensive.", "11", "", ""},
	})
}
