package pipeline

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dateline"
	"dateline/internal/eval"
	"dateline/internal/render"
	"dateline/internal/seed"
	"dateline/internal/story"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const goldDir = "../../shared/gold"

// newCoder returns a coder for the construction and lexicon tests. Their rows
// write a country named as an actor in CAMEO's bare code (IND, not INDGOV),
// so that they pin who did what to whom and not the sector convention for
// countries; TestCountryBare tests the default, and the seed and owned-set
// tests run the default coder (defaultCoder).
func newCoder(t testing.TB) *Coder {
	t.Helper()
	c := defaultCoder(t)
	c.CountryBare = true
	return c
}

// defaultCoder returns a coder with every option as the command line leaves it.
func defaultCoder(t testing.TB) *Coder {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func codeSeed(t testing.TB, c *Coder) (*dateline.Story, *dateline.Coded) {
	t.Helper()
	st, err := story.ReadText(seed.Name, seed.Text(), story.Options{Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Code(context.Background(), &st)
	if err != nil {
		t.Fatal(err)
	}
	return &st, res
}

// TestSeedGolden holds the seed story's whole coded output. Review changes
// to testdata/palermo-2018.events.jsonl like code; -update rewrites it.
func TestSeedGolden(t *testing.T) {
	_, res := codeSeed(t, defaultCoder(t))
	var got bytes.Buffer
	if err := render.JSONL(&got, res.Events); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "palermo-2018.events.jsonl")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("coded seed differs from %s; run go test ./pipeline -update and review the diff.\ngot:\n%s", golden, got.String())
	}
}

// TestSeedAcceptance scores the seed against its gold reading: every
// required event found, nothing from a forbidden sentence, at least 80% of
// output events matching gold, dates right on every required event and
// places on at least 80% of them.
func TestSeedAcceptance(t *testing.T) {
	goldPath := filepath.Join(goldDir, "palermo-2018.events.jsonl")
	if _, err := os.Stat(goldPath); err != nil {
		t.Skip("gold files not present:", err)
	}
	g, err := eval.Load(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	_, res := codeSeed(t, defaultCoder(t))
	rep := eval.Score(g, res.Events).Story
	var buf bytes.Buffer
	eval.Score(g, res.Events).Write(&buf)
	t.Log("\n" + buf.String())
	if rep.RequiredFound != rep.Required {
		t.Errorf("found %d of %d required events; missing: %+v", rep.RequiredFound, rep.Required, rep.Missing)
	}
	if len(rep.Violations) > 0 {
		t.Errorf("events from forbidden sentences: %+v", rep.Violations)
	}
	if p := rep.Precision(); p < 0.8 {
		t.Errorf("got %.2f of output events matching gold, want at least 0.80; unmatched: %+v", p, rep.Unmatched)
	}
	if rep.DateRight != rep.RequiredFound {
		t.Errorf("got dates right on %d of %d found required events, want all", rep.DateRight, rep.RequiredFound)
	}
	if rep.Required > 0 && float64(rep.PlaceRight) < 0.8*float64(rep.Required) {
		t.Errorf("got places right on %d of %d required events, want at least 80%%", rep.PlaceRight, rep.Required)
	}
}
