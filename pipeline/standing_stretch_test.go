package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestStandingStretch: an act told in the perfect over a stretch that began
// a year or more before the story ("the rebels have fought for independence
// since 1976", "security forces have detained opposition supporters since
// 2019") is a standing situation, not an act of the news, and codes nothing;
// a stretch of days or months is the news and codes, as do acts counted one
// by one ("have killed 2,000 people since 2017"), an entry that reads the
// time as its own ("has held the pastor since 2016"), and the same acts told
// with a day of their own or in the past tense.
func TestStandingStretch(t *testing.T) {
	ref := time.Date(2021, time.June, 15, 12, 0, 0, 0, time.UTC)
	c := newCoder(t)
	tests := []struct {
		name, text string
		code       string // "" when the sentence must code no event
	}{
		{"fought since a year", "The rebels have fought for an independent homeland in the north since 1983.", ""},
		{"waged since, relative clause", "The Shining Path, which has waged a guerrilla war since 1980, claimed the attack.", "0"},
		{"detained since a month of an earlier year", "Security forces have detained opposition supporters in the capital since March 2019.", ""},
		{"occupied since", "Armenian forces have occupied the districts around the enclave since 1994.", ""},
		{"struck since a year, reported", "Israeli jets have struck targets in Gaza since 2019, the army said.", ""},
		{"since the story's own year, months before", "Israeli jets have struck targets in Gaza since 2021, the army said.", "19"},
		{"a count stays: killed", "Islamist militants have killed more than 2,000 people in the region since 2017.", "18"},
		{"a count stays: detained", "Security forces have detained more than 3,000 opposition supporters since March 2019.", "173"},
		{"an entry that reads the time: held since", "Turkey has held an American pastor since 2016.", "173"},
		{"stationed since", "About 600 Turkish soldiers have been stationed in northern Iraq since 2016.", ""},
		{"past perfect since", "Ethiopian troops had fought Eritrean forces along the border since 1998.", ""},
		{"since Saturday: the news", "Police have detained more than 120 protesters since Saturday.", "173"},
		{"since March of the story's year: the news", "Police have detained more than 400 protesters since March.", "173"},
		{"perfect with no stretch", "Police have detained more than 120 protesters in the capital.", "173"},
		{"past tense with a year: a dated act", "Rebels attacked the garrison town of Kidal in 2012.", "19"},
		{"past tense with a day", "Colombian troops attacked a FARC camp near the border on Monday.", "19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var all []string
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+dyad(e)+" "+string(e.Date))
			}
			switch {
			case tt.code == "" && len(all) > 0:
				t.Errorf("coded %v, want no event: a standing situation", all)
			case tt.code == "0":
				for _, a := range all {
					if strings.HasPrefix(a, "19") {
						t.Errorf("coded %s from the relative clause's standing war", a)
					}
				}
			case tt.code != "" && tt.code != "0":
				found := false
				for _, a := range all {
					found = found || strings.HasPrefix(a, tt.code)
				}
				if !found {
					t.Errorf("no %s event in %v", tt.code, all)
				}
			}
		})
	}
}
