package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// cands are a token's possible parts of speech, most likely first, and
// the same tags as a set of bits: the tagger's rules ask has of every
// token again and again, and a token's cands are set once.
type cands struct {
	t   [maxCands]dateline.Tag
	n   uint8
	set uint64 // bit t for each tag t in t[:n]; dateline has fewer than 64 tags
}

func (c *cands) has(t dateline.Tag) bool { return t < 64 && c.set&(1<<t) != 0 }

// first returns the most likely of the given tags that c holds, or TagNone.
func (c *cands) first(want func(dateline.Tag) bool) dateline.Tag {
	for _, x := range c.t[:c.n] {
		if want(x) {
			return x
		}
	}
	return dateline.TagNone
}

func (c *cands) add(t dateline.Tag) {
	if !c.has(t) && int(c.n) < maxCands {
		c.t[c.n] = t
		c.n++
		c.set |= 1 << t
	}
}

// drop removes the given tags from c, keeping the order of the rest.
func (c *cands) drop(tags ...dateline.Tag) {
	var k cands
	for _, x := range c.t[:c.n] {
		if !slices.Contains(tags, x) {
			k.add(x)
		}
	}
	*c = k
}

func one(t dateline.Tag) cands { return cands{t: [maxCands]dateline.Tag{t}, n: 1, set: 1 << t} }

// of returns the cands of the tags given, in their order.
func of(tags ...dateline.Tag) cands {
	var c cands
	for _, t := range tags {
		c.add(t)
	}
	return c
}

// candsOf returns the cands of a word-table entry.
func candsOf(e *entry) cands {
	c := cands{t: e.tags, n: e.n}
	for _, t := range e.tags[:e.n] {
		c.set |= 1 << t
	}
	return c
}

// span marks of a token: inside an actor or place the earlier stages
// found, or a time expression.
const (
	inNamed uint8 = 1 << iota
	namedStart
	inTime
	timeStart
	inName      // inside a mention that is a name (a country, person, body or place), not an agent noun
	inAdjective // a country's adjective before a common noun ("Qatari goods"), as the actor stage read it
)

// lookup returns the word-table entry for the token at i: as written
// (id tid), then in lower case (lid; a capital that opens a sentence or
// follows a quotation mark says nothing, and the lower-case reading wins
// there). The token's forms were looked up once, by id. The entry is the
// table's own, not a copy: read it, never change it.
func (a *Analyzer) lookup(text, lower string, tid, lid dateline.WordID, initial bool) *entry {
	e := &a.entries[tid]
	if text == lower || e.known && !initial {
		return e
	}
	l := &a.entries[lid]
	if !l.known {
		return e
	}
	if !e.known && !initial && !l.has(dateline.TagNNP) && isCapitalised(text) && !allCaps(text) {
		return &noEntry // "Rally" mid-sentence is a name, whatever "rally" is
	}
	return l
}

// ptrTo returns a copy of e of its own: made only for the entry that is
// returned (an entry whose address is taken where it is read would be made
// on the heap for every word tried).
func ptrTo(e entry) *entry { return &e }

// noEntry is the entry of a word the table lacks, for lexical's callers
// to read.
var noEntry entry

// lexical gives a token its possible tags from the table, or by its shape;
// tid and lid are the ids of its forms as written and in lower case. The
// entry is the table's own where the table has the form (read it, never
// change it); a copy only for a form read through another spelling.
func (a *Analyzer) lexical(text, lower string, tid, lid dateline.WordID, initial bool) (cands, *entry) {
	switch text {
	case ",":
		return one(dateline.TagComma), &noEntry
	case ".", "!", "?":
		return one(dateline.TagPunct), &noEntry
	case ":", ";", "—", "–", "--", "-", "...", "…":
		return one(dateline.TagColon), &noEntry
	case "\"", "“", "”", "``", "''", "'", "‘", "’", "«", "»":
		return one(dateline.TagQuote), &noEntry
	case "(", "[", "{":
		return one(dateline.TagLRB), &noEntry
	case ")", "]", "}":
		return one(dateline.TagRRB), &noEntry
	case "$", "€", "£", "¥", "US$":
		return one(dateline.TagDollar), &noEntry
	case "#":
		return one(dateline.TagHash), &noEntry
	}
	if isNumber(text) {
		return one(dateline.TagCD), &noEntry
	}
	if e := a.lookup(text, lower, tid, lid, initial); e.known {
		return candsOf(e), e
	}
	if e := a.unhyphenated(lower); e.known {
		return candsOf(&e), ptrTo(e)
	}
	if e := a.izSpelling(text, lower, initial); e.known {
		return candsOf(&e), ptrTo(e)
	}
	if a.numberWords(lower) {
		return one(dateline.TagCD), &noEntry // "Forty-eight of them", "twenty-five people"
	}
	return a.guess(text, lower, initial), &noEntry
}

// numberWords reports whether a hyphenated word is made of numbers the
// table knows, each a cardinal: "forty-eight", "twenty-five"; not
// "one-third", "two-day".
func (a *Analyzer) numberWords(lower string) bool {
	if strings.IndexByte(lower, '-') <= 0 {
		return false
	}
	for part := range strings.SplitSeq(lower, "-") {
		if e := a.word(part); !e.known || !e.has(dateline.TagCD) {
			return false
		}
	}
	return true
}

