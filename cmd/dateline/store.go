package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dateline"
	"dateline/internal/export"
	"dateline/internal/progress"
	"dateline/internal/render"
	"dateline/internal/store/sqlite"
	"dateline/internal/story"
	"dateline/pipeline"
)

// batchSize is how many coded stories go into one transaction: each batch
// is stored whole or not at all.
const batchSize = 64

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "SQLite `file` to store coded stories in (created if missing; required)")
	kind := fs.String("in", "", "input `kind` for files: text or jsonl (default: by file name)")
	date := fs.String("date", "", "`YYYY-MM-DD` date for stories that carry none (default today)")
	workers := fs.Int("workers", 0, "stories coded at once (default: one per CPU)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline ingest --db FILE [flags] [FILE|DIR|-]...\n\nCodes stories and stores them with their events. Directories are walked for .txt,\n.jsonl and .ndjson files. A story already stored (same id or same text) is skipped,\nso an interrupted ingest can simply be run again.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *dbPath == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "dateline ingest: --db FILE and at least one input are required")
		return errUsage
	}
	opt, err := storyOptions(*date, stderr)
	if err != nil {
		return err
	}
	files, err := expandInputs(fs.Args())
	if err != nil {
		return err
	}
	c, db, err := openCoderStore(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	prog := progress.New(stderr, countStories(files, *kind), "ingesting", "stories")
	skipped := 0 // counted by the reading goroutine; read after it is done
	in, readErr := feed(ctx, files, *kind, stdin, opt, func(st *dateline.Story) bool {
		has, err := db.Has(ctx, st)
		if err == nil && has {
			skipped++
			prog.Add(1)
		}
		return err == nil && has
	})

	added, failed := 0, 0
	batch := batcher{store: func(cs []*dateline.Coded) error {
		res, err := db.PutAll(ctx, cs)
		if err != nil {
			return fmt.Errorf("store %s: %w", render.Plural(len(cs), "story", "stories"), err)
		}
		for _, a := range res {
			if a {
				added++
			}
		}
		return nil
	}}
	err = c.Run(ctx, *workers, in, func(res *dateline.Coded, err error) error {
		prog.Add(1)
		if err != nil {
			prog.Printf("dateline: %v\n", err)
			failed++
			return nil
		}
		return batch.add(res)
	})
	if err == nil {
		err = batch.flush()
	}
	prog.Done()
	if err != nil {
		return err
	}
	if err := <-readErr; err != nil {
		return err
	}
	stories, events, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "ingest: %s added, %d already stored, %d failed; the store holds %s and %s\n",
		render.Plural(added, "story", "stories"), skipped, failed, render.Plural(stories, "story", "stories"), render.Plural(events, "event", "events"))
	if failed > 0 {
		return errFailed
	}
	return nil
}

// batcher collects coded stories and stores them batchSize at a time, each
// batch in one transaction.
type batcher struct {
	store func([]*dateline.Coded) error
	batch []*dateline.Coded
}

// add collects c and stores the batch when it is full.
func (b *batcher) add(c *dateline.Coded) error {
	b.batch = append(b.batch, c)
	if len(b.batch) >= batchSize {
		return b.flush()
	}
	return nil
}

// flush stores what is collected.
func (b *batcher) flush() error {
	if len(b.batch) == 0 {
		return nil
	}
	err := b.store(b.batch)
	b.batch = b.batch[:0]
	return err
}

// openCoderStore loads the coder and opens the store, for the commands that
// code into a store.
func openCoderStore(path string) (*pipeline.Coder, *sqlite.DB, error) {
	c, err := pipeline.New()
	if err != nil {
		return nil, nil, err
	}
	db, err := sqlite.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return c, db, nil
}

// expandInputs walks directories for story files and keeps other names
// (files and -) as given.
func expandInputs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if a == "-" || err != nil || !fi.IsDir() {
			out = append(out, a) // a missing file is reported when it is read
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != a {
				return filepath.SkipDir
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".txt", ".jsonl", ".ndjson":
				if !d.IsDir() {
					out = append(out, p)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read directory %s: %w", a, err)
		}
	}
	return out, nil
}

func storyOptions(date string, stderr io.Writer) (story.Options, error) {
	opt := story.Options{Date: time.Now()}
	if date == "" {
		return opt, nil
	}
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: --date %q is not YYYY-MM-DD\n", date)
		return opt, errUsage
	}
	opt.Date = d
	return opt, nil
}

