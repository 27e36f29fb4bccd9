package pipeline

import "testing"

// TestGroupPronounOnEventDate: a pronoun that stands for a group the
// knowledge names ("they" for the Taliban) takes the group's role on the
// day of the event, as the group's name does: the Taliban who took Kabul
// on Friday and hanged Najibullah hours later, in a story filed on
// Saturday, were still rebels that Friday. A pronoun for people of no
// named group keeps what it stands for.
func TestGroupPronounOnEventDate(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the Taliban hang a former president the day they take Kabul", "1996-09-28",
			"Taliban fighters captured Kabul on Friday, and hours later they hanged the former president Najibullah.", "1823", "AFGREB>AFGELI", ""},
		{"the NRA the day before it became the army", "1986-01-27",
			"National Resistance Army fighters shelled Kampala on Saturday, and they captured the radio station.", "192", "UGAREB>UGAMED", ""},
		{"the Pathet Lao the day before it ruled Laos", "1975-12-03",
			"Pathet Lao fighters surrounded Vientiane on Monday, and they arrested dozens of officials.", "173", "LAOREB>LAOGOV", ""},
		{"the Pathet Lao attack, then arrests", "1975-12-03",
			"Pathet Lao fighters attacked the airport in Vientiane on Monday, and they arrested dozens of officials.", "173", "LAOREB>LAOGOV", ""},
		{"the AFRC while still the junta", "1998-03-12",
			"AFRC soldiers fired on protesters in Freetown on Sunday, and they arrested dozens of students.", "173", "SLEGOV>SLECVL", ""},
		{"guard: police are no named group", "2020-01-10",
			"Police fired tear gas at protesters in Nairobi on Friday, and they arrested dozens of students.", "173", "KENCOP>KENCVL", ""},
		{"guard: the Taliban the day after they took Kabul", "1996-09-30",
			"Taliban fighters patrolled Kabul on Sunday, and they arrested dozens of former officials.", "173", "AFGGOV>AFGGOV", ""},
	})
}
