package pipeline

import "testing"

// TestUnownedSpeaker: a spokesman or chairman with no owner in its phrase
// speaks for the body the story told of just before (actor/speaker.go):
// the only one named before it in its sentence, else the only one of the
// sentence before, or the one of the sentence before that its own
// sentence does not name again as the other party; two left, no one.
func TestUnownedSpeaker(t *testing.T) {
	testLexRows(t, []lexRow{
		{"previous sentence one body", d, "The Kenyan government rejected the report on Tuesday. A spokeswoman accused Somalia of spreading lies.", "112", "KENGOV>SOM", ""},
		{"previous sentence firm", d, "Shell shut two pumping stations in the delta on Monday. The spokesman accused the Nigerian army of failing to protect the pipelines.", "112", "GBRBUS>NGAMIL", ""},
		{"same sentence before", d, "After Kenya closed the border, a spokeswoman accused Somalia of sheltering militants.", "112", "KENGOV>SOM", ""},
		{"other party named again", d, "Police in Uganda arrested 40 opposition supporters on Monday. A spokesman accused the opposition of planning riots.", "112", "UGACOP>UGAOPP", ""},
		{"chairman of a union", d, "The Nigeria Labour Congress called a nationwide strike on Monday. The chairman accused the government of ignoring workers.", "112", "NGALAB>NGAGOV", ""},
		{"plural spokesmen", d, "The Israeli army said on Sunday that the crossings would stay shut. The spokesmen blamed Hamas for the rocket fire.", "112", "ISRMIL>PSEREB", ""},
		// must not: a spokesman who names whom he speaks for keeps it
		{"owner named", d, "Kenya deployed troops to the border. A spokesman for the opposition accused the government of provoking Somalia.", "112", "OPP>KENGOV", ""},
		// must not: the only body before is named after it: the other party
		{"only body named again", d, "The Kenyan government rejected the report on Tuesday. A spokeswoman accused the government of lying.", "112", "", ""},
		// must not: two parties before, neither named again: no one
		{"two parties", d, "Ethiopian and Eritrean troops exchanged fire on the border on Monday. A spokesman accused the United Nations of doing nothing.", "112", "", ""},
	})
}
