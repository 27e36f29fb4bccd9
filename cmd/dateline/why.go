package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"dateline"
	"dateline/internal/eval"
	"dateline/internal/event"
	"dateline/internal/story"
	"dateline/pipeline"
)

// explainMisses re-reads the stories the events were coded from and sets,
// on each missed required event, what the analysis saw in its sentence
// (Miss.Why). Where the sentence gave no event of the gold's root: no
// lexicon line of that root, a line that found no source, one that was
// read as part of another act, one coded with a modality the scores leave
// out, or one whose event a later stage dropped. Where the root was right
// and a country wrong: whether the sentence names an actor of the gold's
// country at all, or only the story's context could give it. It codes
// only the stories with misses. A story that cannot be read is reported
// on stderr and its misses keep no why.
func explainMisses(ctx context.Context, rep *eval.StoryReport, g *eval.Gold, name string, stderr io.Writer) error {
	byDoc := map[string][]int{} // doc -> indexes into rep.Missing
	for i, m := range rep.Missing {
		if m.Kind != eval.MissSectors {
			byDoc[m.Doc] = append(byDoc[m.Doc], i)
		}
	}
	if len(byDoc) == 0 {
		return nil
	}
	lines := map[int]*eval.Line{}
	for i := range g.Lines {
		lines[g.Lines[i].Num] = &g.Lines[i]
	}
	return recode(ctx, name, "", func(id string) bool { return len(byDoc[id]) > 0 }, stderr, func(c *pipeline.Coder, res *dateline.Coded, drops map[int][]drop) {
		misses := byDoc[res.Story.ID]
		for _, mi := range misses {
			m := &rep.Missing[mi]
			l := lines[m.Line]
			if l == nil {
				continue
			}
			m.Why = "the gold's sentence is not in the story"
			for i := range res.Sentences {
				s := &res.Sentences[i]
				if !l.In(s.Text) {
					continue
				}
				switch m.Kind {
				case eval.MissNoEvent, eval.MissRoot:
					m.Why = whyNone(m.Kind, rootIn(l.Roots), c.Lexicon.Explain(s, actorMentions(res.Mentions[i])), drops[s.Index])
				default:
					m.Why = whyCountry(m.Kind, l, res.Mentions[i])
				}
				break
			}
		}
	})
}

// whyCountry says, for an event found with the right root and a wrong
// country, whether its sentence names an actor of the gold's country (the
// party was there to take), names none (only the story's context gives
// it), or whether the gold's two parties share a country (an act at home).
func whyCountry(kind eval.MissKind, l *eval.Line, mentions []dateline.Mention) string {
	party := func(p *eval.Party) string {
		switch {
		case p == nil || p.Country == "":
			return "the gold's has no country"
		case l.Source != nil && l.Target != nil && l.Source.Country == l.Target.Country:
			return "an act at home (the gold's parties share a country)"
		}
		for _, m := range mentions {
			if m.Kind != dateline.KindPlace && m.Actor.Country == p.Country {
				return "the sentence names an actor of the gold's"
			}
		}
		return "the sentence names no actor of the gold's (context alone gives it)"
	}
	switch kind {
	case eval.MissSource:
		return string(kind) + ": " + party(l.Source)
	case eval.MissTarget:
		return string(kind) + ": " + party(l.Target)
	}
	return string(kind) + ": source: " + party(l.Source) + "; target: " + party(l.Target)
}

// rootIn returns whether a CAMEO code has one of roots.
func rootIn(roots []string) func(string) bool {
	return func(code string) bool { return len(code) >= 2 && slices.Contains(roots, code[:2]) }
}

