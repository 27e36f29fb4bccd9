// Package web serves dateline over HTTP: a JSON API to code stories, store
// them and query their events, and a page (embedded in the binary) that
// shows a coded story with its actors, actions, places and dates marked, an
// actor network, a map and a timeline.
//
// The API:
//
//	POST /v1/code          code one story; nothing is stored
//	POST /v1/stories       code and store stories
//	GET  /v1/events        query stored events (the dateline.Query filters); JSON, CSV or JSON Lines
//	GET  /v1/stories/{id}  a stored story as coded
//
// A POST body is JSON when its Content-Type says so (application/json), JSON
// Lines for application/x-ndjson or application/jsonl, and otherwise one
// story in plain text, as curl sends it by default.
//
// Errors are JSON objects {"error": "..."} with a fitting status code. When
// Server.Token is set, writes (POST /v1/stories) need the header
// "Authorization: Bearer TOKEN".
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"dateline"
	"dateline/pipeline"
)

// DefaultMaxBody is the largest request body a Server reads when MaxBody is 0:
// 5 MiB.
const DefaultMaxBody = 5 << 20

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
	// Now tells the date given to stories that carry none; time.Now if nil.
	Now func() time.Time
	// Log receives errors the client is not told about; slog.Default if nil.
	Log *slog.Logger
}

// Handler returns the HTTP handler for the API and the page.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/v1/code", s.only("POST", s.handleCode))
	mux.Handle("/v1/stories", s.only("POST", s.auth(s.handleIngest)))
	mux.Handle("/v1/stories/{id}", s.only("GET", s.handleStory))
	mux.Handle("/v1/events", s.only("GET", s.handleEvents))
	mux.Handle("/v1/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	}))
	mux.Handle("/", s.only("GET", pageHandler()))
	return s.recover(mux)
}

// ListenAndServe serves s on addr until ctx ends, then shuts down
// gracefully, giving requests in flight up to ten seconds to finish.
func ListenAndServe(ctx context.Context, addr string, s *Server) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	return Serve(ctx, ln, s)
}

// Serve is ListenAndServe on a listener the caller opened; it closes ln.
func Serve(ctx context.Context, ln net.Listener, s *Server) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		done <- srv.Shutdown(sctx)
	}()
	err := srv.Serve(ln)
	if !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	if err := <-done; err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

func (s *Server) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
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
