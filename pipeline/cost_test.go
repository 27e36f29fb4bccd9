package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/cost"
	"dateline/internal/story"
)

// profile builds a story of n paragraphs that keep naming the same people,
// titles, pronouns, bodies, abbreviations and places, as a long profile of
// one leader does.
func profile(n int) string {
	paras := []string{
		"Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko in Minsk on Monday.",
		"Putin said the talks with Lukashenko went well, and he thanked the Belarusian president.",
		"The Kremlin said President Putin would visit China, and Beijing welcomed the plan.",
		"He also accused NATO of threatening Russia, and the U.S. rejected the charge.",
		"The president told reporters in Moscow that the EU and the UN must respect Russia.",
		"Lukashenko backed Putin, while Ukraine's foreign minister condemned the meeting in Kyiv.",
		"Mr. Putin later met the prime minister of India, Narendra Modi, in New Delhi.",
		"They signed an agreement, and Modi said India would buy more Russian oil.",
	}
	var b strings.Builder
	b.WriteString("MOSCOW (AP) — Russian President Vladimir Putin spoke on Sunday.\n\n")
	for i := 0; i < n; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// longSentence builds one sentence of n clauses that name the same people
// and places.
func longSentence(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = "President Putin met Lukashenko in Minsk on Monday"
	}
	return strings.Join(parts, ", and ") + ".\n"
}

// strangers builds a story of n paragraphs, each naming a titled person, a
// general and a village no one named before.
func strangers(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		k := cost.Word(i)
		fmt.Fprintf(&b, "Prime Minister John Smith%s met Gen. Ivan Petrov%s in the village of Bar%s in northern Syria on Monday, and he said Smith%s would visit.\n\n", k, k, k, k)
	}
	return b.String()
}

// readProfile reads text as a story dated 1 March 2024.
func readProfile(t testing.TB, text string) *dateline.Story {
	t.Helper()
	st, err := story.ReadText("profile", []byte(text), story.Options{Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return &st
}

// codeOnce returns the work of coding st, which must give events.
func codeOnce(t testing.TB, c *Coder, st *dateline.Story) func() {
	return func() {
		res, err := c.Code(context.Background(), st)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Events) == 0 {
			t.Fatal("the story codes no events: the test measures nothing")
		}
	}
}

// TestCostLinear codes stories of N and 4N paragraphs (or clauses): the
// memory coding takes must grow with the story, not with how often it
// repeats a name. (A person named again once doubled their list of offices:
// 30 mentions took gigabytes.)
func TestCostLinear(t *testing.T) {
	c := defaultCoder(t)
	tests := []struct {
		name  string
		story func(n int) string
		sizes []int
	}{
		{"profile of one leader", profile, []int{16, 64}},
		{"one long sentence", longSentence, []int{100, 400}},
		{"new people and places", strangers, []int{50, 200}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cost.Linear(t, tt.sizes, func(n int) func() {
				return codeOnce(t, c, readProfile(t, tt.story(n)))
			})
		})
	}
}

// TestProfileMemory codes long profiles that name one leader hundreds of
// times: each must take a few megabytes, not the gigabytes a repeated name
// once cost.
func TestProfileMemory(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector inflates allocations; the bound is for real builds")
	}
	const limit = 16 << 20
	c := defaultCoder(t)
	tests := []struct {
		name string
		text string
	}{
		{"200 paragraphs of a profile", profile(200)},
		{"the name 400 times", strings.Repeat("President Vladimir Putin met Prime Minister Narendra Modi in Moscow, and Putin said he would visit India.\n\n", 200)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			work := codeOnce(t, c, readProfile(t, tt.text))
			work()
			got := cost.Bytes(work)
			t.Logf("%d bytes of text: %d bytes allocated", len(tt.text), got)
			if got > limit {
				t.Errorf("got %d MiB allocated, want at most %d MiB", got>>20, limit>>20)
			}
		})
	}
}
