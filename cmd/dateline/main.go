// Command dateline turns news stories into political event data: who did
// what to whom, when and where, coded in CAMEO and PLOVER.
//
// With no arguments it codes its embedded demo story (an AP wire story from
// Palermo, November 2018) and prints the events as a table.
//
//	dateline                                  code the demo story
//	dateline code [flags] FILE|DIR...         code stories (text or JSON Lines; - is standard input)
//	dateline eval GOLD EVENTS                 score events against a gold file
//	dateline ingest | query | recode --db F   keep coded stories in SQLite and query them
//	dateline serve --db F                     the web page and HTTP API
//	dateline bench                            measure speed and memory
//	dateline dict check | who NAME [--on D]   check the actor knowledge; show how a name resolves
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `dateline turns news stories into event data: who did what to whom, when and where.

Usage:
  dateline                          code the embedded demo story and print a table
  dateline code [flags] FILE|DIR... code stories; FILE may be - for standard input
  dateline eval GOLD EVENTS         score coded events (JSON Lines) against a gold file
  dateline explain "SENTENCE"       show how a sentence is read and why each event was coded
  dateline ingest --db F [FILE|DIR|-]...
                                    code stories and keep them in a SQLite file
  dateline query --db F [filters]   query stored events (table, jsonl, csv, gdelt, parquet)
  dateline recode --db F            re-code stored stories after knowledge changes
  dateline serve --db F [--addr A]  serve the web page and the HTTP API
  dateline bench [flags]            measure coding speed and memory
  dateline dict check               validate the actor knowledge files
  dateline dict who NAME [--on D]   show how a name resolves on a date

Run 'dateline COMMAND --help' for a command's flags.
`

// errFailed reports that some inputs could not be coded; each was already
// reported on standard error.
var errFailed = errors.New("some stories could not be coded")

func main() {
	ctx, stop := signalContext()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, errFailed):
		os.Exit(1)
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "dateline:", err)
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

// signalContext returns a context that ends at the first SIGINT (Ctrl-C)
// or SIGTERM (what systemd, Docker and Kubernetes send): commands stop
// cleanly, and serve finishes the requests in flight. A second signal
// kills the process at once.
func signalContext() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	return ctx, stop
}

// run is main without the process: tests call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return runDemo(ctx, stdout, stderr)
	}
	switch args[0] {
	case "code":
		return runCode(ctx, args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(ctx, args[1:], stdout, stderr)
	case "explain":
		return runExplain(ctx, args[1:], stdout, stderr)
	case "dict":
		return runDict(args[1:], stdout, stderr)
	case "bench":
		return runBench(ctx, args[1:], stdout, stderr)
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "ingest":
		return runIngest(ctx, args[1:], stdin, stdout, stderr)
	case "recode":
		return runRecode(ctx, args[1:], stdout, stderr)
	case "query":
		return runQuery(ctx, args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "dateline: unknown command %q\n\n%s", args[0], usage)
	return errUsage
}
