package pipeline

import "testing"

// TestCrowdsAct: joining protesters is protesting (141); a crowd that
// blocks or stops vehicles obstructs (144), while a state that blocks an
// aid convoy withholds aid (162x).
func TestCrowdsAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"soldiers joined the protesters", d, "Dozens of soldiers joined the protesters in Yerevan.", "141", "ARMMIL>ARM", ""},
		{"police joined the crowds", "2019-04-09", "KHARTOUM, Sudan (AP) — Police officers joined the crowds outside the army headquarters.", "141", "SDNCOP>", ""},
		{"joined a march, as before", d, "Students joined the march against the government.", "141", "CVL>GOV", ""},
		{"protesters blocked a convoy", d, "Protesters blocked a convoy of army trucks.", "144", "OPP>MIL", ""},
		{"villagers stopped a train", d, "Villagers stopped a train carrying troops to the north.", "144", "CVL>", ""},
		{"a state blocking aid is no protest", d, "Israel blocked an aid convoy to Gaza.", "144", "", ""},
		{"an army stopping a convoy is no protest", d, "The army stopped the convoy at the border.", "144", "", ""},
	})
}
