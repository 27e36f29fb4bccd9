package where

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline"
)

// function words may precede a place name with a capital at the start of a
// sentence ("In Tripoli, ...") without making it part of a longer name.
var function = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true,
	"on": true, "for": true, "with": true, "by": true, "as": true, "after": true, "before": true,
	"while": true, "when": true, "since": true, "if": true, "during": true, "like": true,
	"both": true, "neither": true, "nor": true, "only": true, "even": true, "also": true,
	"meanwhile": true, "elsewhere": true, "here": true, "there": true, "across": true,
}

// strongPop is the population above which a city is recognised without a
// locative cue.
const strongPop = 100000

// Mentions returns the places named in sentence s: countries, divisions,
// cities and regions, written as capitalised names ("New York", "Gaza
// Strip"), as "Tripoli-based", or as direction phrases ("eastern Libya",
// "Libya's east", "the remote south of the country"). Each mention has Kind
// dateline.KindPlace, its Place resolved under h, and a Rule. Tokens inside
// skip (spans already taken by actor mentions) are never part of a place.
//
// A small or ambiguous place is accepted only after a locative cue ("in",
// "near", "the town of"); common words that are also towns ("Police",
// "Mobile"), month and weekday names, sentence-initial words and names
// inside longer capitalised names are left out.
//
// Rules: "where:country", "where:admin1", "where:city", "where:region" (a
// regions.tsv entry or a direction phrase), each with "+cue" when only a
// locative cue let it in; "where:qualified" ("Paris, Texas"); "where:based"
// and "where:based-demonym" ("Tripoli-based", "Libyan-based").
func (g *Gazetteer) Mentions(s dateline.Sentence, h Hint, skip []dateline.Span) []dateline.Mention {
	toks := s.Tokens
	var out []dateline.Mention
	lastEnd := -1          // token index just after the last accepted mention
	var m dateline.Mention // read only when a try this token gives ok: not cleared token by token
	var end int
	for i := 0; i < len(toks); i++ {
		ok := false
		if c := toks[i].Text[0]; len(skip) > 0 && c >= 'A' && c <= 'Z' && g.regionFirst[toks[i].Lower] {
			m, end, ok = g.regionOver(toks, i, skip)
		}
		if !ok && mayStart(&toks[i]) && !skipped(toks[i].Span, skip) {
			m, end, ok = g.mentionAt(toks, i, h, skip, lastEnd)
		}
		if !ok {
			continue
		}
		if out == nil {
			out = make([]dateline.Mention, 0, 4)
		}
		out = append(out, m)
		lastEnd = end
		i = end - 1
	}
	return out
}

// regionOver reads at token i the name of a region, of several words, that
// holds a name the actor stage took ("Sea of Japan", "Gulf of Mexico",
// "Korean Peninsula"): the country inside a place's name is no actor and no
// place, and the caller drops the actor mentions the place covers.
func (g *Gazetteer) regionOver(toks []dateline.Token, i int, skip []dateline.Span) (dateline.Mention, int, bool) {
	if !isUpper(toks[i].Text) {
		return dateline.Mention{}, 0, false
	}
	end, refs := g.longest(toks, i)
	if end < i+2 {
		return dateline.Mention{}, 0, false
	}
	span := dateline.Span{Start: toks[i].Start, End: toks[end-1].End}
	over := false
	for _, k := range skip {
		if k.Overlaps(span) {
			if !span.Contains(k) || k == span {
				return dateline.Mention{}, 0, false
			}
			over = true
		}
	}
	if !over {
		return dateline.Mention{}, 0, false // the ordinary reading takes it
	}
	for _, r := range refs {
		if e := &g.entries[r.idx]; !r.alt && e.kind == kindRegion {
			return g.mention(toks, i, end, e.place, "where:region"), end, true
		}
	}
	return dateline.Mention{}, 0, false
}

