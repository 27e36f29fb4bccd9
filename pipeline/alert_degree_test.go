package pipeline

import "testing"

// TestAlertByDegree: forces put or placed on a level, degree or state of
// readiness or alert are put on alert (152), as "put the army on combat
// readiness" is; a level of something else is no alert.
func TestAlertByDegree(t *testing.T) {
	testLexRows(t, []lexRow{
		{"put the army on the highest level of combat readiness", d, "President Tokayev put Kazakhstan's army on the highest level of combat readiness on Monday.", "152", "KAZGOV>", ""},
		{"placed troops on maximum level of alert", d, "Armenia placed its troops on the maximum level of alert.", "152", "ARM>", ""},
		{"put the navy to a higher degree of readiness", d, "Japan put its navy to a higher degree of readiness near the islands.", "152", "JPN>", ""},
		{"placed forces at the highest state of readiness", d, "The defence minister placed the armed forces at the highest state of readiness.", "152", "GOV>", ""},
		{"put the air force on a heightened level of alert", d, "Taiwan put its air force on a heightened level of alert after the drills.", "152", "TWN>", ""},
		// a level of something else is no alert
		{"not: put the army on a level of funding", d, "Parliament put the army on a lower level of funding next year.", "152", "", ""},
	})
}
