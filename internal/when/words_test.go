package when

import (
	"testing"
	"unicode"

	"dateline"
)

// table is a word table for the tests: ids given to forms as they are met.
type table map[string]dateline.WordID

func (t table) WordID(w string) dateline.WordID { return t[w] }
func (t table) Words() int                      { return len(t) + 1 }

// tokens splits text as a segmenter might, words keeping their inner
// hyphens and apostrophes ("mid-August", "Tuesday's"), and gives each the
// table's id of its lower-case form, adding the forms it lacks when add is
// set: the time words then share tokens with other words, as in a story.
func tokens(t table, text string, base int, add bool) []dateline.Token {
	var toks []dateline.Token
	rs := []rune(text)
	at := func(i int) int { return len(string(rs[:i])) }
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i < len(rs); {
		j := i + 1
		switch {
		case unicode.IsSpace(rs[i]):
			i++
			continue
		case word(rs[i]):
			for j < len(rs) && (word(rs[j]) || (rs[j] == '-' || rs[j] == '\'') && j+1 < len(rs) && word(rs[j+1])) {
				j++
			}
		}
		w := text[at(i):at(j)]
		low := []rune(w)
		for k := range low {
			low[k] = unicode.ToLower(low[k])
		}
		id, ok := t[string(low)]
		if !ok && add {
			id = dateline.WordID(len(t) + 1)
			t[string(low)] = id
		}
		toks = append(toks, dateline.Token{Span: dateline.Span{Start: base + at(i), End: base + at(j)}, Text: w, Lower: string(low), ID: id})
		i = j
	}
	return toks
}

// TestWithWords: a lexicon that reads the sentence's words by their
// tokens' ids finds what the word list finds by looking each word up,
// whatever the tokens' split, and allocates nothing for a sentence with
// no time expression.
func TestWithWords(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := table{}
	for w := range lx.words { // the table knows most of the time words, not all
		if len(w)%3 != 0 {
			words[w] = dateline.WordID(len(words) + 1)
		}
	}
	ided := lx.WithWords(words)
	for _, r := range []struct{ name, text string }{
		{"weekday", "Kenyan police arrested 12 protesters in Nairobi on Tuesday."},
		{"weekday's", "Tuesday's attack on the convoy killed four soldiers, officials said."},
		{"mid-month", "Fighting resumed in mid-August after a truce brokered by Qatar."},
		{"range", "The talks in Geneva ran from May 1 to May 3, 2019."},
		{"between years", "Between 2011 and 2014 Syria's army lost thousands of men."},
		{"ago", "Two years ago Ethiopia and Eritrea signed a peace deal."},
		{"last week", "Brazil expelled the envoy last week, the ministry said."},
		{"next month", "Japan will host the summit next month."},
		{"era", "The bridge was bombed during World War Two and rebuilt in the 1950s."},
		{"anaphoric", "Rebels seized the town. The army retook it the following day."},
		{"negated", "Pakistan did not recall its ambassador on Friday."},
		{"hypothetical", "If Iran attacks, Israel would respond within a fortnight."},
		{"no time", "Ukraine accused Russia of shelling the port of Odesa."},
		{"may the verb", "Officials said the talks may resume, Theresa May told reporters."},
		{"accents", "Le président français a rencontré Scholz lundi à Berlin."},
		{"dashes", "Clashes on 2018-11-13 left 1-3 dead, Mr. Müller’s aides said."},
	} {
		t.Run(r.name, func(t *testing.T) {
			const base = 40
			s := dateline.Sentence{Span: dateline.Span{Start: base, End: base + len(r.text)}, Text: r.text}
			want := renderAll(lx.Find(s, tue))
			s.Tokens = tokens(words, r.text, base, false)
			if got := renderAll(ided.Find(s, tue)); got != want {
				t.Errorf("with the table's ids got %q, want %q", got, want)
			}
			grown := table{}
			for w, id := range words {
				grown[w] = id
			}
			s.Tokens = tokens(grown, r.text, base, true)
			if got := renderAll(lx.WithWords(grown).Find(s, tue)); got != want {
				t.Errorf("with every word an id got %q, want %q", got, want)
			}
			if want == "" {
				if n := testing.AllocsPerRun(10, func() { ided.Find(s, tue) }); n != 0 {
					t.Errorf("got %v allocations for a sentence with no time, want 0", n)
				}
			}
		})
	}
}

func renderAll(es []Expr) string {
	var out string
	for _, e := range es {
		out += render(e) + ";"
	}
	return out
}
