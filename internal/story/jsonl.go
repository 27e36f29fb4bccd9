package story

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dateline"
)

// MaxLine is the longest JSON Lines line ReadJSONL reads: MaxInput, room
// for a story of MaxStory bytes of text however its JSON escapes it. Longer
// lines are reported and skipped without being held in memory.
const MaxLine = MaxInput

// MaxSkip is the longest line ReadJSONL skips to read the lines after it:
// 64 MiB. Past that, the input is not JSON Lines (/dev/zero, a disk image)
// and reading it stops.
const MaxSkip = 8 * MaxLine

// maxLine and maxSkip are MaxLine and MaxSkip, lowered by tests.
var maxLine, maxSkip = MaxLine, MaxSkip

// Errors of JSON Lines input.
var (
	// ErrLineTooLong is reported for a line over MaxLine bytes.
	ErrLineTooLong = errors.New("line too long")
	// ErrNoLineEnd is reported for a line over MaxSkip bytes.
	ErrNoLineEnd = errors.New("no line end")
)

// LineError is an error in one line of a JSON Lines file.
type LineError struct {
	Name string // the file name
	Line int    // 1-based line number
	ID   string // the record's id, if it was read
	Err  error
}

func (e *LineError) Error() string {
	if e.ID != "" {
		return fmt.Sprintf("%s:%d: id %q: %v", e.Name, e.Line, e.ID, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// record is one JSON Lines story. Other fields are ignored.
type record struct {
	ID        json.RawMessage `json:"id"` // a string or a number
	Text      *string         `json:"text"`
	Published string          `json:"published"`
	Date      string          `json:"date"` // alias of published; "" means none
	Headline  string          `json:"headline"`
	URL       string          `json:"url"`
}

// ReadJSONL reads stories from JSON Lines, one object a line:
//
//	{"id": "...", "text": "...", "published": "2018-11-13", "headline": "...", "url": "..."}
//
// "date" is accepted for "published"; either is a date (2018-11-13) or an
// RFC 3339 time, and "" means none. "text" is read like ReadText, so a whole
// wire story yields its dateline and byline, and a sentence is the body.
// The record's published and headline, when given, win over those found in
// the text; opt.Date is used when neither has a date. A missing id becomes
// name:line, and Story.Source is always name:line. Ids are not checked for
// uniqueness: two records with one id give two stories.
//
// fn is called once a non-blank line, in order, with the story or with a
// *LineError naming name:line and the id if known (malformed JSON, missing
// or empty text, invalid UTF-8, a line over MaxLine, which is skipped). An
// input with no story at all is reported as ErrEmpty, as an empty text is;
// a line over MaxSkip as ErrNoLineEnd, and reading stops there. If fn
// returns an error, reading stops and ReadJSONL returns it; an error reading
// r is returned too.
func ReadJSONL(name string, r io.Reader, opt Options, fn func(dateline.Story, error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	blank := true
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, buf[:0])
		buf = line
		switch {
		case err == ErrNoLineEnd:
			return fn(dateline.Story{}, &LineError{Name: name, Line: n, Err: fmt.Errorf("%w in %d MiB: not JSON Lines; stopped reading", err, maxSkip>>20)})
		case err != nil && err != io.EOF:
			return fmt.Errorf("read %s:%d: %w", name, n, err)
		}
		var ferr error
		if tooLong {
			ferr = fn(dateline.Story{}, &LineError{Name: name, Line: n, Err: fmt.Errorf("%w (over %d bytes); skipped", ErrLineTooLong, maxLine)})
		} else if len(bytes.TrimSpace(line)) > 0 {
			ferr = fn(readRecord(name, n, line, opt))
		}
		blank = blank && !tooLong && len(bytes.TrimSpace(line)) == 0
		switch {
		case ferr != nil:
			return ferr
		case err == io.EOF && blank:
			return fn(dateline.Story{}, &LineError{Name: name, Line: n, Err: fmt.Errorf("%w: no story in the file", ErrEmpty)})
		case err == io.EOF:
			return nil
		}
	}
}

// readLine reads one line without its newline into buf. A line longer than
// maxLine is read to its end and dropped, and tooLong is set; one longer
// than maxSkip is given up with ErrNoLineEnd. err is io.EOF at the end of
// the input.
func readLine(br *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	size := 0
	for {
		chunk, err := br.ReadSlice('\n')
		size += len(chunk)
		if !tooLong {
			if len(buf)+len(chunk) > maxLine+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			if size > maxSkip {
				return buf[:0], true, ErrNoLineEnd
			}
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		if !tooLong && len(buf) > maxLine {
			tooLong, buf = true, buf[:0]
		}
		return buf, tooLong, err
	}
}

func readRecord(name string, n int, line []byte, opt Options) (dateline.Story, error) {
	lerr := &LineError{Name: name, Line: n}
	if !utf8.Valid(line) {
		lerr.Err = fmt.Errorf("%w at column %d", ErrInvalidUTF8, invalidAt(line)+1)
		return dateline.Story{}, lerr
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		lerr.Err = fmt.Errorf("malformed JSON: %w", err)
		return dateline.Story{}, lerr
	}
	src := name + ":" + strconv.Itoa(n)
	id, err := recordID(rec.ID)
	if err != nil {
		lerr.Err = err
		return dateline.Story{}, lerr
	}
	lerr.ID = id
	if id == "" {
		id = src
	}
	if rec.Text == nil {
		lerr.Err = errors.New(`missing "text"`)
		return dateline.Story{}, lerr
	}
	pub, err := recordTime(rec)
	if err != nil {
		lerr.Err = err
		return dateline.Story{}, lerr
	}
	o := opt
	if !pub.IsZero() {
		o.Date = pub
	}
	s, err := readText([]byte(*rec.Text), o)
	if err != nil {
		lerr.Err = fmt.Errorf("text: %w", err)
		return dateline.Story{}, lerr
	}
	if !pub.IsZero() {
		s.Published = pub
	}
	if rec.Headline != "" {
		s.Headline = strings.TrimSpace(rec.Headline)
	}
	s.ID, s.Source, s.URL = id, src, rec.URL
	return s, nil
}

// recordID reads an id written as a string or a number.
func recordID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil {
		return num.String(), nil
	}
	return "", fmt.Errorf(`"id" must be a string or a number, not %s`, raw)
}

// recordTime reads "published", or "date" when published is empty.
func recordTime(rec record) (time.Time, error) {
	field, v := "published", strings.TrimSpace(rec.Published)
	if v == "" {
		field, v = "date", strings.TrimSpace(rec.Date)
	}
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q %q is neither a date (2006-01-02) nor an RFC 3339 time", field, v)
}
