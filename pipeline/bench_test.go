package pipeline

import (
	"context"
	"testing"
	"time"

	"dateline/internal/seed"
	"dateline/internal/story"
)

// BenchmarkCodeSeed codes the seed story end to end, from its text.
func BenchmarkCodeSeed(b *testing.B) {
	c := newCoder(b)
	text := seed.Text()
	opt := story.Options{Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	sentences := 0
	for b.Loop() {
		st, err := story.ReadText(seed.Name, text, opt)
		if err != nil {
			b.Fatal(err)
		}
		res, err := c.Code(context.Background(), &st)
		if err != nil {
			b.Fatal(err)
		}
		sentences += len(res.Sentences)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
