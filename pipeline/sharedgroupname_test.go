package pipeline

import "testing"

// TestSharedLiberationArmy: "National Liberation Army" alone names
// Colombia's ELN or, in 2001, the ethnic Albanian rebels of Macedonia: the
// country named with it, else the story's, decides; the longer names of
// other armies of that name keep their own countries.
func TestSharedLiberationArmy(t *testing.T) {
	d, m := "2020-01-01", "2001-06-01"
	testLexRows(t, []lexRow{
		{"Macedonian story", m, "Rebels attack police near Tetovo\n\nSKOPJE, Macedonia —\n\nFighters of the National Liberation Army attacked a police station near Tetovo on Tuesday, the interior ministry said.", "19", "MKDREB>MKDCOP", ""},
		{"Macedonian story, leader's group", m, "Rebel leader backs ceasefire\n\nTETOVO, Macedonia —\n\nAli Ahmeti, the political leader of the rebel National Liberation Army, said the guerrillas backed the ceasefire.", "05", "MKDREB>", ""},
		{"Macedonia named with it", m, "Macedonia's ethnic Albanian National Liberation Army ambushed an army convoy near Kumanovo on Sunday.", "19", "MKDREB>MKDMIL", ""},
		{"Colombian story, same year", m, "Rebels kidnap engineers\n\nBOGOTA, Colombia —\n\nThe National Liberation Army kidnapped six oil engineers in Arauca province on Tuesday, the army said.", "18", "COLREB>COL", ""},
		{"Colombia named, no dateline", d, "Colombia's National Liberation Army bombed an oil pipeline in Arauca on Friday.", "18", "COLREB>COL", ""},
		{"no country at all", d, "The National Liberation Army freed 12 hostages on Tuesday, the Red Cross said.", "08", "COLREB>COLCVL", ""},
		{"guard: Karen army", d, "The Karen National Liberation Army attacked a Myanmar army outpost on Sunday.", "19", "MMRREB>MMRMIL", ""},
		{"guard: Macedonian story after 2001", "2015-05-10", "Police raid in Kumanovo\n\nSKOPJE, Macedonia —\n\nColombia's National Liberation Army kidnapped two Macedonian aid workers in Choco, the foreign ministry said.", "18", "COLREB>MKDCVL", ""},
	})
}
