package web

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"

	"dateline"
	"dateline/internal/export"
	"dateline/internal/render"
	"dateline/pipeline"
)

// fail writes err: its own status when it carries one; 503 when the
// server is busy, the request ran out of time or was cancelled (the client
// left, or the server is stopping); else a 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var es *errStatus
	switch {
	case errors.As(err, &es):
		writeError(w, es.code, es.msg)
	case errors.Is(err, errBusy):
		unavailable(w, fmt.Sprintf("busy coding other stories; try again in %d seconds", retryAfter))
	case errors.Is(err, context.DeadlineExceeded):
		unavailable(w, fmt.Sprintf("stopped after %v: the server is busy or the story too long to code in time", s.timeout()))
	case errors.Is(err, context.Canceled):
		unavailable(w, "stopped: the request was cancelled")
	default:
		s.internalError(w, r, err)
	}
}

// coder returns a copy of the server's Coder for one request.
func (s *Server) coder(r *http.Request) (*pipeline.Coder, error) {
	if s.Coder == nil {
		return nil, errors.New("no coder")
	}
	c := *s.Coder
	switch v := r.URL.Query().Get("all"); v {
	case "", "0", "false":
	case "1", "true":
		c.All = true
	default:
		return nil, badRequest("all %q: want 1 or 0", v)
	}
	return &c, nil
}

// requestStories reads and checks the content type and body of a request.
func (s *Server) requestStories(w http.ResponseWriter, r *http.Request) ([]item, error) {
	kind, err := bodyKind(r)
	if err != nil {
		return nil, err
	}
	data, err := s.readBody(w, r)
	if err != nil {
		return nil, err
	}
	return s.readStories(r, kind, data)
}

