package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// newSplitter builds the English sentence model as english.NewSentenceTokenizer
// does, with the same training data, annotations and order, but with
// checks it makes on every word answered without a regexp when the word
// cannot match: a word with no '.', '?' or '!' cannot end a sentence, be an
// abbreviation or an initial. The sentences found are the same
// (TestSplitterSameAsLibrary); the regexps run on every word took half the
// library's time.
func newSplitter() (*sentences.DefaultSentenceTokenizer, error) {
	base, err := english.NewSentenceTokenizer(nil) // the model, with its added abbreviations
	if err != nil {
		return nil, err
	}
	training, lang := base.Storage, base.PunctStrings
	word := quickWords{english.NewWordTokenizer(quickPunct{lang})}
	return &sentences.DefaultSentenceTokenizer{
		Storage:       training,
		PunctStrings:  lang,
		WordTokenizer: word,
		Annotations: []sentences.AnnotateTokens{
			quickTypes{&sentences.TypeBasedAnnotation{Storage: training, PunctStrings: lang, TokenExistential: word}},
			&sentences.TokenBasedAnnotation{Storage: training, PunctStrings: lang, TokenParser: word,
				TokenGrouper: &sentences.DefaultTokenGrouper{}, Ortho: ortho(training, lang, word)},
			quickMultiPunct{&english.MultiPunctWordAnnotation{Storage: training, TokenParser: word,
				TokenGrouper: &sentences.DefaultTokenGrouper{}, Ortho: ortho(training, lang, word)}},
		},
	}, nil
}

func ortho(s *sentences.Storage, p sentences.PunctStrings, w quickWords) *sentences.OrthoContext {
	return &sentences.OrthoContext{Storage: s, PunctStrings: p, TokenType: w, TokenFirst: w}
}

// mayEnd reports whether a word has a character that can end a sentence.
// Every pattern the model tests for a sentence end, an abbreviation or an
// initial needs one of them.
// (A loop over bytes: strings.ContainsAny tests short words rune by rune.)
func mayEnd(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '.', '?', '!':
			return true
		}
	}
	return false
}

func startsDigit(w string) bool { return w != "" && '0' <= w[0] && w[0] <= '9' }

// quickPunct is the model's punctuation with HasSentencePunct, asked of
// every word, answered for ASCII words by one pass over their bytes.
type quickPunct struct{ sentences.PunctStrings }

func (p quickPunct) HasSentencePunct(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.' || c == '!' || c == '?':
			return true
		case c >= utf8.RuneSelf:
			return p.PunctStrings.HasSentencePunct(w) // "。", "！", "？" too
		}
	}
	return false
}

// quickWords is the English word tokenizer with its regexp tests skipped
// for words they cannot match.
type quickWords struct{ *english.WordTokenizer }

// Tokenize returns only the words with sentence punctuation and the word
// after each (the library's "period context"): no pass of the model can
// mark any other word, nor use it but as the word after one. The model
// asks for every word, and making a token of each was a tenth of all the
// pipeline's allocations.
//
// It is the library's DefaultWordTokenizer.Tokenize with onlyPeriodContext
// set, step for step, but it passes over ASCII bytes that are not white
// space without decoding a rune or asking unicode.IsSpace and IsCjkPunct:
// the library asked both of every character of every story.
func (w quickWords) Tokenize(text string, _ bool) []*sentences.Token {
	n := len(text)
	if n == 0 {
		return nil
	}
	tokens := make([]*sentences.Token, 0, 50)
	lastSpace := 0
	lineStart, paragraphStart, getNextWord := false, false, false
	// plain: the bytes since lastSpace are ASCII without '.', '!' or '?':
	// the word they make has no sentence punctuation, and unless it is the
	// word after one it is passed over without being cut out and trimmed
	plain := true
	for i := 0; i < n; {
		for i < n-1 && wordByte[text[i]] {
			i++ // the bytes of most words: the branch below for each, in one test
		}
		char, size := rune(text[i]), 1
		if char < utf8.RuneSelf {
			if c := text[i]; !asciiSpace(c) && i != n-1 {
				plain = plain && c != '.' && c != '!' && c != '?'
				i++
				continue
			}
		} else {
			plain = false
			char, size = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(char) && !sentences.IsCjkPunct(char) && i != n-1 {
				i += size
				continue
			}
		}
		if plain && !getNextWord && i != n-1 {
			// the library's steps for such a word: lastSpace moves to the
			// space (or, for an empty word, stays before white space only)
			if char == '\n' {
				if lineStart {
					paragraphStart = true
				}
				lineStart = true
			}
			lastSpace = i
			i += size
			continue
		}
		pos := i // the library's loop variable, which a CJK mark moves past itself
		i += size
		if sentences.IsCjkPunct(char) {
			pos += len(string(char))
		}
		if char == '\n' {
			if lineStart {
				paragraphStart = true
			}
			lineStart = true
		}
		cursor := pos
		if pos == n-1 {
			cursor = n
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		hasSentencePunct := w.PunctStrings.HasSentencePunct(word)
		if !hasSentencePunct && !getNextWord {
			lastSpace, plain = cursor, true
			continue
		}
		token := sentences.NewToken(word)
		token.Position = cursor
		token.ParaStart = paragraphStart
		token.LineStart = lineStart
		tokens = append(tokens, token)
		lastSpace, plain = cursor, true
		lineStart, paragraphStart = false, false
		getNextWord = hasSentencePunct
	}
	if len(tokens) == 0 {
		token := sentences.NewToken(text)
		token.Position = n
		tokens = append(tokens, token)
	}
	return tokens
}

// wordByte holds the ASCII bytes that are neither white space nor sentence
// punctuation: a run of them, but for the text's last byte, leaves plain
// as it is and is passed over.
var wordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !asciiSpace(byte(c)) && c != '.' && c != '!' && c != '?'
	}
	return t
}()

