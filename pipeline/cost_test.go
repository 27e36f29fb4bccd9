package pipeline

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"dateline"
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

// bytesToCode returns the bytes allocated while coding text once.
func bytesToCode(t *testing.T, c *Coder, text string) uint64 {
	t.Helper()
	st, err := story.ReadText("profile", []byte(text), story.Options{Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	code := func() *dateline.Coded {
		res, err := c.Code(context.Background(), &st)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	code() // warm up lazily built state
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res := code()
	runtime.ReadMemStats(&after)
	if len(res.Events) == 0 {
		t.Fatal("the profile codes no events: the test measures nothing")
	}
	return after.TotalAlloc - before.TotalAlloc
}

// TestCostLinear codes a profile of N and of 4N paragraphs: the work must
// grow with the story, not with how often it repeats a name. (A person
// named again once doubled their list of offices: 30 mentions took
// gigabytes.)
func TestCostLinear(t *testing.T) {
	c := newCoder(t)
	for _, n := range []int{16, 64} {
		small := bytesToCode(t, c, profile(n))
		large := bytesToCode(t, c, profile(4*n))
		ratio := float64(large) / float64(small)
		t.Logf("%d -> %d paragraphs: %d -> %d bytes (%.2fx)", n, 4*n, small, large, ratio)
		if ratio > 5 {
			t.Errorf("%d paragraphs: 4x the story took %.1fx the memory (%d -> %d bytes); want about 4x", n, ratio, small, large)
		}
	}
}
