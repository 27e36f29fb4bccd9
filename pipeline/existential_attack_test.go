package pipeline

import "testing"

// TestExistentialAttack: an attack that "there was", named with its target
// and no doer, is coded as the ICEWS-style unidentified attackers' of the
// place's country, as a passive with no agent is ("a police station was
// attacked"); a doer named in the phrase keeps it, and an attack denied or
// only feared is not asserted.
func TestExistentialAttack(t *testing.T) {
	rows := []lexRow{
		{"there was an attack on a station", sweepDate, "KABUL, Afghanistan (AP) — There was an attack on a police station in Kandahar overnight, officials said.", "19", "AFGUAF>AFGCOP", ""},
		{"there has been another attack, perfect", sweepDate, "BAGHDAD (AP) — There has been another attack on an army checkpoint north of Baghdad.", "19", "IRQUAF>IRQMIL", ""},
		{"there were attacks, plural", sweepDate, "MOGADISHU, Somalia (AP) — There were attacks on two army bases in southern Somalia on Sunday.", "19", "SOMUAF>SOMMIL", ""},
		{"a doer named by 'by' keeps it", sweepDate, "KABUL, Afghanistan (AP) — There was an attack on a police post by Taliban fighters in Kandahar.", "19", "AFGGOV>AFGCOP", ""},
		{"clashes between two sides keep both", sweepDate, "NAIROBI, Kenya (AP) — There were clashes between police and protesters in Nairobi on Tuesday.", "18", "KENCOP>KENOPP", ""},
		{"not: there was no attack", sweepDate, "KABUL, Afghanistan (AP) — There was no attack on the police station, the governor said.", "19", "", ""},
		{"not: there could be an attack", sweepDate, "KABUL, Afghanistan (AP) — There could be an attack on the embassy, officials warned.", "19", "", ""},
	}
	runSweep(t, "existential attack", rows, len(rows))
}
