package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"

	"dateline/internal/store/sqlite"
	"dateline/internal/web"
	"dateline/pipeline"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "SQLite `file` that stores coded stories (created if missing; required)")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	token := fs.String("token", os.Getenv("DATELINE_TOKEN"), "bearer `token` that writes must carry (default $DATELINE_TOKEN; required beyond loopback)")
	workers := fs.Int("workers", 0, "stories coded at once over all requests (default: one per CPU); a short queue waits, the rest get 503")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline serve --db FILE [--addr HOST:PORT] [--token TOKEN] [--workers N]\n\n"+
			"Serves the web page and the HTTP API (/v1/code, /v1/stories, /v1/events). SIGINT or\n"+
			"SIGTERM stops it: requests in flight get %v to finish, then the store is closed.\n\nFlags:\n", web.DefaultGrace)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *db == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "dateline serve: --db FILE is required and there are no arguments")
		return errUsage
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		fmt.Fprintf(stderr, "dateline serve: --addr %q: %v\n", *addr, err)
		return errUsage
	}
	if !loopback(host) && *token == "" {
		fmt.Fprintf(stderr, "dateline serve: --addr %s is reachable from other machines: set --token or DATELINE_TOKEN\n", *addr)
		return errUsage
	}
	coder, err := pipeline.New()
	if err != nil {
		return err
	}
	store, err := sqlite.Open(*db)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return errors.Join(fmt.Errorf("listen on %s: %w", *addr, err), store.Close())
	}
	fmt.Fprintf(stdout, "dateline: serving http://%s/ (stories in %s); Ctrl-C stops\n", ln.Addr(), *db)
	s := &web.Server{Coder: coder, Store: store, Token: *token, Workers: *workers, Log: slog.New(slog.NewTextHandler(stderr, nil))}
	stopping := context.AfterFunc(ctx, func() {
		fmt.Fprintf(stderr, "dateline: stopping: no new requests; those in flight get %v to finish\n", web.DefaultGrace)
	})
	defer stopping()
	// Serve returns once every request has returned: the store closes last.
	err = errors.Join(web.Serve(ctx, ln, s), store.Close())
	if err == nil {
		fmt.Fprintln(stderr, "dateline: stopped; the store is closed")
	}
	return err
}

// loopback reports whether host only answers this machine.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
