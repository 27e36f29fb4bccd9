package where

import (
	"strings"

	"dateline"
)

// directions maps direction words, as adjective or noun, to the adjective
// that names a region: "east" and "eastern" -> "eastern".
var directions = map[string]string{
	"north": "northern", "northern": "northern", "south": "southern", "southern": "southern",
	"east": "eastern", "eastern": "eastern", "west": "western", "western": "western",
	"northeast": "northeastern", "northeastern": "northeastern", "northwest": "northwestern", "northwestern": "northwestern",
	"southeast": "southeastern", "southeastern": "southeastern", "southwest": "southwestern", "southwestern": "southwestern",
	"center": "central", "centre": "central", "central": "central",
	"north east": "northeastern", "north eastern": "northeastern", "north west": "northwestern", "north western": "northwestern",
	"south east": "southeastern", "south eastern": "southeastern", "south west": "southwestern", "south western": "southwestern",
}

// IsDirection reports whether w (lower case) is a direction word: "east",
// "northern", "central".
func IsDirection(w string) bool {
	_, ok := directions[w]
	return ok
}

// region returns the region of a country or division in a direction: Name
// "eastern Libya", Country LBY, at the middle of the area's cities that lie
// that way from its centre (see directionPoint).
func (g *Gazetteer) region(dir string, area int32) dateline.Place {
	p := g.entries[area].place
	adj := directions[dir]
	lat, lon := g.directionPoint(area, adj)
	return dateline.Place{Name: adj + " " + p.Name, Admin1: p.Admin1, Country: p.Country, Lat: lat, Lon: lon, Feature: "region"}
}

// dirKey names a direction of an area, for the points already computed.
type dirKey struct {
	area int32
	dir  string
}

// directionPoint returns a point for a direction of a country or division:
// the mean of the area's cities that lie that way from its centre ("southern
// Lebanon" is near Tyre and Nabatieh, not at Lebanon's centre), or the
// centre itself for "central" and areas with no such city. Each point is
// computed once, on first use, and kept.
func (g *Gazetteer) directionPoint(area int32, dir string) (float64, float64) {
	c := &g.entries[area]
	if dir == "central" || c.kind != kindCountry && c.kind != kindAdmin1 {
		return c.place.Lat, c.place.Lon
	}
	k := dirKey{area, dir}
	if v, ok := g.dirPoints.Load(k); ok {
		p := v.([2]float64)
		return p[0], p[1]
	}
	north, south := strings.HasPrefix(dir, "north"), strings.HasPrefix(dir, "south")
	east, west := strings.Contains(dir, "east"), strings.Contains(dir, "west")
	var sumLat, sumLon float64
	n := 0
	for i := range g.entries {
		e := &g.entries[i]
		switch {
		case e.place.Feature != "city",
			c.kind == kindCountry && e.place.Country != c.place.Country,
			c.kind == kindAdmin1 && e.code != c.code,
			north && e.place.Lat <= c.place.Lat, south && e.place.Lat >= c.place.Lat,
			east && e.place.Lon <= c.place.Lon, west && e.place.Lon >= c.place.Lon:
			continue
		}
		sumLat += e.place.Lat
		sumLon += e.place.Lon
		n++
	}
	p := [2]float64{c.place.Lat, c.place.Lon}
	if n > 0 {
		p = [2]float64{round4(sumLat / float64(n)), round4(sumLon / float64(n))}
	}
	g.dirPoints.Store(k, p)
	return p[0], p[1]
}

// area returns the country or division a key names, best under h.
func (g *Gazetteer) area(k string, h Hint) (int32, bool) {
	var keep []ref
	for _, r := range g.lookup(k) {
		if kd := g.entries[r.idx].kind; (kd == kindCountry || kd == kindAdmin1) && !r.alt {
			keep = append(keep, r)
		}
	}
	return g.best(keep, h, false)
}

// regionOf reads a key as a direction phrase: "eastern libya", "libya s
// east", "east of libya", "the south of the country" (the first hint country).
func (g *Gazetteer) regionOf(k string, h Hint) (dateline.Place, bool) {
	words := strings.Fields(k)
	if len(words) < 2 {
		return dateline.Place{}, false
	}
	// "eastern libya"
	if _, ok := directions[words[0]]; ok {
		if i, ok := g.area(strings.Join(words[1:], " "), h); ok {
			return g.region(words[0], i), true
		}
	}
	// "libya s east"
	if n := len(words); n >= 3 && words[n-2] == "s" {
		if _, ok := directions[words[n-1]]; ok {
			if i, ok := g.area(strings.Join(words[:n-2], " "), h); ok {
				return g.region(words[n-1], i), true
			}
		}
	}
	// "east of libya", "south of the country"
	for j := 0; j+1 < len(words); j++ {
		if words[j+1] != "of" {
			continue
		}
		if _, ok := directions[words[j]]; !ok {
			continue
		}
		rest := strings.Join(words[j+2:], " ")
		if rest == "the country" || rest == "country" {
			if i, ok := g.hintCountry(h); ok {
				return g.region(words[j], i), true
			}
		}
		if i, ok := g.area(rest, h); ok {
			return g.region(words[j], i), true
		}
	}
	return dateline.Place{}, false
}

// hintCountry returns the story's country: the first hint country, else the
// dateline place's.
func (g *Gazetteer) hintCountry(h Hint) (int32, bool) {
	if len(h.Countries) > 0 {
		i, ok := g.country[h.Countries[0]]
		return i, ok
	}
	if h.Near != nil {
		i, ok := g.country[h.Near.Country]
		return i, ok
	}
	return 0, false
}
