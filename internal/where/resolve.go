package where

import (
	"math"
	"sort"
	"strings"

	"dateline"
)

// Hint is what a story says about where it happens, for choosing between
// places of the same name.
type Hint struct {
	Countries []string        // ISO3 codes salient in the story, most salient first
	Near      *dateline.Place // the dateline place, if known
	// pinned holds the names the story has said are in a country the
	// gazetteer has no such place in ("the Mozambican town of Palma"), by
	// key, with that country's entry; NewScene makes it, Mentions fills it
	// as it reads the story in order.
	pinned map[string]int32
}

// static is a place's rank without context: bigger first, countries and
// capitals above cities of their size, alternate names below own names.
func (g *Gazetteer) static(r ref) float64 {
	e := &g.entries[r.idx]
	s := math.Log10(float64(e.pop) + 10)
	switch e.kind {
	case kindCountry:
		s += 3
	case kindCapital:
		s += 2
	case kindSeat:
		s += 0.5
	case kindAdmin1:
		s -= 0.7
	case kindSection:
		s -= 1
	}
	if r.alt {
		s -= 2.5
	}
	return s
}

// Town sizes for the country hint: a town smaller than smallTown does not
// take the name of a place of majorPlace people or more elsewhere because
// the story names the town's country ("Iranian and US negotiators met in
// Geneva" is Geneva in Switzerland, not Geneva, Illinois); its nearness to
// the dateline still counts.
const (
	smallTown  = 50_000
	majorPlace = 100_000
)

// score ranks a place in context. top is the population of the largest
// populated place that bears the name.
func (g *Gazetteer) score(r ref, h Hint, top int64) float64 {
	s := g.static(r)
	p := &g.entries[r.idx].place
	dwarfed := g.entries[r.idx].pop < smallTown && top >= majorPlace
	for i, c := range h.Countries {
		if c == p.Country && !dwarfed {
			s += max(4-0.5*float64(i), 2.5)
			break
		}
	}
	if h.Near != nil && (h.Near.Lat != 0 || h.Near.Lon != 0) {
		if h.Near.Country == p.Country {
			s += 2
		}
		s += 2 * math.Exp(-distanceKm(h.Near.Lat, h.Near.Lon, p.Lat, p.Lon)/250)
	}
	return s
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, a)))
}

// Lookup returns every place filed under name (normalised as Key does), most
// populous first. Countries and divisions count the people of their cities
// in the data.
func (g *Gazetteer) Lookup(name string) []dateline.Place {
	refs := g.lookup(Key(name))
	if len(refs) == 0 {
		return nil
	}
	idx := make([]int32, len(refs))
	for i, r := range refs {
		idx[i] = r.idx
	}
	sort.SliceStable(idx, func(a, b int) bool { return g.entries[idx[a]].pop > g.entries[idx[b]].pop })
	out := make([]dateline.Place, len(idx))
	for i, j := range idx {
		out[i] = g.entries[j].place
	}
	return out
}

// Major reports whether name is the own name (not an alternate) of a
// country, a first-level division or a place of 100,000 people or more,
// or the short name of a first-level division ("Borno" for Borno State,
// "Sindh" for Sindh Province): a division is named by its short form as
// often as by its full one.
func (g *Gazetteer) Major(name string) bool {
	for _, r := range g.lookup(Key(name)) {
		if e := &g.entries[r.idx]; e.kind == kindAdmin1 || !r.alt && (e.kind == kindCountry || e.pop >= 100000) {
			return true
		}
	}
	return false
}

// Country returns the country with ISO 3166-1 alpha-3 code iso3 as a place
// at its centroid.
func (g *Gazetteer) Country(iso3 string) (dateline.Place, bool) {
	i, ok := g.country[strings.ToUpper(iso3)]
	if !ok {
		return dateline.Place{}, false
	}
	return g.entries[i].place, true
}

// CountryByName returns the country a name or alias names: "Libya", "the
// United States", "Ivory Coast", "U.S.".
func (g *Gazetteer) CountryByName(name string) (dateline.Place, bool) {
	for _, r := range g.lookup(Key(name)) {
		if e := &g.entries[r.idx]; e.kind == kindCountry && !r.alt {
			return e.place, true
		}
	}
	return dateline.Place{}, false
}

// Resolve returns the best reading of a place name in context: by the
// story's countries, nearness to the dateline place, size and kind. A name
// qualified after a comma ("Paris, Texas", "Tripoli, Lebanon") keeps only the
// places in that division or country. Direction phrases ("eastern Libya",
// "Libya's east") resolve to a region of the country.
func (g *Gazetteer) Resolve(name string, h Hint) (dateline.Place, bool) {
	if head, qual, ok := strings.Cut(name, ","); ok {
		if p, ok := g.qualified(Key(head), Key(qual), h, false); ok {
			return p, true
		}
	}
	k := Key(possessive.Replace(name))
	if i, ok := g.best(g.lookup(k), h, false); ok {
		return g.entries[i].place, true
	}
	if p, ok := g.regionOf(k, h); ok {
		return p, true
	}
	return dateline.Place{}, false
}

// possessive splits "Libya's east" into "Libya s east" so that the
// possessive survives Key.
var possessive = strings.NewReplacer("'s ", " s ", "’s ", " s ")

