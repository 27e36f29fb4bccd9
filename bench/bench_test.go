package bench_test

import (
	"context"
	"testing"

	"dateline"
	"dateline/internal/actor"
	"dateline/internal/event"
	"dateline/internal/segment"
	"dateline/internal/story"
	"dateline/internal/syntax"
	"dateline/internal/when"
	"dateline/internal/where"
	"dateline/pipeline"
)

// prepared is the shipped corpus read, split into sentences, and with the
// actor mentions found: the input each later stage sees.
type prepared struct {
	stories []dateline.Story
	sents   [][]dateline.Sentence  // per story
	actors  [][][]dateline.Mention // per story, per sentence
	hints   []where.Hint           // per story
	count   int                    // sentences in all
}

func prepare(b *testing.B) *prepared {
	b.Helper()
	p := &prepared{stories: readCorpus(b)}
	d := loadActors(b)
	g := loadPlaces(b)
	for i := range p.stories {
		st := &p.stories[i]
		ss, err := segment.Split(st.Body, st.Paragraphs)
		if err != nil {
			b.Fatal(err)
		}
		tr := d.NewTracker(st.Published)
		ms := make([][]dateline.Mention, len(ss))
		for j := range ss {
			ms[j] = tr.Mentions(&ss[j])
		}
		h := where.Hint{}
		if st.Dateline != nil {
			if pl, ok := g.Dateline(*st.Dateline); ok {
				h.Near = &pl
				h.Countries = []string{pl.Country}
			}
		}
		p.sents = append(p.sents, ss)
		p.actors = append(p.actors, ms)
		p.hints = append(p.hints, h)
		p.count += len(ss)
	}
	return p
}

func loadActors(b *testing.B) *actor.Dictionary {
	d, err := actor.Default()
	if err != nil {
		b.Fatal(err)
	}
	return d
}

func loadPlaces(b *testing.B) *where.Gazetteer {
	g, err := where.Default()
	if err != nil {
		b.Fatal(err)
	}
	return g
}

func reportSentences(b *testing.B, perOp int) {
	b.ReportMetric(float64(perOp)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkStory reads the corpus with the wire story reader.
func BenchmarkStory(b *testing.B) {
	files := readCorpusFiles(b)
	sents := prepare(b).count
	opt := story.Options{Date: refDate}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			if _, err := story.ReadText(f.name, f.text, opt); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportSentences(b, sents)
}

// BenchmarkSegment splits the corpus into sentences and tokens.
func BenchmarkSegment(b *testing.B) {
	p := prepare(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range p.stories {
			if _, err := segment.Split(p.stories[i].Body, p.stories[i].Paragraphs); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportSentences(b, p.count)
}

// BenchmarkActors finds and resolves the actors of each story, one tracker
// per story as the pipeline does.
func BenchmarkActors(b *testing.B) {
	p := prepare(b)
	d := loadActors(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range p.stories {
			tr := d.NewTracker(p.stories[i].Published)
			for j := range p.sents[i] {
				tr.Mentions(&p.sents[i][j])
			}
		}
	}
	reportSentences(b, p.count)
}

// BenchmarkPlaces finds the place names of every sentence, skipping the
// actor mentions, under the story's dateline.
func BenchmarkPlaces(b *testing.B) {
	p := prepare(b)
	g := loadPlaces(b)
	skips := make([][][]dateline.Span, len(p.stories))
	for i := range p.actors {
		for _, ms := range p.actors[i] {
			sp := make([]dateline.Span, len(ms))
			for k, m := range ms {
				sp[k] = m.Span
			}
			skips[i] = append(skips[i], sp)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range p.stories {
			for j, s := range p.sents[i] {
				g.Mentions(s, p.hints[i], skips[i][j])
			}
		}
	}
	reportSentences(b, p.count)
}

// BenchmarkTimes finds and resolves the time expressions of every sentence.
func BenchmarkTimes(b *testing.B) {
	p := prepare(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range p.stories {
			ref := p.stories[i].Published
			for _, s := range p.sents[i] {
				when.Find(s, ref)
			}
		}
	}
	reportSentences(b, p.count)
}

// BenchmarkEvents matches the event lexicon on pre-segmented sentences with
// their actor mentions already found and their syntax analysed: the lexicon
// reads nothing of a sentence without its analysis.
func BenchmarkEvents(b *testing.B) {
	p := prepare(b)
	analyze(b, p)
	l, err := event.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range p.stories {
			for j := range p.sents[i] {
				l.Find(&p.sents[i][j], p.actors[i][j])
			}
		}
	}
	reportSentences(b, p.count)
}

// analyze gives each prepared sentence its syntax, as the pipeline does
// before the event lexicon reads it, told the actors' spans as named (the
// pipeline tells the places' too).
func analyze(b *testing.B, p *prepared) {
	b.Helper()
	a, err := syntax.Default()
	if err != nil {
		b.Fatal(err)
	}
	for i := range p.sents {
		for j := range p.sents[i] {
			var named, names []dateline.Span
			for _, m := range p.actors[i][j] {
				named = append(named, m.Span)
				switch m.Kind {
				case dateline.KindCountry, dateline.KindPerson, dateline.KindOrganization:
					names = append(names, m.Span)
				}
			}
			a.Analyze(&p.sents[i][j], syntax.Hints{Named: named, Names: names})
		}
	}
}

func newCoder(b *testing.B) *pipeline.Coder {
	c, err := pipeline.New()
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkPipeline codes the corpus story by story with Coder.Code, from
// the text: the reader, then every stage.
func BenchmarkPipeline(b *testing.B) {
	files := readCorpusFiles(b)
	c := newCoder(b)
	opt := story.Options{Date: refDate}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	sents := 0
	cpu := cpuTime()
	for b.Loop() {
		for _, f := range files {
			st, err := story.ReadText(f.name, f.text, opt)
			if err != nil {
				b.Fatal(err)
			}
			res, err := c.Code(ctx, &st)
			if err != nil {
				b.Fatal(err)
			}
			sents += len(res.Sentences)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}

// benchRun codes the corpus through Coder.Run with the given workers.
func benchRun(b *testing.B, workers int) {
	stories := readCorpus(b)
	c := newCoder(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	sents := 0
	for b.Loop() {
		in := make(chan pipeline.Item)
		go func() {
			defer close(in)
			for _, st := range stories {
				if st.Dateline != nil { // Code writes the dateline's country
					dl := *st.Dateline
					st.Dateline = &dl
				}
				in <- pipeline.Item{Story: st}
			}
		}()
		err := c.Run(ctx, workers, in, func(res *dateline.Coded, err error) error {
			if err != nil {
				return err
			}
			sents += len(res.Sentences)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkRun1 codes the corpus through Coder.Run with one worker.
func BenchmarkRun1(b *testing.B) { benchRun(b, 1) }

// BenchmarkRun2 codes the corpus through Coder.Run with two workers.
func BenchmarkRun2(b *testing.B) { benchRun(b, 2) }
