package story

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Errors a story's text can be rejected with; they are wrapped with the
// story's name and, where it helps, a byte offset.
var (
	ErrEmpty       = errors.New("empty text")
	ErrBinary      = errors.New("binary data (NUL byte)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLong     = errors.New("text too long")
)

// MaxStory is the most text a story may hold, after HTML is stripped: 1 MiB,
// some fifty times the longest wire story. Coding takes time and memory in
// proportion to a story's length (tens of bytes per byte of text), so a
// longer text, which is not a news story, is rejected with ErrTooLong rather
// than let one input hold a worker and its memory.
const MaxStory = 1 << 20

// MaxInput is the most raw text, markup included, ReadText reads: 8 MiB.
// A longer input is rejected with ErrTooLong before it is copied or cleaned,
// so reading never holds more than a few times MaxInput.
const MaxInput = 8 * MaxStory

// maxStory is MaxStory, lowered by tests.
var maxStory = MaxStory

// check rejects text that is not a story: NUL bytes, invalid UTF-8, or
// nothing but white space.
func check(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w at byte offset %d", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("%w at byte offset %d", ErrInvalidUTF8, invalidAt(data))
	}
	if len(bytes.TrimFunc(data, isSpaceOrControl)) == 0 {
		return ErrEmpty
	}
	return nil
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

func isSpaceOrControl(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == '\uFEFF'
}

// lines normalises text and splits it into trimmed lines: CRLF and CR become
// LF; C0 and C1 control characters other than tab and newline are removed
// (form feed and vertical tab end a line); runs of white space, including
// no-break and other Unicode spaces, become one space; a byte-order mark is
// dropped. Empty strings in the result stand for blank lines.
func lines(text string) []string {
	var b strings.Builder
	b.Grow(len(text))
	space, n := false, 1
	lineStart := 0 // b.Len() where the current line starts
	newline := func() {
		b.WriteByte('\n')
		lineStart, space = b.Len(), false
		n++
	}
	for i := 0; i < len(text); {
		if c := text[i]; c > ' ' && c < 0x7f {
			// a run of printable ASCII, most of a story: copied whole
			j := i + 1
			for j < len(text) && text[j] > ' ' && text[j] < 0x7f {
				j++
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(text[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\f' || r == '\v':
			newline()
		case r == '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				newline()
			}
		case unicode.IsSpace(r):
			space = b.Len() > lineStart
		case unicode.IsControl(r) || r == '\uFEFF' || r == '\u200B':
			// dropped
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		i += size
	}
	out := make([]string, 0, n)
	rest := b.String()
	for {
		line, after, found := strings.Cut(rest, "\n")
		out = append(out, line)
		if !found {
			return out
		}
		rest = after
	}
}

// htmlTags lists the tags whose presence makes a text HTML. Block tags end a
// paragraph; the others are dropped with no break.
var htmlTags = map[string]bool{
	"p": true, "br": true, "div": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "li": true, "ul": true, "ol": true,
	"tr": true, "table": true, "blockquote": true, "article": true,
	"section": true, "header": true, "footer": true, "hr": true, "body": true,
	"html": true, "figure": true, "figcaption": true, "main": true, "pre": true,
	// inline
	"a": false, "b": false, "i": false, "em": false, "strong": false,
	"span": false, "u": false, "small": false, "sup": false, "sub": false,
	"img": false, "font": false, "abbr": false, "cite": false, "time": false,
	"meta": false, "link": false, "td": false, "th": false, "title": false,
	"head": false, "script": false, "style": false, "noscript": false,
}

// tagAt returns the tag that starts at text[i] ('<'): its lower-case name,
// whether it closes, and the index after its '>'. ok is false when text[i:]
// is not a known tag, a comment or a doctype.
func tagAt(text string, i int) (name string, end int, ok bool) {
	if strings.HasPrefix(text[i:], "<!--") {
		if j := strings.Index(text[i+4:], "-->"); j >= 0 {
			return "!--", i + 4 + j + 3, true
		}
		return "!--", len(text), true
	}
	j := i + 1
	if j < len(text) && (text[j] == '/' || text[j] == '!') {
		j++
	}
	k := j
	for k < len(text) && (isASCIILetter(text[k]) || (k > j && text[k] >= '0' && text[k] <= '9')) {
		k++
	}
	name = strings.ToLower(text[j:k])
	if _, known := htmlTags[name]; !known && name != "doctype" {
		return "", 0, false
	}
	gt := strings.IndexByte(text[k:], '>')
	if gt < 0 {
		return "", 0, false
	}
	return name, k + gt + 1, true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isHTML reports whether text holds at least one known HTML tag.
func isHTML(text string) bool {
	for i := strings.IndexByte(text, '<'); i >= 0; {
		if _, _, ok := tagAt(text, i); ok {
			return true
		}
		next := strings.IndexByte(text[i+1:], '<')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// stripHTML removes tags, comments and the contents of head, script and
// style elements, decodes entities, and turns block tags (<p>, <br>, <div>,
// headings, list items) into paragraph breaks. Newlines in the source are
// white space, as a browser treats them.
func stripHTML(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	emit := func(s string) {
		b.WriteString(html.UnescapeString(newlineToSpace.Replace(s)))
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '<')
		if j < 0 {
			break
		}
		i += j
		name, end, ok := tagAt(text, i)
		if !ok {
			i++
			continue
		}
		emit(text[last:i])
		closing := text[i+1] == '/'
		if !closing && (name == "script" || name == "style" || name == "head" || name == "noscript") {
			end = skipElement(text, end, name)
		}
		if htmlTags[name] {
			b.WriteString("\n\n")
		}
		i, last = end, end
	}
	emit(text[last:])
	return b.String()
}

// skipElement returns the index after the closing tag of the named element
// whose content starts at i, or len(text) when it is not closed.
func skipElement(text string, i int, name string) int {
	closer := "</" + name
	for j := i; j+len(closer) <= len(text); j++ {
		if text[j] == '<' && strings.EqualFold(text[j:j+len(closer)], closer) {
			if gt := strings.IndexByte(text[j:], '>'); gt >= 0 {
				return j + gt + 1
			}
			break
		}
	}
	return len(text)
}

var newlineToSpace = strings.NewReplacer("\r", " ", "\n", " ")
