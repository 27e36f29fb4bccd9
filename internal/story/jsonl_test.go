package story

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"dateline"
)

type result struct {
	s   dateline.Story
	err error
}

func readAll(t testing.TB, name string, r io.Reader) []result {
	t.Helper()
	var out []result
	err := ReadJSONL(name, r, Options{Date: refDate}, func(s dateline.Story, err error) error {
		out = append(out, result{s, err})
		return nil
	})
	if err != nil {
		t.Fatalf("ReadJSONL: %v", err)
	}
	return out
}

func TestReadJSONL(t *testing.T) {
	f, err := os.Open("testdata/stories.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := readAll(t, "stories.jsonl", f)
	tests := []struct {
		name      string
		id        string // story id, or "" for an error
		published string
		err       string // error message, or "" for a story
	}{
		{name: "date alias", id: "a1", published: "1991-05-15T00:00:00Z"},
		{name: "wire story in text", id: "a2", published: "2018-11-13T04:09:00-06:00"},
		{name: "malformed JSON", err: "stories.jsonl:3: malformed JSON: unexpected end of JSON input"},
		{name: "missing text", err: `stories.jsonl:4: id "b2": missing "text"`},
		{name: "missing id, empty date", id: "stories.jsonl:6", published: "2019-01-10T00:00:00Z"},
		{name: "blank text", err: `stories.jsonl:7: id "17": text: empty text`},
		{name: "bad date", err: `stories.jsonl:8: id "b4": "published" "13/11/2018" is neither a date (2006-01-02) nor an RFC 3339 time`},
		{name: "extra fields ignored", id: "a3", published: "2019-01-10T00:00:00Z"},
	}
	if len(got) != len(tests) {
		t.Fatalf("got %d results, want %d: %v", len(got), len(tests), got)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := got[i]
			if tt.err != "" {
				var le *LineError
				if !errors.As(r.err, &le) || r.err.Error() != tt.err {
					t.Fatalf("got error %v, want %q", r.err, tt.err)
				}
				return
			}
			if r.err != nil {
				t.Fatalf("got error %v, want story %s", r.err, tt.id)
			}
			checkInvariants(t, r.s)
			if r.s.ID != tt.id {
				t.Errorf("id: got %q, want %q", r.s.ID, tt.id)
			}
			if p := r.s.Published.Format(time.RFC3339); p != tt.published {
				t.Errorf("published: got %s, want %s", p, tt.published)
			}
		})
	}
	a2 := got[1].s
	if a2.Headline != "Italy hosts Libya rivals" || a2.URL != "https://example.org/a2" || a2.Source != "stories.jsonl:2" {
		t.Errorf("a2 headline/url/source: got %q %q %q", a2.Headline, a2.URL, a2.Source)
	}
	if a2.Dateline == nil || a2.Dateline.Place != "Palermo" || len(a2.Contributors) != 1 {
		t.Errorf("a2 dateline/contributors: got %+v %+v", a2.Dateline, a2.Contributors)
	}
	if want := "Italy's premier hosted a meeting Tuesday of Libya's rival leaders."; a2.Body != want {
		t.Errorf("a2 body: got %q, want %q", a2.Body, want)
	}
}

