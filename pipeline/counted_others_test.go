package pipeline

import "testing"

// TestCountedOthers: a count of "others" or "more" as the object of a verb
// joined to another ("killed five soldiers and wounded 20 others", "shot
// dead two protesters and wounded dozens more") stands for the same kind of
// people as that verb's object, as a bare number does ("killed 12 rebels
// and captured 30").
func TestCountedOthers(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"captured, killed others", d, "Hezbollah guerrillas captured two Israeli soldiers and killed three others in a raid across the border.", "19", "LBNRAD>ISRMIL", ""},
		{"shot dead, wounded more", d, "Police shot dead two protesters and wounded dozens more in Dhaka.", "182", "BGDCOP>BGDOPP", ""},
		{"abducted, killed others", d, "Rebels abducted four Congolese soldiers and killed two others near Goma.", "19", "CODREB>CODMIL", ""},
		{"arrested, beat others", d, "Egyptian police arrested three journalists and beat several others in Cairo.", "175", "EGYCOP>EGYMED", ""},
		{"bare number after a verb joined", d, "Soldiers killed 12 rebels and captured 30.", "173", "MIL>REB", ""},
		{"bare count alone", d, "Police arrested dozens in Nairobi.", "173", "KENCOP>KENCVL", ""},
	})
}
