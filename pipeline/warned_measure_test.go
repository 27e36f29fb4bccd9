package pipeline

import "testing"

// TestWarnedMeasureSource pins the source of a measure held out in a
// warning in the passive with no doer ("warned that strikers would be
// dismissed"): the state that warns (its government, not the army an
// arrest or a dismissal implies), unless the warner holds no power or
// the measure falls on its own people.
func TestWarnedMeasureSource(t *testing.T) {
	d := "2021-03-01"
	testLexRows(t, []lexRow{
		{"government: strikers would be dismissed", d, "The Zambian government warned that striking nurses would be dismissed.", "13", "ZMBGOV>ZMBCVL", ""},
		{"government: nurses would be sacked", d, "The Zambian government warned that striking nurses would be sacked.", "13", "ZMBGOV>ZMBCVL", ""},
		{"minister: demonstrators would be arrested", d, "Kenya's interior minister warned that demonstrators would be arrested.", "13", "KENGOV>KENOPP", ""},
		{"country: supporters would be arrested", d, "Uganda warned that opposition supporters who marched would be arrested.", "13", "UGA>OPP", ""},
		{"state: would be detained", d, "Nigeria warned that journalists who defied the order would be detained.", "13", "NGA>MED", ""},
		{"the police warn: their own measure", d, "Police warned that demonstrators would be arrested.", "13", "COP>OPP", ""},
		{"rights group: no threat of its own", d, "Rights groups warned that journalists could be arrested.", "13", "", ""},
		{"opposition: its own supporters", d, "Opposition leaders warned that their supporters would be arrested.", "13", "COP>OPP", ""},
	})
}
