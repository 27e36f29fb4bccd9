package pipeline

import "testing"

// TestDoubleSurnameNamesAgain: a person the knowledge lacks, named with a
// given name and two surnames ("Col. Alberto Natusch Busch"), is named
// again by the first surname alone ("Natusch") as by the last; a middle
// word that is a given name ("Herbert") is not a surname.
func TestDoubleSurnameNamesAgain(t *testing.T) {
	testLexRows(t, []lexRow{
		{"colonel, first surname later", "1979-11-02",
			"LA PAZ, Bolivia (AP) - Col. Alberto Natusch Busch seized power on Thursday. Natusch accused the United States of meddling.",
			"112", "BOLMIL>USA", ""},
		{"colonel, last surname later still", "1979-11-02",
			"LA PAZ, Bolivia (AP) - Col. Alberto Natusch Busch seized power on Thursday. Busch accused the United States of meddling.",
			"112", "BOLMIL>USA", ""},
		{"general by title and nationality", "1982-03-24",
			"GUATEMALA CITY (AP) - Guatemalan Gen. Anibal Guevara Rodriguez denied the charges on Wednesday. Guevara accused Mexico of sheltering rebels.",
			"112", "GTMMIL>MEX", ""},
		{"minister in apposition", "1990-05-10",
			"LIMA, Peru (Reuters) - The interior minister, Agustin Mantilla Campos, met reporters on Monday. Mantilla accused Ecuador of arming the guerrillas.",
			"112", "PERGOV>ECU", ""},
		{"a known person keeps his entry", "1992-07-14",
			"CARACAS, Venezuela (AP) - Venezuelan Col. Hugo Chavez Frias led the revolt in February. Chavez accused Colombia's president of lying.",
			"112", "VENMIL>COLGOV", ""},
		// guards: a middle given name is no surname; nor is one not said
		{"middle given name", "1995-05-12",
			"BOGOTA, Colombia (AP) - Colombian Gen. Carlos Manuel Serrano denied the charges on Friday. Manuel accused Venezuela of sheltering rebels.",
			"112", "", ""},
		{"negated accusation", "1979-11-02",
			"LA PAZ, Bolivia (AP) - Col. Alberto Natusch Busch seized power on Thursday. Natusch did not accuse the United States of meddling.",
			"112", "", ""},
	})
}
