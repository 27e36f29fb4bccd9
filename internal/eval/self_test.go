package eval

import (
	"bytes"
	"encoding/json"
	"testing"

	"dateline"
)

// echo returns the output events a perfect coder would write for g.
func echo(g *Gold) []dateline.Event {
	var evs []dateline.Event
	part := func(p *Party) *dateline.Participant {
		if p == nil {
			return nil
		}
		q := &dateline.Participant{Name: p.Name, Country: dateline.Null(p.Country)}
		if len(p.Sectors) > 0 {
			q.Sector = dateline.Null(p.Sectors[0])
		}
		if p.Country == "IGO" {
			q.Country, q.Sector = "UNO", "IGO"
		}
		return q
	}
	for _, l := range g.Lines {
		if l.Forbidden {
			continue
		}
		e := dateline.Event{Doc: l.Doc, Sentence: dateline.SentenceRef{Text: "Lead. " + l.Contains + " more."},
			Type: l.PLOVER, CAMEO: l.Roots[0] + "0", Modality: dateline.Asserted,
			Source: part(l.Source), Target: part(l.Target), Date: dateline.Null(l.Date)}
		if l.Place != nil {
			e.Place = &dateline.Place{Name: l.Place.Name, Country: l.Place.Country}
		}
		evs = append(evs, e)
	}
	for _, s := range g.Sentences {
		for _, ge := range s.Events {
			evs = append(evs, dateline.Event{Doc: s.ID, Type: ge.Type, CAMEO: ge.Root + "0",
				Source: part(&Party{Country: ge.SourceCountry}), Target: part(&Party{Country: ge.TargetCountry})})
		}
	}
	return evs
}

// checkPerfect fails unless scoring g against its own events is perfect.
func checkPerfect(t *testing.T, g *Gold) {
	t.Helper()
	r := Score(g, echo(g))
	if s := r.Story; s != nil {
		got := []int{s.Matched, s.RequiredFound, s.DateRight, s.PlaceRight, s.MatchedLines, s.MatchedPlaceRight, len(s.Violations)}
		want := []int{s.GoldEvents, s.Required, s.Required, s.Required, s.GoldEvents, s.GoldEvents, 0}
		if !equalInts(got, want) {
			t.Errorf("self-score: got matched, found, date, place, lines, places, violations %v, want %v", got, want)
		}
	}
	if s := r.Sentence; s != nil {
		for _, l := range s.Levels {
			if l.Match != l.Gold || l.Match != l.Output {
				t.Errorf("self-score %s: got %+v, want all equal", l.Name, l.Tally)
			}
		}
	}
	var b bytes.Buffer
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	if _, err := r.JSON(); err != nil {
		t.Fatal(err)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSelfScore(t *testing.T) {
	for _, name := range []string{"story.gold.jsonl", "plover.gold.jsonl", "cameo.gold.jsonl"} {
		g, _ := load(t, name, "cameo.events.jsonl")
		checkPerfect(t, g)
	}
}

func BenchmarkScoreSentences(b *testing.B) {
	g, evs := load(b, "plover.gold.jsonl", "plover.events.jsonl")
	b.ReportAllocs()
	for b.Loop() {
		Score(g, evs)
	}
}

func BenchmarkScoreStory(b *testing.B) {
	g, evs := load(b, "story.gold.jsonl", "story.events.jsonl")
	b.ReportAllocs()
	for b.Loop() {
		Score(g, evs)
	}
}

func BenchmarkReadEvents(b *testing.B) {
	_, evs := load(b, "story.gold.jsonl", "story.events.jsonl")
	var buf bytes.Buffer
	for _, e := range evs {
		line, err := json.Marshal(e)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(append(line, '\n'))
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadEvents(bytes.NewReader(buf.Bytes()), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
