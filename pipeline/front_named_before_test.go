package pipeline

import "testing"

// TestFrontNamedBefore: "the front", "the movement" after a new body whose
// name ends in a two-word noun ("the Sandinista Revolutionary Front", "the
// Azawad Liberation Movement") is that body, as "the league" is after a
// one-word one; "the army" after "the Patriotic Liberation Army" stays the
// state's.
func TestFrontNamedBefore(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the front accuses", d, "MANAGUA, Nicaragua (AP) - The Sandinista Revolutionary Front seized the town of Esteli. The front accused the National Guard of killing civilians.", "112", "NICREB>NICMIL", ""},
		{"the front demands a ransom", d, "LUANDA, Angola (AP) - The Cabinda Liberation Front kidnapped two oil workers. The front demanded a ransom from the company.", "10", "AGOREB>AGOBUS", ""},
		{"the movement accuses", d, "BAMAKO, Mali (AP) - The Azawad Liberation Movement seized Kidal. The movement accused the army of bombing civilians.", "112", "MLIREB>MLIMIL", ""},
		{"the front urges defection", d, "JUBA, South Sudan (AP) - The Equatoria Liberation Front attacked a police post near Yei. The front later urged policemen to defect.", "02", "SSDREB>SSDCOP", ""},
		{"the army after a liberation army is the state's", d, "HARARE, Zimbabwe (AP) - The Patriotic Liberation Army ambushed a convoy. The army later released the drivers.", "0841", "ZWEMIL>ZWECVL", ""},
	})
}
