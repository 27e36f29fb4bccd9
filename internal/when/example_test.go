package when_test

import (
	"fmt"
	"time"

	"dateline"
	"dateline/internal/analysistest"
	"dateline/internal/when"
)

func ExampleFind() {
	ref := time.Date(2018, 11, 13, 4, 9, 0, 0, time.FixedZone("CST", -6*3600))
	s := dateline.Sentence{Text: "Italy's premier hosted a meeting Tuesday, seven years after the 2011 uprising and two days ago."}
	for _, e := range when.Find(s, ref) {
		fmt.Printf("%s: %s (%s, past %v)\n", e.Text, e.Date, e.Kind, e.Past)
	}
	// Output:
	// Tuesday: 2018-11-13 (weekday, past false)
	// 2011: 2011 (year, past true)
	// two days ago: 2018-11-11 (ago, past true)
}

// ExampleStory dates the events of a story sentence by sentence: an act
// with no date of its own happened on the day the story tells of, and a
// story with no date leaves relative dates unknown.
func ExampleStory() {
	s := analysistest.MustParse("{main [NP Leaders] [PP on] [NP+time Sunday] [VG+past imposed] [NP sanctions] .}")
	next := analysistest.MustParse("{main [NP Police] [VG+past fired] [NP tear gas] .}")
	for _, ref := range []time.Time{time.Date(2023, 7, 31, 12, 0, 0, 0, time.UTC), {}} {
		var day dateline.Date
		if !ref.IsZero() {
			day = dateline.DateOf(ref)
		}
		st := when.NewStory(day)
		for _, s := range []*dateline.Sentence{s, next} {
			times := when.Find(*s, ref)
			d, rule := st.EventDate(s, times, dateline.Span{Start: 0, End: 6})
			fmt.Printf("%q: %s (%s)\n", s.Text[:6], d, rule)
			st.Next(s, times)
		}
	}
	// Output:
	// "Leader": 2023-07-30 (weekday "Sunday")
	// "Police": 2023-07-30 (the day the story tells of: "Sunday")
	// "Leader":  (unknown: weekday "Sunday" needs the story's date)
	// "Police":  (unknown: no date in the text, and the story has none)
}
