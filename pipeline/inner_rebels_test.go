package pipeline

import "testing"

// TestInnerRegionGunmen: armed men of no side (gunmen, fighters,
// militiamen) named by the adjective of a region or people inside a state
// (inner-adj: in the countries files) are that region's rebels, of the
// state (REB), as the story golds code Chechen fighters; named by a state's
// own adjective they stay armed men of no side (UAF), and the region's
// police stay police.
func TestInnerRegionGunmen(t *testing.T) {
	testLexRows(t, []lexRow{
		{"chechen fighters attacked a convoy", "1995-06-20", "Chechen fighters attacked a Russian army convoy near Grozny.", "190", "RUSREB>RUSMIL", ""},
		{"chechen gunmen killed hostages", "1995-06-20", "Chechen gunmen killed five hostages in Budennovsk.", "180", "RUSREB>RUSCVL", ""},
		{"basque gunmen killed a police officer", "1995-06-20", "Basque gunmen killed a Spanish police officer in Bilbao.", "190", "ESPREB>ESPCOP", ""},
		{"abkhazian militiamen shelled a town", "1993-09-20", "Abkhazian militiamen shelled the Georgian army's positions near Sukhumi.", "194", "GEOREB>GEOMIL", ""},
		{"corsican gunmen bombed a police station", "1996-06-20", "Corsican gunmen bombed a French police station in Ajaccio.", "183", "FRAREB>FRACOP", ""},
		{"darfuri fighters attacked a garrison", "2004-06-20", "Darfuri fighters attacked a Sudanese army garrison in El Fasher.", "190", "SDNREB>SDNMIL", ""},
		{"a state's own gunmen stay armed men", "1995-06-20", "Russian gunmen killed five hostages in Budennovsk.", "180", "RUSUAF>RUSCVL", ""},
		{"the region's police stay police", "1995-06-20", "Chechen police arrested two Russian soldiers in Grozny.", "173", "RUSCOP>RUSMIL", ""},
	})
}
