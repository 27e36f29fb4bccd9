package actor

import (
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// matches reports whether n matches the words starting at ws[i], and
// whether it matched exactly (else by phonetic key). With text set, the
// case of the text must fit: acronyms in capitals, names capitalised.
func (n *name) matches(ws []word, i int, text bool) (exact, ok bool) {
	if i+len(n.norms) > len(ws) {
		return false, false
	}
	exact = true
	for j := range n.norms {
		w := &ws[i+j]
		if n.norms[j] == "'s" {
			if !w.poss {
				return false, false
			}
			continue // a possessive inside the name: "Kurdistan Workers' Party"
		}
		if w.key != n.keys[j] || w.punct || w.poss {
			return false, false
		}
		if w.norm != n.norms[j] {
			if n.acro[j] || len(w.norm) < 5 || w.upper && len(w.norm) <= 5 || n.ent == nil || n.ent.kind != kindPerson {
				return false, false
			}
			// a spelling sounds alike and differs little: Hiftar, Haftar;
			// not Korea for Gore
			allowed := 1
			switch l := max(len(w.norm), len(n.norms[j])); {
			case l >= 8:
				allowed = 3 // Gheddafi, Gadhafi
			case l >= 6:
				allowed = 2
			}
			if editDistance(w.norm, n.norms[j]) > allowed {
				return false, false
			}
			exact = false
		}
		if text {
			if n.acro[j] && !w.upper {
				return false, false
			}
			if n.caps[j] && !w.cap {
				return false, false
			}
		}
	}
	return exact, true
}

// editDistance is the Levenshtein distance of a and b. Words of ASCII
// letters, nearly all, are compared byte by byte in a row on the stack;
// others rune by rune (levenshtein.ComputeDistance, which converts them).
func editDistance(a, b string) int {
	const most = 32
	if len(a) > most || len(b) > most || !isASCII(a) || !isASCII(b) {
		return levenshtein.ComputeDistance(a, b)
	}
	var row [most + 1]uint8 // the distances of a's prefixes to b[:i]
	for j := range len(a) + 1 {
		row[j] = uint8(j)
	}
	for i := range len(b) {
		diag := row[0] // a[:0] to b[:i]
		row[0] = uint8(i + 1)
		for j := range len(a) {
			d := diag // a[j] and b[i] alike
			if a[j] != b[i] {
				d = min(diag, row[j], row[j+1]) + 1
			}
			diag, row[j+1] = row[j+1], d
		}
	}
	return int(row[len(a)])
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// surname is a person surname of 5+ letters that a misspelt word may
// stand for, with what rules most candidates out without reading the name.
type surname struct {
	n       *name
	length  int    // len(n.norms[0])
	letters uint32 // letterSet(n.norms[0])
	order   int    // the order the data gave it among the surnames of its first letter
}

func newSurname(n *name, order int) surname {
	return surname{n: n, length: len(n.norms[0]), letters: letterSet(n.norms[0]), order: order}
}

// letterSet returns the letters of s as a set of bits: 'a' to 'z' one each,
// every other rune one of six more. An edit adds a letter, drops one or
// both, so two words d edits apart differ in at most 2d bits.
func letterSet(s string) uint32 {
	var set uint32
	for _, r := range s {
		if 'a' <= r && r <= 'z' {
			set |= 1 << (r - 'a')
		} else {
			set |= 1 << (26 + uint32(r)%6)
		}
	}
	return set
}

// fuzzyAt returns the person surnames within one edit (two for words of
// eight letters or more) of a capitalised, uncommon word of 5+ letters.
func (d *Dictionary) fuzzyAt(w word) []*name {
	if !w.cap || len(w.norm) < 5 || w.key == "" || d.commonWord(&w) || d.in(&w, lexOther) {
		return nil
	}
	max := 1
	if len(w.norm) >= 8 {
		max = 2
	}
	letters := letterSet(w.norm)
	var best []surname
	bestD := max + 1
	b := d.fuzzy[w.key[0]]
	from, _ := slices.BinarySearchFunc(b, len(w.norm)-max, func(s surname, l int) int { return s.length - l })
	for _, s := range b[from:] {
		if s.length > len(w.norm)+max {
			break // the rest are longer still
		}
		if bits.OnesCount32(s.letters^letters) > 2*max {
			continue // too far apart to be within max edits
		}
		n := s.n
		k := n.norms[0]
		if k[0] != w.norm[0] && n.keys[0][0] != w.key[0] {
			continue
		}
		if !sameConsonants(w.key, n.keys[0]) {
			continue // "Sharma" is not al-Sharaa, "Kamal" not Karmal (asked first: a pass over the keys, where the distance fills a table)
		}
		dist := editDistance(w.norm, k)
		if dist > max {
			continue
		}
		switch {
		case dist < bestD:
			best, bestD = append(best[:0], s), dist
		case dist == bestD:
			best = append(best, s)
		}
	}
	if len(best) == 0 {
		return nil
	}
	// in the data's order, as when every surname of the letter was read
	slices.SortFunc(best, func(x, y surname) int { return x.order - y.order })
	out := make([]*name, len(best))
	for i, s := range best {
		out[i] = s.n
	}
	return out
}

// isCommon reports whether a folded word is a common word that must not
// stand alone for a person.
func (d *Dictionary) isCommon(norm string) bool {
	if d.common[norm] || d.modifier(norm) {
		return true
	}
	_, ok := d.agentsBy[norm]
	return ok
}

// sameConsonants reports whether two phonetic keys differ in vowels only:
// transliterations vary the vowels (Poutine, Putin), names the consonants.
func sameConsonants(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && (a[i] == 'a' || a[i] == 'u') {
			i++
		}
		for j < len(b) && (b[j] == 'a' || b[j] == 'u') {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}
