package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"
)

// retryAfter is the Retry-After, in seconds, of a 503 for a busy server.
const retryAfter = 2

// errBusy reports that a request to code was turned away: the server codes
// as many stories as it has workers, and its queue is full.
var errBusy = errors.New("busy")

// limiter bounds the work of coding across requests. At most admit requests
// that code stories are inside at once, reading their bodies or waiting for
// a worker; beyond that they are refused before their body is read. At most
// len(workers) stories are coded at once, one a worker.
type limiter struct {
	admit   int64
	inside  atomic.Int64
	workers chan struct{}
}

func newLimiter(workers, queue int) *limiter {
	return &limiter{admit: int64(workers + queue), workers: make(chan struct{}, workers)}
}

// enter admits a request, or reports errBusy when as many as the limiter
// admits are inside. Each entered request must leave.
func (l *limiter) enter() error {
	if l.inside.Add(1) > l.admit {
		l.inside.Add(-1)
		return errBusy
	}
	return nil
}

func (l *limiter) leave() { l.inside.Add(-1) }

// work waits for one worker while ctx lasts, then takes up to extra more
// that are free at once. It returns how many it took (0 with an error) and
// the function that gives them back.
func (l *limiter) work(ctx context.Context, extra int) (int, func(), error) {
	select {
	case l.workers <- struct{}{}:
	case <-ctx.Done():
		return 0, nil, ctx.Err()
	}
	n := 1
	for n <= extra && l.try() {
		n++
	}
	return n, func() {
		for range n {
			<-l.workers
		}
	}, nil
}

// try takes a worker if one is free.
func (l *limiter) try() bool {
	select {
	case l.workers <- struct{}{}:
		return true
	default:
		return false
	}
}

// limits returns the server's limiter, made on first use from Workers and
// Queue.
func (s *Server) limits() *limiter {
	s.limitOnce.Do(func() { s.limit = newLimiter(s.workers(), s.queue()) })
	return s.limit
}

// bounded runs h, a handler that codes stories, inside the server's limits:
// a request beyond the queue is answered 503 with Retry-After without
// being coded (its body is read and dropped, up to the body limit, so the
// client gets the answer), and h's context ends Timeout after the request
// arrived.
// h takes its workers with s.work once it has read the body.
func (s *Server) bounded(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		lim := s.limits()
		if err := lim.enter(); err != nil {
			// Read what the client is still sending, up to the body limit,
			// so that it gets its 503 and not a broken pipe; reading costs
			// no coding work.
			_, _ = io.Copy(io.Discard, http.MaxBytesReader(w, r.Body, s.maxBody()))
			s.fail(w, r, err)
			return
		}
		defer lim.leave()
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout())
		defer cancel()
		h(w, r.WithContext(ctx))
	}
}

// work waits for a worker to code with, and takes up to extra more if they
// are free. It returns how many it took and the function that gives them
// back.
func (s *Server) work(ctx context.Context, extra int) (int, func(), error) {
	return s.limits().work(ctx, extra)
}

// unavailable answers 503 with Retry-After: the server is busy, or the
// request ran out of time.
func unavailable(w http.ResponseWriter, msg string) {
	w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	writeError(w, http.StatusServiceUnavailable, msg)
}

func (s *Server) timeout() time.Duration {
	if s.Timeout > 0 {
		return s.Timeout
	}
	return DefaultTimeout
}
