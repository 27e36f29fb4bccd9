package pipeline

import "testing"

// TestWorldPowers: powers named together ("world powers", "Western
// powers", "the great powers") are governments of no one country, never
// the story's nor the other party's; "powers" alone are a ruler's.
func TestWorldPowers(t *testing.T) {
	runLexRows(t, []lexRow{
		{"Western powers as the source", "2022-06-01", "Western powers accused Iran of enriching uranium to weapons grade.", "11", "GOV>IRN", ""},
		{"world powers as the object of talks", "2022-06-01", "Iran resumed talks with world powers on Monday.", "04", "IRN>GOV", ""},
		{"major powers in a story from the other party's capital", "2022-06-01", "TEHRAN, Iran (AP) - Major powers urged Iran to return to the nuclear deal.", "02", "GOV>IRN", ""},
		{"the Western powers as the accused", "2011-03-20", "Gaddafi accused the Western powers of a crusade against Libya.", "11", "LBYGOV>GOV", ""},
		{"the great powers as the accused", "2022-06-01", "North Korea accused the great powers of meddling on the peninsula.", "11", "PRK>GOV", ""},
		{"foreign powers after a ruler's powers", "2022-06-01", "The Malian junta seized emergency powers and accused foreign powers of plotting a coup.", "11", "MLIGOV>GOV", ""},
		{"a ruler's powers are no one", "2022-06-01", "Parliament gave the president sweeping powers to rule by decree.", "07", "", ""},
	})
}

// TestPowersMeetAbroad: unnamed governments of no one country ("world
// powers", "leaders", "envoys") are not of the place they meet in; other
// agents are ("security forces in Guinea", "gunmen in Mali").
func TestPowersMeetAbroad(t *testing.T) {
	runLexRows(t, []lexRow{
		{"world powers in a city", "2022-06-01", "Iran resumed nuclear talks with world powers in Vienna.", "04", "IRN>GOV", ""},
		{"world powers in a capital, a past date", "2005-06-01", "North Korea held talks with world powers in Beijing on Sunday.", "04", "PRK>GOV", ""},
		{"the big powers in a city as the accused", "2014-06-01", "Syria accused the big powers in Geneva of blocking a deal.", "11", "SYR>GOV", ""},
		{"leaders in a city", "2022-06-01", "Leaders in Geneva urged Ethiopia to end the war in Tigray.", "02", "GOV>ETH", ""},
		{"envoys in a capital", "2022-06-01", "Envoys in Kabul urged the Taliban to reopen girls' schools.", "02", "GOV>AFGGOV", ""},
		{"security forces stay the place's", "2022-06-01", "Security forces in Guinea fired tear gas at protesters.", "17", "GINMIL>GINOPP", ""},
		{"gunmen stay the place's", "2022-06-01", "Gunmen in Mali killed twelve villagers on Sunday.", "18", "MLIUAF>MLICVL", ""},
	})
}
