package where

import (
	"testing"

	"dateline"
	"dateline/internal/cost"
)

// placeSentences name the same places again and again, in every way a
// story does: after a cue, as based-adjectives, as directions, qualified,
// abbreviated and inside longer names.
var placeSentences = []string{
	"Russian troops shelled Kharkiv and the town of Izium in eastern Ukraine on Monday.",
	"The Moscow-based agency said officials in Kyiv and Minsk had met in the U.S. capital.",
	"He flew to Paris, Texas, then to Tbilisi, Georgia, before talks in New Delhi.",
	"Fighting spread from Libya's east to the outskirts of Tripoli and Misrata.",
	"Protesters marched in Tel Aviv, and Israeli jets struck the Gaza Strip near Rafah.",
	"The New York Times quoted officials in Washington and in the remote south of the country.",
}

// TestMentionsCostLinear finds the places of a story of N and 4N
// sentences under the hint the story gives (its countries, its dateline):
// memory must grow with the story.
func TestMentionsCostLinear(t *testing.T) {
	g := gaz(t)
	near, ok := g.Dateline(dateline.Dateline{Place: "Moscow"})
	if !ok {
		t.Fatal("Moscow: no dateline place")
	}
	cost.Linear(t, []int{30, 120}, func(n int) func() {
		sents := make([]dateline.Sentence, n)
		for i := range sents {
			sents[i] = sentence(placeSentences[i%len(placeSentences)])
		}
		h := storyHint(g, sents, &near)
		return func() {
			found := 0
			for _, s := range sents {
				found += len(g.Mentions(s, h, nil))
			}
			if found < n {
				t.Fatalf("got %d places in %d sentences, want more", found, n)
			}
		}
	})
}

// storyHint gives the countries the sentences name, in order of first
// mention, as the pipeline's hint does.
func storyHint(g *Gazetteer, sents []dateline.Sentence, near *dateline.Place) Hint {
	h := Hint{Near: near}
	seen := map[string]bool{}
	for _, s := range sents {
		for _, m := range g.Mentions(s, Hint{}, nil) {
			if c := m.Place.Country; c != "" && !seen[c] {
				seen[c] = true
				h.Countries = append(h.Countries, c)
			}
		}
	}
	return h
}
