package pipeline

import "testing"

// TestJointProtestTarget: a protest act on no one ("setting houses on
// fire", "smashing windows", "looting goods"), joined to an act of force
// or protest by the same subject on another country's party (a participle
// set off from it, or a verb coordinated with it), is aimed at that party,
// not at the crowd's own state. Joined to an act on its own country's
// people ("fought police"), or to no act on anyone, the home state stays.
func TestJointProtestTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"attacked villages of another people, setting houses on fire", "2004-03-18",
			"Ethnic Albanian crowds attacked Serb villages across Kosovo on Wednesday, setting houses on fire.", "145", "XKXCVL>SRB", ""},
		{"attacked an embassy, smashing windows", "2011-11-29",
			"Demonstrators in Tehran attacked the British embassy, smashing windows and burning documents.", "145", "IRNCVL>GBRGOV", ""},
		{"attacked foreign-owned shops, looting goods", "1998-05-14",
			"Crowds in Jakarta attacked Chinese-owned shops on Monday, looting goods and burning buildings.", "145", "IDNCVL>CHNBUS", ""},
		{"beat foreign traders and burned shops", "2006-04-18",
			"Rioters in Honiara beat Chinese traders and burned shops on Tuesday.", "145", "SLBCVL>CHNCVL", ""},
		{"burned cars and fought police: the home state", "2014-03-15",
			"Rioters in Dhaka burned cars and fought police in several districts on Monday.", "145", "BGDCVL>BGDGOV", ""},
		{"burned cars and smashed windows: no one named", "2014-03-15",
			"Protesters in Ankara burned cars and smashed windows on Monday.", "145", "TUROPP>TURGOV", ""},
		{"in the Turkish capital: the setting only", "2014-03-15",
			"Protesters set fire to cars in the Turkish capital on Monday.", "145", "TUROPP>TURGOV", ""},
	})
}
