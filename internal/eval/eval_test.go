package eval

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"dateline"
)

var update = flag.Bool("update", false, "rewrite golden reports in testdata")

func load(t testing.TB, gold, events string) (*Gold, []dateline.Event) {
	t.Helper()
	g, err := Load(filepath.Join("testdata", gold))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", events))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	evs, err := ReadEvents(f, events)
	if err != nil {
		t.Fatal(err)
	}
	return g, evs
}

func TestStory(t *testing.T) {
	g, evs := load(t, "story.gold.jsonl", "story.events.jsonl")
	r := Score(g, evs).Story
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"docs", r.Docs, 1},
		{"gold events", r.GoldEvents, 5},
		{"required", r.Required, 4},
		{"forbidden", r.Forbidden, 2},
		{"output events", r.OutputEvents, 8},
		{"ignored", r.Ignored, 1},
		{"other docs", r.OtherDocs, 1},
		{"other events", r.OtherEvents, 1},
		{"matched", r.Matched, 4},
		{"in gold sentence", r.InGoldSentence, 6},
		{"required found", r.RequiredFound, 3},
		{"root right", r.RootRight, 4},
		{"source right", r.SourceRight, 4},
		{"target right", r.TargetRight, 3},
		{"date right", r.DateRight, 3},
		{"place right", r.PlaceRight, 2},
		{"matched lines", r.MatchedLines, 4},
		{"matched date right", r.MatchedDateRight, 4},
		{"matched place right", r.MatchedPlaceRight, 3},
		{"violations", len(r.Violations), 1},
		{"unmatched", len(r.Unmatched), 3},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, c.got, c.want)
		}
	}
	if got, want := r.Precision(), 0.5; got != want {
		t.Errorf("precision: got %v, want %v", got, want)
	}
	wantMiss := []Miss{{Line: 5, Doc: "nairobi-2021", Snippet: "Kenya accused Somalia of meddling",
		Want: "11 KEN/GOV -> SOM/GOV", Got: "112 ACCUSE KEN/GOV -> -", Kind: MissTarget}}
	if !reflect.DeepEqual(r.Missing, wantMiss) {
		t.Errorf("missing: got %+v, want %+v", r.Missing, wantMiss)
	}
	// the event found in Mogadishu happened in Nairobi: found, but its
	// place is listed so that a user sees what to mend
	wantSlips := []Slip{{Line: 2, Doc: "nairobi-2021", Snippet: "agreed to restore   diplomatic ties", What: "place", Want: "Nairobi (KEN)", Got: "Mogadishu (SOM)"}}
	if !reflect.DeepEqual(r.Slips, wantSlips) {
		t.Errorf("slips: got %+v, want %+v", r.Slips, wantSlips)
	}
	if len(r.Violations) == 1 && r.Violations[0].Why != "negated: nothing was signed" {
		t.Errorf("violation why: got %q", r.Violations[0].Why)
	}
}

func TestStoryAllModalities(t *testing.T) {
	g, evs := load(t, "story.gold.jsonl", "story.events.jsonl")
	r := (&Scorer{AllModalities: true}).Score(g, evs).Story
	if r.Ignored != 0 || r.OutputEvents != 9 || len(r.Violations) != 2 {
		t.Errorf("got ignored %d, output %d, violations %d; want 0, 9, 2", r.Ignored, r.OutputEvents, len(r.Violations))
	}
}

