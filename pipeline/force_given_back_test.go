package pipeline

import "testing"

// TestForceGivenBackInWeapons pins force answered in weapons ("answered
// with dozens of artillery rounds", "responded with a barrage of rockets",
// "retaliated with mortar fire on the town") as a fight with artillery
// (194), like "fired shells", with its aim when one is named; and gunners
// and artillerymen as soldiers of their country (MIL). An answer in words
// or in duties stays what it was.
func TestForceGivenBackInWeapons(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gunners answered with rounds", "2015-08-21", "South Korean gunners answered with dozens of 155mm rounds.", "194", "KORMIL>", ""},
		{"answered with a barrage on a country", "1982-06-05", "Palestinian gunners answered with barrages of rockets on northern Israel.", "194", "PSEMIL>ISR", ""},
		{"responded with artillery fire against positions", "1983-09-12", "Syrian troops responded with artillery fire against Israeli positions in the Bekaa valley.", "194", "SYRMIL>ISR", ""},
		{"retaliated with mortar fire", "1999-05-28", "Indian artillerymen retaliated with mortar fire on Pakistani posts across the Line of Control on Friday.", "194", "INDMIL>PAK", ""},
		{"the army answered with shells, past tense with a date", "1988-03-17", "The Iraqi army answered with a salvo of missiles at Iranian troops near Halabja.", "194", "IRQMIL>IRNMIL", ""},
		{"an answer in duties stays a sanction", "2018-07-06", "China retaliated with tariffs on American soybeans.", "16", "CHN>", ""},
	})
}