// asciiSpace reports what unicode.IsSpace does of an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// IsCoordinatePartTwo matches `^[0-9]*\.[0-9]*\.[0-9]*\.$`.
func (w quickWords) IsCoordinatePartTwo(t *sentences.Token) bool {
	return strings.HasSuffix(t.Tok, ".") && w.WordTokenizer.IsCoordinatePartTwo(t)
}

// IsListNumber matches `^\d+.?\)?$`.
func (w quickWords) IsListNumber(t *sentences.Token) bool {
	return startsDigit(t.Tok) && w.WordTokenizer.IsListNumber(t)
}

// IsInitial matches `^[A-Za-z]\.$`.
func (w quickWords) IsInitial(t *sentences.Token) bool {
	return len(t.Tok) == 2 && w.WordTokenizer.IsInitial(t)
}

// HasSentEndChars looks for ".", "?" or "!" before a quote or bracket.
func (w quickWords) HasSentEndChars(t *sentences.Token) bool {
	return mayEnd(t.Tok) && w.WordTokenizer.HasSentEndChars(t)
}

// quickTypes is the first pass of the model, given only the words it can
// mark: those with an end character or a final period ("。" too).
type quickTypes struct{ *sentences.TypeBasedAnnotation }

func (a quickTypes) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i, t := range tokens {
		if mayEnd(t.Tok) || strings.HasSuffix(t.Tok, "。") {
			a.TypeBasedAnnotation.Annotate(tokens[i : i+1])
		}
	}
	return tokens
}

// quickMultiPunct is the English pass for abbreviations like "F.B.I.",
// given only the pairs of words whose first it can change: one with an end
// character, or a list number ("1.", "2)").
type quickMultiPunct struct {
	*english.MultiPunctWordAnnotation
}

func (a quickMultiPunct) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i := 0; i+1 < len(tokens); i++ {
		if t := tokens[i].Tok; mayEnd(t) || startsDigit(t) {
			a.MultiPunctWordAnnotation.Annotate(tokens[i : i+2]) // the pair tokens[i], tokens[i+1]
		}
	}
	return tokens
}

// Type is the library's word type (the word in lower case, commas left
// out, a number as "##number##"), with its regexp asked only of a word
// with a digit: no other can be a number.
func (w quickWords) Type(t *sentences.Token) string {
	for i := 0; i < len(t.Tok); i++ {
		if '0' <= t.Tok[i] && t.Tok[i] <= '9' {
			return w.WordTokenizer.Type(t)
		}
	}
	typ := strings.ToLower(t.Tok)
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// TypeNoPeriod is Type without a final period, as the library's.
func (w quickWords) TypeNoPeriod(t *sentences.Token) string {
	typ := w.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is Type without the final period of a sentence break,
// as the library's.
func (w quickWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return w.TypeNoPeriod(t)
	}
	return w.Type(t)
}
