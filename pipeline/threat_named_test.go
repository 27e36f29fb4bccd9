package pipeline

import "testing"

// TestCrushVowed: armed defiance ("any resistance", "the insurgency")
// foretold to be crushed is force held out (138), as "vowed to crush
// Hamas" is; a match's resistance crushed is none.
func TestCrushVowed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vowed to crush any resistance", d, "The Taliban vowed to crush any resistance in Panjshir.", "138", "AFGREB>AFG", ""},
		{"vowed to crush the insurgency", d, "The president vowed to crush the insurgency.", "138", "GOV>", ""},
		{"pledged to crush the insurgency", d, "Assad pledged to crush the insurgency.", "138", "SYRGOV>", ""},
		{"said it would crush separatism", d, "The army said it would crush separatism in the east.", "138", "MIL>", ""},
		{"not: militancy crushed is told, not held out", d, "The army crushed militancy in the valley in 2009.", "13", "", ""},
		{"not: a match's resistance crushed", d, "Spain crushed Italy's resistance in the second half.", "19", "", ""},
		{"not: a vow to crush the price of bread", d, "The minister vowed to crush the price of bread.", "13", "", ""},
	})
}

// TestRetaliatoryStepsWarned: a warning of steps or measures named as an
// answer ("retaliatory steps", "reciprocal measures") is a threat (130),
// as "warned of countermeasures" is; a warning of measures for another end
// is a statement.
func TestRetaliatoryStepsWarned(t *testing.T) {
	testLexRows(t, []lexRow{
		{"warned of retaliatory steps", d, "Russia warned of retaliatory steps.", "130", "RUS>", ""},
		{"headline: warns of quoted retaliatory steps", d, "Russia warns of 'retaliatory steps' after Finland joins NATO.", "130", "RUS>", ""},
		{"warned of reciprocal measures", d, "Moscow warned of reciprocal measures against the EU.", "130", "RUSGOV>", ""},
		{"warned of retaliatory action", d, "Beijing warned of retaliatory action over the visit.", "130", "CHNGOV>", ""},
		{"not: measures to curb inflation", d, "The government warned of measures to curb inflation.", "13", "", ""},
	})
}