func TestReadJSONLLines(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string // "id" for a story, "!message" for an error
	}{
		{"no final newline", `{"id":"x","text":"A."}`, []string{"x"}},
		{"CRLF and blank lines", "\r\n{\"id\":\"x\",\"text\":\"A.\"}\r\n  \r\n{\"id\":\"y\",\"text\":\"B.\"}\r\n", []string{"x", "y"}},
		{"invalid UTF-8", "{\"id\":\"x\",\"text\":\"A\xff.\"}\n{\"id\":\"y\",\"text\":\"B.\"}", []string{"!in.jsonl:1: invalid UTF-8 at column 20", "y"}},
		{"duplicate ids kept", `{"id":"x","text":"A."}` + "\n" + `{"id":"x","text":"B."}`, []string{"x", "x"}},
		{"numeric id", `{"id":42,"text":"A."}`, []string{"42"}},
		{"object id", `{"id":{},"text":"A."}`, []string{`!in.jsonl:1: "id" must be a string or a number, not {}`}},
		{"not an object", `[1,2]`, []string{"!in.jsonl:1: malformed JSON: json: cannot unmarshal array into Go value of type story.record"}},
		{"NUL in text", `{"id":"x","text":"A\u0000B"}`, []string{`!in.jsonl:1: id "x": text: binary data (NUL byte) at byte offset 1`}},
		{"RFC 3339 published", `{"id":"x","text":"A.","published":"2018-11-13T04:09:00Z"}`, []string{"x"}},
		{"empty", "", []string{"!in.jsonl:1: empty text: no story in the file"}},
		{"blank lines only", "\n \r\n\t\n", []string{"!in.jsonl:4: empty text: no story in the file"}},
		{"bad lines only", "{\n", []string{"!in.jsonl:1: malformed JSON: unexpected end of JSON input"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range readAll(t, "in.jsonl", strings.NewReader(tt.input)) {
				if r.err != nil {
					got = append(got, "!"+r.err.Error())
				} else {
					got = append(got, r.s.ID)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	defer func(n int) { maxLine = n }(maxLine)
	maxLine = 100
	long := `{"id":"long","text":"` + strings.Repeat("word ", 200_000) + `"}`
	input := `{"id":"a","text":"A."}` + "\n" + long + "\n" + `{"id":"b","text":"B."}` + "\n" + strings.Repeat("x", 101)
	var got []string
	for _, r := range readAll(t, "in.jsonl", strings.NewReader(input)) {
		if r.err != nil {
			if !errors.Is(r.err, ErrLineTooLong) {
				t.Errorf("got error %v, want ErrLineTooLong", r.err)
			}
			got = append(got, "!"+r.err.Error())
		} else {
			got = append(got, r.s.ID)
		}
	}
	want := []string{"a", "!in.jsonl:2: line too long (over 100 bytes); skipped", "b", "!in.jsonl:4: line too long (over 100 bytes); skipped"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// zeros is an endless stream of NUL bytes, as /dev/zero is.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestReadJSONLEndless reads an endless line: it is reported once, and
// reading stops instead of running forever.
func TestReadJSONLEndless(t *testing.T) {
	defer func(l, s int) { maxLine, maxSkip = l, s }(maxLine, maxSkip)
	maxLine, maxSkip = 100, 1<<20
	input := io.MultiReader(strings.NewReader(`{"id":"a","text":"A."}`+"\n"), zeros{})
	var got []string
	for _, r := range readAll(t, "in.jsonl", input) {
		if r.err != nil {
			got = append(got, "!"+r.err.Error())
		} else {
			got = append(got, r.s.ID)
		}
	}
	want := []string{"a", "!in.jsonl:2: no line end in 1 MiB: not JSON Lines; stopped reading"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadJSONLStop(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ReadJSONL("in.jsonl", strings.NewReader("{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n"), Options{}, func(dateline.Story, error) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("got error %v after %d calls, want stop after 1", err, n)
	}
}

type failReader struct{}

func (failReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadJSONLReadError(t *testing.T) {
	err := ReadJSONL("in.jsonl", failReader{}, Options{}, func(dateline.Story, error) error { return nil })
	if err == nil || err.Error() != "read in.jsonl:1: disk on fire" {
		t.Errorf("got %v, want read error naming in.jsonl:1", err)
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(readFile(f, "testdata/stories.jsonl"))
	f.Add([]byte(`{"id":"x","text":"KABUL, Afghanistan (AP) -- A bomb.","date":"2019-01-05"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadJSONL("fuzz.jsonl", strings.NewReader(string(data)), Options{Date: refDate}, func(s dateline.Story, err error) error {
			if err != nil {
				if !strings.HasPrefix(err.Error(), "fuzz.jsonl:") {
					t.Fatalf("error does not name file:line: %v", err)
				}
				return nil
			}
			checkInvariants(t, s)
			return nil
		})
		if err != nil {
			t.Fatalf("ReadJSONL: %v", err)
		}
	})
}