// unhyphenated looks up a hyphenated word the table lacks by its form
// without hyphens ("counter-offensive", "co-operate", "cease-fire" when only
// the joined form is known): the same word in the other spelling, with
// joined set. A word of several hyphenated words ("anti-government") is
// not one word joined, and the table lacks it joined too.
func (a *Analyzer) unhyphenated(lower string) entry {
	if strings.IndexByte(lower, '-') <= 0 || len(lower) > 40 {
		return entry{}
	}
	var buf [40]byte
	n := 0
	for i := 0; i < len(lower); i++ {
		if lower[i] != '-' {
			buf[n] = lower[i]
			n++
		}
	}
	e := a.entries[a.ids[string(buf[:n])]]
	if !e.known {
		return entry{}
	}
	e.joined = string(buf[:n])
	return e
}

// izSpelling looks up a word the table lacks in its "-is-" spelling
// ("criticising", "recognised", "normalisation", "organisers") by its "-iz-" spelling:
// the same word, so the same tags, and at a sentence's start no name
// ("Criticising the decision, the minister said"). The verb lemma stays
// in the word's own spelling where the table knows it, as a lower-case
// form's guess gives it. A capitalised word inside the sentence stays a
// name.
func (a *Analyzer) izSpelling(text, lower string, initial bool) entry {
	if text != lower && !initial {
		return entry{}
	}
	for _, suf := range [...]string{"isations", "isation", "isers", "iser", "ising", "ised", "ises", "ise"} {
		stem, ok := strings.CutSuffix(lower, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		e := a.word(stem + "iz" + suf[2:])
		if !e.known {
			return entry{}
		}
		if l := VerbLemma(lower, a.knownVerb); l != "" && l != lower && e.verb != "" {
			e.verb, e.verbID = l, a.ids[l]
		}
		return e
	}
	return entry{}
}

// guess tags a word the table lacks by its shape: a capitalised word is a
// name; -ing, -ed, -ly, -s and the common derivational endings say the rest.
func (a *Analyzer) guess(text, lower string, initial bool) cands {
	r, _ := utf8.DecodeRuneInString(text)
	k := strings.LastIndexByte(lower, '-')
	if k > 0 && k < len(lower)-1 {
		tail := lower[k+1:]
		e := a.word(tail)
		regular := (e.has(dateline.TagVBN) || e.has(dateline.TagVBD)) && strings.HasSuffix(tail, "ed")
		irregular := e.has(dateline.TagVBN) && !e.has(dateline.TagVB) && !e.has(dateline.TagVBP) && !e.has(dateline.TagNN)
		switch {
		case (regular || irregular) && unicode.IsUpper(r):
			// "U.N.-backed", "Russian-backed", "Houthi-held": a name before
			// the participle makes no name of the word, nor a verb
			return of(dateline.TagJJ, dateline.TagVBN)
		case regular:
			return of(dateline.TagJJ, dateline.TagVBN, dateline.TagVBD) // the past of a compound verb: "Police baton-charged a crowd"
		case irregular:
			return of(dateline.TagJJ, dateline.TagVBN) // "rebel-held", "locally-built"
		}
	}
	if unicode.IsUpper(r) && !initial || capitalisedPart(text) {
		return one(dateline.TagNNP) // "Hifter", "el-Sissi", "al-Qaeda"
	}
	if k > 0 && k < len(lower)-1 {
		// "anti-government", "de-escalate"
		tail := lower[k+1:]
		prefixed := strings.HasPrefix(lower, "re-") || strings.HasPrefix(lower, "de-")
		if prefixed && a.knownVerb(tail) {
			return of(dateline.TagVB, dateline.TagVBP)
		}
		// the -s and -ing forms of a compound verb the table knows
		// ("test-fire": "test-fires", "carpet-bombing"; "de-escalating")
		if ing, s := strings.HasSuffix(lower, "ing"), strings.HasSuffix(lower, "s"); ing || s {
			if l := VerbLemma(lower, a.knownVerb); l != "" && l != lower || prefixed && VerbLemma(tail, a.knownVerb) != "" {
				if ing {
					return of(dateline.TagVBG, dateline.TagNN)
				}
				return of(dateline.TagNNS, dateline.TagVBZ)
			}
		}
		return of(dateline.TagJJ, dateline.TagNN)
	}
	if unicode.IsUpper(r) {
		return one(dateline.TagNNP)
	}
	switch {
	case strings.HasSuffix(lower, "ing"):
		return of(dateline.TagVBG, dateline.TagNN)
	case strings.HasSuffix(lower, "ed"):
		return of(dateline.TagVBD, dateline.TagVBN, dateline.TagJJ)
	case strings.HasSuffix(lower, "ly"):
		return one(dateline.TagRB)
	case strings.HasSuffix(lower, "ss"), strings.HasSuffix(lower, "us"), strings.HasSuffix(lower, "is"):
		return one(dateline.TagNN)
	case strings.HasSuffix(lower, "s"):
		if a.knownVerb(VerbLemma(lower, a.knownVerb)) {
			return of(dateline.TagNNS, dateline.TagVBZ)
		}
		return one(dateline.TagNNS)
	case hasAnySuffix(lower, "ous", "ive", "al", "ic", "ful", "less", "able", "ible", "ian", "ese", "ish", "ary"):
		return of(dateline.TagJJ, dateline.TagNN)
	case hasAnySuffix(lower, "ize", "ise", "ate", "ify"):
		return of(dateline.TagVB, dateline.TagVBP, dateline.TagNN)
	}
	return one(dateline.TagNN)
}

// capitalisedPart reports a hyphenated word with a capitalised part after
// the first: "el-Sissi", "Abdel-Fattah".
func capitalisedPart(w string) bool {
	for k := strings.IndexByte(w, '-'); k >= 0 && k+1 < len(w); {
		if isCapitalised(w[k+1:]) {
			return true
		}
		next := strings.IndexByte(w[k+1:], '-')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

func hasAnySuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func isNumber(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '.' || r == '%' || r == '/' || r == ':' || r == '-':
		default:
			return false
		}
	}
	return digits > 0
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
