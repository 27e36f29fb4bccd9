package pipeline

import "testing"

// TestUnknownAttackersPressNoOne: a resignation or a measure lifted
// answers who pressed for it (protesters, a demand); attackers of no known
// side told in between are not whom it yields to.
func TestUnknownAttackersPressNoOne(t *testing.T) {
	testLexRows(t, []lexRow{
		{"resigned after protests and a beating by unknown attackers", "2025-09-09", "KATHMANDU, Nepal (AP) — Thousands of protesters stormed the parliament on Monday. A former minister was beaten at his home by unknown attackers. The home minister resigned on Monday night.", "0831", "NPLGOV>NPLOPP", ""},
		{"lifted the ban after protests and an attack by gunmen", "2025-09-09", "DHAKA, Bangladesh (AP) — Students protested against the internet ban on Monday. Unidentified gunmen attacked a police station in Dhaka. The government lifted the ban on Tuesday.", "08", "BGDGOV>BGDCVL", ""},
		{"resigned after protests and an attack on a minister", "2019-12-01", "BAGHDAD (AP) — Thousands of protesters rallied against the government on Friday. Gunmen shot a lawmaker in Basra. Prime Minister Adel Abdul-Mahdi resigned on Saturday.", "0831", "IRQGOV>IRQOPP", ""},
	})
}
