package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"dateline"
	"dateline/internal/progress"
	"dateline/internal/render"
	"dateline/internal/seed"
	"dateline/internal/story"
	"dateline/pipeline"
)

// maxText is the largest text file read as one story: the story reader's
// own input limit, so a huge file is refused before it is held in memory.
const maxText = story.MaxInput

type codeFlags struct {
	format      string
	in          string
	date        string
	all         bool
	workers     int
	mentions    bool
	statements  bool
	ownTarget   bool
	countryBare bool
	wide        bool
}

func runDemo(ctx context.Context, stdout, stderr io.Writer) error {
	c, err := pipeline.New()
	if err != nil {
		return err
	}
	st, err := story.ReadText(seed.Name, seed.Text(), story.Options{})
	if err != nil {
		return err
	}
	res, err := c.Code(ctx, &st)
	if err != nil {
		return err
	}
	if err := render.Table(stdout, &st, res.Events, false); err != nil {
		return err
	}
	fmt.Fprintln(stderr, "This is dateline's demo story. Code your own: dateline code FILE... (see dateline --help).")
	return nil
}

func runCode(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f codeFlags
	fs.StringVar(&f.format, "format", "table", "output `format`: table or jsonl")
	fs.StringVar(&f.in, "in", "", "input `kind`: text or jsonl (default: by file name; .jsonl and .ndjson are JSON Lines)")
	fs.StringVar(&f.date, "date", "", "`YYYY-MM-DD` date for stories that carry none (default: none; their relative dates stay unknown)")
	fs.BoolVar(&f.all, "all", false, "also output negated, future and hypothetical events, marked by modality")
	fs.BoolVar(&f.statements, "statements", false, "also output plain statements (CAMEO 010, \"X said\"), which name no action")
	fs.BoolVar(&f.ownTarget, "own-target", false, "give an event with no target named its source's own country as target, as PLOVER's annotators do")
	fs.BoolVar(&f.countryBare, "country-bare", false, "code a country named as an actor by CAMEO's bare code (IND), as PETRARCH does; by default it is its government (INDGOV), as ICEWS-style coders code it")
	fs.BoolVar(&f.mentions, "mentions", false, "also write every actor and place mention with its resolution (records of kind \"mention\")")
	fs.BoolVar(&f.wide, "wide", false, "write the table with every column whole (by default it fits 80 columns)")
	fs.IntVar(&f.workers, "workers", 0, "stories coded at once (default: one per CPU); output keeps the input order")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline code [flags] FILE|DIR...\n\nCodes news stories into events. FILE is a wire story in plain text, or JSON Lines\n(one story a line: {\"id\", \"text\", \"published\"?, \"headline\"?, \"url\"?}); - reads standard input.\nA DIR is walked for .txt, .jsonl and .ndjson files.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if f.format != "table" && f.format != "jsonl" {
		fmt.Fprintf(stderr, "dateline code: --format must be table or jsonl, not %q\n", f.format)
		return errUsage
	}
	if f.in != "" && f.in != "text" && f.in != "jsonl" {
		fmt.Fprintf(stderr, "dateline code: --in must be text or jsonl, not %q\n", f.in)
		return errUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "dateline code: no input files (use - for standard input)")
		return errUsage
	}
	opt, err := storyOptions(f.date, stderr)
	if err != nil {
		return err
	}
	files, unreadable := expandInputs(fs.Args())
	for _, err := range unreadable {
		fmt.Fprintln(stderr, "dateline:", err)
	}
	// A bar where the events do not show on the terminal themselves.
	prog := progress.Off(stderr)
	if !progress.IsTerminal(stdout) {
		prog = progress.New(stderr, countStories(files, f.in), "coding", "stories")
	}
	defer prog.Done()
	c, err := pipeline.New()
	if err != nil {
		return err
	}
	c.All = f.all
	c.Statements = f.statements
	c.OwnTarget = f.ownTarget
	c.CountryBare = f.countryBare
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	in, readErr := feed(ctx, files, f.in, stdin, opt, nil)
	failed := len(unreadable)
	err = c.Run(ctx, f.workers, in, func(res *dateline.Coded, err error) error {
		prog.Add(1)
		if err != nil {
			prog.Printf("dateline: %v\n", err)
			failed++
			return nil
		}
		warn(prog, res)
		if f.format == "jsonl" {
			if f.mentions {
				if err := render.MentionsJSONL(out, res); err != nil {
					return err
				}
			}
			return render.JSONL(out, res.Events)
		}
		if err := render.Table(out, &res.Story, res.Events, f.wide); err != nil {
			return err
		}
		if f.mentions {
			return render.MentionsTable(out, res, f.wide)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := <-readErr; err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	prog.Done()
	if failed > 0 {
		fmt.Fprintf(stderr, "dateline: %s could not be coded\n", render.Plural(failed, "story", "stories"))
		return errFailed
	}
	return nil
}

// warn writes, once per story, what the reader of its events should know:
// a story with no date has its relative dates left unknown.
func warn(prog *progress.Bar, res *dateline.Coded) {
	for _, w := range pipeline.Warnings(res) {
		prog.Printf("dateline: story %s: %s; give its date with --date\n", res.Story.ID, w)
	}
}

// feed reads the named inputs in a goroutine and sends their stories, or
// the errors that kept them from being read, in order. skip, if set, drops
// stories before they are sent. The error channel receives once, when
// reading ends: nil, or what stopped it.
func feed(ctx context.Context, names []string, kind string, stdin io.Reader, opt story.Options,
	skip func(*dateline.Story) bool) (<-chan pipeline.Item, <-chan error) {
	in := make(chan pipeline.Item)
	done := make(chan error, 1)
	go func() {
		defer close(in)
		send := func(st dateline.Story, err error) error {
			if err == nil && skip != nil && skip(&st) {
				return nil
			}
			select {
			case in <- pipeline.Item{Story: st, Err: err}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		for _, name := range names {
			if err := readInput(name, kind, stdin, opt, send); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	return in, done
}

// readInput reads one input file and calls emit for each story in it, or
// with the error that stopped a story from being read.
func readInput(name, kind string, stdin io.Reader, opt story.Options, emit func(dateline.Story, error) error) error {
	var r io.Reader = stdin
	label := "stdin"
	if name != "-" {
		fh, err := os.Open(name)
		if err != nil {
			return emit(dateline.Story{Source: name}, withNearest(name, err))
		}
		defer fh.Close()
		r, label = fh, name
	}
	if inputKind(name, kind) == "jsonl" {
		return story.ReadJSONL(label, r, opt, emit)
	}
	data, err := io.ReadAll(io.LimitReader(r, maxText+1))
	if err != nil {
		return emit(dateline.Story{}, fmt.Errorf("read %s: %w", label, err))
	}
	if len(data) > maxText {
		return emit(dateline.Story{}, fmt.Errorf("read %s: larger than %d MiB; split it or use JSON Lines", label, maxText>>20))
	}
	st, err := story.ReadText(label, data, opt)
	return emit(st, err)
}

// inputKind returns kind, or the kind of input a file name says: jsonl for
// .jsonl and .ndjson, else text.
func inputKind(name, kind string) string {
	if kind != "" {
		return kind
	}
	if ext := strings.ToLower(filepath.Ext(name)); ext == ".jsonl" || ext == ".ndjson" {
		return "jsonl"
	}
	return "text"
}

// countStories counts the stories in the named inputs without reading
// them as stories: one per text file, one per non-blank line of a JSON
// Lines file. It returns 0 (unknown) when standard input is among them.
func countStories(names []string, kind string) int {
	n := 0
	for _, name := range names {
		if name == "-" {
			return 0
		}
		if inputKind(name, kind) != "jsonl" {
			n++
			continue
		}
		fh, err := os.Open(name)
		if err != nil {
			n++ // reported as one failed input when it is read
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 64<<10), maxText+(1<<20))
		for sc.Scan() {
			if len(bytes.TrimSpace(sc.Bytes())) > 0 {
				n++
			}
		}
		fh.Close()
	}
	return n
}

// withNearest adds to the error of a file that does not exist the story
// files beside it whose names are nearest, or says the folder is missing.
func withNearest(name string, err error) error {
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	dir := filepath.Dir(name)
	entries, derr := os.ReadDir(dir)
	if derr != nil {
		return fmt.Errorf("%w (no folder %s)", err, dir)
	}
	var names []string
	for _, e := range entries {
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".txt", ".jsonl", ".ndjson":
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("%w (%s holds no .txt, .jsonl or .ndjson files)", err, dir)
	}
	return fmt.Errorf("%w; nearest in %s: %s", err, dir, strings.Join(nearest(filepath.Base(name), names, 3), ", "))
}
