package pipeline

import "testing"

// TestHomeActNotAimedAbroad: an act short of force in a story whose sides
// are at home is not aimed at a foreign body that speaks later in the
// story: "Troops took up positions inside the chamber" in a story of a
// president and his legislature stays without the European Union.
func TestHomeActNotAimedAbroad(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops in the chamber, EU later", "2020-02-10",
			"SAN SALVADOR, El Salvador — President Nayib Bukele entered the Legislative Assembly on Sunday with soldiers.\n\nTroops took up positions inside the chamber.\n\nLawmakers accused Bukele of intimidation.\n\nThe opposition urged the president to withdraw the soldiers.\n\nThe European Union said it was concerned and urged all parties to respect democratic institutions.",
			"15", "SLVMIL>", ""},
		{"soldiers guard the court, AU later", "2017-09-05",
			"NAIROBI, Kenya — President Uhuru Kenyatta attacked the Supreme Court on Monday.\n\nSoldiers took up positions outside the court building.\n\nOpposition leaders accused Kenyatta of threatening the judges.\n\nThe opposition urged the president to withdraw the soldiers.\n\nThe African Union said it was concerned and urged restraint.",
			"15", "KENMIL>KENJUD", ""},
		{"troops at a border: the other state stays", "2020-06-10",
			"NEW DELHI — India accused China of moving troops into the Galwan valley on Monday.\n\nChina rejected the charge.\n\nIndian troops took up positions along the border.\n\nChina warned India against provocations.",
			"15", "INDMIL>CHNGOV", ""},
		{"police patrol the capital, UN later", "2021-03-10",
			"KINSHASA, Congo — The president banned opposition rallies on Monday.\n\nRiot police patrolled the streets of the capital.\n\nOpposition leaders accused the president of silencing them.\n\nThe opposition urged its supporters to march anyway.\n\nThe United Nations said it was concerned and urged restraint.",
			"15", "CODCOP>", ""},
	})
}
