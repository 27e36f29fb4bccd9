package where

import (
	"strings"

	"dateline"
)

// based reads "Tripoli-based" and "Libyan-based": a place or demonym before
// "-based" in one token. The mention covers the place part only.
func (g *Gazetteer) based(toks []dateline.Token, i int, h Hint) (dateline.Mention, bool) {
	t := &toks[i]
	head, ok := strings.CutSuffix(t.Lower, "-based")
	if !ok || head == "" {
		return dateline.Mention{}, false
	}
	k := Key(head)
	var p dateline.Place
	rule := "where:based"
	if bi, ok := g.best(g.lookup(k), h, false); ok {
		p = g.entries[bi].place
	} else if c, ok := g.demonym[k]; ok {
		p = g.entries[c].place
		rule = "where:based-demonym"
	} else {
		return dateline.Mention{}, false
	}
	sp := dateline.Span{Start: t.Start, End: t.Start + len(head)}
	return dateline.Mention{Span: sp, Text: t.Text[:len(head)], Kind: dateline.KindPlace, Place: &p, Rule: rule}, true
}

// areaIn returns the best-scoring country, division or region among refs,
// the alternate names of divisions and regions left out.
func (g *Gazetteer) areaIn(refs []ref, h Hint) (int32, bool) {
	return g.bestOf(refs, h, func(r ref) bool {
		k := g.entries[r.idx].kind
		// a country's alternate names are its own official and short
		// forms ("Democratic Republic of Congo", "Congo"), not the
		// gazetteer's noisy alternates of towns and divisions
		return k == kindCountry || !r.alt && (k == kindAdmin1 || k == kindRegion)
	})
}

// bestOf returns the best-scoring ref among those keep accepts.
func (g *Gazetteer) bestOf(refs []ref, h Hint, keep func(ref) bool) (int32, bool) {
	bestI, ok := int32(-1), false
	var bestS float64
	for _, r := range refs {
		if !keep(r) {
			continue
		}
		if s := g.score(r, h, 0); !ok || s > bestS {
			bestI, bestS, ok = r.idx, s, true
		}
	}
	return bestI, ok
}

// namesCountry reports whether refs hold a country.
func (g *Gazetteer) namesCountry(refs []ref) bool {
	for _, r := range refs {
		if !r.alt && g.entries[r.idx].kind == kindCountry {
			return true
		}
	}
	return false
}

// cityIn returns the best-scoring town, city or capital among refs.
func (g *Gazetteer) cityIn(refs []ref, h Hint) (int32, bool) {
	return g.bestOf(refs, h, func(r ref) bool {
		k := g.entries[r.idx].kind
		return k == kindCity || k == kindSeat || k == kindCapital
	})
}

// capitalIn reports whether refs name a national capital.
func (g *Gazetteer) capitalIn(refs []ref) bool {
	for _, r := range refs {
		if !r.alt && g.entries[r.idx].kind == kindCapital {
			return true
		}
	}
	return false
}

// directionArea reads "eastern Libya", "southern Lebanon": a direction
// adjective and a country, division or region.
func (g *Gazetteer) directionArea(toks []dateline.Token, i int, h Hint, skip []dateline.Span) (dateline.Mention, int, bool) {
	if i+1 >= len(toks) || !isUpper(toks[i+1].Text) {
		return dateline.Mention{}, 0, false
	}
	end, refs := g.longest(toks, i+1)
	if end == 0 {
		return dateline.Mention{}, 0, false
	}
	if (directions[toks[i].Lower] == "central" || g.capitalIn(refs)) && !g.namesCountry(refs) {
		// "central Tel Aviv", "central Baghdad": the middle of a city is
		// in the city, not a region of the district it gives its name to;
		// so is any side of a national capital ("southern Kabul", "west
		// Beirut"); "central Mali" is the country's middle, whatever town
		// shares its name
		if c, ok := g.cityIn(refs, h); ok {
			m := g.mention(toks, i, end, g.entries[c].place, "where:city")
			if key := g.keyOf(toks, i+1, end); viaAlternate(refs, c) || g.respelt(c, key) || g.otherName(c, key) {
				m.Place.Name = joinTokens(toks[i+1 : end]) // "central Ulaanbaatar": the story's name, not Ulan Bator
			}
			return m, end, !skipped(m.Span, skip)
		}
	}
	a, ok := g.areaIn(refs, h)
	if !ok {
		return dateline.Mention{}, 0, false
	}
	m := g.mention(toks, i, end, g.region(toks[i].Lower, a), "where:region")
	if skipped(m.Span, skip) {
		return dateline.Mention{}, 0, false
	}
	return m, end, true
}

