package pipeline

import "testing"

// TestRadicalsAtHome: unnamed radicals and extremists (RAD) are of their
// sentence's places or the story's country, as protesters and rebels
// are; a nationality before them still comes first, "foreign" ones keep
// none, and the nationality of the bystanders they act on ("held the
// French journalists hostage") is not theirs, as a state's is for rebels; a suicide bomber, whoever sent him, is of no country, as
// unidentified gunmen are.
func TestRadicalsAtHome(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"blamed-local-group", d, "Bombings\n\nCOLOMBO, Sri Lanka —\n\nSri Lanka's government on Monday blamed a local Islamist group for the suicide bombings.", "112", "LKAGOV>LKARAD", ""},
		{"passive-by-extremist", d, "Rabin shot\n\nTEL AVIV, Israel —\n\nPrime Minister Yitzhak Rabin was shot dead by a Jewish extremist on Saturday night.", "18", "ISRRAD>ISRGOV", ""},
		{"arrested-extremists", d, "Arrests\n\nQUETTA, Pakistan —\n\nPolice arrested three extremists on Sunday.", "173", "PAKCOP>PAKRAD", ""},
		{"accused-extremists", d, "Strikes\n\nWARSAW, Poland —\n\nThe prime minister accused union extremists of pushing Poland toward civil war.", "112", "POLGOV>POLRAD", ""},
		{"sentence-place-first", d, "Church attack\n\nLONDON, United Kingdom —\n\nIslamists attacked a church in northern Nigeria on Sunday.", "18", "NGARAD>NGA", ""},
		{"bystanders-nationality-not-theirs", d, "Islamist militants held the French journalists hostage for months.", "181", "RAD>FRAMED", ""},
		{"rebels-bystanders-nationality-not-theirs", d, "Rebels held the French journalists hostage for months.", "181", "REB>FRAMED", ""},
		{"rebels-state-nationality", d, "Colombian troops killed three rebels on Monday.", "19", "COLMIL>COLREB", ""},
		{"guard-nationality", d, "Raid\n\nNEW DELHI, India —\n\nPakistani extremists attacked an Indian army post on Sunday.", "19", "PAKRAD>INDMIL", ""},
		{"guard-foreign", d, "Raid\n\nBAMAKO, Mali —\n\nForeign jihadists attacked an army post near Gao on Sunday.", "19", "RAD>MLIMIL", ""},
		{"guard-suicide-bomber", d, "Blast\n\nKABUL, Afghanistan —\n\nA suicide bomber killed 41 people at a mosque on Monday.", "18", "RAD>AFGCVL", ""},
		{"guard-bombers-aircraft", d, "Strikes\n\nMOSCOW, Russia —\n\nRussian bombers struck rebel positions in Syria on Tuesday.", "19", "RUSMIL>SYRREB", ""},
	})
}
