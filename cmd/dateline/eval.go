package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"dateline/internal/eval"
)

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the report as JSON")
	all := fs.Bool("all", false, "also score negated, future and hypothetical events (coded with 'code --all')")
	errs := fs.Bool("errors", false, "for sentence gold, list each sentence with its missed and extra events")
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
	if *asJSON {
		b, err := rep.JSON()
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", b)
		return err
	}
	if err := rep.Write(stdout); err != nil {
		return err
	}
	if *errs {
		return rep.WriteErrors(stdout)
	}
	return nil
}
