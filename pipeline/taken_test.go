package pipeline

import "testing"

// TestTakenFrom: whom a place, or control of it, is taken from is the
// target of the taking ("seized the town from government forces", "wrested
// control of the province from the army"), in any tense and voice; a
// "from" that names no actor ("from the north") leaves the taking as it was.
func TestTakenFrom(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "seized a town from the army", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — Syrian rebels seized the town from government forces on Monday.\n",
			sentence: "seized the town", want: []string{"19 SYRREB>SYRMIL"}},
		{name: "a relative clause", date: "2006-12-25",
			text:     "MOGADISHU, Somalia (AP) — Somali Islamists, who captured the port from rival clan militias in June, declared a holy war.\n",
			sentence: "captured the port", want: []string{"19 SOMRAD>SOMUAF"}},
		{name: "control wrested from the army", date: "2014-06-12",
			text:     "BAGHDAD (AP) — Iraqi insurgents wrested control of the province from the army last week.\n",
			sentence: "wrested control", want: []string{"19 IRQREB>IRQMIL"}},
		{name: "a named town from the militia", date: "2016-12-12",
			text:     "TRIPOLI, Libya (AP) — Libyan troops recently took Sirte from the militants.\n",
			sentence: "took Sirte", want: []string{"19 LBYMIL>LBYUAF"}},
		{name: "passive, with the taker as agent", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — The airport was captured from government troops by Syrian rebels.\n",
			sentence: "was captured", want: []string{"19 SYRREB>SYRMIL"}},
		{name: "a from with no actor", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — Syrian rebels seized the town from the north on Monday.\n",
			sentence: "seized the town", want: []string{"19 SYRREB>-"}},
		{name: "things taken are no territory", date: "2015-05-20",
			text:     "DAMASCUS, Syria (AP) — Syrian rebels took the documents from the police.\n",
			sentence: "took the documents", not: []string{"19 SYRREB>SYRCOP"}},
	})
}
