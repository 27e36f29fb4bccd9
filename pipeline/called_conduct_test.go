package pipeline

import "testing"

// TestCalledConductWord: a party or an act called by a word of wrongdoing
// (conduct.txt, the AFINN-165 words of -2 or lower: "a bully", "cowards",
// "scum", "enemies of the people") is criticised (111), as by the words of
// sets.txt's &disapproval; a word of &wrongdoing keeps its accusation (112),
// and praise or a neutral word codes nothing.
func TestCalledConductWord(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called the envoy a bully", d, "Nauru's president called the Chinese envoy a bully.", "111", "NRUGOV>CHNGOV", ""},
		{"called the rebels cowards", d, "The Malian army called the rebels cowards after the ambush.", "111", "MLIMIL>MLIREB", ""},
		{"called the rioters scum", d, "The French interior minister had called the rioters \"scum\" days earlier.", "111", "FRAGOV>FRACVL", ""},
		{"whom he called enemies", d, "The Colombian president blamed the killing on drug traffickers, whom he called enemies of mankind.", "111", "COLGOV>COLCRM", ""},
		{"a word of wrongdoing stays an accusation", d, "The ousted Honduran president called his removal a kidnapping.", "112", "HNDGOV>", ""},
		{"must not: heroes", d, "The Ukrainian president called the soldiers heroes.", "11", "", ""},
		{"must not: constructive", d, "The Kenyan minister called the talks constructive.", "11", "", ""},
	})
}
