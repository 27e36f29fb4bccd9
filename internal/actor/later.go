package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// NamedLater gives a person the story names first with no role the actor
// a later naming gave them ("John Okello denounced the arrests on Monday.
// ... John Okello, an opposition lawmaker, said the police had beaten
// protesters": the first is the lawmaker too). Each occurrence of the full
// name, of two words or more, where no mention stands becomes a mention of
// that person. Call it once every sentence's mentions are read; Settle
// gives the country, as it gives the later mention's.
func (t *Tracker) NamedLater(sents []dateline.Sentence, actors [][]dateline.Mention) {
	names := make([]string, 0, len(t.seen.byName))
	for name, tr := range t.seen.byName {
		if tr.ent == nil && (tr.actor.Sector != "" || tr.actor.Country != "") && strings.Contains(name, " ") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	surnames := map[string]int{}
	for _, name := range names {
		surnames[name[strings.LastIndexByte(name, ' ')+1:]]++
	}
	for _, name := range names {
		tr := t.seen.byName[name]
		forms := []string{name}
		if sur := name[strings.LastIndexByte(name, ' ')+1:]; surnames[sur] == 1 && len(sur) > 2 && (t.englishWord == nil || !t.englishWord(strings.ToLower(sur))) {
			// the surname alone before the full name: "Okello denounced the
			// arrests ... John Okello, an opposition lawmaker,"
			forms = append(forms, sur)
		}
		for _, form := range forms {
			nameLater(sents, actors, tr, form)
		}
	}
}

// nameLater makes each occurrence of form (a person's name or surname) in
// sents where no mention stands, and no capitalised word stands right
// before or after, a mention of tracked person tr.
func nameLater(sents []dateline.Sentence, actors [][]dateline.Mention, tr *tracked, form string) {
	for i := range sents {
		s := &sents[i]
		for off := 0; ; {
			k := strings.Index(s.Text[off:], form)
			if k < 0 {
				break
			}
			start, end := off+k, off+k+len(form)
			off = end
			if !wordEdge(s.Text, start, end) || capitalBefore(s.Text, start) {
				continue
			}
			sp := dateline.Span{Start: s.Start + start, End: s.Start + end}
			if covered(actors[i], sp) {
				continue
			}
			m := dateline.Mention{Span: sp, Text: form, Kind: dateline.KindPerson, Actor: tr.actor, Rule: "name+named-later"}
			at := 0
			for at < len(actors[i]) && actors[i][at].Start < sp.Start {
				at++
			}
			actors[i] = slices.Insert(actors[i], at, m)
		}
	}
}

// wordEdge reports whether text[start:end] stands as words of its own: no
// letter or digit touches it, and no capitalised word follows it ("John
// Okello Street" is a street's name).
func wordEdge(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		if r == ' ' && end+1 < len(text) {
			if n, _ := utf8.DecodeRuneInString(text[end+1:]); unicode.IsUpper(n) {
				return false
			}
		}
	}
	return true
}

// capitalBefore reports whether a capitalised word ends right before
// text[start:], past one space ("Lara Bonilla": "Bonilla" is part of the
// name).
func capitalBefore(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	k := start - 1
	for k > 0 && text[k-1] != ' ' {
		k--
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return k < start-1 && unicode.IsUpper(r)
}

// covered reports whether a mention of ms overlaps span sp.
func covered(ms []dateline.Mention, sp dateline.Span) bool {
	for _, m := range ms {
		if m.Start < sp.End && sp.Start < m.End {
			return true
		}
	}
	return false
}