// startsSpan reports whether one of spans starts at byte at.
func startsSpan(at int, spans []dateline.Span) bool {
	for _, k := range spans {
		if k.Start == at {
			return true
		}
	}
	return false
}

func skipped(sp dateline.Span, skip []dateline.Span) bool {
	for _, k := range skip {
		if k.Overlaps(sp) {
			return true
		}
	}
	return false
}

// mayStart reports whether mentionAt may read a place at token t: at "the",
// a capitalised word or a direction word ("eastern", "central"). Most
// words are none of these, and are not tried: a try returns a whole
// mention, empty.
func mayStart(t *dateline.Token) bool {
	if t.Lower == "the" {
		return true
	}
	return isWord(t.Text) && (isUpper(t.Text) || directionWord(t.Lower))
}

// directionWord reports whether w, lower case, is a direction word
// ("eastern", "central"): the map is asked last, as every word passes here.
func directionWord(w string) bool {
	return (strings.HasSuffix(w, "ern") || w == "central") && IsDirection(w)
}

// mentionAt tries to read a place starting at token i; end is the index of
// the token after it.
func (g *Gazetteer) mentionAt(toks []dateline.Token, i int, h Hint, skip []dateline.Span, lastEnd int) (dateline.Mention, int, bool) {
	t := &toks[i]
	if t.Lower == "the" {
		return g.theDirectionOf(toks, i, h, skip)
	}
	if !isWord(t.Text) {
		return dateline.Mention{}, 0, false
	}
	upper := isUpper(t.Text)
	end, refs := 0, []ref(nil)
	if upper {
		end, refs = g.longest(toks, i)
	}
	if end <= i+1 && directionWord(t.Lower) {
		// "eastern Libya", unless the whole is a name: "Northern Ireland"
		if m, end, ok := g.directionArea(toks, i, h, skip); ok {
			return m, end, true
		}
	}
	if !upper {
		return dateline.Mention{}, 0, false
	}
	if m, ok := g.based(toks, i, h); ok {
		if skipped(m.Span, skip) {
			return dateline.Mention{}, 0, false
		}
		return m, i + 1, true
	}
	if end == 0 {
		return dateline.Mention{}, 0, false
	}
	span := dateline.Span{Start: t.Start, End: toks[end-1].End}
	if skipped(span, skip) {
		return dateline.Mention{}, 0, false
	}
	key := g.keyOf(toks, i, end)
	div, named := int32(0), false // a division named with its division word
	if end < len(toks) && g.is(toks[end].Lower, wDivision) {
		div, named = g.divisionCalled(refs, toks[end].Lower)
	}
	if g.never(key) && !named { // "Plateau", but "Plateau state" is the division
		return dateline.Mention{}, 0, false
	}
	if c, ok := g.demonym[key]; ok && !g.lookup(key).has(c) {
		return dateline.Mention{}, 0, false // "German" is not German, Isle of Man
	}
	if end-i == 1 && len(key) <= 3 && g.shortKeys[key] != shortForm(t.Text) {
		// "US" and "U.S." but not "Us"; "UN" is an acronym, not Un, India.
		return dateline.Mention{}, 0, false
	}
	// "Libya's east": a region of the country.
	if m, e, ok := g.possessiveDirection(toks, i, end, refs, h, skip); ok {
		return m, e, true
	}
	// "Paris, Texas": the qualifier chooses, and is part of the mention.
	if m, e, ok := g.qualifiedAt(toks, i, end, refs, h, skip); ok {
		return m, e, true
	}
	if prev := prevWord(toks, i); prev >= 0 && isUpper(toks[prev].Text) && !function[toks[prev].Lower] && !g.is(toks[prev].Lower, wCue) {
		return dateline.Mention{}, 0, false // inside a longer name: "Fayez Serraj", "Le Drian"
	}
	if prev := prevWord(toks, i); prev > 0 && g.is(toks[prev].Lower, wParticle) && isWord(toks[prev-1].Text) && isUpper(toks[prev-1].Text) {
		return dateline.Mention{}, 0, false // "Mocimboa da Praia", "Rio de Janeiro" read as one name: not Praia
	}
	if end < len(toks) && isWord(toks[end].Text) && isUpper(toks[end].Text) && !g.never(g.keyOf(toks, end, end+1)) && !(g.siteAfter(toks, end) && g.townOnly(refs)) &&
		!startsSpan(toks[end].Start, skip) {
		// part of an organisation's name: "New York Times"; but a name
		// before an actor the actor stage read is the actor's place:
		// "Istanbul Mayor Ekrem Imamoglu", "Paris prosecutor"
		return dateline.Mention{}, 0, false
	}
	c, ok := g.countryBefore(toks, i)
	if !ok {
		c, ok = g.countryAfterIn(toks, end)
	}
	if ok || h.pinned[key] != 0 {
		// "the northern Mozambican town of Palma": the town is in
		// Mozambique; when the gazetteer knows no such place there (only
		// Palma, Spain), the name stands for the country, here and when
		// the story names it again
		if !ok {
			c = h.pinned[key]
		}
		if in, found := g.inCountry(refs, g.entries[c].place.Country, h); found {
			return g.mention(toks, i, end, g.entries[in].place, ruleFor(g.entries[in].place.Feature, true)), end, true
		}
		if h.pinned != nil {
			h.pinned[key] = c
		}
		return g.mention(toks, i, end, g.entries[c].place, "where:unknown-town-in-country"), end, true
	}
	bi, ok := g.best(refs, h, false)
	if named {
		// "Zamfara state", "Niger state", "Helmand province": the division
		// whose name ends in that word ("Zamfara State"), its short form no
		// noisy alternate here, nor the country Niger
		bi, ok = div, true
	} else if end < len(toks) && g.is(toks[end].Lower, wDivision) {
		// "Washington state", "Idlib governorate", "Kherson region": the
		// division, not its city.
		if a, ok := g.areaIn(refs, h); ok && g.entries[a].kind == kindAdmin1 {
			bi = a
		}
	}
	if !ok || !named && !g.altOK(bi, refs, end-i, h) {
		return dateline.Mention{}, 0, false
	}
	initial := firstWord(toks, i)
	cue := g.hasCue(toks, i, lastEnd) || venueCue(toks, i, end)
	strong := named || g.strong(bi, refs)
	switch {
	case g.common[key] && (initial || !cue):
		return dateline.Mention{}, 0, false
	case initial && !strong:
		return dateline.Mention{}, 0, false
	case !strong && !cue:
		return dateline.Mention{}, 0, false
	}
	rule := ruleFor(g.entries[bi].place.Feature, cue && !strong)
	m := g.mention(toks, i, end, g.entries[bi].place, rule)
	if (viaAlternate(refs, bi) || m.Text != m.Place.Name && g.respelt(bi, key) || g.otherName(bi, key)) && m.Text != "" && !strings.ContainsAny(m.Text, ".-") && isUpper(m.Text) {
		// Named by an alternate name, another spelling or another name
		// of a town ("Geneva" for Genève, "Khan Younis" for Khan Yunis,
		// "Hodeidah" for Al Hudaydah, "New York" for New York City), or a
		// division by another name ("Cabo Delgado province" for Cabo
		// Delgado Province, "South Kordofan" for Southern Kordofan): keep
		// the story's spelling, which is the reader's language.
		m.Place.Name = m.Text
	}
	return m, end, true
}