// handleCode codes one story and writes it; nothing is stored.
func (s *Server) handleCode(w http.ResponseWriter, r *http.Request) {
	c, err := s.coder(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items, err := s.requestStories(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(items) != 1 {
		s.fail(w, r, badRequest("%d stories in the body: /v1/code codes one; POST many to /v1/stories", len(items)))
		return
	}
	if items[0].err != nil {
		s.fail(w, r, badRequest("%v", items[0].err))
		return
	}
	_, done, err := s.work(r.Context(), 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer done()
	coded, err := c.Code(r.Context(), &items[0].story)
	if err != nil {
		s.fail(w, r, fmt.Errorf("code story %s: %w", items[0].story.ID, err))
		return
	}
	writeJSON(w, http.StatusOK, viewCoded(coded))
}

// ingested is the result for one story of POST /v1/stories.
type ingested struct {
	ID     string `json:"id,omitempty"`
	Added  bool   `json:"added"`
	Events int    `json:"events"`
	Error  string `json:"error,omitempty"`
}

type ingestReply struct {
	Stories []ingested `json:"stories"`
	Added   int        `json:"added"`
	Failed  int        `json:"failed"`
}

// handleIngest codes and stores stories.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	c, err := s.coder(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if s.Store == nil {
		s.fail(w, r, errors.New("no store"))
		return
	}
	items, err := s.requestStories(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	reply, err := s.ingest(r.Context(), c, items)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if reply.Failed == len(reply.Stories) {
		msg := reply.Stories[0].Error
		if len(reply.Stories) > 1 {
			msg = fmt.Sprintf("no story could be read; the first: %s", msg)
		}
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	writeJSON(w, http.StatusOK, reply)
}

// ingest codes items on the workers it can have, one at least and as many
// as are free, and stores them in order.
func (s *Server) ingest(ctx context.Context, c *pipeline.Coder, items []item) (ingestReply, error) {
	reply := ingestReply{Stories: make([]ingested, 0, len(items))}
	workers, done, err := s.work(ctx, min(len(items), s.workers())-1)
	if err != nil {
		return reply, err
	}
	defer done()
	in := make(chan pipeline.Item)
	go func() {
		defer close(in)
		for _, it := range items {
			select {
			case in <- pipeline.Item{Story: it.story, Err: it.err}:
			case <-ctx.Done():
				return
			}
		}
	}()
	i := 0
	err = c.Run(ctx, workers, in, func(coded *dateline.Coded, err error) error {
		res := ingested{ID: items[i].story.ID}
		i++
		switch {
		case items[i-1].err != nil:
			res.Error = items[i-1].err.Error()
		case err != nil:
			s.log().Error("web: code story", "id", res.ID, "err", err)
			res.Error = "could not code the story"
		default:
			added, err := s.Store.Put(ctx, coded)
			if err != nil {
				return fmt.Errorf("store story %s: %w", res.ID, err)
			}
			res.Added, res.Events = added, len(coded.Events)
		}
		if res.Error != "" {
			reply.Failed++
		} else if res.Added {
			reply.Added++
		}
		reply.Stories = append(reply.Stories, res)
		return nil
	})
	return reply, err
}

// handleStory writes a stored story as coded.
func (s *Server) handleStory(w http.ResponseWriter, r *http.Request) {
	if s.Store == nil {
		s.fail(w, r, errors.New("no store"))
		return
	}
	id := r.PathValue("id")
	coded, err := s.Store.Story(r.Context(), id)
	if errors.Is(err, dateline.ErrNotFound) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no story %q", id))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewCoded(coded))
}

// handleEvents writes the stored events a query selects.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	if s.Store == nil {
		s.fail(w, r, errors.New("no store"))
		return
	}
	q, format, err := parseQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	events, err := s.Store.Events(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if events == nil {
		events = []dateline.Event{}
	}
	s.writeEvents(w, r, format, events)
}

// eventFormats are the formats of GET /v1/events: content type and, for
// downloads, file name.
var eventFormats = map[string]struct{ ctype, file string }{
	"json":    {"application/json; charset=utf-8", ""},
	"jsonl":   {"application/x-ndjson; charset=utf-8", ""},
	"csv":     {"text/csv; charset=utf-8", "events.csv"},
	"gdelt":   {"text/tab-separated-values; charset=utf-8", "events.gdelt.tsv"},
	"parquet": {"application/vnd.apache.parquet", "events.parquet"},
}

// originStore is a store that tells exports where its events come from
// (sqlite.DB does): GDELT's DATEADDED and SOURCEURL need it.
type originStore interface {
	Origins(ctx context.Context, ids []string) (map[string]export.Origin, error)
}

// writeEvents writes events in format, one of eventFormats, streaming the
// body; only the store lookups before it can still fail with a status.
func (s *Server) writeEvents(w http.ResponseWriter, r *http.Request, format string, events []dateline.Event) {
	if format == "json" {
		writeJSON(w, http.StatusOK, events)
		return
	}
	var origins map[string]export.Origin
	if st, ok := s.Store.(originStore); ok && format == "gdelt" {
		var err error
		if origins, err = st.Origins(r.Context(), export.Docs(events)); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	f := eventFormats[format]
	w.Header().Set("Content-Type", f.ctype)
	if f.file != "" {
		w.Header().Set("Content-Disposition", `attachment; filename="`+f.file+`"`)
	}
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "csv":
		err = export.WriteCSV(bw, events)
	case "gdelt":
		err = export.GDELT{Origins: origins}.Write(bw, events)
	case "parquet":
		err = export.WriteParquet(bw, events)
	default:
		err = render.JSONL(bw, events)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		s.log().Info("web: write events", "format", format, "err", err) // the client went away
	}
}

// MaxLimit is the most events GET /v1/events returns at once.
const MaxLimit = 100000

// parseQuery reads the event filters and the output format of a request.
func parseQuery(r *http.Request) (dateline.Query, string, error) {
	var q dateline.Query
	format := "json"
	for name, vals := range r.URL.Query() {
		v := strings.TrimSpace(vals[len(vals)-1])
		if len(v) > 200 {
			return q, "", badRequest("%s: over 200 characters", name)
		}
		switch name {
		case "actor":
			q.Actor = v
		case "country":
			q.Country = v
		case "type":
			q.Type = v
		case "cameo":
			if v != "" && !digits(v) {
				return q, "", badRequest("cameo %q: want a CAMEO code of digits, such as 04 or 043", v)
			}
			q.CAMEO = v
		case "from", "to":
			if v != "" && !isDate(v) {
				return q, "", badRequest("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", name, v)
			}
			if name == "from" {
				q.From = v
			} else {
				q.To = v
			}
		case "near":
			q.Near = v
		case "radius":
			if v == "" {
				continue
			}
			km, err := strconv.ParseFloat(v, 64)
			if err != nil || !(km > 0 && km <= 20040) {
				return q, "", badRequest("radius %q: want kilometres, more than 0 and at most 20040", v)
			}
			q.RadiusKM = km
		case "text":
			if v != "" && !hasWord(v) {
				return q, "", badRequest("text %q: no words to search for; give words of letters or digits, \"a phrase\", or a prefix*", v)
			}
			q.Text = v
		case "limit":
			if v == "" {
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > MaxLimit {
				return q, "", badRequest("limit %q: want a number from 1 to %d", v, MaxLimit)
			}
			q.Limit = n
		case "format":
			if _, ok := eventFormats[v]; !ok && v != "" {
				return q, "", badRequest("format %q: want json, jsonl, csv, gdelt or parquet", v)
			}
			if v != "" {
				format = v
			}
		default:
			return q, "", badRequest("unknown parameter %q; filters are actor, country, type, cameo, from, to, near, radius, text, limit, format", name)
		}
	}
	if q.RadiusKM > 0 && q.Near == "" {
		return q, "", badRequest("radius needs near")
	}
	return q, format, nil
}

// hasWord reports whether s holds a letter or a digit: something full-text
// search can look for.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != "" && len(s) <= 4
}

// isDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD and a real date.
func isDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}
