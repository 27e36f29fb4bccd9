package pipeline

import "testing"

// TestCameoCover18to20 reads CAMEO codes of roots 18-20 as wire news phrases
// them, from the codebook rather than from any set's misses: a bomb that
// explodes or goes off at a place named by its actor ("a bomb exploded
// outside the U.S. embassy": unidentified attackers against the United
// States), an attempt on a leader's life escaped, a place attacked with poison
// gas (2041), heavy weapons opening fire and a barrage of rockets fired (194).
// The rows with no code wanted are the same verbs in other senses.
func TestCameoCover18to20(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a bomb exploded outside an embassy", d, "A bomb exploded outside the U.S. embassy in Nairobi.", "183", "KENUAF>USAGOV", ""},
		{"a bomb went off near a car", d, "A bomb went off near an Israeli embassy car in New Delhi.", "183", "INDUAF>ISRGOV", ""},
		{"a bomb went off outside a police station", d, "A bomb went off outside a police station in Quetta.", "183", "PAKUAF>PAKCOP", ""},
		{"a car bomb exploded near a ministry", d, "A car bomb exploded near the Interior Ministry in Damascus.", "1832", "SYRUAF>SYRGOV", ""},
		{"a car bomb went off outside headquarters", d, "A car bomb went off outside the police headquarters in Mogadishu.", "1832", "SOMUAF>SOMCOP", ""},
		{"a car bomb exploded outside an embassy", d, "A car bomb exploded outside the French embassy in Tripoli.", "1832", "LBYUAF>FRAGOV", ""},
		{"an assassination attempt escaped", d, "The Afghan president escaped an assassination attempt on Tuesday.", "185", "AFGUAF>AFGGOV", ""},
		{"villages attacked with poison gas", d, "Iraq attacked Kurdish villages with poison gas.", "2041", "IRQ>", ""},
		{"a town shelled with chlorine", d, "Syrian forces shelled the town with chlorine gas.", "2041", "SYRMIL>", ""},
		{"tanks opened fire", d, "Tanks opened fire on the parliament building in Moscow.", "194", "RUSMIL>RUSLEG", ""},
		{"a barrage of rockets fired", d, "Hamas fired a barrage of rockets at Tel Aviv.", "194", "PSEREB>ISR", ""},
		{"a salvo of rockets fired", d, "Hezbollah fired a salvo of rockets into northern Israel.", "194", "LBNRAD>ISR", ""},
		{"a volley of mortar rounds fired", d, "Syrian troops fired a volley of mortar rounds at the Turkish border post.", "194", "SYRMIL>TUR", ""},
		{"a gas cylinder exploded", d, "A gas cylinder exploded in a restaurant in Karachi.", "18", "", ""},
		{"fireworks went off", d, "Fireworks went off over the harbour in Sydney.", "18", "", ""},
		{"an alarm went off", d, "The alarm went off at the Indian embassy in the middle of the night.", "18", "", ""},
		{"a nuclear device exploded", d, "North Korea exploded a nuclear device.", "18", "", ""},
		{"demand exploded", d, "Demand for Chinese electric cars exploded last year.", "18", "", ""},
		{"a scandal rocked a government", d, "The scandal rocked the Pakistani government.", "18", "", ""},
		{"a barrage of lawsuits fired", d, "The company fired a barrage of lawsuits at its rivals.", "19", "", ""},
		{"soldiers opened fire on a crowd", d, "Soldiers opened fire on the crowd in Conakry.", "194", "", ""},
	})
}
