// Package web serves dateline over HTTP: a JSON API to code stories, store
// them and query their events, and a page (embedded in the binary) that
// shows a coded story with its actors, actions, places and dates marked, an
// actor network, a map and a timeline.
//
// The API:
//
//	POST /v1/code          code one story (plain text, JSON or JSON Lines, by Content-Type); nothing is stored
//	POST /v1/stories       code and store stories (plain text, JSON, JSON Lines)
//	GET  /v1/events        query stored events (the dateline.Query filters); JSON, JSON Lines, CSV, GDELT or Parquet
//	GET  /v1/stories/{id}  a stored story as coded
//
// A POST body is JSON when its Content-Type says so (application/json), JSON
// Lines for application/x-ndjson or application/jsonl, and otherwise one
// story in plain text, as curl sends it by default.
//
// Errors are JSON objects {"error": "..."} with a fitting status code. When
// Server.Token is set, writes (POST /v1/stories) need the header
// "Authorization: Bearer TOKEN". Without a token the server is for the
// local user only: it answers requests for localhost names and its own
// address, and refuses writes from another origin.
//
// Coding is bounded: at most Server.Workers stories are coded at once, a
// short queue waits for them, and requests beyond it are answered 503 with
// Retry-After; a request that codes is stopped Server.Timeout after it
// arrived.
package web

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"dateline"
	"dateline/pipeline"
)

// Defaults of the Server's limits.
const (
	// DefaultMaxBody is the largest request body read when MaxBody is 0:
	// 5 MiB.
	DefaultMaxBody = 5 << 20
	// DefaultTimeout is how long a request that codes stories may take,
	// waiting for a worker included, when Timeout is 0.
	DefaultTimeout = 30 * time.Second
	// DefaultGrace is how long Serve lets requests in flight finish when
	// it stops, when Grace is 0.
	DefaultGrace = 10 * time.Second
)

// Server answers the API and serves the page. Set its fields before calling
// Handler; they are read, never changed, while it serves.
type Server struct {
	// Coder codes stories. It is copied per request, never changed.
	Coder *pipeline.Coder
	// Store keeps stories and answers event queries.
	Store dateline.Store
	// Token, when not empty, is the bearer token writes must carry.
	Token string
	// MaxBody is the largest request body read, in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// Log receives errors the client is not told about; slog.Default if nil.
	Log *slog.Logger
	// Workers is how many stories are coded at once, over all requests; 0
	// means one per CPU (GOMAXPROCS).
	Workers int
	// Queue is how many more requests to code may wait (reading their body
	// or for a worker); beyond it they are answered 503. 0 means four per
	// worker.
	Queue int
	// Timeout is how long a request that codes stories may take from its
	// arrival; 0 means DefaultTimeout. Coding stops when it ends.
	Timeout time.Duration
	// Grace is how long Serve lets requests in flight finish when it
	// stops; 0 means DefaultGrace.
	Grace time.Duration

	limitOnce sync.Once
	limit     *limiter
}

// Handler returns the HTTP handler for the API and the page.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/v1/code", s.only("POST", s.bounded(s.handleCode)))
	mux.Handle("/v1/stories", s.only("POST", s.auth(s.bounded(s.handleIngest))))
	mux.Handle("/v1/stories/{id}", s.only("GET", s.handleStory))
	mux.Handle("/v1/events", s.only("GET", s.handleEvents))
	mux.Handle("/v1/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	}))
	mux.Handle("/", s.only("GET", pageHandler()))
	return s.recover(s.guard(mux))
}

// ListenAndServe serves s on addr until ctx ends, then stops gracefully
// (see Serve).
func ListenAndServe(ctx context.Context, addr string, s *Server) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	return Serve(ctx, ln, s)
}

// Serve serves s on a listener the caller opened until ctx ends, then stops
// gracefully: it closes ln at once, lets requests in flight finish for up
// to s.Grace, then cancels those still running and closes their
// connections. It returns once every request has returned, so the caller
// may close the store.
func Serve(ctx context.Context, ln net.Listener, s *Server) error {
	base, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	var active atomic.Int64 // requests in their handler
	h := s.Handler()
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			active.Add(1)
			defer active.Add(-1)
			h.ServeHTTP(w, r)
		}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return base },
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	grace, stop := context.WithTimeout(context.Background(), s.grace())
	defer stop()
	err := srv.Shutdown(grace)
	if err != nil {
		// Out of time: cancel what still runs, cut its connections, and
		// wait for its handlers to see it.
		err = fmt.Errorf("stop: %d in flight after %v; cancelled", active.Load(), s.grace())
		cancel()
		srv.Close()
		for i := 0; i < 500 && active.Load() > 0; i++ {
			time.Sleep(10 * time.Millisecond)
		}
	}
	<-served // http.ErrServerClosed
	return err
}

func (s *Server) workers() int {
	if s.Workers > 0 {
		return s.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (s *Server) queue() int {
	if s.Queue > 0 {
		return s.Queue
	}
	return 4 * s.workers()
}

func (s *Server) grace() time.Duration {
	if s.Grace > 0 {
		return s.Grace
	}
	return DefaultGrace
}

func (s *Server) maxBody() int64 {
	if s.MaxBody > 0 {
		return s.MaxBody
	}
	return DefaultMaxBody
}

func (s *Server) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}
