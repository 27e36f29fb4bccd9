package pipeline

import "testing"

// TestAccidentalBlast: people killed in an explosion that what blew up
// says was an accident (a gas, boiler, methane or fireworks explosion)
// were not attacked, so no unidentified attacker is coded; an explosion or
// blast with nothing to say what blew up, or a bomb's, is still an attack.
func TestAccidentalBlast(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"gas explosion, miners", "2020-01-01", "Three miners were killed in a gas explosion on Monday.", "19", "", ""},
		{"fireworks explosion", "2019-07-05", "At least 20 people were killed in a fireworks explosion at a warehouse in Tultepec.", "19", "", ""},
		{"boiler explosion", "2021-03-10", "Five workers were killed in a boiler explosion at a textile factory near Dhaka.", "19", "", ""},
		{"methane blast", "2010-04-06", "Twenty-nine miners were killed in a methane blast at a coal mine in West Virginia.", "19", "", ""},
		{"gas explosion, 18", "2020-01-01", "Three miners were killed in a gas explosion on Monday.", "18", "", ""},
		// guards: an explosion of no stated kind, or a bomb's, is an attack
		{"guard: explosion at a checkpoint", "2020-01-01", "Two policemen were killed in an explosion at a checkpoint in Kandahar.", "19", "AFGUAF>AFGCOP", ""},
		{"guard: bomb explosion", "2020-01-01", "Three soldiers were killed in a bomb explosion near the border with Pakistan.", "19", "UAF>MIL", ""},
		{"guard: blast at a market", "2020-01-01", "Eight people were killed in a blast at a market in Mogadishu.", "18", "SOMUAF>SOMCVL", ""},
	})
}
