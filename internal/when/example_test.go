package when_test

import (
	"fmt"
	"time"

	"dateline"
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
