package pipeline

import "testing"

// TestPurposeOwnTarget: a deployment's purpose names whom it is aimed at
// ("sent troops to protect the Armenian border"), unless what the purpose
// acts on is the sender's own ("sent troops to protect its embassy in
// Bishkek"): then the deployment is aimed where the troops go, as one with
// no purpose is, and is not dropped as an act on itself.
func TestPurposeOwnTarget(t *testing.T) {
	rows := []lexRow{
		{"its embassy in a capital: the place's country", sweepDate, "Russia sent troops to protect its embassy in Bishkek.", "15", "RUS>KGZGOV", ""},
		{"deployed to guard its embassy", sweepDate, "France deployed soldiers to guard its embassy in Niamey on Sunday.", "15", "FRA>NERGOV", ""},
		{"its tankers, no place's country", sweepDate, "Britain sent warships to protect its tankers in the Gulf.", "15", "GBR>", ""},
		{"another's border keeps the purpose's target", sweepDate, "Russia sent troops to protect the Armenian border.", "15", "RUS>ARM", ""},
		{"not: a passive sending with no sender", sweepDate, "Troops were sent to protect the embassy in Bishkek.", "15", "", ""},
	}
	runSweep(t, "purpose own target", rows, len(rows))
}
