package story

import "strings"

// moreFields reports whether s has more than n words (as strings.Fields
// splits them), without making the slice of them: the header's tests ask
// only how many, of every line of every story.
func moreFields(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// isTitle reports whether word w, without the punctuation around it, is an
// agency or title word ("Associated", "Press"), lower-casing an ASCII word
// in a buffer of its own rather than a new string.
func (lex *Lexicon) isTitle(w string) bool {
	w = strings.Trim(w, ",.|-—:")
	var buf [32]byte
	if len(w) > len(buf) {
		return lex.titles[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80:
			return lex.titles[strings.ToLower(w)]
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lex.titles[string(buf[:len(w)])]
}
