package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadGoldErrors(t *testing.T) {
	story := `{"doc":"d","sentence_contains":"x","source":{"country":"ITA"},"cameo_root":["04"]}`
	sent := `{"id":"s1","text":"x","events":[{"source_country":"ITA","target_country":"LBY","plover":"AGREE"}]}`
	tests := []struct {
		name, in, want string
	}{
		{"empty", "\n\n", "g.jsonl: no gold lines"},
		{"not JSON", "{oops", "g.jsonl:1: not a JSON object"},
		{"unknown format", `{"a":1}`, "g.jsonl:1: unknown gold format"},
		{"story: missing doc", story + "\n" + `{"sentence_contains":"x"}`, "g.jsonl:2: missing doc"},
		{"story: missing snippet", `{"doc":"d","sentence_contains":" "}`, "g.jsonl:1: missing sentence_contains"},
		{"story: missing source", `{"doc":"d","sentence_contains":"x","cameo_root":["04"]}`, "g.jsonl:1: missing source"},
		{"story: missing roots", `{"doc":"d","sentence_contains":"x","source":{}}`, "g.jsonl:1: missing cameo_root"},
		{"story: bad root", `{"doc":"d","sentence_contains":"x","source":{},"cameo_root":["043"]}`, `g.jsonl:1: cameo_root "043": want two digits`},
		{"story: bad date", `{"doc":"d","sentence_contains":"x","source":{},"cameo_root":["04"],"date":"13 Nov"}`, `g.jsonl:1: date "13 Nov"`},
		{"story: bad sector", `{"doc":"d","sentence_contains":"x","source":{"sector":7},"cameo_root":["04"]}`, "g.jsonl:1: want a string, null or a list of strings"},
		{"story: forbidden and required", `{"doc":"d","sentence_contains":"x","forbidden":true,"required":true}`, "g.jsonl:1: a line cannot be both"},
		{"story: wrong type", `{"doc":"d","sentence_contains":"x","required":"yes"}`, "g.jsonl:1: json: cannot unmarshal"},
		{"story: malformed later line", story + "\n\n" + `{"doc":`, "g.jsonl:3:"},
		{"sentence: missing id", `{"id":"","text":"x","events":[]}`, "g.jsonl:1: missing id"},
		{"sentence: duplicate id", sent + "\n" + sent, `g.jsonl:2: duplicate id "s1" (first on line 1)`},
		{"sentence: no label", `{"id":"s","events":[{"source_country":"ITA"}]}`, "g.jsonl:1: event 1: no plover type and no cameo code"},
		{"sentence: bad root", `{"id":"s","events":[{"cameo_root":"4"}]}`, `g.jsonl:1: event 1: cameo root "4"`},
		{"sentence: no_event with events", `{"id":"s","no_event":true,"events":[{"plover":"AGREE"}]}`, "g.jsonl:1: no_event is true"},
		{"sentence: mixed labels", sent + "\n" + `{"id":"s2","events":[{"plover":"AGREE","cameo":"030"},{"plover":"ASSAULT"}]}` + "\n" + `{"id":"s3","events":[{"cameo":"190"}]}`, "g.jsonl:3: event has no plover type, but line 1 has one"},
	}
	for _, tt := range tests {
		_, err := ReadGold(strings.NewReader(tt.in), "g.jsonl")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: got error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

func TestReadGoldLenient(t *testing.T) {
	in := "\xef\xbb\xbf" + `{"doc":"d","sentence_contains":"a  b","source":{"country":"ita","sector":["gov","MIL"]},"target":null,"cameo_root":"04","date":"2018-11","place":{"name":"Rome","country":"ita"}}` + "\r\n"
	g, err := ReadGold(strings.NewReader(in), "g")
	if err != nil {
		t.Fatal(err)
	}
	l := g.Lines[0]
	if l.Source.Country != "ITA" || strings.Join(l.Source.Sectors, ",") != "GOV,MIL" || l.Target != nil ||
		strings.Join(l.Roots, ",") != "04" || l.Date != "2018-11" || l.Place.Country != "ITA" || l.snippet != "a b" || l.Num != 1 {
		t.Errorf("got %+v (source %+v)", l, l.Source)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(path, []byte(`{"id":"a","events":[]}`+"\n"+"nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+":2: ") {
		t.Errorf("got %v, want an error naming %s:2", err, path)
	}
	if _, err := Load(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Errorf("missing file: got no error")
	}
	g, err := Load(filepath.Join("testdata", "cameo.gold.jsonl"))
	if err != nil || g.Name != "cameo.gold.jsonl" || g.Format != FormatSentence {
		t.Errorf("got %v, %v; want cameo.gold.jsonl, sentence", g, err)
	}
}

func TestReadEvents(t *testing.T) {
	good := `{"doc":"d","type":"AGREE","cameo":"030","source":{"country":"ITA","sector":null},"target":null}`
	tests := []struct {
		name, in string
		n        int
		err      string
	}{
		{"empty", "", 0, ""},
		{"blank lines", "\n" + good + "\n\n" + good, 2, ""},
		{"no final newline", good, 1, ""},
		{"not an object", good + "\n[1]", 0, "out.jsonl:2: not a JSON object"},
		{"null", "null", 0, "out.jsonl:1: not a JSON object"},
		{"truncated", good + "\n" + good[:20], 0, "out.jsonl:2: "},
		{"wrong type", `{"doc":3}`, 0, "out.jsonl:1: json: cannot unmarshal"},
	}
	for _, tt := range tests {
		evs, err := ReadEvents(strings.NewReader(tt.in), "out.jsonl")
		switch {
		case tt.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.err)):
			t.Errorf("%s: got error %v, want one starting %q", tt.name, err, tt.err)
		case tt.err == "" && err != nil:
			t.Errorf("%s: got error %v", tt.name, err)
		case tt.err == "" && len(evs) != tt.n:
			t.Errorf("%s: got %d events, want %d", tt.name, len(evs), tt.n)
		}
	}
}

// TestRealGold loads the project's gold files, when present, and checks that
// they parse to the expected counts. It does not score anything.
func TestRealGold(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "gold")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/gold")
	}
	tests := []struct {
		file                      string
		format                    Format
		label                     string
		lines, required, forbid   int
		sentences, events, noneSe int
	}{
		{file: "palermo-2018.events.jsonl", format: FormatStory, lines: 22, required: 6, forbid: 2},
		{file: "plover-gsr.dev.jsonl", format: FormatSentence, label: "type", sentences: 111, events: 131},
		{file: "petr2-gsr.dev.jsonl", format: FormatSentence, label: "root", sentences: 50, events: 54, noneSe: 6},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			g, err := Load(filepath.Join(dir, tt.file))
			if os.IsNotExist(err) {
				t.Skip(err)
			}
			if err != nil {
				t.Fatal(err)
			}
			req, forbid, events, none := 0, 0, 0, 0
			for _, l := range g.Lines {
				req += count(l.Required)
				forbid += count(l.Forbidden)
			}
			for _, s := range g.Sentences {
				events += len(s.Events)
				none += count(s.NoEvent)
			}
			got := []any{g.Format, g.Label, len(g.Lines), req, forbid, len(g.Sentences), events, none}
			want := []any{tt.format, tt.label, tt.lines, tt.required, tt.forbid, tt.sentences, tt.events, tt.noneSe}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("got format, label, lines, required, forbidden, sentences, events, no-event %v, want %v", got, want)
					break
				}
			}
			// Scoring no events must work; scoring the gold's own events
			// must be perfect.
			var b bytes.Buffer
			if err := Score(g, nil).Write(&b); err != nil {
				t.Fatal(err)
			}
			checkPerfect(t, g)
		})
	}
}
