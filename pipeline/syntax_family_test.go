package pipeline

import "testing"

// TestInterruptedReport: a reporting frame between a subject and its verb
// ("X, the ministry said, raided Y") reports the clause around it, as a
// frame after the clause does: the subject before the frame does the act.
func TestInterruptedReport(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops, the army said, raided", d, "Israeli troops, the army said, raided the village of Beita on Tuesday.", "190", "ISRMIL>", ""},
		{"warplanes, officials said, bombed", d, "Turkish warplanes, officials said, bombed Kurdish militants in northern Iraq.", "195", "TURMIL>IRQUAF", ""},
		{"a name, a spokesman said, expelled", d, "Russia, a spokesman said, expelled two Estonian diplomats.", "161", "RUS>ESTGOV", ""},
		{"not: the frame's own event", d, "Russia, a spokesman said, expelled two Estonian diplomats.", "010", "", ""},
		{"not: negated inside the frame", d, "The Sudanese army, the ministry said, did not attack the camp.", "190", "", ""},
	})
}