func levels(ls []Level) map[string]Tally {
	m := map[string]Tally{}
	for _, l := range ls {
		m[l.Name] = l.Tally
	}
	return m
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, gold, events string
		label              string
		sentences, goldN   int
		output, ignored    int
		otherDocs          int
		levels             map[string]Tally
		labels             map[string]Tally
		modeGold           int
		modeRight          int
		placeGold          int
		placeRight         int
		errors             []string
	}{
		{
			name: "plover", gold: "plover.gold.jsonl", events: "plover.events.jsonl", label: "type",
			sentences: 5, goldN: 6, output: 6, ignored: 1, otherDocs: 1,
			levels: map[string]Tally{
				"event":  {Match: 4, Gold: 5, Output: 4},
				"type":   {Match: 4, Gold: 6, Output: 6},
				"dyad":   {Match: 4, Gold: 6, Output: 6},
				"triple": {Match: 3, Gold: 6, Output: 6},
			},
			labels: map[string]Tally{
				"ACCUSE":  {Match: 1, Gold: 1, Output: 1},
				"AGREE":   {Match: 2, Gold: 2, Output: 2},
				"ASSAULT": {Match: 1, Gold: 1, Output: 2},
				"COERCE":  {Match: 0, Gold: 1, Output: 0},
				"CONSULT": {Match: 0, Gold: 1, Output: 0},
				"-":       {Match: 0, Gold: 0, Output: 1},
			},
			modeGold: 1, modeRight: 1,
			placeGold: 1, placeRight: 1, // "Lomé" is the gold's "Lome"
			errors: []string{"t1", "t3", "t4"},
		},
		{
			name: "cameo", gold: "cameo.gold.jsonl", events: "cameo.events.jsonl", label: "root",
			sentences: 3, goldN: 2, output: 3,
			levels: map[string]Tally{
				"event":  {Match: 2, Gold: 2, Output: 3},
				"root":   {Match: 1, Gold: 2, Output: 3},
				"dyad":   {Match: 2, Gold: 2, Output: 3},
				"triple": {Match: 1, Gold: 2, Output: 3},
			},
			labels: map[string]Tally{
				"04": {Match: 0, Gold: 0, Output: 1},
				"10": {Match: 0, Gold: 1, Output: 0},
				"11": {Match: 0, Gold: 0, Output: 1},
				"19": {Match: 1, Gold: 1, Output: 1},
			},
			errors: []string{"c2", "c3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, evs := load(t, tt.gold, tt.events)
			r := Score(g, evs).Sentence
			if r.Label != tt.label || r.Sentences != tt.sentences || r.GoldEvents != tt.goldN ||
				r.OutputEvents != tt.output || r.Ignored != tt.ignored || r.OtherDocs != tt.otherDocs {
				t.Errorf("got label %s, %d sentences, %d gold, %d output, %d ignored, %d other docs; want %s, %d, %d, %d, %d, %d",
					r.Label, r.Sentences, r.GoldEvents, r.OutputEvents, r.Ignored, r.OtherDocs,
					tt.label, tt.sentences, tt.goldN, tt.output, tt.ignored, tt.otherDocs)
			}
			if got := levels(r.Levels); !reflect.DeepEqual(got, tt.levels) {
				t.Errorf("levels: got %v, want %v", got, tt.levels)
			}
			if got := levels(r.Labels); !reflect.DeepEqual(got, tt.labels) {
				t.Errorf("labels: got %v, want %v", got, tt.labels)
			}
			if r.ModeGold != tt.modeGold || r.ModeRight != tt.modeRight {
				t.Errorf("mode: got %d/%d, want %d/%d", r.ModeRight, r.ModeGold, tt.modeRight, tt.modeGold)
			}
			if r.PlaceGold != tt.placeGold || r.PlaceRight != tt.placeRight {
				t.Errorf("place: got %d/%d, want %d/%d", r.PlaceRight, r.PlaceGold, tt.placeRight, tt.placeGold)
			}
			var ids []string
			for _, e := range r.Errors {
				ids = append(ids, e.ID)
			}
			if !reflect.DeepEqual(ids, tt.errors) {
				t.Errorf("sentences with errors: got %v, want %v", ids, tt.errors)
			}
		})
	}
}

func TestConfusion(t *testing.T) {
	g, evs := load(t, "plover.gold.jsonl", "plover.events.jsonl")
	c := Score(g, evs).Sentence.Confusion
	wantLabels := []string{"ACCUSE", "AGREE", "ASSAULT", "COERCE", "CONSULT", "-", "NONE"}
	if !reflect.DeepEqual(c.Labels, wantLabels) {
		t.Fatalf("labels: got %v, want %v", c.Labels, wantLabels)
	}
	cell := func(g, p string) int {
		return c.Counts[indexOf(c.Labels, g)][indexOf(c.Labels, p)]
	}
	for _, tt := range []struct {
		gold, out string
		want      int
	}{
		{"AGREE", "AGREE", 2},
		{"ACCUSE", "ACCUSE", 1},
		{"ASSAULT", "ASSAULT", 1},
		{"COERCE", "ASSAULT", 1},
		{"CONSULT", "NONE", 1},
		{"NONE", "-", 1},
		{"COERCE", "NONE", 0},
	} {
		if got := cell(tt.gold, tt.out); got != tt.want {
			t.Errorf("cell %s x %s: got %d, want %d", tt.gold, tt.out, got, tt.want)
		}
	}
	total := 0
	for _, row := range c.Counts {
		for _, n := range row {
			total += n
		}
	}
	if total != 7 { // 4 pairs, 2 misses... 5 pairs + 1 miss + 1 extra
		t.Errorf("total cells: got %d, want 7", total)
	}
}

func indexOf(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	panic("no " + s)
}

