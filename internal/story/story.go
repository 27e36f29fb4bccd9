// Package story reads news stories into dateline.Story: plain-text wire
// stories (headline, byline, publication times, dateline, body paragraphs
// and credit lines), HTML, and JSON Lines files of stories or sentences.
//
// The reader is forgiving about layout and strict about encoding: text that
// is empty, binary, not UTF-8 or longer than MaxStory is an error naming
// the story; control characters are removed; HTML tags are stripped.
// Everything it needs to know about words (months, time zones, job titles)
// is in an embedded lexicon that Options.Lexicon can replace.
package story

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// Options control how stories are read.
type Options struct {
	// Date is the publication date used when a story carries none (nor an
	// update time, which is taken before it); the
	// command passes --date or today. Zero leaves Published zero. Its year
	// also completes dates written without one ("Jan 5" in a dateline).
	Date time.Time
	// Lexicon replaces the embedded word lists; nil means DefaultLexicon.
	Lexicon *Lexicon
}

func (o Options) lexicon() *Lexicon {
	if o.Lexicon != nil {
		return o.Lexicon
	}
	return DefaultLexicon()
}

// ReadText reads one story from plain text or HTML. name is the file name:
// Story.Source is name and Story.ID is its base name without extension.
//
// A text with wire structure yields its headline (first line), byline,
// published and updated times, dateline and credit lines; the Body holds only
// the paragraphs, the dateline cut from the first. A text without that
// structure (one sentence, or plain paragraphs) is all Body. Paragraphs are
// separated by blank lines, or by single newlines when the text has no blank
// line and long lines; a paragraph broken mid-sentence (the chunk ends
// without terminal punctuation and the next starts lower-case) is joined
// back with a space.
//
// Dateline fields: Place is the first part in display case; Admin1 is the
// second part as written (a region like "Sicily", but also a country like
// "Afghanistan" or a US state abbreviation like "N.Y.": the pipeline decides
// with its gazetteer); Country is always left empty.
//
// Errors name the story and say what is wrong: empty text, NUL bytes
// (binary), invalid UTF-8 (with the byte offset). Control characters other
// than tab and newline are removed rather than rejected.
func ReadText(name string, data []byte, opt Options) (dateline.Story, error) {
	s, err := readText(data, opt)
	if err != nil {
		return dateline.Story{}, fmt.Errorf("read story %s: %w", name, err)
	}
	s.ID = storyID(name)
	s.Source = name
	return s, nil
}

func storyID(name string) string {
	base := path.Base(filepath.ToSlash(name))
	if ext := path.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

func readText(data []byte, opt Options) (dateline.Story, error) {
	if len(data) > 8*maxStory {
		return dateline.Story{}, fmt.Errorf("%w: %d bytes, over the %d a story's input may hold", ErrTooLong, len(data), 8*maxStory)
	}
	if err := check(data); err != nil {
		return dateline.Story{}, err
	}
	lex := opt.lexicon()
	text := string(data)
	if isHTML(text) {
		text = stripHTML(text)
	}
	if len(text) > maxStory {
		return dateline.Story{}, fmt.Errorf("%w: %d bytes, over the %d a story may hold", ErrTooLong, len(text), maxStory)
	}
	paras := paragraphs(lines(text))
	if len(paras) == 0 {
		return dateline.Story{}, ErrEmpty
	}
	var s dateline.Story
	body := lex.header(&s, paras, opt.Date)
	var texts []string
	for _, p := range body {
		texts = append(texts, strings.Join(p, " "))
	}
	texts = joinBroken(texts)
	texts, s.Contributors = lex.credits(texts)
	if len(texts) == 0 {
		return dateline.Story{}, fmt.Errorf("%w: no body text", ErrEmpty)
	}
	s.Body, s.Paragraphs = assemble(texts)
	if s.Published.IsZero() {
		s.Published = s.Updated // filed no later than its update
	}
	if s.Published.IsZero() {
		s.Published = opt.Date
	}
	return s, nil
}

// paragraphs groups lines into paragraphs at blank lines. A text with no
// blank line but a line over 100 characters is one paragraph a line; one
// with only short lines and no blank line is one hard-wrapped paragraph.
func paragraphs(ls []string) [][]string {
	blank, long := false, false
	n := 0
	for _, l := range ls {
		if l == "" {
			blank = blank || n > 0
			continue
		}
		n++
		long = long || utf8.RuneCountInString(l) > 100
	}
	var out [][]string
	var cur []string
	for _, l := range ls {
		if l == "" || (!blank && long) {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			if l == "" {
				continue
			}
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// joinBroken joins a paragraph that ends without terminal punctuation to
// the next when that one starts lower-case: a break in mid-sentence.
func joinBroken(ps []string) []string {
	out := ps[:0:0]
	for _, p := range ps {
		if n := len(out); n > 0 && !endsSentence(out[n-1]) && startsLower(p) {
			out[n-1] += " " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"'”’»:;)…", r)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// assemble joins paragraphs with blank lines and records their spans.
func assemble(texts []string) (string, []dateline.Span) {
	n := 2 * (len(texts) - 1)
	for _, t := range texts {
		n += len(t)
	}
	var b strings.Builder
	b.Grow(n)
	spans := make([]dateline.Span, 0, len(texts))
	for i, t := range texts {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(t)
		spans = append(spans, dateline.Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}
