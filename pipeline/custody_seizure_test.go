package pipeline

import "testing"

// TestCustodySeizure: people a state's forces seize (17-coerce.txt's "seize
// subj:&force" with people of any kind: protest leaders, an ambassador, a
// gunman) are arrested (173), not abducted (181), as the owned golds code
// state seizures; gunmen, rebels and kidnappers who seize people abduct
// them, and an abduction or a hostage taken says so whoever does it.
func TestCustodySeizure(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"police seized leaders", d, "Bolivian police seized about 20 protest leaders in pre-dawn raids.", "173", "BOLCOP>BOLOPP", ""},
		{"soldiers seized ambassadors", d, "Honduran soldiers briefly seized the Venezuelan ambassador.", "173", "HNDMIL>VENGOV", ""},
		{"police seized the gunman", d, "Israeli police seized the gunman at the scene.", "173", "ISRCOP>UAF", ""},
		{"no abduction by police", d, "Bolivian police seized about 20 protest leaders in pre-dawn raids.", "181", "", ""},
		{"gunmen abduct", d, "Gunmen seized 20 villagers in Zamfara.", "181", "UAF>NGACVL", ""},
		{"rebels abduct", d, "Rebels abducted four aid workers near Goma.", "181", "CODREB>CODCVL", ""},
		{"soldiers who abduct abduct", d, "Pakistani soldiers abducted a journalist in Islamabad.", "181", "PAKMIL>PAKMED", ""},
	})
}
