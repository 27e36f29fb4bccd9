package analysistest

import (
	"testing"

	"dateline"
)

func TestParse(t *testing.T) {
	s, err := Parse(`{main [NP Police] [VG+past said] [NP+time Tuesday]
		{complement [SUB that] [NP Taliban fighters] [VG+past+perfect had attacked] [NP soldiers]} .}
		| subj said>Police; obj had attacked>soldiers`)
	if err != nil {
		t.Fatal(err)
	}
	if s.Text != "Police said Tuesday that Taliban fighters had attacked soldiers ." {
		t.Errorf("text: got %q", s.Text)
	}
	an := s.Analysis
	if got := len(an.Chunks); got != 7 {
		t.Fatalf("chunks: got %d, want 7", got)
	}
	if got := an.Clauses[1]; got.Kind != dateline.ClauseComplement || got.Parent != 0 || got.Verb != 5 {
		t.Errorf("clause 1: got %+v, want a complement of clause 0 with verb group 5", got)
	}
	if got := an.Chunks[5].Verb; !got.Perfect || got.Tense != dateline.TensePast {
		t.Errorf("verb group: got %+v, want past perfect", got)
	}
	if !an.Chunks[2].Time {
		t.Error("Tuesday: got no time flag, want one")
	}
	if got := an.Dependent(5, dateline.RelObj); got != 6 {
		t.Errorf("object of had attacked: got chunk %d, want 6", got)
	}
	if i := s.TokenAt(s.Tokens[7].Start); an.ClauseOf(i) != 1 {
		t.Errorf("clause of %q: got %d, want 1", s.Tokens[i].Text, an.ClauseOf(i))
	}
	if an.ClauseOf(len(s.Tokens)-1) != 0 {
		t.Errorf("the full stop: got clause %d, want 0", an.ClauseOf(len(s.Tokens)-1))
	}
}

func TestParseErrors(t *testing.T) {
	for _, spec := range []string{
		"{main [NP Police]",                      // unclosed clause
		"{main [XX Police]}",                     // unknown chunk kind
		"{nope [NP Police]}",                     // unknown clause kind
		"{main [NP Police]} | subj Police>said",  // no such chunk
		"{main [NP Police]} | who Police>Police", // unknown relation
	} {
		if _, err := Parse(spec); err == nil {
			t.Errorf("Parse(%q): got no error, want one", spec)
		}
	}
}