// possessiveDirection reads "Libya's east" and "Libya's remote south" after a
// name that ends at token end.
func (g *Gazetteer) possessiveDirection(toks []dateline.Token, i, end int, refs []ref, h Hint, skip []dateline.Span) (dateline.Mention, int, bool) {
	j := end
	last := toks[end-1].Lower
	if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
		if j >= len(toks) || (toks[j].Lower != "'s" && toks[j].Lower != "’s") {
			return dateline.Mention{}, 0, false
		}
		j++
	}
	if j < len(toks) && j+1 < len(toks) && isWord(toks[j].Text) && !isUpper(toks[j].Text) {
		if _, ok := directions[toks[j].Lower]; !ok {
			j++ // one adjective: "Libya's remote south"
		}
	}
	if j >= len(toks) {
		return dateline.Mention{}, 0, false
	}
	dir := toks[j].Lower
	if _, ok := directions[dir]; !ok || strings.HasSuffix(dir, "ern") || dir == "central" {
		return dateline.Mention{}, 0, false
	}
	if isUpper(toks[j].Text) {
		if e, _ := g.longest(toks, j); e > j+1 {
			return dateline.Mention{}, 0, false // "Egypt's North Sinai province": a name of its own
		}
	}
	a, ok := g.areaIn(refs, h)
	if !ok {
		return dateline.Mention{}, 0, false
	}
	m := g.mention(toks, i, j+1, g.region(dir, a), "where:region")
	if skipped(m.Span, skip) {
		return dateline.Mention{}, 0, false
	}
	return m, j + 1, true
}

// theDirectionOf reads "the east of Libya", "the remote south of the
// country" (the story's country, from h).
func (g *Gazetteer) theDirectionOf(toks []dateline.Token, i int, h Hint, skip []dateline.Span) (dateline.Mention, int, bool) {
	j := i + 1
	for n := 0; n < 2 && j < len(toks) && isWord(toks[j].Text) && !isUpper(toks[j].Text); n++ {
		if _, ok := directions[toks[j].Lower]; ok {
			break
		}
		j++
	}
	if j+2 >= len(toks) || toks[j+1].Lower != "of" {
		return dateline.Mention{}, 0, false
	}
	dir := toks[j].Lower
	if _, ok := directions[dir]; !ok || strings.HasSuffix(dir, "ern") || dir == "central" {
		return dateline.Mention{}, 0, false
	}
	k := j + 2
	var area int32
	var end int
	if toks[k].Lower == "the" && k+1 < len(toks) && toks[k+1].Lower == "country" {
		a, ok := g.hintCountry(h)
		if !ok {
			return dateline.Mention{}, 0, false
		}
		area, end = a, k+2
	} else {
		if !isUpper(toks[k].Text) {
			return dateline.Mention{}, 0, false
		}
		e, refs := g.longest(toks, k)
		if e == 0 {
			return dateline.Mention{}, 0, false
		}
		a, ok := g.areaIn(refs, h)
		if !ok {
			return dateline.Mention{}, 0, false
		}
		area, end = a, e
	}
	m := g.mention(toks, i, end, g.region(dir, area), "where:region")
	if skipped(m.Span, skip) {
		return dateline.Mention{}, 0, false
	}
	return m, end, true
}

// qualifiedAt reads "Paris, Texas" and "Tripoli, Lebanon": a name, a comma
// and the division or country it lies in.
//
// "Palma in northern Mozambique", "Goma in eastern Congo": a name, "in", an
// optional direction and its country or division choose as well; the
// mention is the name alone (what follows is a place of its own).
func (g *Gazetteer) qualifiedAt(toks []dateline.Token, i, end int, refs []ref, h Hint, skip []dateline.Span) (dateline.Mention, int, bool) {
	in := false
	q := end + 1
	if end+1 < len(toks) && toks[end].Lower == "in" {
		in = true
		if _, ok := directions[toks[q].Lower]; ok {
			q++
		}
	}
	if q >= len(toks) || !in && toks[end].Text != "," || !isUpper(toks[q].Text) {
		return dateline.Mention{}, 0, false
	}
	qend, quals := g.longest(toks, q)
	if qend == 0 {
		return dateline.Mention{}, 0, false
	}
	var keep []ref
	for _, r := range refs {
		e := &g.entries[r.idx]
		if e.place.Feature != "city" {
			continue
		}
		for _, q := range quals {
			qe := &g.entries[q.idx]
			if (qe.kind == kindCountry && qe.place.Country == e.place.Country) || (qe.kind == kindAdmin1 && qe.code == e.code) {
				keep = append(keep, r)
				break
			}
		}
	}
	bi, ok := g.best(keep, h, false)
	if !ok {
		return dateline.Mention{}, 0, false
	}
	if in {
		qend = end
	}
	m := g.mention(toks, i, qend, g.entries[bi].place, "where:qualified")
	if skipped(m.Span, skip) {
		return dateline.Mention{}, 0, false
	}
	return m, qend, true
}
