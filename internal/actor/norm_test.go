package actor

import (
	"slices"
	"testing"
	"unicode"

	"dateline"
)

// caseOfRunes is caseOf read rune by rune through the Unicode tables, as
// it was written before its ASCII path.
func caseOfRunes(s string) (capital, upper, punct bool) {
	punct, upper = true, true
	hasLetter, first := false, true
	for _, r := range s {
		if unicode.IsLetter(r) {
			hasLetter = true
			if first {
				capital = unicode.IsUpper(r)
			} else if unicode.IsUpper(r) && !upper {
				capital = true
			}
			if !unicode.IsUpper(r) {
				upper = false
			}
			first, punct = false, false
		} else if unicode.IsDigit(r) {
			punct, first = false, false
		}
	}
	if !hasLetter {
		upper = false
	}
	return capital, upper, punct
}

func TestCaseOf(t *testing.T) {
	tests := []struct {
		name                  string
		word                  string
		capital, upper, punct bool
	}{
		{"capitalised", "Hifter", true, false, false},
		{"lower", "turkey", false, false, false},
		{"acronym", "NATO", true, true, false},
		{"dotted acronym", "U.N.", true, true, false},
		{"slip of the keyboard", "iSrael", true, false, false},
		{"digits", "2018", false, false, false},
		{"punctuation", "--", false, false, true},
		{"accented capital", "Émile", true, false, false},
		{"accented lower", "ésta", false, false, false},
		{"Cyrillic capitals", "ООН", true, true, false},
		{"Arabic digits", "٢٠١٨", false, false, false},
		{"broken UTF-8", "\xffAb", true, false, false},
		{"digit first", "9A", false, true, false},
		{"capital after lower and digit", "a9B", true, false, false},
		{"dotted lower", "p.m.", false, false, false},
		{"hyphenated", "al-Sisi", true, false, false},
		{"empty", "", false, false, true},
		{"ASCII then accented", "SAO-Tomé", true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, u, p := caseOf(tt.word)
			if c != tt.capital || u != tt.upper || p != tt.punct {
				t.Errorf("caseOf(%q) = %v, %v, %v, want %v, %v, %v", tt.word, c, u, p, tt.capital, tt.upper, tt.punct)
			}
			if rc, ru, rp := caseOfRunes(tt.word); c != rc || u != ru || p != rp {
				t.Errorf("caseOf(%q) = %v, %v, %v, rune by rune %v, %v, %v", tt.word, c, u, p, rc, ru, rp)
			}
		})
	}
}

// FuzzCaseOf checks caseOf against caseOfRunes on any text.
func FuzzCaseOf(f *testing.F) {
	for _, w := range []string{"Hifter", "NATO", "iSrael", "2018", "--", "Émile", "ООН", "\xffAb", "a9B", "U.N."} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		c, u, p := caseOf(w)
		if rc, ru, rp := caseOfRunes(w); c != rc || u != ru || p != rp {
			t.Errorf("caseOf(%q) = %v, %v, %v, rune by rune %v, %v, %v", w, c, u, p, rc, ru, rp)
		}
	})
}

