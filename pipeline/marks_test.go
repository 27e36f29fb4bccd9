package pipeline

import (
	"testing"
	"time"

	"dateline"
)

// TestMentionMarks: the facts later stages act on are typed marks on the
// mention, set where the rule's words are written, so that the coding
// never hangs on the words: a known person called former a year past the
// office ("+former-told"), a title given between two roles
// ("between-roles+title-told"), armed men of a group once armed
// ("+armed-men"), an agent given the sentence's country
// ("+sentence-country"), and a person named after a title
// ("+title"), whom no later step told of otherwise.
func TestMentionMarks(t *testing.T) {
	c := newCoder(t)
	rows := []struct {
		date, text, mention string
		want, not           dateline.MentionMarks
	}{
		{"2005-06-01", "Former President Alberto Fujimori ordered troops to storm the residence in April 1997.", "President Alberto Fujimori",
			dateline.MarkFormerTold, dateline.MarkTitle | dateline.MarkTitleTold},
		{"2008-06-01", "Opposition leader George Papandreou criticised the government on Monday.", "Opposition leader George Papandreou",
			dateline.MarkTitleTold | dateline.MarkBetweenRoles, dateline.MarkTitle | dateline.MarkRoleTold},
		{"2018-06-01", "FARC rebels attacked a police station in Cauca on Monday.", "FARC rebels",
			dateline.MarkArmedMen, dateline.MarkStoryCountry},
		{"2018-06-01", "FARC rebels attacked a police station in Cauca on Monday.", "police",
			dateline.MarkSentenceCountry, dateline.MarkStoryCountry | dateline.MarkArmedMen},
		{"2018-06-01", "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.", "Russian President Vladimir Putin",
			dateline.MarkTitle, dateline.MarkTitleTold | dateline.MarkRoleTold | dateline.MarkFormerTold},
	}
	for _, tt := range rows {
		t.Run(tt.mention, func(t *testing.T) {
			on, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, ms := range codeStoryText(t, c, tt.text, on).Mentions {
				for _, m := range ms {
					if m.Text != tt.mention {
						continue
					}
					found = true
					if m.Marks&tt.want != tt.want || m.Marks&tt.not != 0 {
						t.Errorf("%q: marks %b, want %b and none of %b (rule %q)", m.Text, m.Marks, tt.want, tt.not, m.Rule)
					}
				}
			}
			if !found {
				t.Errorf("no mention %q", tt.mention)
			}
		})
	}
}
