package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dateline"
	"dateline/internal/seed"
	"dateline/internal/story"
)

// BenchmarkCodeSeed codes the seed story end to end, from its text.
func BenchmarkCodeSeed(b *testing.B) {
	c := defaultCoder(b)
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

// BenchmarkCodeStrangers codes stories of more and more paragraphs that
// each name people and places no one named before. The time per paragraph
// must stay flat as the story grows.
func BenchmarkCodeStrangers(b *testing.B) {
	c := defaultCoder(b)
	for _, n := range []int{100, 400, 1600} {
		st := readProfile(b, strangers(n))
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Code(context.Background(), st); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/paragraph")
		})
	}
}

// newsStories reads the shipped news corpus (testdata/news.jsonl), dated as
// dateline bench dates it.
func newsStories(tb testing.TB) []dateline.Story {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "news.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var stories []dateline.Story
	opt := story.Options{Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	err = story.ReadJSONL("news.jsonl", f, opt, func(st dateline.Story, err error) error {
		if err != nil {
			return err
		}
		stories = append(stories, st)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return stories
}

// BenchmarkCodeNews codes the shipped news corpus (testdata/news.jsonl),
// the corpus dateline bench measures, one story after another.
func BenchmarkCodeNews(b *testing.B) {
	c := defaultCoder(b)
	stories := newsStories(b)
	b.ReportAllocs()
	sentences := 0
	for b.Loop() {
		for _, st := range stories {
			if st.Dateline != nil { // Code fills in the dateline's country: no sharing
				dl := *st.Dateline
				st.Dateline = &dl
			}
			res, err := c.Code(context.Background(), &st)
			if err != nil {
				b.Fatal(err)
			}
			sentences += len(res.Sentences)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
