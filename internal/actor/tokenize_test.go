package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// A tiny tokenizer for tests, with the conventions of internal/segment:
// punctuation is a token, "'s" is a token, hyphenated words and dotted
// abbreviations ("U.N.", "Gen.") are one token.

var testAbbrevs = map[string]bool{"gen.": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true, "col.": true,
	"lt.": true, "sen.": true, "rep.": true, "gov.": true, "maj.": true, "capt.": true, "adm.": true, "jr.": true, "st.": true, "pres.": true}

func testTokens(body string, start, end int) []dateline.Token {
	var toks []dateline.Token
	add := func(a, b int) {
		t := body[a:b]
		toks = append(toks, dateline.Token{Span: dateline.Span{Start: a, End: b}, Text: t, Lower: strings.ToLower(t)})
	}
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(body[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			add(i, i+n)
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(body[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if (r == '-' || r == '.' || r == '\'' || r == '’') && j+n < end {
				r2, _ := utf8.DecodeRuneInString(body[j+n:])
				if isWordRune(r2) {
					if (r == '\'' || r == '’') && strings.HasPrefix(strings.ToLower(body[j+n:]), "s") && (j+n+1 >= end || !isWordRune(rune(body[j+n+1]))) {
						break // possessive
					}
					j += n
					continue
				}
			}
			break
		}
		// a dotted abbreviation keeps its final dot
		if j < end && body[j] == '.' {
			w := strings.ToLower(body[i : j+1])
			if testAbbrevs[w] || strings.Count(w, ".") >= 1 && len(w) <= 6 && strings.Contains(body[i:j], ".") {
				j++
				if j+1 < end && body[j] == '-' && isWordRune(rune(body[j+1])) {
					j++
					for j < end && (isWordRune(rune(body[j])) || body[j] == '-') {
						j++
					}
				}
			}
		}
		add(i, j)
		i = j
		if i < end && (body[i] == '\'' || strings.HasPrefix(body[i:], "’")) {
			_, n := utf8.DecodeRuneInString(body[i:])
			if i+n < end && (body[i+n] == 's' || body[i+n] == 'S') && (i+n+1 >= end || !isWordRune(rune(body[i+n+1]))) {
				add(i, i+n+1)
				i += n + 1
			}
		}
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// testSentences splits body into sentences at ". ", "? " and "! " before a
// capital, and at paragraph breaks, except after abbreviations.
func testSentences(body string) []*dateline.Sentence {
	var out []*dateline.Sentence
	start := 0
	flush := func(end int) {
		for start < end && unicode.IsSpace(rune(body[start])) {
			start++
		}
		if start < end {
			out = append(out, &dateline.Sentence{Span: dateline.Span{Start: start, End: end}, Index: len(out),
				Text: body[start:end], Tokens: testTokens(body, start, end)})
		}
		start = end
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\n' && i+1 < len(body) && body[i+1] == '\n' {
			flush(i)
			continue
		}
		if (c == '.' || c == '?' || c == '!') && i+2 < len(body) && body[i+1] == ' ' && unicode.IsUpper(rune(body[i+2])) {
			k := strings.LastIndexAny(body[:i], " \n")
			w := strings.ToLower(body[k+1 : i+1])
			if testAbbrevs[w] || strings.Count(w, ".") > 1 {
				continue
			}
			flush(i + 1)
		}
	}
	flush(len(body))
	return out
}

// sentence makes one test sentence of s.
func sentence(s string) *dateline.Sentence {
	return &dateline.Sentence{Span: dateline.Span{Start: 0, End: len(s)}, Text: s, Tokens: testTokens(s, 0, len(s))}
}
