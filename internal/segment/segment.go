// Package segment splits a story's body into sentences and sentences into
// tokens.
//
// Sentences never cross a paragraph boundary. Sentence boundaries come from
// the Punkt model of github.com/neurosnap/sentences, trained on English news,
// which keeps "Gen.", "U.N." and "4 p.m." inside their sentences, and two
// rules of ours: a number, a period and a capital end a sentence ("since
// 2014. Taliban fighters"), where the model reads an ordinal; dotted
// initials before a title and a name do not ("summoned U.S. Ambassador
// Terry Branstad"), where the model reads a new sentence. Tokens
// follow a few conventions the later stages rely on: punctuation is its own
// token, a possessive "'s" is its own token, hyphenated words ("U.N.-backed",
// "el-Sissi") are one token, and abbreviations keep their dots ("U.S.",
// "Gen.").
package segment

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/neurosnap/sentences"

	"dateline"
)

var (
	loadOnce  sync.Once
	splitter  *sentences.DefaultSentenceTokenizer
	errLoad   error
	maxTokens = 400 // a sentence longer than this is cut into pieces
)

// load builds the English sentence model once; it is read-only afterwards and
// safe to share between goroutines.
func load() (*sentences.DefaultSentenceTokenizer, error) {
	loadOnce.Do(func() {
		splitter, errLoad = newSplitter()
		if errLoad != nil {
			errLoad = fmt.Errorf("load sentence model: %w", errLoad)
			return
		}
		// the model knows "Gen." and "Sgt." but not "Capt." or "Rev.": a
		// title before a name never ends a sentence
		for w := range titles {
			splitter.Storage.AbbrevTypes.Add(w)
		}
	})
	return splitter, errLoad
}

// Load loads the sentence model now rather than at the first Split, so a
// program can pay for it at start-up, alongside its other loading.
func Load() error {
	_, err := load()
	return err
}

// Split returns the sentences of body, tokenised. paragraphs gives each
// paragraph's range in body; when it is empty the whole body is one
// paragraph. Sentence offsets are offsets into body.
func Split(body string, paragraphs []dateline.Span) ([]dateline.Sentence, error) {
	tok, err := load()
	if err != nil {
		return nil, err
	}
	if len(paragraphs) == 0 {
		paragraphs = []dateline.Span{{Start: 0, End: len(body)}}
	}
	var out []dateline.Sentence
	for pi, p := range paragraphs {
		if p.Start < 0 || p.End > len(body) || p.Start > p.End {
			return nil, fmt.Errorf("paragraph %d: span %d-%d outside body of %d bytes", pi, p.Start, p.End, len(body))
		}
		text := body[p.Start:p.End]
		held := -1 // the start of a lone abbreviation the model ended a sentence on
		for _, s := range tok.Tokenize(text) {
			start, end := trim(text, s.Start, s.End)
			if held >= 0 {
				start, held = held, -1
			}
			if loneAbbreviation(text[start:end]) {
				// "U.S. Ambassador David Pressman said": the model ends a
				// sentence after "U.S." when the word after it is seldom
				// capitalised inside one; a lone abbreviation is no sentence
				held = start
				continue
			}
			if n := len(out); n > 0 && out[n-1].Paragraph == pi && initialsEnd(text[:start]) && titleAndName(text[start:end]) {
				// "summoned U.S. Ambassador Terry Branstad": the model ends
				// a sentence after dotted initials when the word after them
				// is seldom capitalised inside one; a title and a name after
				// them go on the sentence ("the U.S. The talks" still ends)
				start = out[n-1].Start - p.Start
				out = out[:n-1]
			}
			for start < end {
				cut := numberEnd(text, start, end)
				a, b := trim(text, start, cut)
				if a < b {
					out = appendSentence(out, body, p.Start+a, p.Start+b, pi)
				}
				start = cut
			}
		}
		if held >= 0 {
			if a, b := trim(text, held, len(text)); a < b {
				out = appendSentence(out, body, p.Start+a, p.Start+b, pi)
			}
		}
	}
	return out, nil
}

