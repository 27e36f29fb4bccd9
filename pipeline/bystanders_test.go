package pipeline

import "testing"

// TestBystanders pins armed men outside the state (rebels, militias,
// extremists) acting on people who take no side in a fight (civilians,
// journalists, aid workers, business: sectors.txt's bystander flag): the
// people's nationality is not the armed men's ("Rebels held the French
// journalists hostage" was FRAREB). A state's own forces acting on rebels
// of a nationality still name their side, and suicide bombers are an agent
// of their own (never aircraft): "Palestinian suicide bombers" are PSERAD.
func TestBystanders(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rebels hold foreign journalists", "2004-08-30", "Rebels held the French journalists hostage for two weeks.", "181", "REB>FRAMED", ""},
		{"militants kidnap foreign aid workers", "2008-08-13", "Militants kidnapped two Italian aid workers on Wednesday.", "181", "REB>ITACVL", ""},
		{"gunmen attack foreign tourists", "1997-11-17", "Islamic militants attacked a group of Swiss tourists on Monday.", "18", "RAD>CHECVL", ""},
		{"suicide bombers of a nationality", "2002-06-18", "Palestinian suicide bombers struck a bus in Jerusalem on Tuesday.", "1831", "PSERAD>ISRCVL", ""},
		// guards: a state's forces and the rebels they fight
		{"guard: troops kill rebels of their country", "2008-03-01", "Colombian troops killed three rebels on Saturday.", "190", "COLMIL>COLREB", ""},
		{"guard: rebels of a named country", "2008-03-01", "Colombian rebels kidnapped two French engineers.", "181", "COLREB>FRACVL", ""},
	})
}
