package pipeline

import "testing"

// TestUnnamedForcesAbroad: unnamed forces ("troops", "the army",
// "warplanes") striking a place of another country, in a story filed from
// the country it is about, are that country's forces, not the country of
// the place they strike; forces striking people or places at home, and
// forces whose nationality is named, keep theirs.
func TestUnnamedForcesAbroad(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"the army's aircraft in Gaza, from Jerusalem", "2014-07-09", "Israel strikes Gaza\n\nJERUSALEM, Israel —\n\nThe army said its aircraft struck 160 targets in the Gaza Strip overnight.", "195", "ISRMIL>PSEGOV", ""},
		{"troops in Somalia, from Nairobi", "2011-10-23", "Kenya in Somalia\n\nNAIROBI, Kenya —\n\nTroops shelled targets near the town of Afmadow in southern Somalia on Sunday, the military said.", "194", "KENMIL>SOMGOV", ""},
		{"troops across the Line of Control, from Islamabad", "2016-10-25", "Kashmir firing\n\nISLAMABAD, Pakistan —\n\nTroops shelled villages across the Line of Control in Indian Kashmir on Tuesday, the army said.", "194", "PAKMIL>INDCVL", ""},
		{"guard: a demonym of the place, from New Delhi", "2016-10-30", "Kashmir firing\n\nNEW DELHI, India —\n\nTroops shelled Pakistani posts across the Line of Control on Sunday, the army said.", "194", "INDMIL>PAKGOV", ""},
		{"guard: a border town named by demonym, from Addis Ababa", "1999-02-08", "Border war\n\nADDIS ABABA, Ethiopia —\n\nTroops shelled the Eritrean border town of Zalambessa on Monday.", "194", "ETHMIL>ERIGOV", ""},
		{"guard: forces of a named country", "2012-10-03", "Border\n\nANKARA, Turkey —\n\nSyrian troops shelled the Turkish border town of Akcakale.", "194", "SYRMIL>TURGOV", ""},
		{"guard: at home, on rebels", "2009-08-10", "Helmand\n\nKABUL, Afghanistan —\n\nTroops shelled Taliban positions in Helmand province on Monday.", "194", "AFGMIL>AFGREB", ""},
		{"guard: at home, on rebel districts", "2012-10-02", "Aleppo shelled\n\nDAMASCUS, Syria —\n\nTroops shelled rebel-held districts of Aleppo on Tuesday.", "194", "SYRMIL>SYRREB", ""},
		{"guard: on rebels abroad, from Moscow", "2014-08-20", "Shelling in Ukraine\n\nMOSCOW, Russia —\n\nTroops shelled rebel positions in Luhansk on Tuesday, separatist leaders said.", "194", "UKRMIL>UKRREB", ""},
		{"guard: a story about the place's country, from Beirut", "2012-10-02", "Aleppo shelled\n\nBEIRUT, Lebanon —\n\nSyrian troops pushed into Aleppo on Monday. Troops shelled the northern city of Aleppo on Tuesday. Activists said 20 people were killed.", "194", "SYRMIL>SYRGOV", ""},
	})
}
