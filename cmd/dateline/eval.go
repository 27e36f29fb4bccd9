package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"dateline/internal/eval"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the report as JSON")
	all := fs.Bool("all", false, "also score negated, future and hypothetical events (coded with 'code --all')")
	errs := fs.Bool("errors", false, "for sentence gold, list each sentence with its missed and extra events")
	why := fs.String("why", "", "re-read `FILE`, the stories or records the events were coded from, and say for each\nmissed event what the analysis saw in its sentence")
	brief := fs.Bool("brief", false, "write the figures and the counts of misses only, without the lists that quote\nthe stories (what may be read of a set that is to stay blind)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `Usage: dateline eval [flags] GOLD EVENTS

Scores coded events (JSON Lines, as 'dateline code --format jsonl' writes them)
against a gold file: a story gold (lines with sentence_contains) or a sentence
gold (one sentence a line with its events). Code a sentence gold with
'dateline code --format jsonl GOLD > EVENTS' first.

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return errUsage
	}
	g, err := eval.Load(fs.Arg(0))
	if err != nil {
		return err
	}
	fh, err := os.Open(fs.Arg(1))
	if err != nil {
		return err
	}
	defer fh.Close()
	events, err := eval.ReadEvents(fh, fs.Arg(1))
	if err != nil {
		return err
	}
	sc := eval.Scorer{AllModalities: *all}
	rep := sc.Score(g, events)
	if *why != "" {
		if *why == "-" {
			fmt.Fprintln(stderr, "dateline eval: --why takes the file the events were coded from (stories, or the sentence gold's records), not standard input")
			return errUsage
		}
		var err error
		if rep.Story != nil {
			err = explainMisses(ctx, rep.Story, g, *why, stderr)
		} else {
			err = explainSentenceMisses(ctx, rep.Sentence, g.Label, *why, stderr)
		}
		if err != nil {
			return err
		}
	}
	if *asJSON {
		b, err := rep.JSON()
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", b)
		return err
	}
	if *brief {
		return rep.WriteBrief(stdout)
	}
	if err := rep.Write(stdout); err != nil {
		return err
	}
	if *errs {
		return rep.WriteErrors(stdout)
	}
	return nil
}
