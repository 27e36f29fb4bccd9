package segment

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/neurosnap/sentences"
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

// TestQuickWordsSameAsLibrary checks that quickWords.Tokenize makes the
// tokens the library's word tokenizer makes in period context: the same
// words at the same positions, starting the same lines and paragraphs.
func TestQuickWordsSameAsLibrary(t *testing.T) {
	lib := english.NewWordTokenizer(sentences.NewPunctStrings())
	quick := quickWords{english.NewWordTokenizer(quickPunct{sentences.NewPunctStrings()})}
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"one word", "Hello"},
		{"one word with a stop", "Hello."},
		{"sentences", "He came. She left! Did they? Yes."},
		{"lines and paragraphs", "First line.\nSecond line.\n\nA new paragraph. Then\n\n\nmore."},
		{"tabs and returns", "One.\tTwo.\r\nThree.\v Four.\f Five."},
		{"ends in a space", "It ended.  "},
		{"ends in a multi-byte rune", "It cost 5 €"},
		{"no-break and next-line spaces", "Mr.\u00a0Smith came.\u0085He left."},
		{"CJK marks", "会议结束。他们离开了！真的？是；Fine.。Next。"},
		{"CJK mark last", "结束。"},
		{"invalid UTF-8", "Bad \xff byte. And \xc3 more.\xff"},
		{"quotes and brackets", `"Go!" he said. (Really.) 'Why?' she asked.`},
		{"abbreviations", "The U.S. and the U.K. met at 4 p.m. on Jan. 5. Gen. Smith said so."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := quick.Tokenize(tt.text, true), lib.Tokenize(tt.text, true)
			if len(got) != len(want) {
				t.Fatalf("got %d tokens, want %d", len(got), len(want))
			}
			for i := range want {
				g, w := got[i], want[i]
				if g.Tok != w.Tok || g.Position != w.Position || g.ParaStart != w.ParaStart || g.LineStart != w.LineStart {
					t.Errorf("token %d: got %q at %d (para %v, line %v), want %q at %d (para %v, line %v)",
						i, g.Tok, g.Position, g.ParaStart, g.LineStart, w.Tok, w.Position, w.ParaStart, w.LineStart)
				}
			}
		})
	}
}
