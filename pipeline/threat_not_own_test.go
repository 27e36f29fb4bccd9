package pipeline

import "testing"

// TestThreatNotAtItsOwn pins a threat (root 13) whose target phrase names
// the source's own people by a possessive ("revenge for the attack on its
// soldiers"): a threat is never aimed at them; another party the sentence
// names stays the target.
func TestThreatNotAtItsOwn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"revenge for an attack on its soldiers", "2019-06-10", "Pakistan vowed revenge for the attack on its soldiers.", "130", "PAK>", ""},
		{"retaliation for the killing of its citizens", "2016-06-10", "Turkey vowed retaliation for the killing of its citizens.", "130", "TUR>", ""},
		{"revenge for its fighters", "2015-06-10", "The Islamic State vowed revenge for the deaths of its fighters.", "130", "IMGRAD>", ""},
		{"revenge for the bombing of its embassy", "1998-08-10", "Kenya vowed revenge for the bombing of its embassy.", "130", "KEN>", ""},
		{"retaliation for an attack on its police", "2017-06-10", "Egypt vowed retaliation for the attack on its police.", "130", "EGY>", ""},
		{"revenge for an ambush of its troops", "2018-06-10", "Niger vowed revenge for the ambush on its troops.", "130", "NER>", ""},
		{"the doer named stays the target", "2019-02-27", "Pakistan vowed revenge for the Indian attack on its soldiers.", "130", "PAK>IND", ""},
	})
}
