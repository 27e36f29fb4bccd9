package segment

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
)

// TestSplitterSameAsLibrary checks that the model with its quick checks
// breaks sentences where the library's English model does.
func TestSplitterSameAsLibrary(t *testing.T) {
	lib, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	quick, err := newSplitter()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text string }{
		{"abbreviations", "The U.S. and the U.K. met at 4 p.m. on Jan. 5. Gen. Smith said so."},
		{"initials", "J. R. R. Tolkien wrote it. He was born in S. Africa."},
		{"list numbers", "1. First item 2) second item 3 third. 12a. Next."},
		{"coordinates", "At N°. 5 and 12.3.4. the point. Then more."},
		{"quotes", `"Go!" he said. 'Why?' she asked. (Really.) "Yes." Done.`},
		{"ellipsis", "Wait... what? No!! Fine.。Next。"},
		{"numbers", "It rose 3.5% to $1,200.50. Prices fell -.5 pts. Done."},
	}
	for _, name := range []string{"../seed/palermo-2018.txt", "../../testdata/news.jsonl"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		tests = append(tests, struct{ name, text string }{name, string(b)})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, line := range append(strings.Split(tt.text, "\n"), tt.text) {
				got, want := quick.SentencePositions(line), lib.SentencePositions(line)
				if !slices.Equal(got, want) {
					t.Fatalf("in %.60q: got breaks %v, want %v", line, got, want)
				}
			}
		})
	}
}

// FuzzSplitterSameAsLibrary is TestSplitterSameAsLibrary on any text.
func FuzzSplitterSameAsLibrary(f *testing.F) {
	lib, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		f.Fatal(err)
	}
	quick, err := newSplitter()
	if err != nil {
		f.Fatal(err)
	}
	seed, err := os.ReadFile("../seed/palermo-2018.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(seed), "\n") {
		f.Add(line)
	}
	f.Add("1. First item 2) second item 3 third. 12a. Next.\n\nU.S. troops. N°. 5 at 12.3.4. then")
	f.Add("Wait... what？ No！！ Fine.。Next。")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := quick.SentencePositions(text), lib.SentencePositions(text); !slices.Equal(got, want) {
			t.Fatalf("in %q: got breaks %v, want %v", text, got, want)
		}
	})
}
