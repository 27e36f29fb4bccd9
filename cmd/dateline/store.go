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
	date := fs.String("date", "", "`YYYY-MM-DD` date for stories that carry none (default: none; their relative dates stay unknown)")
	workers := fs.Int("workers", 0, "stories coded at once (default: one per CPU)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline ingest --db FILE [flags] [FILE|DIR|-]...\n\nCodes stories and stores them with their events. Directories are walked for .txt,\n"+
			".jsonl and .ndjson files; what cannot be read is named and skipped. A story already\n"+
			"stored is skipped, so an interrupted ingest can simply be run again; a story with\n"+
			"the text of another is named and not stored again.\n\nFlags:\n")
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
	files, unreadable := expandInputs(fs.Args())
	c, db, err := openCoderStore(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	var t tally
	for _, err := range unreadable {
		fmt.Fprintln(stderr, "dateline:", err)
		t.failed++
	}
	if err := ingest(ctx, c, db, files, *kind, *workers, stdin, opt, stderr, &t); err != nil {
		return err
	}
	stories, events, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "ingest: %s; the store holds %s and %s\n", t,
		render.Plural(stories, "story", "stories"), render.Plural(events, "event", "events"))
	if t.failed > 0 {
		return errFailed
	}
	return nil
}

// tally accounts for every input of an ingest: each story is added, already
// stored, a duplicate of another story's text, or failed (as is a folder
// that cannot be read).
type tally struct {
	added, stored, duplicates, failed int
}

func (t tally) String() string {
	return fmt.Sprintf("%s added, %d already stored, %d with the text of another, %d failed",
		render.Plural(t.added, "story", "stories"), t.stored, t.duplicates, t.failed)
}

// plus returns the sum of two tallies.
func (t tally) plus(u tally) tally {
	return tally{t.added + u.added, t.stored + u.stored, t.duplicates + u.duplicates, t.failed + u.failed}
}

// skip counts a story that is not stored, given what the store holds of it
// (see sqlite.DB.Match): itself, under its id with its text, is only
// counted; anything else returns a note naming the story.
func (t *tally) skip(st *dateline.Story, id string, sameText bool) string {
	where := st.Source
	if where == "" {
		where = st.ID
	}
	switch {
	case id == st.ID && sameText:
		t.stored++
		return ""
	case id == st.ID:
		t.failed++
		return fmt.Sprintf("%s: story %s not stored: a stored story has its id and another text", where, st.ID)
	case id != "":
		t.duplicates++
		return fmt.Sprintf("%s: story %s not stored: it has the text of story %s", where, st.ID, id)
	}
	t.failed++
	return fmt.Sprintf("%s: story %s not stored", where, st.ID)
}

// ingest codes the stories in files and stores them in batches, adding up
// what becomes of each in t. Stories the store holds already are not coded.
func ingest(ctx context.Context, c *pipeline.Coder, db *sqlite.DB, files []string, kind string, workers int,
	stdin io.Reader, opt story.Options, stderr io.Writer, t *tally) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	prog := progress.New(stderr, countStories(files, kind), "ingesting", "stories")
	var skipped tally // counted by the reading goroutine; read after it is done
	var notes []string
	in, readErr := feed(ctx, files, kind, stdin, opt, func(st *dateline.Story) bool {
		id, same, err := db.Match(ctx, st)
		if err != nil || id == "" {
			return false // coded; storing it will tell
		}
		if note := skipped.skip(st, id, same); note != "" {
			notes = append(notes, note)
		}
		prog.Add(1)
		return true
	})
	batch := batcher{store: func(cs []*dateline.Coded) error { return storeBatch(ctx, db, cs, prog, t) }}
	err := c.Run(ctx, workers, in, func(res *dateline.Coded, err error) error {
		prog.Add(1)
		if err != nil {
			prog.Printf("dateline: %v\n", err)
			t.failed++
			return nil
		}
		warn(prog, res)
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
	for _, n := range notes {
		fmt.Fprintln(stderr, "dateline:", n)
	}
	*t = t.plus(skipped)
	return nil
}

// storeBatch puts a batch of coded stories in one transaction and counts each:
// added, or why not (a story stored meanwhile under its id, or with its
// text: two stories of one text in the input).
func storeBatch(ctx context.Context, db *sqlite.DB, batch []*dateline.Coded, prog *progress.Bar, t *tally) error {
	if len(batch) == 0 {
		return nil
	}
	added, err := db.PutAll(ctx, batch)
	if err != nil {
		return fmt.Errorf("store %s: %w", render.Plural(len(batch), "story", "stories"), err)
	}
	for i, a := range added {
		if a {
			t.added++
			continue
		}
		st := &batch[i].Story
		id, same, err := db.Match(ctx, st)
		if err != nil {
			return err
		}
		if note := t.skip(st, id, same); note != "" {
			prog.Printf("dateline: %s\n", note)
		}
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
// (files and -) as given: a file that cannot be read is reported when it
// is. What the walk cannot read, a folder at any depth, is returned in
// unreadable, each error naming it; the walk goes on past it.
func expandInputs(args []string) (files []string, unreadable []error) {
	for _, a := range args {
		fi, err := os.Stat(a)
		if a == "-" || err != nil || !fi.IsDir() {
			files = append(files, a) // a missing file is reported when it is read
			continue
		}
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				// err names p. The folder's contents are skipped; the walk
				// goes on.
				unreadable = append(unreadable, fmt.Errorf("%w; skipped", err))
				return nil
			}
			if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != a {
				return filepath.SkipDir
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".txt", ".jsonl", ".ndjson":
				if !d.IsDir() {
					files = append(files, p)
				}
			}
			return nil
		})
	}
	return files, unreadable
}

// storyOptions reads --date: the date of stories that carry none. Without
// it such stories stay undated; nothing is dated by the day the command
// runs.
func storyOptions(date string, stderr io.Writer) (story.Options, error) {
	var opt story.Options
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
