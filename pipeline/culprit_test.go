package pipeline

import "testing"

// TestCulprit: a phrase that names no actor but whoever did an act
// (sets.txt's &culprit: "those behind the massacre", "those responsible
// for the attack") is who did the act it names, told before: a threat, a
// demand or a judgement aimed at it is aimed at them; "those responsible"
// naming no act, at who last used force (the police who beat protesters
// at home: their government). A phrase of the same shape with no act in
// it is no one.
func TestCulprit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"those behind the massacre would be hunted down", d, "Al-Shabaab gunmen attacked a university in Garissa on Thursday, killing 147 students. President Uhuru Kenyatta vowed that those behind the massacre would be hunted down.", "130", "KENGOV>SOMRAD", ""},
		{"those behind the bombing would be punished", d, "Islamic State militants bombed a Coptic church in Cairo on Sunday, killing 25 worshippers. Egypt's president vowed that those behind the bombing would be punished.", "13", "EGYGOV>IMGRAD", ""},
		{"those responsible for the attack be punished", d, "Boko Haram fighters attacked a village in Borno state on Friday, killing 30 people. Chad's president demanded that those responsible for the attack be punished.", "10", "TCDGOV>NGARAD", ""},
		{"those responsible for the shelling condemned", d, "Russian artillery shelled a hospital in Kharkiv on Monday. Poland's foreign minister condemned those responsible for the shelling.", "111", "POLGOV>RUSGOV", ""},
		{"those responsible, naming no act", d, "Riot police beat protesters in Kiev on Saturday. President Viktor Yanukovych demanded that those responsible be punished.", "10", "UKRGOV>UKRGOV", ""},
		{"those behind the walls: no act named", d, "Al-Shabaab gunmen attacked a university in Garissa on Thursday. President Uhuru Kenyatta vowed that those behind the walls would be protected.", "130", "", ""},
	})
}
