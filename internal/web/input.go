package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"dateline"
	"dateline/internal/story"
)

// bodyName names the request body in error messages about its records.
const bodyName = "body"

// Kinds of request body.
const (
	kindText  = "text"
	kindJSON  = "json"
	kindJSONL = "jsonl"
)

// errStatus is an error that carries the status code to answer with.
type errStatus struct {
	code int
	msg  string
}

func (e *errStatus) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &errStatus{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// bodyKind reads the request's Content-Type. JSON (application/json or a
// +json type) and JSON Lines (application/x-ndjson, application/jsonl and
// their spellings) are recognised by type; any other body is a story in
// plain text, so that curl's default (a form type) and a missing or
// unreadable type code the story sent. Only a multipart form, whose body
// is not the story, and a charset other than UTF-8 are refused.
func bodyKind(r *http.Request) (string, error) {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return kindText, nil
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
		return "", &errStatus{http.StatusUnsupportedMediaType, fmt.Sprintf("charset %q not supported; send UTF-8", cs)}
	}
	switch {
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return kindJSON, nil
	case jsonLinesTypes[mt]:
		return kindJSONL, nil
	case strings.HasPrefix(mt, "multipart/"):
		return "", &errStatus{http.StatusUnsupportedMediaType,
			fmt.Sprintf("Content-Type %q not supported: send the story itself as the body (curl --data-binary @story.txt)", mt)}
	}
	return kindText, nil
}

// jsonLinesTypes are the media types read as JSON Lines, one story a line.
var jsonLinesTypes = map[string]bool{
	"application/x-ndjson": true, "application/ndjson": true, "application/jsonl": true,
	"application/x-jsonl": true, "application/x-jsonlines": true, "application/jsonlines": true,
}

// readBody reads the whole request body, at most s.maxBody() bytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody()))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return nil, &errStatus{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", tooBig.Limit)}
	case err != nil:
		return nil, badRequest("read request body: %v", err)
	case len(bytes.TrimSpace(data)) == 0:
		return nil, badRequest("empty request body: send a story")
	}
	return data, nil
}

// item is one story read from a request, or why it could not be read.
type item struct {
	story dateline.Story
	err   error
}

// readStories reads the stories in a request body: one story for text,
// one or more JSON objects (or an array of them) for JSON, one object a
// line for JSON Lines. The query parameters id and date name and date a
// text story; date also dates JSON stories that carry none. A story with
// no date stays undated: its relative dates are not resolved.
func (s *Server) readStories(r *http.Request, kind string, data []byte) ([]item, error) {
	var opt story.Options
	if d := r.URL.Query().Get("date"); d != "" {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return nil, badRequest("date %q: want YYYY-MM-DD", d)
		}
		opt.Date = t
	}
	if kind == kindText {
		st, err := story.ReadText(bodyName, data, opt)
		if err != nil {
			return nil, badRequest("%v", err)
		}
		st.ID = r.URL.Query().Get("id")
		if st.ID == "" {
			st.ID = hashID(data)
		}
		return []item{{story: st}}, nil
	}
	if kind == kindJSON {
		lines, err := jsonLines(data)
		if err != nil {
			return nil, err
		}
		data = lines
	}
	var items []item
	err := story.ReadJSONL(bodyName, bytes.NewReader(data), opt, func(st dateline.Story, err error) error {
		if err == nil && st.ID == st.Source { // no id given: name it by its text
			st.ID = hashID([]byte(st.Body))
		}
		items = append(items, item{st, err})
		return nil
	})
	if err != nil {
		return nil, badRequest("%v", err)
	}
	return items, nil
}

// jsonLines turns a JSON body (one object, several, or an array of them)
// into JSON Lines, one compact object a line.
func jsonLines(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var vals []json.RawMessage
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '[' {
		if err := dec.Decode(&vals); err != nil {
			return nil, badRequest("malformed JSON: %v", err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return nil, badRequest("malformed JSON: data after the array")
		}
	} else {
		for {
			var v json.RawMessage
			err := dec.Decode(&v)
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, badRequest("malformed JSON at byte %d: %v", dec.InputOffset(), err)
			}
			vals = append(vals, v)
		}
	}
	var out bytes.Buffer
	for i, v := range vals {
		if t := bytes.TrimSpace(v); len(t) == 0 || t[0] != '{' {
			return nil, badRequest("%s:%d: want a JSON object {\"id\", \"text\", \"published\"?, ...}", bodyName, i+1)
		}
		if err := json.Compact(&out, v); err != nil {
			return nil, badRequest("%s:%d: malformed JSON: %v", bodyName, i+1, err)
		}
		out.WriteByte('\n')
	}
	if len(vals) == 0 {
		return nil, badRequest("no story in the request body")
	}
	return out.Bytes(), nil
}

// hashID names a story without an id by its text.
func hashID(text []byte) string {
	sum := sha256.Sum256(text)
	return "story-" + hex.EncodeToString(sum[:6])
}
