package pipeline

import "testing"

// TestKidnappingBesideKilling: a kidnapping or hostage-taking told in one
// sentence with a killing by the same attackers is an act of its own
// (policy.tsv's apart), not the words of the same attack: the victims
// taken away are not the dead.
func TestKidnappingBesideKilling(t *testing.T) {
	testLexRows(t, []lexRow{
		{"killed and took hostages", d, "Hamas gunmen killed about 1,200 people and took some 240 hostages back to Gaza.", "181", "PSEREB>", ""},
		{"shot dead and abducted", d, "Boko Haram fighters shot dead 12 villagers and abducted 40 women in Borno state.", "181", "NGARAD>NGACVL", ""},
		{"killing and holding hostage", d, "Armed men stormed the hotel in Bamako, killing 20 guests and holding 170 people hostage.", "181", "UAF>MLICVL", ""},
		{"massacred and abducted", d, "LRA rebels massacred dozens of villagers and abducted 80 children in northern Uganda in 2003.", "181", "UGAREB>UGACVL", ""},
		{"killing and abducting after a raid", d, "RUF rebels raided the village of Koidu, killing 30 people and abducting 20 girls.", "181", "SLEREB>SLECVL", ""},
	})
}