// initialsEnd reports whether s, white space aside, ends in dotted
// initials ("U.S.", "U.N.").
func initialsEnd(s string) bool {
	s = strings.TrimRight(s, " \t\n\r")
	i := strings.LastIndexAny(s, " \t\n\r(\"")
	w := s[i+1:]
	return len(w) >= 4 && w[len(w)-1] == '.' && strings.Contains(w[:len(w)-1], ".") && !strings.ContainsFunc(w, unicode.IsLower)
}

// titleAndName reports whether s opens with two capitalised words of
// letters, a title and a name ("Ambassador Terry Branstad"), not a
// sentence's first word and a lower-case one ("The talks").
func titleAndName(s string) bool {
	first, rest, ok := strings.Cut(strings.TrimLeft(s, " \t\n\r"), " ")
	if !ok || !capitalised(first) {
		return false
	}
	second, _, _ := strings.Cut(strings.TrimLeft(rest, " \t\n\r"), " ")
	return capitalised(strings.TrimRight(second, ",.;:"))
}

// capitalised reports whether w is a capital and then lower-case letters.
func capitalised(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// loneAbbreviation reports whether s is one word that is an abbreviation
// with its dot: dotted initials ("U.S.", "U.N.") or a listed one ("Capt.").
func loneAbbreviation(s string) bool {
	if len(s) < 2 || s[len(s)-1] != '.' || strings.ContainsAny(s, " \t\n") {
		return false
	}
	w := s[:len(s)-1]
	return strings.Contains(w, ".") || abbreviations[lower(w)]
}

// numberEnd returns where the sentence in text[start:end] ends: after the
// first number that closes a sentence inside it, else end. The model never
// ends a sentence on a number ("were sent in 2019. Police arrested 12
// men." is one sentence to it, as if "2019." were an ordinal); in English
// news a number, a period, a space and a capital end one. A number that
// opens the sentence is a list's ("1. The talks").
func numberEnd(text string, start, end int) int {
	for i := start + 1; i+2 < end; i++ {
		d := strings.IndexByte(text[i:end-2], '.')
		if d < 0 {
			break
		}
		if i += d; !isDigit(text[i-1]) || !isSpace(text[i+1]) {
			continue
		}
		j := i - 1
		for j > start && (isDigit(text[j-1]) || text[j-1] == ',') {
			j--
		}
		if j == start || text[j-1] != ' ' && text[j-1] != '(' && text[j-1] != '$' {
			continue // a list's number, or part of a longer token ("3.5.", "No.5.")
		}
		k := i + 1
		for k < end && isSpace(text[k]) {
			k++
		}
		if k < end && (text[k] == '"' || text[k] == '\'') && k+1 < end {
			k++
		}
		if k < end && 'A' <= text[k] && text[k] <= 'Z' {
			return i + 1
		}
	}
	return end
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// appendSentence tokenises body[start:end] and appends it as one sentence,
// or several when it is too long to be one real sentence (a list, a table,
// a run-on line of hostile input).
func appendSentence(out []dateline.Sentence, body string, start, end, para int) []dateline.Sentence {
	toks := Tokens(body, start, end)
	for len(toks) > 0 {
		n := len(toks)
		if n > maxTokens {
			n = maxTokens
		}
		piece := toks[:n:n]
		toks = toks[n:]
		s := dateline.Sentence{
			Span:      dateline.Span{Start: piece[0].Start, End: piece[n-1].End},
			Index:     len(out),
			Paragraph: para,
			Tokens:    piece,
		}
		s.Text = body[s.Start:s.End]
		if out == nil {
			out = make([]dateline.Sentence, 0, len(body)/128+1) // news runs near 128 bytes a sentence: grown once or twice, not from one
		}
		out = append(out, s)
	}
	return out
}

// trim narrows [start, end) of text to exclude surrounding white space.
func trim(text string, start, end int) (int, int) {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	return start, end
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// lower returns s in lower case, folding typographic apostrophes to "'", and
// returns s itself when nothing changes.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
		}
		if 'A' <= c && c <= 'Z' {
			return lowerFrom(s, i)
		}
	}
	return s
}

// lowerFrom is lower for s whose first capital is at i: an ASCII word,
// most of them, folded in one pass with no apostrophe to replace.
func lowerFrom(s string, i int) string {
	for j := i + 1; j < len(s); j++ {
		if s[j] >= 0x80 {
			return strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
