package actor

import (
	"strings"
	"testing"
	"time"

	"dateline/internal/cost"
)

// profileSentences are a long profile's sentences: the same people again
// and again by full name, surname, title and pronoun, with bodies, groups,
// abbreviations and places, as coreference has to follow them.
var profileSentences = []string{
	"Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko in Minsk on Monday.",
	"Putin said the talks with Lukashenko went well, and he thanked the Belarusian president.",
	"The Kremlin said President Putin would visit China, and Beijing welcomed the plan.",
	"He also accused NATO of threatening Russia, and the U.S. rejected the charge.",
	"The president told reporters in Moscow that the EU and the U.N. must respect Russia.",
	"Gen. Valery Gerasimov said his forces were ready, and the army praised their work.",
	"Hamas said the group would keep fighting, and its leaders met Egyptian officials in Cairo.",
	"Mr. Putin later met the prime minister of India, Narendra Modi, in New Delhi.",
	"They signed an agreement, and Modi said India would buy more Russian oil.",
	"The Indian premier thanked Putin, and Prime Minister Ivan Petrov of the rebels said he agreed.",
}

// profileText is a story of n sentences of profileSentences, one paragraph.
func profileText(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(profileSentences[i%len(profileSentences)])
	}
	return b.String()
}

// TestTrackerCostLinear follows the actors of a profile of N and 4N
// sentences: a tracker's memory must grow with the story, not with how
// often it names someone again (a person named again once doubled their
// offices, and 30 mentions took gigabytes).
func TestTrackerCostLinear(t *testing.T) {
	d := dict(t)
	on := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	cost.Linear(t, []int{40, 160}, func(n int) func() {
		sents := testSentences(profileText(n))
		if len(sents) != n {
			t.Fatalf("got %d sentences, want %d", len(sents), n)
		}
		return func() {
			tr := d.NewTracker(on)
			found := 0
			for _, s := range sents {
				found += len(tr.Mentions(s))
			}
			if found < n {
				t.Fatalf("got %d mentions in %d sentences: the profile names nobody", found, n)
			}
		}
	})
}
