package pipeline

import "testing"

// Minimal pairs of wire phrasings that a CAMEO 1.1b3 coder puts under two
// close roots: the same actors, one word or frame apart. Each row asserts
// the root and the dyad the coder gives; its partner row, the other root.

// TestRootPairRaidGathering: a protest camp, sit-in, vigil or demonstration
// that forces raid or clear is repressed (175), as one they storm is; a
// rebel camp or hideout they raid is fought (19).
func TestRootPairRaidGathering(t *testing.T) {
	testLexRows(t, []lexRow{
		{"17 sudanese security forces raided the", d, "Sudanese security forces raided the protest camp in Khartoum.", "17", "SDNMIL>SDNCVL", ""},
		{"17 thai troops cleared the protest", d, "Thai troops cleared the protest camp in Bangkok in 2010.", "17", "THAMIL>THACVL", ""},
		{"17 ukrainian riot police raided the", d, "Ukrainian riot police raided the protest camp in Kyiv in 2013.", "17", "UKRCOP>UKRCVL", ""},
		{"17 belarusian police cleared the sitin", d, "Belarusian police cleared the sit-in outside the election commission in Minsk.", "17", "BLRCOP>BLRCVL", ""},
		{"17 kenyan police raided a vigil", d, "Kenyan police raided a vigil for the slain activist in Nairobi.", "17", "KENCOP>KENCVL", ""},
		{"17 egyptian security forces cleared the", d, "Egyptian security forces cleared the sit-in at Rabaa in 2013.", "17", "EGYMIL>EGYCVL", ""},
		{"17 chinese troops cleared the demonstration", d, "Chinese troops cleared the demonstration in Tiananmen Square in 1989.", "17", "CHNMIL>CHNCVL", ""},
		{"19 philippine troops raided a rebel", d, "Philippine troops raided a rebel camp in Mindanao.", "19", "PHLMIL>PHLREB", ""},
		{"19 israeli troops raided a militant", d, "Israeli troops raided a militant hideout in Jenin.", "19", "ISRMIL>PSEREB", ""},
	})
}
