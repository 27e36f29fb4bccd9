package pipeline

import "testing"

// TestModalityPlanTo: a verb of will in the present before an infinitive
// ("Russia plans to expel ten diplomats", "the European Union plans to
// impose sanctions") announces the act, coded as "will" is, also when the
// act is one of conflict and the verb is one a blame may be told with
// ("said the officials had planned the killing"), and after a name of
// several words ("the European Union plans": a verb, not a plural noun).
func TestModalityPlanTo(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"a name of several words plans to impose", "2020-09-01", "The European Union plans to impose new sanctions on Belarus.", "1312", "IGOEUR>BLR", "", ""},
		{"a name of several words plans to suspend", "2012-04-01", "The African Union plans to suspend Mali.", "13", "IGOAFR>MLI", "", ""},
		{"plans to expel", "2017-08-01", "Russia plans to expel ten American diplomats.", "13", "RUS>USA", "", ""},
		{"plans to expel: not done", "2017-08-01", "Russia plans to expel ten American diplomats.", "161", "", "", ""},
		{"intends to expel", "2022-04-01", "Poland intends to expel the Russian ambassador.", "13", "POL>RUS", "", ""},
		{"plans to attack", "2012-01-01", "Israel plans to attack Iranian nuclear sites.", "13", "ISR>IRN", "", ""},
		{"a name of several words hopes to sign", "2019-06-01", "The European Union hopes to sign a trade agreement with Mercosur.", "03", "IGOEUR>", "", ""},
		{"guard: said had planned to kill", "2018-10-01", "Erdogan said Saudi officials had planned to kill Khashoggi.", "112", "TUR>SAU", "", ""},
		{"guard: said had planned the killing", "2018-10-01", "Erdogan said Saudi officials had planned the killing of Khashoggi.", "112", "TUR>SAU", "", ""},
		{"guard: plans as a noun", "2020-09-01", "The European Union's plans to impose sanctions were blocked by Hungary.", "13", "", "", ""},
		{"guard: planned in the past", "2017-08-01", "Russia planned to expel ten American diplomats but backed down.", "161", "", "", ""},
	})
}
