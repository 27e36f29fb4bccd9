package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"dateline"
	"dateline/internal/story"
	"dateline/internal/syntax"
	"dateline/pipeline"
)

// runExplain codes a sentence (or a short text) and prints how it was
// read: parts of speech, chunks, clauses, relations, actor mentions, the
// lexicon lines that matched and what became of each.
func runExplain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "`YYYY-MM-DD` the text's date (default: undated)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline explain [--date D] \"SENTENCE\"...\n\nShows how dateline reads a sentence: tags, chunks, clauses, relations, actors,\nand which lexicon line fired for each event or why none did.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	text := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if text == "" {
		fs.Usage()
		return errUsage
	}
	opt := story.Options{}
	if *date != "" {
		d, err := time.Parse("2006-01-02", *date)
		if err != nil {
			fmt.Fprintf(stderr, "dateline explain: --date: want YYYY-MM-DD, got %q\n", *date)
			return errUsage
		}
		opt.Date = d
	}
	c, err := pipeline.New()
	if err != nil {
		return err
	}
	c.All, c.Statements = true, true
	var drops []string // per sentence, the events left out after the lexicon
	c.Dropped = func(s int, cameo, why string) {
		for len(drops) <= s {
			drops = append(drops, "")
		}
		drops[s] += fmt.Sprintf("  %s -> dropped: %s\n", cameo, why)
	}
	st, err := story.ReadText("explain", []byte(text), opt)
	if err != nil {
		return err
	}
	res, err := c.Code(ctx, &st)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "story country: %s\n\n", storyCountry(res))
	for i := range res.Sentences {
		s := &res.Sentences[i]
		fmt.Fprintf(stdout, "sentence %d: %s\n", s.Index+1, s.Text)
		if s.Analysis != nil {
			fmt.Fprint(stdout, syntax.Explain(s))
		}
		fmt.Fprintln(stdout, "mentions:")
		for _, m := range res.Mentions[i] {
			fmt.Fprintf(stdout, "  %-13s %q -> %s (%s) [%s]\n", m.Kind, m.Text, m.Actor.Code, m.Actor.Name, m.Rule)
		}
		fmt.Fprintln(stdout, "lexicon:")
		for _, l := range c.Lexicon.Explain(s, actorMentions(res.Mentions[i])) {
			fmt.Fprintf(stdout, "  %s\n", l)
		}
		if s.Index < len(drops) && drops[s.Index] != "" {
			fmt.Fprint(stdout, "left out after the lexicon:\n"+drops[s.Index])
		}
		fmt.Fprintln(stdout, "events:")
		for _, e := range res.Events {
			if e.Sentence.Index != s.Index {
				continue
			}
			src, tgt := "-", "-"
			if e.Source != nil {
				src = e.Source.Code + " (" + e.Source.Name + ")"
			}
			if e.Target != nil {
				tgt = e.Target.Code + " (" + e.Target.Name + ")"
			}
			fmt.Fprintf(stdout, "  %s %s %s -> %s, %s; %s\n", e.CAMEO, e.Type, src, tgt, e.Modality, e.Rule)
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

// actorMentions returns the mentions that name actors, not places: what
// the event stage is given.
func actorMentions(ms []dateline.Mention) []dateline.Mention {
	var out []dateline.Mention
	for _, m := range ms {
		if m.Kind != dateline.KindPlace {
			out = append(out, m)
		}
	}
	return out
}

// storyCountry says which country the story is about and what its
// dateline was: unnamed police and troops are of that country.
func storyCountry(res *dateline.Coded) string {
	home := res.Home
	if home == "" {
		home = "none (no dateline, and no country named twice)"
	}
	if d := res.Story.Dateline; d != nil && d.Country != "" {
		home += " (dateline " + d.Country + ")"
	}
	return home
}
