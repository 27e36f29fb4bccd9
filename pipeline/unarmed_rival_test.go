package pipeline

import "testing"

// TestUnarmedRivalAtHome: in a story of the state and those who contend
// with it at home unarmed (protesters, the opposition: sectors.txt's
// rival), an act that names no one is aimed at the other side, as it is
// between the state and rebels: the opposition's refusal or judgement
// falls on the government, the state's offer or retreat on the
// opposition. An arm of the state's judgement (dissent) and a measure
// taken alone (a resignation, an emergency) stay without a target.
func TestUnarmedRivalAtHome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"opposition refuses the offer", d, "Thousands of opposition supporters marched on the presidential palace in Lusaka on Monday. Police fired tear gas at the protesters. The opposition refused to negotiate.", "12", "ZMBOPP>ZMBGOV", ""},
		{"opposition denounces", d, "Belarusian opposition activists occupied the central square of Minsk on Friday. Belarusian riot police detained dozens of the protesters. Belarusian opposition leaders denounced the arrangement as a farce.", "11", "BLROPP>BLRGOV", ""},
		{"government offers talks", d, "Bangladeshi protesters blocked the main roads of Dhaka on Monday. Bangladeshi police clashed with the demonstrators near parliament. The Bangladeshi government offered to hold talks.", "03", "BGDGOV>BGDOPP", ""},
		{"police retreat", d, "Georgian demonstrators stormed the state television building in Tbilisi. Georgian police beat the protesters with truncheons. The Georgian police later retreated.", "0874", "GEOCOP>GEOOPP", ""},
		{"protesters vow", d, "Protesters marched through Caracas on Tuesday against the president. Soldiers fired rubber bullets at the marchers. The protesters vowed to return on Friday.", "03", "VENOPP>VENGOV", ""},
		// an arm of the state's judgement names whom it blames, or no side
		{"minister's judgement stays", d, "Bangladeshi protesters blocked the main roads of Dhaka on Monday. Bangladeshi police clashed with the demonstrators near parliament. Bangladesh's interior minister denounced the arrangement as a farce.", "11", "BGDGOV>", ""},
		// a measure taken alone, on the country
		{"emergency of its own", d, "Kyrgyz opposition supporters stormed parliament in Bishkek. Kyrgyz police fired tear gas at the crowd. The Kyrgyz president declared a state of emergency.", "1724", "KGZGOV>KGZCVL", ""},
	})
}
