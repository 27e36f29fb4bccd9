package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"dateline"
	"dateline/internal/render"
	"dateline/internal/seed"
	"dateline/internal/story"
	"dateline/pipeline"
)

// started is when the package was initialised; startAge is how long the
// process had already existed by then (exec, the Go runtime, package
// initialisation before this one), read from /proc on Linux and zero
// elsewhere. started minus startAge is the process start.
var (
	started              = time.Now()
	startAge, startKnown = processAge()
)

// processAge returns the age of this process from its start time in
// /proc/self/stat and the system uptime in /proc/uptime, both in 10 ms
// ticks; ok is false when they cannot be read.
func processAge() (age time.Duration, ok bool) {
	stat, err1 := os.ReadFile("/proc/self/stat")
	up, err2 := os.ReadFile("/proc/uptime")
	if err1 != nil || err2 != nil {
		return 0, false
	}
	// The command name (field 2) may hold spaces; fields restart after ')'.
	i := strings.LastIndexByte(string(stat), ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 20 {
		return 0, false
	}
	ticks, err := strconv.ParseFloat(f[19], 64) // field 22, starttime
	u := strings.Fields(string(up))
	if err != nil || len(u) == 0 {
		return 0, false
	}
	uptime, err := strconv.ParseFloat(u[0], 64)
	if err != nil {
		return 0, false
	}
	age = time.Duration((uptime - ticks/100) * float64(time.Second)) // USER_HZ is 100 on Linux
	if age < 0 || age > time.Minute {
		return 0, false
	}
	return age, true
}

// benchReport is what dateline bench measures; --json writes it as is.
type benchReport struct {
	Corpus       string  `json:"corpus"`
	Rounds       int     `json:"rounds"`
	Workers      int     `json:"workers"`
	GOMAXPROCS   int     `json:"gomaxprocs"`
	Stories      int     `json:"stories"`
	Failed       int     `json:"failed"`
	Sentences    int     `json:"sentences"`
	Events       int     `json:"events"`
	WallSeconds  float64 `json:"wall_seconds"`
	CPUSeconds   float64 `json:"cpu_seconds"`
	StoriesPerS  float64 `json:"stories_per_s"`
	SentsPerS    float64 `json:"sentences_per_s"`
	EventsPerS   float64 `json:"events_per_s"`
	StoriesPerCS float64 `json:"stories_per_cpu_s"`
	SentsPerCS   float64 `json:"sentences_per_cpu_s"`
	EventsPerCS  float64 `json:"events_per_cpu_s"`
	LoadMS       float64 `json:"load_ms"`
	FirstEventMS float64 `json:"first_event_ms"`
	StartFrom    string  `json:"first_event_from"`
	PeakRSSMB    float64 `json:"peak_rss_mb"`
	HeapMB       float64 `json:"heap_mb"`
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rounds := fs.Int("rounds", 0, "times to code the corpus (default: 200 for the seed, else 5)")
	workers := fs.Int("workers", 0, "stories coded at once (default: one per CPU)")
	asJSON := fs.Bool("json", false, "write the report as one JSON object")
	in := fs.String("in", "", "input `kind`: text or jsonl (default: by file name)")
	date := fs.String("date", "2026-01-01", "`YYYY-MM-DD` date for stories that carry none")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline bench [flags] [FILE...]\n\nCodes a corpus (default: the demo story) --rounds times with the real parallel\npath and reports stories, sentences and events per second, in total (wall clock)\nand per core (CPU time), peak memory (max RSS), and the time from process start\nto the first event (the start read from /proc/self/stat, to 10 ms; elsewhere\nfrom package initialisation). The corpus is read into memory first; the\nfirst event's time includes reading it, loading the knowledge and coding.\nNothing is written but the report.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	d, err := time.Parse("2006-01-02", *date)
	if err != nil {
		fmt.Fprintf(stderr, "dateline bench: --date %q is not YYYY-MM-DD\n", *date)
		return errUsage
	}
	for _, f := range fs.Args() {
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	items, name, err := benchCorpus(fs.Args(), *in, story.Options{Date: d})
	if err != nil {
		return err
	}
	if *rounds <= 0 {
		*rounds = 5
		if fs.NArg() == 0 {
			*rounds = 200
		}
	}
	rep, err := bench(ctx, items, *rounds, *workers, stderr)
	if err != nil {
		return err
	}
	rep.Corpus = name
	if *asJSON {
		return json.NewEncoder(stdout).Encode(rep)
	}
	return writeBench(stdout, rep)
}

// benchCorpus reads the stories to code: the files named, or the seed.
func benchCorpus(files []string, kind string, opt story.Options) ([]pipeline.Item, string, error) {
	var items []pipeline.Item
	if len(files) == 0 {
		st, err := story.ReadText(seed.Name, seed.Text(), opt)
		return []pipeline.Item{{Story: st, Err: err}}, "seed", nil
	}
	for _, f := range files {
		err := readInput(f, kind, strings.NewReader(""), opt, func(st dateline.Story, err error) error {
			items = append(items, pipeline.Item{Story: st, Err: err})
			return nil
		})
		if err != nil {
			return nil, "", err
		}
	}
	name := strings.Join(files, " ")
	if len(files) > 3 {
		name = fmt.Sprintf("%d files (%s ...)", len(files), strings.Join(files[:2], " "))
	}
	return items, name, nil
}

// bench loads the knowledge and codes items rounds times through
// (*pipeline.Coder).Run. Stories that fail are reported on stderr in the
// first round only.
func bench(ctx context.Context, items []pipeline.Item, rounds, workers int, stderr io.Writer) (*benchReport, error) {
	t0 := time.Now()
	c, err := pipeline.New()
	if err != nil {
		return nil, err
	}
	load := time.Since(t0)
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	rep := &benchReport{Rounds: rounds, Workers: workers, GOMAXPROCS: runtime.GOMAXPROCS(0), LoadMS: ms(load), StartFrom: "process start (/proc)"}
	if !startKnown {
		rep.StartFrom = "package init"
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in := make(chan pipeline.Item)
	go func() {
		defer close(in)
		for r := 0; r < rounds; r++ {
			for _, it := range items {
				if it.Story.Dateline != nil { // Code fills in the dateline's country: no sharing
					dl := *it.Story.Dateline
					it.Story.Dateline = &dl
				}
				select {
				case in <- it:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	cpu0 := cpuTime()
	wall0 := time.Now()
	n := 0
	var first time.Time
	err = c.Run(ctx, workers, in, func(res *dateline.Coded, err error) error {
		n++
		if err != nil {
			rep.Failed++
			if n <= len(items) {
				fmt.Fprintln(stderr, "dateline:", err)
			}
			return nil
		}
		rep.Stories++
		rep.Sentences += len(res.Sentences)
		rep.Events += len(res.Events)
		if first.IsZero() && len(res.Events) > 0 {
			first = time.Now()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	wall := time.Since(wall0).Seconds()
	cpu := (cpuTime() - cpu0).Seconds()
	rep.WallSeconds, rep.CPUSeconds = wall, cpu
	rep.StoriesPerS, rep.SentsPerS, rep.EventsPerS = per(rep.Stories, wall), per(rep.Sentences, wall), per(rep.Events, wall)
	rep.StoriesPerCS, rep.SentsPerCS, rep.EventsPerCS = per(rep.Stories, cpu), per(rep.Sentences, cpu), per(rep.Events, cpu)
	if !first.IsZero() {
		rep.FirstEventMS = ms(first.Sub(started) + startAge)
	}
	rep.PeakRSSMB = peakRSS()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	rep.HeapMB = float64(m.HeapAlloc) / (1 << 20)
	return rep, nil
}

func writeBench(w io.Writer, r *benchReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tcount\tper second\tper core (CPU s)\t\n")
	fmt.Fprintf(tw, "stories\t%d\t%.0f\t%.0f\t\n", r.Stories, r.StoriesPerS, r.StoriesPerCS)
	fmt.Fprintf(tw, "sentences\t%d\t%.0f\t%.0f\t\n", r.Sentences, r.SentsPerS, r.SentsPerCS)
	fmt.Fprintf(tw, "events\t%d\t%.0f\t%.0f\t\n", r.Events, r.EventsPerS, r.EventsPerCS)
	if err := tw.Flush(); err != nil {
		return err
	}
	first := "none"
	if r.FirstEventMS > 0 {
		first = fmt.Sprintf("%.0f ms from %s", r.FirstEventMS, r.StartFrom)
	}
	_, err := fmt.Fprintf(w, "corpus %s, %s, %s, GOMAXPROCS %d, %d failed\nwall %.2fs, CPU %.2fs; knowledge loaded in %.0f ms; first event %s\npeak RSS %.0f MB, live heap %.0f MB\n",
		r.Corpus, render.Plural(r.Rounds, "round", "rounds"), render.Plural(r.Workers, "worker", "workers"), r.GOMAXPROCS, r.Failed, r.WallSeconds, r.CPUSeconds, r.LoadMS, first, r.PeakRSSMB, r.HeapMB)
	return err
}

func per(n int, sec float64) float64 {
	if sec <= 0 {
		return 0
	}
	return float64(n) / sec
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is the process's largest resident set so far, in MB (Linux
// reports ru_maxrss in KiB).
func peakRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}
