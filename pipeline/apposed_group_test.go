package pipeline

import "testing"

// TestApposedGroup: armed men the story names with no country, set off by
// commas with the members of an armed group ("Masked gunmen, members of
// Hamas, stormed a church"), are that group's, in their own clause and
// when the story names them again by the same noun or a pronoun ("the
// gunmen", "they"), however far on. Armed men only said to belong to it,
// a group of no arms, and other gunmen stay as they were.
func TestApposedGroup(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gunmen", "2003-06-11", "JERUSALEM — Masked gunmen, members of Hamas, stormed a police post near Hebron on Tuesday. Israel sealed the West Bank.", "19", "PSEREB>PSECOP", ""},
		{"hijackers", "1985-10-11", "ROME — The hijackers, members of the Palestine Liberation Front, killed a disabled American passenger on Monday. Italy demanded their surrender.", "18", "PSERAD>USACVL", ""},
		{"the gunmen later", "2003-06-11", "JERUSALEM — Masked gunmen, members of Hamas, stormed a police post near Hebron on Tuesday. Israel sealed the West Bank. Ministers met in Tel Aviv. The army said the gunmen killed two Israeli soldiers.", "19", "PSEREB>ISRMIL", ""},
		{"they", "2015-03-18", "MOGADISHU, Somalia — The attackers, fighters of al-Shabaab, stormed a hotel in the capital on Friday. They later fired on police.", "19", "SOMRAD>SOMCOP", ""},
		{"militants", "2014-06-10", "BAGHDAD — Hundreds of militants, fighters of the Islamic State group, overran Mosul on Tuesday. The government declared an emergency. The prime minister said the militants had attacked the airport.", "19", "IMGRAD>IRQ", ""},
		{"guard: believed to be", "2003-06-11", "JERUSALEM — Masked gunmen, believed to be members of Hamas, stormed a police post near Hebron on Tuesday.", "19", "UAF>PSECOP", ""},
		{"guard: other gunmen", "2003-06-11", "JERUSALEM — Masked gunmen, members of Hamas, stormed a police post near Hebron on Tuesday. Israel sealed the West Bank. Other gunmen attacked a bus near Nablus.", "18", "UAF>PSECVL", ""},
	})
}
