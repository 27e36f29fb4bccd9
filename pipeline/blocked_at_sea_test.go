package pipeline

import "testing"

// TestBlockedOnTheirWay: a force that blocks ships or a supply run stops
// them on their way (191), as intercepting them does (a crowd that blocks a
// convoy protests, 144); artillery,
// rockets or shells traded or exchanged are heavy weapons fired (194) both
// ways, not bare fire (190).
func TestBlockedOnTheirWay(t *testing.T) {
	testLexRows(t, []lexRow{
		{"coast guard blocked a supply mission", d, "Chinese coast guard ships blocked a Philippine supply mission to the Second Thomas Shoal on Saturday.", "191", "CHNCOP>PHL", ""},
		{"warships blocked a drilling vessel", d, "Turkish warships blocked a Cypriot drilling vessel in the eastern Mediterranean.", "191", "TURMIL>CYP", ""},
		{"navy blocked a tanker", d, "The Iranian navy blocked a British tanker in the Strait of Hormuz.", "191", "IRNMIL>GBR", ""},
		{"warships blocked ships", d, "Russian warships blocked Ukrainian grain ships in the Black Sea on Tuesday.", "191", "RUSMIL>UKR", ""},
		{"protesters blocking a convoy still protest", d, "Protesters blocked a convoy of army trucks outside Goma.", "144", "CODOPP>CODMIL", ""},
		{"traded artillery fire both ways", d, "Armenian and Azerbaijani forces traded artillery fire along the border overnight.", "194", "ARMMIL>AZEMIL", ""},
		{"traded artillery fire, the other way", d, "Armenian and Azerbaijani forces traded artillery fire along the border overnight.", "194", "AZEMIL>ARMMIL", ""},
		{"exchanged artillery fire across a line", d, "Indian and Pakistani troops exchanged artillery fire across the Line of Control on Sunday.", "194", "INDMIL>PAKMIL", ""},
		{"exchanged rocket fire with", d, "Israeli troops exchanged rocket fire with Hezbollah fighters along the border.", "194", "ISRMIL>LBNRAD", ""},
		{"exchanged mortar fire with", d, "Ethiopian and Eritrean forces exchanged mortar fire near Badme.", "194", "ETHMIL>ERIMIL", ""},
	})
}