func TestWriteGolden(t *testing.T) {
	for _, name := range []string{"story", "plover", "cameo"} {
		t.Run(name, func(t *testing.T) {
			g, evs := load(t, name+".gold.jsonl", name+".events.jsonl")
			var b bytes.Buffer
			r := Score(g, evs)
			if err := r.Write(&b); err != nil {
				t.Fatal(err)
			}
			b.WriteString("---- errors\n")
			if err := r.WriteErrors(&b); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".report.golden")
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("report:\ngot\n%s\nwant\n%s", b.String(), want)
			}
		})
	}
}

func TestStoryJSON(t *testing.T) {
	g, evs := load(t, "story.gold.jsonl", "story.events.jsonl")
	b, err := Score(g, evs).JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"format": "story"`, `"precision": 0.5`, `"required_found": 3`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
}

func TestJSON(t *testing.T) {
	g, evs := load(t, "plover.gold.jsonl", "plover.events.jsonl")
	b, err := Score(g, evs).JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"format": "sentence"`, `"name": "triple"`, `"f1": 0.5`, `"match": 3`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
}

// TestFoundByCountries: an event with the right root and countries but
// another sector is found by countries, not found.
func TestFoundByCountries(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "g.jsonl")
	gl := `{"doc":"d","sentence_contains":"the army attacked the town","source":{"country":"SYR","sector":"GOV"},"target":{"country":"TUR","sector":null},"cameo_root":["19"],"required":true}`
	if err := os.WriteFile(gold, []byte(gl+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(gold)
	if err != nil {
		t.Fatal(err)
	}
	ev := `{"doc":"d","sentence":{"index":0,"text":"Today the army attacked the town."},"cameo":"190","type":"ASSAULT","modality":"asserted","source":{"country":"SYR","sector":"MIL"},"target":{"country":"TUR","sector":null}}`
	evs, err := ReadEvents(strings.NewReader(ev+"\n"), "e.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := Score(g, evs).Story
	if r.RequiredFound != 0 || r.RequiredFoundCountries != 1 {
		t.Errorf("found %d, by countries %d; want 0 and 1", r.RequiredFound, r.RequiredFoundCountries)
	}
}

// TestMissKinds: each missed required event says what its closest event
// got wrong, the first that applies, so that a user can count misses by
// kind: none in the sentence, another root, a country, only sectors.
func TestMissKinds(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "g.jsonl")
	var gl strings.Builder
	for _, s := range []string{"s1 nothing", "s2 other root", "s3 source", "s4 target", "s5 both", "s6 sectors", "s7 found"} {
		gl.WriteString(`{"doc":"d","sentence_contains":"` + s + `","source":{"country":"SYR","sector":"MIL"},"target":{"country":"TUR","sector":"GOV"},"cameo_root":["19"],"required":true}` + "\n")
	}
	if err := os.WriteFile(gold, []byte(gl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(gold)
	if err != nil {
		t.Fatal(err)
	}
	var ev strings.Builder
	for i, e := range []struct{ text, cameo, src, srcSector, tgt, tgtSector string }{
		{"s2 other root.", "111", "SYR", "MIL", "TUR", "GOV"},
		{"s3 source.", "190", "IRQ", "MIL", "TUR", "GOV"},
		{"s4 target.", "190", "SYR", "MIL", "IRQ", "GOV"},
		{"s5 both.", "190", "IRQ", "MIL", "IRN", "GOV"},
		{"s6 sectors.", "190", "SYR", "GOV", "TUR", "CVL"},
		{"s7 found.", "190", "SYR", "MIL", "TUR", "GOV"},
	} {
		fmt.Fprintf(&ev, `{"doc":"d","sentence":{"index":%d,"text":%q},"cameo":%q,"modality":"asserted","source":{"country":%q,"sector":%q},"target":{"country":%q,"sector":%q}}`+"\n",
			i+1, e.text, e.cameo, e.src, e.srcSector, e.tgt, e.tgtSector)
	}
	evs, err := ReadEvents(strings.NewReader(ev.String()), "e.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := Score(g, evs).Story
	var got []MissKind
	for _, m := range r.Missing {
		got = append(got, m.Kind)
	}
	want := []MissKind{MissNoEvent, MissRoot, MissSource, MissTarget, MissBoth, MissSectors}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got kinds %q, want %q", got, want)
	}
	byKind, _ := r.MissCounts()
	if len(byKind) != 6 || byKind[MissSectors] != 1 {
		t.Errorf("got counts %v, want one of each kind", byKind)
	}
	var b bytes.Buffer
	if err := Score(g, evs).WriteBrief(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\n  other root          1\n") || strings.Contains(b.String(), "s2 other root") {
		t.Errorf("brief report: want the counts and no sentence quoted, got\n%s", b.String())
	}
}
