package pipeline

import "testing"

// TestForceOnUnarmed pins policy.tsv's unarmed=: force of a battle (190)
// or small arms (193) used on people who bear no arms and hold no office
// (sectors.txt's unarmed: civilians, journalists, aid workers, clergy) is
// unconventional violence (180), as the lexicon already codes an attack
// on a market or a bus; on troops, police or rebels it stays a fight, and
// weapons with a code of their own (artillery, 194) keep it.
func TestForceOnUnarmed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gunmen killing villagers", d, "Gunmen killed 12 villagers in an attack on a market in northern Nigeria on Sunday.", "180", "UAF>NGACVL", ""},
		{"rebels shooting aid workers", d, "Rebels shot dead four aid workers near Goma on Tuesday.", "180", "CODREB>CODCVL", ""},
		{"militants killing worshippers", d, "Islamist militants killed 15 worshippers at a mosque in Kano.", "180", "RAD>NGACVL", ""},
		{"troops killing journalists", d, "Syrian troops killed three journalists in Homs.", "180", "SYRMIL>SYRMED", ""},
		{"the toll of shelling, on civilians", d, "Government forces shelled villages in Darfur, killing 20 civilians.", "180", "SDNMIL>SDNCVL", ""},
		{"no battle code on villagers", d, "Gunmen killed 12 villagers in an attack on a market in northern Nigeria on Sunday.", "190", "", ""},
		// guards: armed men and officials on the other side stay a fight,
		// and a weapon's own code stays
		{"guard: rebels killing soldiers", d, "Rebels killed 30 soldiers in an ambush in Cauca.", "190", "COLREB>COLMIL", ""},
		{"guard: gunmen killing police", d, "Gunmen killed two police officers at a checkpoint in Peshawar.", "190", "UAF>PAKCOP", ""},
		{"guard: no violence code on police", d, "Gunmen killed two police officers at a checkpoint in Peshawar.", "180", "", ""},
		{"guard: shelling keeps its weapon's code", d, "Government forces shelled villages in Darfur, killing 20 civilians.", "194", "SDNMIL>SDNCVL", ""},
	})
}
