package pipeline

import "testing"

// TestFateOfForceHeldOut: a statement that a party will be turned into a
// sea of fire or rubble, treated as hostile or an enemy, or wiped off the
// map holds force out to it, the speaker's threat (130), as "would pay a
// heavy price" does; told as done, denied or said by no actor, it threatens
// no one.
func TestFateOfForceHeldOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would be turned into a sea of fire", d, "North Korea warned that Seoul would be turned into a sea of fire if war broke out.", "130", "PRK>KORGOV", ""},
		{"would be reduced to rubble", d, "Hezbollah's leader warned on Monday that Tel Aviv would be reduced to rubble if Israel attacked Lebanon.", "130", "LBNRAD>ISRGOV", ""},
		{"would be treated as hostile", d, "Britain warned that any Argentine warship inside the zone would be treated as hostile.", "130", "GBR>ARGMIL", ""},
		{"will be treated as enemies", d, "The Taliban said that Afghan soldiers who helped the Americans will be treated as enemies.", "130", "AFGREB>AFGMIL", ""},
		{"would be wiped off the map", d, "Iran's army chief said Israel would be wiped off the map if it attacked Iranian nuclear sites.", "130", "IRNMIL>ISR", ""},
		{"would be considered legitimate targets", d, "Russia said NATO aircraft over Syria would be considered legitimate targets.", "130", "RUS>IGONATO", ""},
		// told by the side it is held out to, the fate is still its speaker's threat
		{"would pay a price, its victim reports", d, "A North Korean negotiator warned on Saturday that Seoul would pay a heavy price, South Korean officials said.", "130", "PRKGOV>KORGOV", ""},
		{"reduced to rubble, its victim reports", d, "An Iranian general warned that Tel Aviv would be reduced to rubble, Israeli officials said.", "130", "IRNMIL>ISRGOV", ""},
		{"would regret, its victim reports", d, "A Hamas commander warned that Israel would regret the raid, the Israeli army said.", "130", "PSEREB>ISR", ""},
		{"told as done: no threat", d, "The old city was turned into rubble during the war, residents said.", "130", "", ""},
		{"treated as guests: no threat", d, "China said the visiting delegates would be treated as honoured guests.", "130", "", ""},
		{"by no actor: no threat", d, "Analysts said Seoul would be turned into a sea of fire in any war.", "130", "", ""},
	})
}
