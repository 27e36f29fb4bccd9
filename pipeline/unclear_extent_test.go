package pipeline

import "testing"

// TestUnclearExtent: an act whose extent is said not to be known ("it was
// not clear how deep into Iran the troops had advanced") is told only as
// a question, as "how many" is; what is not known of why or how an act was
// done leaves the act told.
func TestUnclearExtent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"how deep troops advanced, not clear", d, "It was not clear how deep into Georgian territory the Russian troops had advanced.", "19", "", ""},
		{"how far tanks pushed, unclear", d, "It was unclear how far into Lebanon the Israeli tanks had pushed on Sunday.", "15", "", ""},
		{"how badly shelling damaged, not known", d, "It was not known how badly the Syrian army had shelled the town of Douma.", "19", "", ""},
		{"how seriously troops attacked, uncertain", d, "It remained uncertain how seriously Ethiopian troops had attacked the Eritrean positions.", "19", "", ""},
		{"how long forces occupied, not clear", d, "It was not clear how long the Turkish forces had occupied the village.", "19", "", ""},
		{"why the army shelled stays told", d, "It was not clear why the Sudanese army shelled the village of Tawila.", "19", "SDNMIL>", ""},
		{"an advance told plainly", d, "Russian troops advanced deep into Georgian territory on Saturday.", "19", "RUSMIL>GEO", ""},
	})
}
