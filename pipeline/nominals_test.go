package pipeline

import "testing"

// TestDatedNominals: an event noun with a possessor who does it, a target it
// is done to and a time of its own is an event ("Mugabe's dismissal last
// week of his vice-president"); without a time of its own it is a standing
// state or a reference, and as the object of another event ("condemned
// Russia's annexation of Crimea") it is told only as what that event is
// about.
func TestDatedNominals(t *testing.T) {
	testLexRows(t, []lexRow{
		{"dismissal last week", "2017-11-15", "The crisis follows Robert Mugabe's dismissal last week of his vice-president, Emmerson Mnangagwa.", "172", "ZWEGOV>ZWEGOV", ""},
		{"annexation in a year", d, "Russia's annexation of Crimea in 2014 angered Ukraine's allies.", "19", "RUS>UKRGOV", ""},
		{"invasion in a year", d, "Turkey's invasion of Cyprus in 1974 divided the island.", "19", "TUR>CYP", ""},
		{"crackdown in a month", "2017-11-15", "Since China's crackdown on the protesters in June, trade has fallen.", "17", "CHN>CHNOPP", ""},
		{"undated: a standing state", d, "The talks focused on Israel's blockade of Gaza.", "19", "", ""},
		{"object of a condemnation", d, "Britain condemned Russia's annexation of Crimea.", "19", "", ""},
		{"condemnation stays", d, "Britain condemned Russia's annexation of Crimea.", "111", "GBR>RUS", ""},
		{"no target: the possessor suffered it", "2017-11-15", "Mugabe's dismissal last week angered the army.", "172", "", ""},
	})
}