// TestGrammarWords checks the union grammarWord looks up against the sets
// it stands for.
func TestGrammarWords(t *testing.T) {
	sets := []map[string]bool{determiners, locatives, coordinators, pronouns, possessives, plurals, neuters}
	words := []string{"of", "for", "the", "and", "Army", "army", "Council", "", "s"}
	for _, set := range sets {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range words {
		want := innerWord(w)
		for _, set := range sets {
			want = want || set[w]
		}
		if got := grammarWord(w); got != want {
			t.Errorf("grammarWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPlaceKindShapes checks that the shape filter before the place-kind
// map passes every noun it holds and answers as the map for other words.
func TestPlaceKindShapes(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "the", "of", "region", "regions", "strip", "capital", "x", "enclave", "province", "city", "Region"}
	for w := range d.placeKinds {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		got, want := d.placeKind(w), d.placeKinds[w]
		if (got == nil) != (want == nil) || len(got) != len(want) {
			t.Errorf("placeKind(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestModifierShapes checks that the shape filter before the modifiers
// passes every modifier and answers as the set for other words.
func TestModifierShapes(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "the", "of", "senior", "former", "x", "minister", "Senior"}
	for w := range d.modifiers {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		if got, want := d.modifier(w), d.modifiers[w]; got != want {
			t.Errorf("modifier(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPhraseShapes checks that the shape filters before phraseWords and
// the particles pass every word of theirs and answer as the maps for others.
func TestPhraseShapes(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !d.particles["bin"] || !d.particles["von"] {
		t.Fatalf("particles: %v, want bin and von among them", d.particles)
	}
	words := []string{"", "the", "of", "de", "bin", "said", "they", "x", "thousands"}
	for w := range phraseWords {
		words = append(words, w, w+"s")
	}
	for w := range d.particles {
		words = append(words, w, w+"s")
	}
	for _, w := range words {
		if got, want := phraseShapes.may(w) || phraseWords[w] == 0, true; got != want {
			t.Errorf("phraseShapes.may(%q) = false, but phraseWords has it", w)
		}
		if got, want := d.particle(w), d.particles[w]; got != want {
			t.Errorf("particle(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestUncappedShapes checks that the shape filter before uncapped passes
// every key it holds.
func TestUncappedShapes(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for k := range d.uncapped {
		if !d.uncappedShapes.may(k) {
			t.Errorf("uncappedShapes.may(%q) = false, but uncapped holds it", k)
		}
	}
}

// TestKeysArePhonetic checks what splitWordsKeyed takes for granted: the
// dictionary's table of name words holds each word's phonetic key, so a
// capitalised word needs no look-up to be keyed.
func TestKeysArePhonetic(t *testing.T) {
	d := dict(t)
	if len(d.keys) == 0 {
		t.Fatal("got no name words")
	}
	for w, k := range d.keys {
		if w == "'s" {
			continue // the possessive inside a name ("Workers' Party"), never keyed in text
		}
		if k != phonetic(w) {
			t.Errorf("keys[%q] = %q, want phonetic %q", w, k, phonetic(w))
		}
	}
}

// TestSplitWordsHyphens checks where splitWords splits: at a hyphen inside
// the text, never at one that starts or ends it.
func TestSplitWordsHyphens(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"none", "Haftar", []string{"Haftar"}},
		{"inside", "U.N.-backed", []string{"U.N.", "backed"}},
		{"two", "al-Sham-based", []string{"al", "Sham", "based"}},
		{"leading", "-backed", []string{"-backed"}},
		{"trailing", "pro-", []string{"pro-"}},
		{"both ends", "-x-", []string{"-x-"}},
		{"doubled", "a--b", []string{"a", "b"}},
		{"alone", "-", []string{"-"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, w := range splitWords(nil, tc.text, 0, 0) {
				got = append(got, w.text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSplitWordsCase: a token written in lower case gives its words the
// case caseOf reads in them, though splitWordsKeyed reads it without
// caseOf's pass.
func TestSplitWordsCase(t *testing.T) {
	for _, text := range []string{
		"said", "the", "war-torn", "al-qaeda", "-backed", "pro-", "-", "--", "2011", "1970s",
		"u.s.", "mid-2019", "café", "x-ray", "co-operation", "a-", "'s",
	} {
		t.Run(text, func(t *testing.T) {
			for _, w := range splitWordsKeyed(nil, text, text, dateline.NoWord, 0, 0, nil, nil, nil) {
				c, u, p := caseOf(w.text)
				if w.cap != c || w.upper != u || w.punct != p {
					t.Errorf("%q: got %v, %v, %v, want %v, %v, %v", w.text, w.cap, w.upper, w.punct, c, u, p)
				}
			}
		})
	}
}
