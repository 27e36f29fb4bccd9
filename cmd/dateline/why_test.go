package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalWhy: 'eval --why STORIES' says, for each required event missed,
// what the analysis saw in its sentence (for a wrong country, whether the
// sentence names the gold's party at all), and counts them; '--brief'
// gives the counts without quoting a story.
func TestEvalWhy(t *testing.T) {
	dir := t.TempDir()
	stories := filepath.Join(dir, "stories.jsonl")
	text := `Rivals meet in Rome\n\nROME, Italy —\n\nThe weather in the Italian capital was mild on Monday.\n\n` +
		`Egypt's president met Italy's prime minister in Rome on Monday.\n\n` +
		`Egypt did not attack Libya on Monday, officials said.\n\nThe talks were held in a palace.\n\n` +
		`North Korea admitted on Tuesday that its agents had kidnapped 13 Japanese.\n\n` +
		`The European Union suspended its election observation mission on Wednesday.`
	write(t, stories, `{"id":"w1","published":"2019-03-04","text":"`+text+`"}`)
	gold := filepath.Join(dir, "gold.jsonl")
	var g strings.Builder
	for _, l := range [][3]string{
		{"The weather in the Italian capital", "19", "LBY"}, // no lexicon line at all
		{"Egypt's president met", "19", "ITA"},              // a meeting, not a fight
		{"Egypt's president met", "04", "LBY"},              // a target the sentence does not name
		{"Egypt's president met", "04", "EGY"},              // a meeting at home
		{"Egypt did not attack", "19", "LBY"},               // negated, not scored
		{"The talks were held", "04", "ITA"},                // talks with no one holding them
		{"North Korea admitted", "01", "ITA"},               // the admission gives way to the kidnapping
		{"The European Union suspended", "16", "ITA"},       // its own mission: aimed at itself
	} {
		g.WriteString(`{"doc":"w1","sentence_contains":"` + l[0] + `","source":{"country":"EGY","sector":null},"target":{"country":"` + l[2] + `","sector":null},"cameo_root":["` + l[1] + `"],"required":true}` + "\n")
	}
	write(t, gold, g.String())
	out, _, err := runArgs(t, "", "code", "--format", "jsonl", stories)
	if err != nil {
		t.Fatal(err)
	}
	events := filepath.Join(dir, "events.jsonl")
	write(t, events, out)

	rep, _, err := runArgs(t, "", "eval", "--why", stories, gold, events)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"why  no event: no lexicon line matched the sentence",
		"why  other root: lines of other roots matched, none of the gold's root",
		"why  no event: a line of the gold's root gave an event, negated",
		"why  no event: a line of the gold's root matched; no actor as source",
		"why  other root: a line of the gold's root matched; event 015  asserted, dropped: a statement gives way to the sentence's other act",
		"why  no event: a line of the gold's root gave an event, dropped: the target is the source itself",
		"why  target country: the sentence names no actor of the gold's (context alone gives it)",
		"why  target country: an act at home (the gold's parties share a country)",
		"     1  no event: no lexicon line matched the sentence",
	} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
	brief, _, err := runArgs(t, "", "eval", "--brief", "--why", stories, gold, events)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(brief, "  no event            4\n") || strings.Contains(brief, "Egypt") || strings.Contains(brief, "weather") {
		t.Errorf("brief report: want the counts and no story quoted, got\n%s", brief)
	}
	if _, errOut, err := runArgs(t, "", "eval", "--why", "-", gold, events); err == nil || !strings.Contains(errOut, "--why") {
		t.Errorf("--why -: got error %v, stderr %q; want a usage error naming --why", err, errOut)
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExplainDropped: explain says which events the lexicon gave that a
// later stage left out, and why.
func TestExplainDropped(t *testing.T) {
	out, _, err := runArgs(t, "", "explain", "--date", "2007-01-12", "The European Union suspended its election observation mission on Wednesday.")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "left out after the lexicon:\n  166 -> dropped: the target is the source itself\n") {
		t.Errorf("explain does not say the suspension was left out as aimed at itself:\n%s", out)
	}
}

// TestEvalWhySentences: '--why' on sentence gold re-reads the records and
// says what the analysis saw for each gold event missed on the triple,
// matching lexicon lines by the gold's PLOVER type.
func TestEvalWhySentences(t *testing.T) {
	dir := t.TempDir()
	records := filepath.Join(dir, "records.jsonl")
	write(t, records, `{"id":"r1","date":"2019-03-04","text":"Chile's foreign minister met his Peruvian counterpart in Lima on Monday.","events":[{"source_country":"CHL","target_country":"PER","plover":"ASSAULT"}]}
{"id":"r2","date":"2019-03-04","text":"The weather was mild in Lima on Monday.","events":[{"source_country":"PER","target_country":"PER","plover":"PROTEST"}]}
{"id":"r3","date":"2019-03-04","text":"Chile's foreign minister met his Peruvian counterpart in Lima on Tuesday.","events":[{"source_country":"CHL","target_country":"BOL","plover":"CONSULT"}]}
`)
	out, _, err := runArgs(t, "", "code", "--format", "jsonl", records)
	if err != nil {
		t.Fatal(err)
	}
	events := filepath.Join(dir, "events.jsonl")
	write(t, events, out)
	rep, _, err := runArgs(t, "", "eval", "--errors", "--why", records, records, events)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"missed ASSAULT CHL -> PER (other type)\n    why other type: lines of other roots matched, none of the gold's root",
		"missed PROTEST PER -> PER (no event)\n    why no event: no lexicon line matched the sentence",
		"missed CONSULT CHL -> BOL (target country)\n    why target country: the sentence names no actor of the gold's (context alone gives it)",
		"  other type          1\n",
	} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
}
