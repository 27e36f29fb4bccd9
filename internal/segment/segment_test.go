package segment

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dateline"
)

func texts(toks []dateline.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"possessive", "Italy's premier", "Italy|'s|premier"},
		{"hyphen and dotted", "the Tripoli-based U.N.-backed prime minister", "the|Tripoli-based|U.N.-backed|prime|minister"},
		{"title abbreviation", "rival Gen. Khalifa Hifter, commander", "rival|Gen.|Khalifa|Hifter|,|commander"},
		{"negation clitic", "he wasn't participating", "he|was|n't|participating"},
		{"curly negation", "he wasn\u2019t there", "he|was|n\u2019t|there"},
		{"name apostrophe", "O'Brien and the Ba'ath Party", "O'Brien|and|the|Ba'ath|Party"},
		{"numbers", "$50,000 and 3.5 percent, 4,000 troops", "$|50,000|and|3.5|percent|,|4,000|troops"},
		{"quotes", `joined the "mini-summit" Tuesday.`, `joined|the|"|mini-summit|"|Tuesday|.`},
		{"time", "at 4 p.m. Tuesday", "at|4|p.m.|Tuesday"},
		{"sentence-final abbreviation", "talks with the U.S.", "talks|with|the|U.S."},
		{"slash", "the SPLM/A said", "the|SPLM/A|said"},
		{"em dash", "Sicily (AP) \u2014 Italy", "Sicily|(|AP|)|\u2014|Italy"},
		{"plural possessive", "the rebels' demands", "the|rebels|'|demands"},
		{"accented", "Côte d'Ivoire's leader", "Côte|d'Ivoire|'s|leader"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokens(tt.in, 0, len(tt.in))
			if got := texts(toks); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			for _, tk := range toks {
				if tt.in[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q: offsets %d-%d give %q", tk.Text, tk.Start, tk.End, tt.in[tk.Start:tk.End])
				}
			}
		})
	}
}

func TestSplit(t *testing.T) {
	body := "Gen. Khalifa Hifter met the U.N. envoy at 4 p.m. Tuesday in Tripoli. He left.\n\nThe U.S. disagreed. Talks resume on Jan. 5 in Geneva."
	paras := []dateline.Span{{Start: 0, End: strings.Index(body, "\n\n")}, {Start: strings.Index(body, "The U.S."), End: len(body)}}
	got, err := Split(body, paras)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text string
		para int
	}{
		{"Gen. Khalifa Hifter met the U.N. envoy at 4 p.m. Tuesday in Tripoli.", 0},
		{"He left.", 0},
		{"The U.S. disagreed.", 1},
		{"Talks resume on Jan. 5 in Geneva.", 1},
	}
	if len(got) != len(want) {
		for _, s := range got {
			t.Logf("%q", s.Text)
		}
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, w := range want {
		s := got[i]
		if s.Text != w.text || s.Paragraph != w.para || s.Index != i {
			t.Errorf("sentence %d: got %q (paragraph %d, index %d), want %q (paragraph %d)", i, s.Text, s.Paragraph, s.Index, w.text, w.para)
		}
		if body[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: offsets do not give its text", i)
		}
	}
}

// TestSplitTitles: a title abbreviation before a name ("Capt.", "Rev.",
// "Brig.", "Sens.") never ends a sentence, at its start or inside it, and
// no abbreviation is a sentence alone ("U.S." before "Ambassador"); an
// abbreviation that may end one ("Inc.", "Jr.", "the U.S.") still does
// before a new sentence.
func TestSplitTitles(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Protesters rallied. Capt. Ibrahim Traore met the envoy.", []string{"Protesters rallied.", "Capt. Ibrahim Traore met the envoy."}},
		{"The junta led by Capt. Ibrahim Traore expelled the envoy.", []string{"The junta led by Capt. Ibrahim Traore expelled the envoy."}},
		{"Brig. Gen. Mark Kimmitt said Cpl. Jones and Pvt. Smith were freed.", []string{"Brig. Gen. Mark Kimmitt said Cpl. Jones and Pvt. Smith were freed."}},
		{"The Rev. Jesse Jackson met Sens. Kerry and Lugar in Havana.", []string{"The Rev. Jesse Jackson met Sens. Kerry and Lugar in Havana."}},
		{"The ship belongs to Acme Shipping Inc. The navy seized it.", []string{"The ship belongs to Acme Shipping Inc.", "The navy seized it."}},
		{"NATO welcomed the vote. U.S. Ambassador David Pressman called it overdue.", []string{"NATO welcomed the vote.", "U.S. Ambassador David Pressman called it overdue."}},
		{"He moved to the U.S. The next day he left.", []string{"He moved to the U.S.", "The next day he left."}},
		{"The vote passed.\nU.S.", []string{"The vote passed.", "U.S."}},
		// dotted initials inside a sentence before a title and a name
		{"China on Sunday summoned U.S. Ambassador Terry Branstad to protest.", []string{"China on Sunday summoned U.S. Ambassador Terry Branstad to protest."}},
		{"Beijing warned of consequences, and a day later summoned U.S. Ambassador Terry Branstad. He left.", []string{"Beijing warned of consequences, and a day later summoned U.S. Ambassador Terry Branstad.", "He left."}},
		{"The rebels freed the U.N. Envoy Martin Griffiths's aide.", []string{"The rebels freed the U.N. Envoy Martin Griffiths's aide."}},
		// guards: a new sentence after them still starts one
		{"The deal was signed with the U.S. The talks then ended.", []string{"The deal was signed with the U.S.", "The talks then ended."}},
	}
	for _, tt := range tests {
		got, err := Split(tt.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, s := range got {
			texts = append(texts, s.Text)
		}
		if !slices.Equal(texts, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, texts, tt.want)
		}
	}
}

