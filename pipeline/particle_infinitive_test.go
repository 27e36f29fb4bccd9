package pipeline

import "testing"

// TestParticleInfinitive: "to" before a word that is mostly a noun
// ("drive", "force", "fight") is the infinitive marker when a particle
// ("back", "away") and then a noun phrase follow: a verb's particle may
// stand before its object, a noun takes none. The purpose's object is
// then the target of the force used for it.
func TestParticleInfinitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"used water cannon to drive back the crowd", d, "Greek riot police used water cannon to drive back Albanian migrants at the border.", "175", "GRCCOP>ALBCVL", ""},
		{"used clubs to drive back hundreds of", d, "Egyptian police used clubs and dogs to drive back hundreds of Sudanese refugees.", "175", "EGYCOP>SDNREF", ""},
		{"used batons to drive back marchers", d, "Indian police used batons to drive back Nepalese marchers near the frontier.", "175", "INDCOP>NPLOPP", ""},
		{"fired rubber bullets to fight back a crowd", d, "Israeli police fired rubber bullets to fight back the Palestinian youths.", "175", "ISRCOP>PSECVL", ""},
		{"particle after the object, unchanged", d, "Egyptian police used clubs to drive Sudanese refugees back.", "175", "EGYCOP>SDNREF", ""},
		{"a noun after to, unchanged", d, "Egyptian police fired tear gas at Sudanese refugees on their drive back to the camp.", "175", "EGYCOP>SDNREF", ""},
	})
}
