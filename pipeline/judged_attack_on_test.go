package pipeline

import "testing"

// TestJudgedAttackOn: a judgement of an act of force named with whom it
// struck ("condemned the attack on the consulate", "denounced the raids
// against the camps") is aimed at who did it, told before, not at its
// victims; with no doer told, the victims stand. A threat or an act of force
// against someone keeps that phrase as its target, as does a judgement of
// a thing that is no act.
func TestJudgedAttackOn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"condemned the attack on the consulate", d, "Protesters attacked the Iranian consulate in Najaf on Wednesday and set it on fire. Iran's foreign ministry spokesman condemned the attack on the consulate.", "111", "IRNGOV>IRQCVL", ""},
		{"condemned the attacks on the peacekeepers", d, "Serb protesters attacked NATO peacekeepers in Zvecan on Monday. NATO's secretary-general condemned the attacks on the peacekeepers.", "111", "IGONATO>SRBCVL", ""},
		{"denounced the raids against villages", "2014-03-02", "Sudanese government troops raided villages in South Kordofan last week. The United States denounced the raids against the villages.", "111", "USA>SDNGOV", ""},
		{"called the assault on the town a crime", d, "Houthi rebels shelled the Saudi town of Najran on Tuesday. Saudi Arabia called the assault on Najran a war crime.", "112", "SAU>YEMREB", ""},
		{"condemned the bombing of the embassy", d, "Islamist militants bombed the Pakistani embassy in Kabul on Friday. Pakistan's foreign ministry condemned the bombing of the embassy.", "111", "PAKGOV>RAD", ""},
		{"condemned the attack on the base", d, "Boko Haram fighters attacked a Nigerian army base in Borno on Friday. Chad's president condemned the attack on the base.", "111", "TCDGOV>NGARAD", ""},
		{"denounced the attack on the refugees", d, "Kenyan police attacked Somali refugees in Dadaab on Tuesday. The Somali government denounced the attack on the refugees.", "111", "SOMGOV>KENGOV", ""},
		{"no doer told: the victims stand", d, "Prime Minister Shinzo Abe condemned the attack on the worshippers.", "111", "JPNGOV>JPNCVL", ""},
		{"no doer told, plural: the victims stand", d, "The Kenyan government strongly condemned the attacks on the police stations.", "111", "KENGOV>KENCOP", ""},
		{"blamed on: the blamed", d, "Militants attacked an army camp in Uri on Sunday. India blamed the attack on Pakistan.", "112", "IND>PAK", ""},
		{"a threat keeps whom it is aimed at", d, "Turkey threatened military action against the Kurdish militia in Syria.", "1384", "TUR>SYRUAF", ""},
		{"an attack keeps its target", d, "Russian troops launched an attack on Ukrainian positions near Bakhmut.", "190", "RUSMIL>UKR", ""},
		{"a judgement of someone named stays", d, "Egypt condemned Israel over the raid.", "111", "EGY>ISR", ""},
		{"a hypothetical judgement codes nothing asserted", d, "Iran said it would not condemn the attack on the consulate.", "111", "", ""},
	})
}
