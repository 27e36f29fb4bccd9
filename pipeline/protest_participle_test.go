package pipeline

import "testing"

// TestProtestParticiple: a protest with no one named as its target is aimed
// at whom the protest or judgement its participial clause tells is aimed at
// ("marched through Cairo, chanting against the United States"), not at
// the government of the place it happens in; a participle that names no
// one leaves the protest as it was.
func TestProtestParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"marched, chanting against", d, "Hundreds of Egyptian students marched through central Cairo on Friday, chanting against the United States.", "141", "EGYCVL>USA", ""},
		{"rallied, chanting against", d, "Thousands of Pakistanis rallied in Lahore on Sunday, chanting against India.", "141", "PAKCVL>IND", ""},
		{"have protested, shouting against", d, "Hundreds of Filipinos have protested in Manila this week, shouting against China.", "140", "PHLCVL>CHN", ""},
		{"marched, condemning", d, "Serbian students marched through Belgrade on Tuesday, condemning NATO.", "141", "SRBCVL>IGONATO", ""},
		{"demonstrated, denouncing", d, "Angry Bolivian farmers demonstrated in La Paz, denouncing the United States.", "141", "BOLCVL>USA", ""},
		{"the participle's own event stays", d, "Thousands of Pakistanis rallied in Lahore on Sunday, chanting against India.", "140", "PAKCVL>IND", ""},
		{"a participle naming no one", d, "Thousands of Kenyans marched through Nairobi on Monday, singing hymns.", "141", "KENCVL>KENGOV", ""},
	})
}