// otherName reports whether key, the text's, names town or division bi by
// another name than its own: an alias ("Hodeidah", "South Kordofan"), or
// the name with or without a word such as "City" or "Province" ("New
// York", "Gaza City", "Cabo Delgado").
func (g *Gazetteer) otherName(bi int32, key string) bool {
	f := g.entries[bi].place.Feature
	return (f == "city" || f == "admin1") && key != Key(g.entries[bi].place.Name)
}

// respelt reports whether key, the text's, is not the own name of entry bi
// but a spelling of it.
func (g *Gazetteer) respelt(bi int32, key string) bool {
	own := Key(g.entries[bi].place.Name)
	return key != own && spelling(key, own)
}

// ruleFor names the rule of a plain name mention without allocating.
func ruleFor(feature string, cue bool) string {
	switch feature {
	case "country":
		if cue {
			return "where:country+cue"
		}
		return "where:country"
	case "admin1":
		if cue {
			return "where:admin1+cue"
		}
		return "where:admin1"
	case "region":
		if cue {
			return "where:region+cue"
		}
		return "where:region"
	}
	if cue {
		return "where:city+cue"
	}
	return "where:city"
}

// mention builds a place mention of tokens [i, end).
func (g *Gazetteer) mention(toks []dateline.Token, i, end int, p dateline.Place, rule string) dateline.Mention {
	start, stop := toks[i].Start, toks[end-1].End
	text := toks[i].Text
	if end-i > 1 {
		text = joinTokens(toks[i:end])
	}
	return dateline.Mention{Span: dateline.Span{Start: start, End: stop}, Text: text, Kind: dateline.KindPlace, Place: &p, Rule: rule}
}

