package pipeline

import (
	"context"
	"os"
	"testing"

	"dateline"
	"dateline/internal/eval"
	"dateline/internal/story"
)

// TestSentenceSets codes the project's own sentence sets (testdata/sents1
// to sents34: sentences in the PLOVER record format, each written blind to
// the coder and scored once blind before any session tuned on it; sents35
// stays blind until a session scores it once) and scores
// them as the PLOVER dev records are scored: type, dyad and triple F1
// must stay at or above their floors, the figures at the commit that
// last raised them less 0.03 (the end of the fourth session of
// 2026-12-04; sents4's type floor at the end of the second session of 2026-12-05,
// sents7's and sents8's at the end of the third, when they were first scored,
// sents9's and sents10's at the end of the fourth, when they were;
// sents11's and sents12's at the end of the session of 2026-12-06, when
// they were; sents13's at the end of the second session of that day, when it
// was; sents14's at the end of the third, when it was; sents15's at the end
// of the fourth, when it was; sents16's at the end of the fifth, when it was;
// sents17's at the end of the sixth, when it was; sents18's at the end of
// the seventh, when it was; sents19's at the end of the eighth, when it was;
// sents20's at the end of the ninth, when it was; sents21's at the end of
// the tenth, when it was; sents22's at the end of the eleventh, when it was;
// sents23's at the end of the twelfth, when it was;
// sents24's at the end of the thirteenth, when it was;
// sents25's at the end of the fourteenth, when it was;
// sents26's at the end of the fifteenth, when it was;
// sents27's at the end of the sixteenth, when it was;
// sents28's and sents29's at the end of the seventeenth, when they were;
// sents30's at the end of the eighteenth, when it was;
// sents31's at the end of the nineteenth, when it was;
// sents32's at the end of the twentieth, when it was;
// sents33's at the end of the twenty-first, when it was;
// sents34's at the end of the twenty-second, when it was;
// each set's README gives its floors at its first scoring), so
// a change that loses what carried to sentences nobody tuned for fails here.
func TestSentenceSets(t *testing.T) {
	c := defaultCoder(t)
	for _, tt := range []struct {
		file              string
		records           int
		typ, dyad, triple float64 // F1 floors
	}{
		{"../testdata/sents1/records.jsonl", 120, 0.71, 0.64, 0.59},
		{"../testdata/sents2/records.jsonl", 120, 0.69, 0.65, 0.57},
		{"../testdata/sents3/records.jsonl", 120, 0.76, 0.71, 0.63},
		{"../testdata/sents4/records.jsonl", 120, 0.68, 0.66, 0.57},
		{"../testdata/sents5/records.jsonl", 120, 0.70, 0.66, 0.59},
		{"../testdata/sents6/records.jsonl", 120, 0.70, 0.63, 0.58},
		{"../testdata/sents7/records.jsonl", 120, 0.72, 0.64, 0.57},
		{"../testdata/sents8/records.jsonl", 120, 0.73, 0.66, 0.60},
		{"../testdata/sents9/records.jsonl", 120, 0.70, 0.64, 0.57},
		{"../testdata/sents10/records.jsonl", 120, 0.72, 0.67, 0.59},
		{"../testdata/sents11/records.jsonl", 120, 0.69, 0.68, 0.61},
		{"../testdata/sents12/records.jsonl", 120, 0.68, 0.67, 0.58},
		{"../testdata/sents13/records.jsonl", 120, 0.65, 0.62, 0.49},
		{"../testdata/sents14/records.jsonl", 120, 0.70, 0.67, 0.60},
		{"../testdata/sents15/records.jsonl", 120, 0.67, 0.66, 0.59},
		{"../testdata/sents16/records.jsonl", 120, 0.69, 0.63, 0.56},
		{"../testdata/sents17/records.jsonl", 120, 0.66, 0.66, 0.57},
		{"../testdata/sents18/records.jsonl", 120, 0.72, 0.70, 0.62},
		{"../testdata/sents19/records.jsonl", 120, 0.67, 0.59, 0.54},
		{"../testdata/sents20/records.jsonl", 120, 0.70, 0.62, 0.57},
		{"../testdata/sents21/records.jsonl", 120, 0.75, 0.71, 0.67},
		{"../testdata/sents22/records.jsonl", 120, 0.74, 0.68, 0.63},
		{"../testdata/sents23/records.jsonl", 120, 0.76, 0.65, 0.60},
		{"../testdata/sents24/records.jsonl", 120, 0.71, 0.62, 0.56},
		{"../testdata/sents25/records.jsonl", 120, 0.69, 0.60, 0.55},
		{"../testdata/sents26/records.jsonl", 120, 0.72, 0.65, 0.60},
		{"../testdata/sents27/records.jsonl", 120, 0.74, 0.66, 0.61},
		{"../testdata/sents28/records.jsonl", 120, 0.71, 0.65, 0.59},
		{"../testdata/sents29/records.jsonl", 120, 0.68, 0.59, 0.55},
		{"../testdata/sents30/records.jsonl", 120, 0.65, 0.56, 0.48},
		{"../testdata/sents31/records.jsonl", 120, 0.75, 0.72, 0.64},
		{"../testdata/sents32/records.jsonl", 120, 0.78, 0.69, 0.65},
		{"../testdata/sents33/records.jsonl", 120, 0.77, 0.64, 0.60},
		{"../testdata/sents34/records.jsonl", 120, 0.74, 0.70, 0.63},
	} {
		t.Run(tt.file, func(t *testing.T) {
			g, err := eval.Load(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var events []dateline.Event
			n := 0
			err = story.ReadJSONL(tt.file, f, story.Options{}, func(st dateline.Story, err error) error {
				if err != nil {
					return err
				}
				res, err := c.Code(context.Background(), &st)
				if err != nil {
					return err
				}
				n++
				events = append(events, res.Events...)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.records {
				t.Fatalf("read %d records, want %d", n, tt.records)
			}
			rep := eval.Score(g, events).Sentence
			floors := map[string]float64{"type": tt.typ, "dyad": tt.dyad, "triple": tt.triple}
			for _, l := range rep.Levels {
				fl, ok := floors[l.Name]
				if !ok {
					continue
				}
				t.Logf("%s F1 %.3f (%d of %d gold, %d output)", l.Name, l.F1(), l.Match, l.Gold, l.Output)
				if l.F1() < fl {
					t.Errorf("%s F1 %.3f, want at least %.2f", l.Name, l.F1(), fl)
				}
			}
		})
	}
}