func runRecode(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("recode", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "SQLite `file` whose stories to re-code (required)")
	workers := fs.Int("workers", 0, "stories coded at once (default: one per CPU)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline recode --db FILE\n\nRe-codes every stored story with the current knowledge (actors, lexicon, gazetteer),\nreplacing its mentions and events; each batch of stories is one transaction.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *dbPath == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "dateline recode: --db FILE is required and there are no arguments")
		return errUsage
	}
	if _, err := os.Stat(*dbPath); err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	c, db, err := openCoderStore(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	total, _, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	prog := progress.New(stderr, total, "recoding", "stories")
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in, before, readErr := storedStories(ctx, db)
	recoded, changed, failed := 0, 0, 0
	batch := batcher{store: func(cs []*dateline.Coded) error {
		if err := db.ReplaceAll(ctx, cs); err != nil {
			return err
		}
		recoded += len(cs)
		return nil
	}}
	err = c.Run(ctx, *workers, in, func(res *dateline.Coded, err error) error {
		prog.Add(1)
		old := <-before
		if err != nil {
			prog.Printf("dateline: recode %s: %v\n", old.id, err)
			failed++
			return nil
		}
		if len(res.Events) != old.events {
			changed++
		}
		return batch.add(res)
	})
	if err == nil {
		err = batch.flush()
	}
	prog.Done()
	if err != nil {
		return err
	}
	if err := <-readErr; err != nil {
		return err
	}
	fmt.Fprintf(stdout, "recode: %s re-coded (%d with a different number of events), %d failed\n", render.Plural(recoded, "story", "stories"), changed, failed)
	if failed > 0 {
		return errFailed
	}
	return nil
}

// stored is what recode remembers of a story while it is being coded again.
type stored struct {
	id     string
	events int
}

// storedStories reads the stored stories in a goroutine and sends them to
// be coded; before receives, in the same order, each one's id and stored
// event count. readErr receives once when reading ends.
func storedStories(ctx context.Context, db *sqlite.DB) (in <-chan pipeline.Item, before <-chan stored, readErr <-chan error) {
	items := make(chan pipeline.Item)
	// olds holds the stories between reading and emit: the few per worker
	// that Run holds, so the reader seldom waits on it.
	olds := make(chan stored, 1024)
	done := make(chan error, 1)
	go func() {
		defer close(items)
		for st, err := range db.Stories(ctx) {
			if err != nil {
				done <- err
				return
			}
			select {
			case olds <- stored{st.Story.ID, st.Events}:
			case <-ctx.Done():
				done <- ctx.Err()
				return
			}
			select {
			case items <- pipeline.Item{Story: st.Story}:
			case <-ctx.Done():
				done <- ctx.Err()
				return
			}
		}
		done <- nil
	}()
	return items, olds, done
}

func runQuery(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "SQLite `file` to query (required)")
	var q dateline.Query
	fs.StringVar(&q.Actor, "actor", "", "actor `name or code`, as source or target (\"Haftar\", \"LBYMIL\", \"LBY\")")
	fs.StringVar(&q.Country, "country", "", "`ISO3` country of the source or target")
	fs.StringVar(&q.Type, "type", "", "PLOVER `type` (CONSULT, ASSAULT, ...)")
	fs.StringVar(&q.CAMEO, "cameo", "", "CAMEO `code` or root prefix (\"04\", \"043\")")
	fs.StringVar(&q.From, "from", "", "first event `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&q.To, "to", "", "last event `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&q.Near, "near", "", "`place` name or \"lat,lon\": events placed within --radius of it")
	fs.Float64Var(&q.RadiusKM, "radius", 0, "`km` around --near (default 50)")
	fs.StringVar(&q.Text, "text", "", "`words` in the event's sentence (full-text search)")
	fs.IntVar(&q.Limit, "limit", 0, "at most `n` events (default 1000)")
	wide := fs.Bool("wide", false, "write the table with every column whole (by default it fits 80 columns)")
	format := fs.String("format", "table", "output `format`: table, jsonl, csv, gdelt (GDELT 2.0 event columns, tab-separated) or parquet")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline query --db FILE [filters] [--format table|jsonl|csv|gdelt|parquet]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *dbPath == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "dateline query: --db FILE is required and filters are flags")
		return errUsage
	}
	switch *format {
	case "table", "jsonl", "csv", "gdelt":
	case "parquet":
		if progress.IsTerminal(stdout) {
			fmt.Fprintln(stderr, "dateline query: parquet is a binary file: redirect it (> events.parquet)")
			return errUsage
		}
	default:
		fmt.Fprintf(stderr, "dateline query: --format must be table, jsonl, csv, gdelt or parquet, not %q\n", *format)
		return errUsage
	}
	if _, err := os.Stat(*dbPath); err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	db, err := sqlite.Open(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := checkQuery(ctx, db, &q); err != nil {
		fmt.Fprintln(stderr, "dateline query:", err)
		return errUsage
	}
	events, err := db.Events(ctx, q)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	switch *format {
	case "jsonl":
		err = render.JSONL(out, events)
	case "csv":
		err = export.WriteCSV(out, events)
	case "gdelt":
		origins, oerr := db.Origins(ctx, export.Docs(events))
		if oerr != nil {
			return oerr
		}
		err = export.GDELT{Origins: origins}.Write(out, events)
	case "parquet":
		err = export.WriteParquet(out, events)
	default:
		err = render.Events(out, events, *wide)
	}
	if err != nil {
		return err
	}
	return out.Flush()
}
