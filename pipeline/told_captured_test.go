package pipeline

import "testing"

// TestToldCaptured pins the doer left out of a passive arrest or capture
// that an arm of a state tells of: when those taken are of another
// country, and nothing names a place, the state that tells it took them
// ("Pakistan's military said an Indian soldier had been captured"), with
// its own forces when a force tells it; not their own state's police.
// People of the teller's own country, tellers that are no state, and a
// place named, keep the reading before.
func TestToldCaptured(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an army tells of a soldier of the other side captured", d,
			"Pakistan's military said an Indian soldier had been captured near the line.", "173", "PAKMIL>INDMIL", ""},
		{"the Ukrainian army tells of Russian soldiers captured", d,
			"The Ukrainian army said two Russian soldiers had been captured on Tuesday.", "173", "UKRMIL>RUSMIL", ""},
		{"a coast guard tells of foreign fishermen arrested", d,
			"Japan's coast guard said two Chinese fishermen were arrested on Sunday.", "173", "JPNCOP>CHNCVL", ""},
		{"a ministry tells of foreigners detained: its police", d,
			"China's foreign ministry said two Japanese nationals had been detained for spying.", "173", "CHNCOP>JPNCVL", ""},
		{"police tell of foreign students arrested", d,
			"Russian police said three British students were arrested for taking part in the rally.", "173", "RUSCOP>GBRCVL", ""},
		// negative: the teller's own people; a teller that is no state; a place named
		{"neg: the teller's own people stay its police's", d,
			"Iranian police said 40 Iranian students had been arrested.", "173", "IRNCOP>IRNCVL", ""},
		{"neg: a rights group is no state", d,
			"Human Rights Watch said two Egyptian activists had been detained.", "173", "EGYCOP>EGYOPP", ""},
		{"neg: the place named decides", d,
			"Germany's foreign ministry said a Turkish journalist had been detained in Istanbul.", "173", "TURCOP>TURMED", ""},
	})
}