// best returns the entry of refs that scores highest under h; citiesOnly
// keeps only populated places when there are any.
func (g *Gazetteer) best(refs []ref, h Hint, citiesOnly bool) (int32, bool) {
	bestI, bestS := int32(-1), math.Inf(-1)
	top := g.top(refs)
	for pass := 0; pass < 2 && bestI < 0; pass++ {
		for _, r := range refs {
			if pass == 0 && citiesOnly && g.entries[r.idx].place.Feature != "city" {
				continue
			}
			s := g.score(r, h, top)
			if g.overshadowed(r, refs) {
				s -= shadowed
			}
			if s > bestS {
				bestI, bestS = r.idx, s
			}
		}
		if !citiesOnly {
			break
		}
	}
	if bestI >= 0 && g.entries[bestI].kind == kindAdmin1 {
		// A division and a city in it of the same name: the name means the
		// city ("Geneva", "Kabul"). A city that bears the name only among
		// its alternates is the division's namesake when it is its seat or
		// a capital ("Basra" is Basrah); a lesser town that the gazetteer
		// also files under the division's name is not ("Arizona" is not
		// Yuma, "Bihar" not Bihar Sharif).
		code, cityI, cityS := g.entries[bestI].code, int32(-1), math.Inf(-1)
		for _, r := range refs {
			if e := &g.entries[r.idx]; e.place.Feature == "city" && e.code == code && (!r.alt || e.kind == kindSeat || e.kind == kindCapital) {
				if s := g.score(r, h, top); s > cityS {
					cityI, cityS = r.idx, s
				}
			}
		}
		if cityI >= 0 {
			bestI = cityI
		}
	}
	return bestI, bestI >= 0
}

// shadowed is what a town loses to a first-level division of its name
// elsewhere that has more people than it: more than the divisions' own
// handicap in static, so that without the story's country or dateline the
// name means the division ("Bombs exploded in Bali" is Indonesia's
// province, not Bāli, a town of 300,000 in West Bengal; "Ontario" is the
// province, not Ontario, California). A division's people are only those
// of its cities of 15,000 or more, so it is counted short, never long; a
// capital or a division's seat keeps its name ("Valencia" is Venezuela's
// city, not Spain's region of more people), and so does a town in the
// division of its name.
const shadowed = 1

// overshadowed reports whether r is a town (not a capital or seat) that
// shares its name with a bigger first-level division it is not in.
func (g *Gazetteer) overshadowed(r ref, refs []ref) bool {
	e := &g.entries[r.idx]
	if r.alt || e.kind != kindCity {
		return false
	}
	for _, o := range refs {
		if d := &g.entries[o.idx]; !o.alt && d.kind == kindAdmin1 && d.code != e.code && d.pop > e.pop {
			return true
		}
	}
	return false
}

// top returns the population of the largest populated place among refs
// (countries and divisions count their cities' people, so they are left out).
func (g *Gazetteer) top(refs []ref) int64 {
	var n int64
	for _, r := range refs {
		if e := &g.entries[r.idx]; e.place.Feature == "city" && !r.alt {
			n = max(n, e.pop)
		}
	}
	return n
}

// has reports whether refs holds entry i.
func (refs refList) has(i int32) bool {
	for _, r := range refs {
		if r.idx == i {
			return true
		}
	}
	return false
}

// qualified resolves head within qual, a division or country name.
func (g *Gazetteer) qualified(head, qual string, h Hint, citiesOnly bool) (dateline.Place, bool) {
	quals := g.lookup(qual)
	if len(quals) == 0 {
		return dateline.Place{}, false
	}
	var keep []ref
	for _, r := range g.lookup(head) {
		e := &g.entries[r.idx]
		for _, q := range quals {
			qe := &g.entries[q.idx]
			if (qe.kind == kindCountry && qe.place.Country == e.place.Country) ||
				(qe.kind == kindAdmin1 && qe.code == e.code) {
				keep = append(keep, r)
				break
			}
		}
	}
	if i, ok := g.best(keep, h, citiesOnly); ok {
		return g.entries[i].place, true
	}
	return dateline.Place{}, false
}

// Dateline resolves a story's dateline to a city: "PALERMO, Sicily" is
// Palermo in Sicily, "KABUL, Afghanistan" Kabul, "WASHINGTON" Washington,
// D.C., "NIAMEY/ABUJA" Niamey. A dateline that names only a country or
// division resolves to it, and so does a town the gazetteer lacks after a
// country's name.
func (g *Gazetteer) Dateline(d dateline.Dateline) (dateline.Place, bool) {
	place, qual := d.Place, d.Admin1
	if place == "" {
		text := d.Text
		if i := strings.IndexAny(text, "(—"); i >= 0 {
			text = text[:i]
		}
		place, qual, _ = strings.Cut(text, ",")
	}
	place, _, _ = strings.Cut(place, "/") // "NIAMEY/ABUJA": filed from the first
	head := Key(place)
	if head == "" {
		return dateline.Place{}, false
	}
	var h Hint
	if d.Country != "" {
		h.Countries = []string{d.Country}
	}
	if q := Key(qual); q != "" {
		if p, ok := g.qualified(head, q, h, true); ok {
			return p, true
		}
	}
	if d.Country != "" {
		var keep []ref
		for _, r := range g.lookup(head) {
			if g.entries[r.idx].place.Country == d.Country {
				keep = append(keep, r)
			}
		}
		if i, ok := g.best(keep, h, true); ok {
			return g.entries[i].place, true
		}
	}
	if i, ok := g.best(g.lookup(head), h, true); ok {
		return g.entries[i].place, true
	}
	// "PANMUNJOM, South Korea": a town the gazetteer lacks, in a country it
	// knows, files the story from that country
	for _, q := range g.lookup(Key(qual)) {
		if e := &g.entries[q.idx]; e.kind == kindCountry {
			return e.place, true
		}
	}
	return dateline.Place{}, false
}
