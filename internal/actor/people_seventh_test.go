package actor

import "testing"

// TestWhoAuditSeventh: the seventh pass of the people audit
// (people-seventh-pass.txt and the roles it added to people already known):
// spokesmen, foreign secretaries, leaders and ministers the files lacked,
// read by full name, spelling and surname, in a role and between roles.
func TestWhoAuditSeventh(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Hong Lei at the briefing", "Hong Lei", "2012-09-15", "CHNGOV", "foreign ministry spokesman"},
		{"Ma Zhaoxu as vice minister", "Ma Zhaoxu", "2024-01-01", "CHNGOV", "executive vice foreign minister"},
		{"CY Leung by initials", "C.Y. Leung", "2014-09-28", "HKGGOV", "chief executive"},
		{"Psaki at the White House", "Jen Psaki", "2021-06-01", "USAGOV", "White House press secretary"},
		{"Kirby at the Pentagon in uniform", "Kirby", "2014-06-01", "USAMIL", "Pentagon press secretary"},
		{"Burns in Beijing", "Nicholas Burns", "2022-08-02", "USAGOV", "ambassador to China"},
		{"Nirupama Rao as foreign secretary", "Nirupama Rao", "2010-02-25", "INDGOV", "foreign secretary"},
		{"Gromov leads the withdrawal", "Boris Gromov", "1989-02-15", "RUSMIL", "commander of the 40th Army in Afghanistan"},
		{"Iran's Mousavi by his full name", "Abbas Mousavi", "2020-01-05", "IRNGOV", "foreign ministry spokesman"},
		{"Hamzah after the crown", "Prince Hamzah", "2021-04-04", "JORELI", "prince, half-brother of King Abdullah II, placed under house arrest in April 2021"},
		{"Iloilo with his chiefly title", "Ratu Josefa Iloilo", "2009-04-10", "FJIGOV", "president"},
		{"Holst spelled with oe", "Johan Joergen Holst", "1993-07-01", "NORGOV", "foreign minister"},
		{"Camacho by his first surname", "Camacho", "1994-01-20", "MEXGOV", "peace commissioner for Chiapas"},
		{"Tunc alone", "Yilmaz Tunc", "2025-03-19", "TURGOV", "justice minister"},
	})
}
