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
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dateline serve --db FILE [--addr HOST:PORT] [--token TOKEN]\n\nServes the web page and the HTTP API (/v1/code, /v1/stories, /v1/events).\n\nFlags:\n")
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
	defer store.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	fmt.Fprintf(stdout, "dateline: serving http://%s/ (stories in %s); Ctrl-C stops\n", ln.Addr(), *db)
	s := &web.Server{Coder: coder, Store: store, Token: *token, Log: slog.New(slog.NewTextHandler(stderr, nil))}
	return web.Serve(ctx, ln, s)
}

// loopback reports whether host only answers this machine.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
