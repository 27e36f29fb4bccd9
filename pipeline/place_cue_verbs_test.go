package pipeline

import "testing"

// TestSeizedTownIsPlace: a small town (under 100,000 people, read as a
// place only after a cue) right after a verb of taking or storming a place
// ("seized Bakhmut", "stormed Avdiivka") is a place, so the act falls on
// its country. Verbs that take people as often ("attacked Warren") are no
// cue. Armed men entering a named town are read as moving, not as taking
// it: "entered South Ossetia" coded as a seizure gave the story a second
// side that an untargeted act before it then took as its target.
func TestSeizedTownIsPlace(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"seized a small town", "2023-05-20", "Russian forces seized Bakhmut on Saturday after months of fighting.", "192", "RUSMIL>UKRGOV", ""},
		{"stormed a small town", "2024-02-16", "Russian troops stormed Avdiivka on Friday.", "190", "RUSMIL>UKRGOV", ""},
		{"raided a town: already a place", "2023-07-03", "Israeli troops raided Jenin on Monday.", "190", "ISRMIL>PSEGOV", ""},
		{"refugees entered a country", "2022-03-06", "Thousands of refugees entered Poland on Sunday.", "192", "", ""},
		{"lawmakers entered parliament", "2022-03-06", "Lawmakers entered Parliament on Monday.", "192", "", ""},
		{"attacked a surname that is also a town", "2019-05-05", "Critics attacked Warren over the plan.", "190", "OPP>", ""},
	})
}