// viaAlternate reports whether entry bi was reached through an alternate
// name, not its own.
func viaAlternate(refs []ref, bi int32) bool {
	for _, r := range refs {
		if r.idx == bi {
			return r.alt
		}
	}
	return false
}

// joinTokens rebuilds the text of consecutive tokens from their offsets.
func joinTokens(toks []dateline.Token) string {
	var b strings.Builder
	for j, t := range toks {
		if j > 0 {
			for k := toks[j-1].End; k < t.Start; k++ {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// strong reports whether the place chosen needs no cue: a country, division,
// region, capital, seat of a division of its name or big city named by its
// own name.
func (g *Gazetteer) strong(bi int32, refs []ref) bool {
	e := &g.entries[bi]
	alt := false
	for _, r := range refs {
		if r.idx == bi {
			alt = r.alt
		}
	}
	switch e.kind {
	case kindCountry, kindAdmin1, kindRegion, kindCapital:
		return !alt || e.kind == kindCapital
	case kindSeat:
		for _, r := range refs { // "Kidal": a division's seat named as the division is
			if o := &g.entries[r.idx]; !alt && !r.alt && o.kind == kindAdmin1 && o.code == e.code {
				return true
			}
		}
	}
	if alt {
		return e.pop >= 1000000
	}
	return e.pop >= strongPop && e.kind != kindSection
}

// divisionCalled returns the first-level division among refs whose own name
// ends in the division word word ("state" for "Zamfara State", "governorate"
// for "Idlib Governorate"): the text names it as the gazetteer does.
func (g *Gazetteer) divisionCalled(refs []ref, word string) (int32, bool) {
	for _, r := range refs {
		e := &g.entries[r.idx]
		if e.kind != kindAdmin1 {
			continue
		}
		name := e.place.Name
		if n := len(name) - len(word); n > 1 && name[n-1] == ' ' && strings.EqualFold(name[n:], word) {
			return r.idx, true
		}
	}
	return 0, false
}

// altOK reports whether a place named by a GeoNames alternate name may be
// taken: alternate names are many and noisy ("Hamas" for Hamm, "White House"
// for Casablanca), so only a one-word exonym of a city of a million ("Peking")
// or a place in the story's countries is.
func (g *Gazetteer) altOK(bi int32, refs []ref, words int, h Hint) bool {
	for _, r := range refs {
		if r.idx != bi {
			continue
		}
		if !r.alt {
			return true
		}
		e := &g.entries[bi]
		if words == 1 && e.pop >= 1000000 {
			return true
		}
		for _, o := range refs { // "Geneva": the canton's own name, its seat's alternate
			if oe := &g.entries[o.idx]; !o.alt && oe.kind == kindAdmin1 && oe.code == e.code {
				return true
			}
		}
		for _, c := range h.Countries {
			if c == e.place.Country {
				return true
			}
		}
		return h.Near != nil && h.Near.Country == e.place.Country
	}
	return true
}

// never reports whether a key is never a place in running text (months,
// weekdays: "!" lines in common.txt).
func (g *Gazetteer) never(key string) bool { return g.stop[key] }

// townOnly reports whether a name reaches a town and no country: "Jordan
// Street" names no site of a town.
func (g *Gazetteer) townOnly(refs []ref) bool {
	town := false
	for _, r := range refs {
		switch g.entries[r.idx].place.Feature {
		case "country":
			return false
		case "city":
			town = true
		}
	}
	return town
}

// siteAfter reports whether the capitalised words from token i on name a
// site of the place before them: "Lahore High Court", "Kabul
// International Airport" end with a landmark ("court", "airport"); "New
// York Times" does not.
func (g *Gazetteer) siteAfter(toks []dateline.Token, i int) bool {
	last := -1
	for ; i < len(toks) && isWord(toks[i].Text) && isUpper(toks[i].Text); i++ {
		last = i
	}
	return last >= 0 && g.is(toks[last].Lower, wLandmark)
}

// hasCue reports whether a locative cue precedes token i: "in", "near",
// "the town of", "south of", or a list of places ("in Tripoli and Misrata").
func (g *Gazetteer) hasCue(toks []dateline.Token, i, lastEnd int) bool {
	p := i - 1
	if p < 0 {
		return false
	}
	w := toks[p].Lower
	if g.is(w, wCue) {
		return true
	}
	if w == "of" && p > 0 {
		b := toks[p-1].Lower
		if g.is(b, wPlaceOf) {
			return true
		}
		if _, ok := directions[b]; ok {
			return true
		}
	}
	if (w == "and" || w == "," || w == "or") && lastEnd == p {
		return true
	}
	return false
}

// venueNouns name gatherings; "the Geneva conference", "the Dayton
// accords" name the place where they met.
var venueNouns = map[string]bool{
	"conference": true, "summit": true, "talks": true, "meeting": true, "accord": true, "accords": true,
	"agreement": true, "process": true, "forum": true, "negotiations": true, "peace": true,
}

// venueCue reports whether the name at toks[i:end] stands between "the" and
// a gathering noun.
func venueCue(toks []dateline.Token, i, end int) bool {
	return i > 0 && end < len(toks) && toks[i-1].Lower == "the" && venueNouns[toks[end].Lower]
}

// longest returns the end of the longest place name starting at token i and
// its places; end is 0 when none starts there.
func (g *Gazetteer) longest(toks []dateline.Token, i int) (int, []ref) {
	var buf [160]byte
	k := g.appendKey(buf[:0], &toks[i])
	if len(k) == 0 {
		return 0, nil
	}
	end, refs := 0, []ref(nil)
	if r := g.lookupBytes(k); len(r) > 0 {
		end, refs = i+1, r
	}
	maxWords := int(g.first[string(k)])
	for j := i + 1; j < len(toks) && j-i < maxWords; j++ {
		if !isWord(toks[j].Text) || toks[j].Start > toks[j-1].End+1 {
			break
		}
		k = append(k, ' ')
		k = g.appendKey(k, &toks[j])
		if !isUpper(toks[j].Text) {
			continue
		}
		if r := g.lookupBytes(k); len(r) > 0 {
			end, refs = j+1, r
		}
	}
	return end, refs
}

// appendKey appends the key of one token: its lower-case form when that is
// already plain, else Key of it with any possessive "'s" removed.
func (g *Gazetteer) appendKey(k []byte, t *dateline.Token) []byte {
	w := t.Lower
	if plainWord(w) {
		return append(k, expandString(w)...)
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return append(k, Key(w)...)
}

func expandString(w string) string {
	switch w {
	case "st":
		return "saint"
	case "ste":
		return "sainte"
	case "mt":
		return "mount"
	case "ft":
		return "fort"
	}
	return w
}

// countryBefore reads a country's demonym before a place noun and "of"
// before token i: "the Mozambican town of", "a South African port of".
// It returns the country's entry.
func (g *Gazetteer) countryBefore(toks []dateline.Token, i int) (int32, bool) {
	if i < 3 || toks[i-1].Lower != "of" || !g.is(toks[i-2].Lower, wPlaceOf) {
		return 0, false
	}
	for n := 1; n <= 2 && i-2-n >= 0; n++ {
		if c, ok := g.demonym[g.keyOf(toks, i-2-n, i-2)]; ok {
			return c, true
		}
	}
	return 0, false
}

// countryAfterIn returns the country named after "in" and an optional
// direction at end: "Palma in northern Mozambique".
func (g *Gazetteer) countryAfterIn(toks []dateline.Token, end int) (int32, bool) {
	if end+1 >= len(toks) || toks[end].Lower != "in" {
		return 0, false
	}
	q := end + 1
	if c, ok := g.countryAt(toks, q); ok {
		return c, true // "Bor in South Sudan": a country whose name opens with a direction
	}
	if _, ok := directions[toks[q].Lower]; ok {
		return g.countryAt(toks, q+1) // "in northern Mali"
	}
	return 0, false
}

// countryAt returns the country whose name starts at token q.
func (g *Gazetteer) countryAt(toks []dateline.Token, q int) (int32, bool) {
	if q >= len(toks) || !isUpper(toks[q].Text) {
		return 0, false
	}
	qend, quals := g.longest(toks, q)
	if qend == 0 {
		return 0, false
	}
	for _, r := range quals {
		if e := &g.entries[r.idx]; e.kind == kindCountry && !r.alt {
			return r.idx, true
		}
	}
	return 0, false
}

// inCountry returns the best of refs in country iso3.
func (g *Gazetteer) inCountry(refs []ref, iso3 string, h Hint) (int32, bool) {
	bestI, bestS := int32(-1), math.Inf(-1)
	for _, r := range refs {
		if g.entries[r.idx].place.Country != iso3 || g.entries[r.idx].kind == kindCountry {
			continue
		}
		if s := g.score(r, h, 0); s > bestS {
			bestI, bestS = r.idx, s
		}
	}
	return bestI, bestI >= 0
}

// keyOf is the key of tokens [i, end).
func (g *Gazetteer) keyOf(toks []dateline.Token, i, end int) string {
	if end-i == 1 && plainWord(toks[i].Lower) {
		return expandString(toks[i].Lower)
	}
	var buf [160]byte
	k := buf[:0]
	for j := i; j < end; j++ {
		if j > i {
			k = append(k, ' ')
		}
		k = g.appendKey(k, &toks[j])
	}
	return string(k)
}

// plainWord reports whether w is lower-case ASCII letters only.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// shortForm reports whether a token is written as an abbreviation: all
// capitals or dotted ("US", "U.S.").
func shortForm(s string) bool {
	return strings.ContainsRune(s, '.') || strings.ToUpper(s) == s
}

// prevWord returns the index of the word token before i, or -1 when a
// punctuation token or the sentence start comes first.
func prevWord(toks []dateline.Token, i int) int {
	if i == 0 || !isWord(toks[i-1].Text) {
		return -1
	}
	return i - 1
}

// firstWord reports whether token i is the sentence's first word, after any
// opening quotes or brackets.
func firstWord(toks []dateline.Token, i int) bool {
	for j := 0; j < i; j++ {
		if isWord(toks[j].Text) || unicode.IsDigit(rune(toks[j].Text[0])) {
			return false
		}
	}
	return true
}
