package pipeline

import (
	"testing"
	"time"
)

// TestWordsAreNoDeed pins what a demand or judgement with no target of its
// own is about: an act done, not the words another said about it just
// before. "France condemned the coup. The African Union demanded a swift
// return to constitutional order" is no demand on France.
func TestWordsAreNoDeed(t *testing.T) {
	c := defaultCoder(t)
	tests := []struct {
		name, date, text, root, notTarget string
	}{
		{"a demand after a condemnation", "2023-08-31",
			"LIBREVILLE, Gabon (AP) \u2014 Army officers seized power on Wednesday. France condemned the coup. The African Union demanded a swift return to constitutional order.", "10", "FRA"},
		{"a call after a criticism", "2021-02-02",
			"NAYPYITAW, Myanmar (AP) \u2014 The military detained Aung San Suu Kyi on Monday. Britain criticised the detention. The United Nations called for a return to democracy.", "02", "GBR"},
		{"a demand after a warning", "2021-05-25",
			"BAMAKO, Mali (AP) \u2014 Soldiers arrested the interim president on Monday. The United States warned of sanctions. ECOWAS demanded the restoration of civilian rule.", "10", "USA"},
		{"a condemnation of the move after an accusation", "2022-02-22",
			"MOSCOW (AP) \u2014 Russia recognised two breakaway regions of Ukraine on Monday. Kyiv accused Moscow of aggression. Germany condemned the move.", "11", "UKR"},
		{"a demand after a protest", "2019-11-20",
			"LA PAZ, Bolivia (AP) \u2014 Soldiers shot dead eight protesters on Tuesday. Mexico protested the killings. The Organization of American States called for an end to the violence.", "02", "MEX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref, _ := time.Parse(time.DateOnly, tt.date)
			evs := codeText(t, c, tt.text, ref)
			found := false
			for _, e := range evs {
				if e.Sentence.Index != 2 || e.CAMEO[:2] != tt.root {
					continue
				}
				found = true
				if e.Target != nil && string(e.Target.Country) == tt.notTarget {
					t.Errorf("%s event aimed at %s, who only spoke: %s", tt.root, e.Target.Code, e.Rule)
				}
			}
			if !found {
				t.Errorf("no %s event in the third sentence: %v", tt.root, dyads(evs))
			}
		})
	}
}