// explainSentenceMisses is explainMisses for sentence gold: it re-reads the
// records in file name (the gold's own, as coded) and sets on each gold
// event missed on the triple what the analysis saw in the record's text.
func explainSentenceMisses(ctx context.Context, rep *eval.SentenceReport, label, name string, stderr io.Writer) error {
	byDoc := map[string]int{} // record id -> index into rep.Errors
	for i, e := range rep.Errors {
		if len(e.Misses) > 0 {
			byDoc[e.ID] = i
		}
	}
	if len(byDoc) == 0 {
		return nil
	}
	return recode(ctx, name, "jsonl", func(id string) bool { _, ok := byDoc[id]; return ok }, stderr, func(c *pipeline.Coder, res *dateline.Coded, dropsOf map[int][]drop) {
		ei := byDoc[res.Story.ID]
		// a record is one sentence, which the splitter may cut in two
		var steps []event.Step
		var mentions []dateline.Mention
		var drops []drop
		for i := range res.Sentences {
			steps = append(steps, c.Lexicon.Explain(&res.Sentences[i], actorMentions(res.Mentions[i]))...)
			mentions = append(mentions, res.Mentions[i]...)
			drops = append(drops, dropsOf[res.Sentences[i].Index]...)
		}
		for mi := range rep.Errors[ei].Misses {
			m := &rep.Errors[ei].Misses[mi]
			switch m.Kind {
			case eval.MissNoEvent, eval.MissRoot, eval.MissType:
				of := rootIn([]string{m.Label})
				if label == "type" {
					of = func(code string) bool { k, ok := c.Lexicon.Code(code); return ok && strings.EqualFold(k.Type, m.Label) }
				}
				m.Why = whyNone(m.Kind, of, steps, drops)
			case eval.MissSource, eval.MissTarget, eval.MissBoth:
				m.Why = whyCountry(m.Kind, &eval.Line{Source: &eval.Party{Country: m.SourceCountry}, Target: &eval.Party{Country: m.TargetCountry}}, mentions)
			}
		}
	})
}

// recode codes again the stories or records in file name (of input kind,
// "" for the file name's) that want accepts, with every reading kept as in
// 'explain' and the events the stages after the lexicon left out recorded
// by sentence, and calls visit with each result. A story that cannot be
// read is reported on stderr and skipped.
func recode(ctx context.Context, name, kind string, want func(id string) bool, stderr io.Writer,
	visit func(c *pipeline.Coder, res *dateline.Coded, drops map[int][]drop)) error {
	c, err := pipeline.New()
	if err != nil {
		return err
	}
	c.All, c.Statements = true, true
	drops := map[int][]drop{} // sentence -> events left out after the lexicon
	c.Dropped = func(s int, cameo, why string) { drops[s] = append(drops[s], drop{cameo, why}) }
	return readInput(name, kind, nil, story.Options{}, func(st dateline.Story, err error) error {
		if err != nil {
			fmt.Fprintf(stderr, "dateline eval: --why: %v\n", err)
			return nil
		}
		if !want(st.ID) {
			return nil
		}
		clear(drops)
		res, err := c.Code(ctx, &st)
		if err != nil {
			return fmt.Errorf("--why: %s: %w", st.ID, err)
		}
		visit(c, res, drops)
		return nil
	})
}

// A drop is an event a stage after the lexicon left out, and why.
type drop struct{ cameo, why string }

// whyNone says what became of the lexicon entries of the gold's roots that
// matched a sentence which gave no event of those roots (kind says whether
// it gave none at all or one of another root); drops are the events the
// later stages left out of that sentence.
func whyNone(kind eval.MissKind, ofRoot func(code string) bool, steps []event.Step, drops []drop) string {
	var mine []event.Step
	for _, st := range steps {
		if ofRoot(st.Code) || ofRoot(st.Event) {
			mine = append(mine, st)
		}
	}
	prefix := string(kind) + ": "
	switch {
	case len(steps) == 0:
		return prefix + "no lexicon line matched the sentence"
	case len(mine) == 0:
		return prefix + "lines of other roots matched, none of the gold's root"
	}
	for _, st := range mine {
		if st.Event != "" && ofRoot(st.Event) {
			if st.Modality != dateline.Asserted {
				return prefix + "a line of the gold's root gave an event, " + string(st.Modality)
			}
			for _, d := range drops {
				if ofRoot(d.cameo) {
					return prefix + "a line of the gold's root gave an event, dropped: " + d.why
				}
			}
			return prefix + "a line of the gold's root gives an event when read again, but none was coded and no stage told why"
		}
	}
	return prefix + "a line of the gold's root matched; " + strings.TrimPrefix(mine[0].Fate, "no event: ")
}
