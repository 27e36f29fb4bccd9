package when

import (
	"strings"
	"testing"

	"dateline"
	"dateline/internal/cost"
)

// timeClauses are the time expressions a long story repeats: weekdays,
// dates with and without years, abbreviated months, ranges, periods, eras.
var timeClauses = []string{
	"Putin met Lukashenko on Monday",
	"talks began Nov. 13, 2018, and ended Sept. 2",
	"the army attacked last week and two days ago",
	"from May 1 to May 3 and between 2011 and 2014",
	"earlier this year, in the 1970s and during World War Two",
	"the 2011 uprising, on 21 May 2020, and 2018-11-13",
}

// TestFindCostLinear finds the dates of N and 4N sentences, and of one
// sentence of N and 4N clauses: memory must grow with the text.
func TestFindCostLinear(t *testing.T) {
	text := func(n int, sep string) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = timeClauses[i%len(timeClauses)]
		}
		return strings.Join(parts, sep) + "."
	}
	find := func(t *testing.T, sents []dateline.Sentence, min int) func() {
		return func() {
			found := 0
			for _, s := range sents {
				found += len(Find(s, tue))
			}
			if found < min {
				t.Fatalf("got %d time expressions, want at least %d", found, min)
			}
		}
	}
	t.Run("sentences", func(t *testing.T) {
		cost.Linear(t, []int{30, 120}, func(n int) func() {
			body := text(n, ". ")
			var sents []dateline.Sentence
			for start := 0; start < len(body); {
				end := strings.Index(body[start:], ". ")
				if end < 0 {
					end = len(body)
				} else {
					end += start + 1
				}
				sents = append(sents, dateline.Sentence{Span: dateline.Span{Start: start, End: end}, Text: body[start:end]})
				start = end + 1
			}
			return find(t, sents, n)
		})
	})
	// Slices grow by doubling while small and by a quarter once large, so
	// the bytes an append costs per element rise until a slice holds a few
	// thousand: a sentence this long is past that.
	t.Run("one sentence", func(t *testing.T) {
		cost.Linear(t, []int{4000}, func(n int) func() {
			s := text(n, ", and ")
			return find(t, []dateline.Sentence{{Span: dateline.Span{Start: 0, End: len(s)}, Text: s}}, n)
		})
	})
}