// TestSplitAfterNumber: a sentence may end on a number ("since 2014.",
// "killed 12."), which the Punkt model never ends one on; a list's number
// and the numbers inside a token stay.
func TestSplitAfterNumber(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a year", "Troops have been there since 2014. Taliban fighters attacked a base.",
			[]string{"Troops have been there since 2014.", "Taliban fighters attacked a base."}},
		{"a count, then a pronoun", "Police arrested 12. He said so.", []string{"Police arrested 12.", "He said so."}},
		{"a day of a month", "They met on March 4. Both sides agreed.", []string{"They met on March 4.", "Both sides agreed."}},
		{"a number with commas", "The war killed 220,000. The talks began.", []string{"The war killed 220,000.", "The talks began."}},
		{"a quote after", "It began in 2019. \"We will fight,\" he said.", []string{"It began in 2019.", "\"We will fight,\" he said."}},
		{"twice in one", "It began in 2019. It ended in 2021. Nobody won.", []string{"It began in 2019.", "It ended in 2021.", "Nobody won."}},
		{"a lower-case word after", "It rose by 5. percent points in all.", []string{"It rose by 5. percent points in all."}},
		{"a list's number", "1. The talks resume.", []string{"1. The talks resume."}},
		{"a decimal", "It grew 3.5 percent. Prices fell.", []string{"It grew 3.5 percent.", "Prices fell."}},
		{"a date abbreviation", "Talks resume on Jan. 5. Gen. Smith said so.", []string{"Talks resume on Jan. 5.", "Gen. Smith said so."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Split(tt.in, nil)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for i, s := range got {
				texts = append(texts, s.Text)
				if tt.in[s.Start:s.End] != s.Text || s.Index != i {
					t.Errorf("sentence %d: offsets or index wrong", i)
				}
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", texts, tt.want)
			}
		})
	}
}

func TestSplitLongSentence(t *testing.T) {
	body := strings.Repeat("word ", 1000)
	got, err := Split(body, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range got {
		if len(s.Tokens) > maxTokens {
			t.Errorf("sentence %d has %d tokens, over the %d cap", s.Index, len(s.Tokens), maxTokens)
		}
		n += len(s.Tokens)
	}
	if n != 1000 {
		t.Errorf("got %d tokens in all, want 1000", n)
	}
}

func TestSplitBadParagraph(t *testing.T) {
	if _, err := Split("short", []dateline.Span{{Start: 0, End: 99}}); err == nil {
		t.Error("got no error for a paragraph outside the body")
	}
}

func FuzzTokens(f *testing.F) {
	seed, err := os.ReadFile("../seed/palermo-2018.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(seed), "\n") {
		f.Add(line)
	}
	f.Add("U.N.-backed 'n't' ''s \u2019s O'")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokens(s, 0, len(s)) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token span %d-%d after %d in %q", tk.Start, tk.End, prev, s)
			}
			if s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token text %q does not match its span", tk.Text)
			}
			prev = tk.End
		}
		sents, err := Split(s, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range sents {
			if st.Start < 0 || st.End > len(s) || s[st.Start:st.End] != st.Text {
				t.Fatalf("bad sentence span %d-%d", st.Start, st.End)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	seed, err := os.ReadFile("../seed/palermo-2018.txt")
	if err != nil {
		b.Fatal(err)
	}
	body := string(seed)
	if _, err := Split(body, nil); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	n := 0
	for b.Loop() {
		s, _ := Split(body, nil)
		n += len(s)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestLower checks lower against its definition: strings.ToLower with
// typographic apostrophes folded, and s itself when nothing changes.
func TestLower(t *testing.T) {
	for _, s := range []string{"", "said", "Said", "UN", "U.N.", "al-Sisi", "McCain's", "ISIS-K", "2024", "Erdoğan", "ERDOĞAN", "Today’s", "TODAY’S", "ÉLYSÉE", "iPhone", "A", "zZ9"} {
		want := strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
		if got := lower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}
