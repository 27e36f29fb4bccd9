package pipeline

import (
	"testing"
	"time"
)

// TestDateOffsets: an act told as so many days before or after another
// day is dated from that day, not from the story's: "two days later"
// counts from the day named last; "two days after" from the day of the
// clause it hangs from, or of the phrase after it.
func TestDateOffsets(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2002, 4, 15, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []struct{ name, text, code, want string }{
		{"days later, next sentence", "Rebels attacked the town on Monday. Two days later, the army recaptured it.", "192", "2002-04-17"},
		{"days later, same sentence", "Rebels attacked the town on Saturday and two days later the army recaptured it.", "192", "2002-04-15"},
		{"a week earlier", "Police arrested the editor on Friday. A week earlier, soldiers had raided his office.", "173", "2002-04-05"},
		{"act in the clause 'after' opens", "Chavez returned to the palace on Sunday, two days after the army forced him from office.", "172", "2002-04-12"},
		{"act in the clause 'after' opens, its own day first", "The army recaptured the town a day after rebels attacked it on Saturday.", "190", "2002-04-13"},
		{"main act counted from the clause's day", "The army recaptured the town a day after rebels attacked it on Saturday.", "192", "2002-04-14"},
		{"main act counted from the phrase's day", "Three days after the coup on March 3, soldiers detained the prime minister.", "173", "2002-03-06"},
		{"before counts back", "Two days before the vote on Sunday, police arrested the opposition leader.", "173", "2002-04-12"},
		{"the main clause keeps its own day", "Protesters stormed parliament on Tuesday, three days after police arrested the opposition leader.", "145", "2002-04-09"},
		{"no day to count from: the story's", "A week after the vote, protesters stormed parliament.", "145", "2002-04-15"},
		{"the day of a clause above the offset's", "President Salinas ordered the army on Saturday to stop firing in Chiapas, 11 days after rebels seized the city.", "192", "2002-04-02"},
		{"a verb joined to the act the offset opens", "Gorbachev flew back to Moscow on Sunday, three days after hardliners placed him under house arrest and declared a state of emergency.", "1724", "2002-04-11"},
		{"a year before a noun dates the noun", "Indonesia scrapped a 1995 security treaty with Australia.", "12", "2002-04-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if hasCode(e, tt.code) {
					if string(e.Date) == tt.want {
						return
					}
					got = append(got, string(e.Date)+" ("+e.Rule+")")
				}
			}
			t.Errorf("%s: got %v, want %s", tt.code, got, tt.want)
		})
	}
}
