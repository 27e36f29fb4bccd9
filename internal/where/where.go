// Package where is dateline's offline gazetteer: it names, resolves and finds
// places. Its data are GeoNames cities of 15,000 people or more plus every
// capital and first-level seat, GeoNames first-level divisions, countries
// from world-countries and a few hand-written regions and aliases, embedded
// from data/ and loaded once.
//
// Lookup lists the places of a name; Resolve picks the best one in a story's
// context; Dateline reads a wire story's place line; Mentions finds place
// names in a tokenised sentence. A Scene answers the stage's question for
// each event, where it happened, from the sentence's clause analysis and
// what the story says about its places (Scene.Place); the words it reads
// and how each CAMEO code is placed are data too (data/words.txt,
// data/acts.tsv).
package where

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"dateline"
)

//go:generate go run ./internal/gen -out data

// embedded holds the small data files; places.tsv is embedded as a string so
// that the default gazetteer's names point into it without a copy.
//
//go:embed data/aliases.tsv data/regions.tsv data/common.txt data/words.txt data/acts.tsv
var embedded embed.FS

//go:embed data/places.tsv
var placesTSV string

// Data files read by Load, relative to the root of its fs.FS.
const (
	placesFile  = "data/places.tsv"
	aliasesFile = "data/aliases.tsv"
	regionsFile = "data/regions.tsv"
	commonFile  = "data/common.txt"
	wordsFile   = "data/words.txt"
	actsFile    = "data/acts.tsv"
)

// kind says what sort of place an entry is, for ranking.
type kind uint8

const (
	kindCity    kind = iota // a populated place
	kindSection             // a section of a city (GeoNames PPLX)
	kindSeat                // seat of a first-level division (PPLA)
	kindCapital             // national capital (PPLC)
	kindAdmin1              // a first-level division
	kindCountry             // a country
	kindRegion              // a region from regions.tsv
)

// entry is one place with what ranking needs.
type entry struct {
	place dateline.Place
	pop   int64
	kind  kind
	code  string // admin1 key "ITA.15" for admin1 entries and cities
	// cities counts the cities summed into an admin1 entry's coordinates
	// while loading; finish turns the sums into a centroid.
	cities int32
}

// ref points from a name to an entry; alt marks GeoNames alternate names,
// which rank below a place's own name.
type ref struct {
	idx int32
	alt bool
}

// refList is the places filed under one name.
type refList []ref

// Gazetteer holds the places and their names. It is read-only after Load
// and safe for concurrent use.
type Gazetteer struct {
	entries   []entry
	names     map[string]uint32 // normalised name -> places: one ref (see enc) or multi|index into lists
	lists     []refList         // places of names with more than one, best static rank first
	self      []ref             // {i, false}, {i, true} for each entry i: one-ref lists without allocation
	first     map[string]uint8  // first word of a many-word name -> most words in a name that starts with it
	country   map[string]int32  // ISO3 -> entry
	admin1    map[string]int32  // "ITA.15" -> entry
	demonym   map[string]int32  // normalised demonym -> country entry
	common    map[string]bool   // normalised names that are also common words: need a cue
	stop      map[string]bool   // normalised names that are never places in running text
	shortKeys map[string]bool   // keys of all-capital or dotted aliases ("us", "uk")
	capital   map[string]int32  // ISO3 -> the national capital's entry
	// regionFirst holds the first words of the regions' names of more than
	// one word ("sea" of "Sea of Japan"): such a name may hold an actor's
	// name ("Japan"), which then is no actor.
	regionFirst map[string]bool
	words       map[string]wordRole // words.txt: the words events are placed with
	acts        map[string]act      // acts.tsv: how an act is placed, by CAMEO prefix
	dirPoints   sync.Map            // dirKey -> [2]float64: the point of a direction of an area

	last struct { // the division and country of the last city read, while loading
		code                  string
		admin1, country       int32
		hasAdmin1, hasCountry bool
	}
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer built from the embedded data, loaded on first
// use. It is shared and safe for concurrent use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultG, defaultErr = load(placesTSV, embedded) })
	return defaultG, defaultErr
}

// Load builds a gazetteer from the files data/places.tsv, data/aliases.tsv,
// data/regions.tsv, data/common.txt, data/words.txt and data/acts.tsv in
// fsys. All but places.tsv may be absent; without words.txt and acts.tsv
// events are not placed.
func Load(fsys fs.FS) (*Gazetteer, error) {
	b, err := fs.ReadFile(fsys, placesFile)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return load(string(b), fsys)
}

// load builds a gazetteer from the text of places.tsv and the other files in
// fsys.
func load(places string, fsys fs.FS) (*Gazetteer, error) {
	n := strings.Count(places, "\n")
	g := &Gazetteer{
		entries:     make([]entry, 0, n+64),
		names:       make(map[string]uint32, 2*n+8192),
		first:       make(map[string]uint8, n/4),
		country:     make(map[string]int32, 256),
		admin1:      make(map[string]int32, 4096),
		demonym:     make(map[string]int32, 256),
		common:      map[string]bool{},
		stop:        map[string]bool{},
		shortKeys:   map[string]bool{},
		capital:     make(map[string]int32, 256),
		regionFirst: map[string]bool{},
		words:       map[string]wordRole{},
		acts:        map[string]act{},
	}
	if err := g.readPlaces(places); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		read func(string) error
	}{{regionsFile, g.readRegions}, {aliasesFile, g.readAliases}, {commonFile, g.readCommon},
		{wordsFile, g.readWords}, {actsFile, g.readActs}} {
		b, err := fs.ReadFile(fsys, f.name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
		if err := f.read(string(b)); err != nil {
			return nil, err
		}
	}
	g.finish()
	return g, nil
}

// lines calls fn for each non-blank, non-comment line of text with its
// 1-based line number and tab-separated fields.
func lines(file, text string, fn func(n int, f []string) error) error {
	var fields [12]string
	n := 0
	for len(text) > 0 {
		n++
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := fields[:0]
		for {
			a, b, ok := strings.Cut(line, "\t")
			f = append(f, a)
			if !ok || len(f) == len(fields) {
				break
			}
			line = b
		}
		if err := fn(n, f); err != nil {
			return fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
	return nil
}

func (g *Gazetteer) readPlaces(text string) error {
	return lines(placesFile, text, func(n int, f []string) error {
		switch f[0] {
		case "C":
			return g.readCountry(f)
		case "A":
			return g.readAdmin1(f)
		case "P":
			return g.readCity(f)
		}
		return fmt.Errorf("unknown record %q", f[0])
	})
}

func (g *Gazetteer) add(e entry, alts string) int32 {
	i := int32(len(g.entries))
	g.entries = append(g.entries, e)
	g.addName(e.place.Name, i, false)
	for alts != "" {
		var a string
		a, alts, _ = strings.Cut(alts, "|")
		g.addName(a, i, true)
	}
	return i
}

// addName files place i under name's normalised key, once.
func (g *Gazetteer) addName(name string, i int32, alt bool) { g.addKey(Key(name), i, alt) }

// multi marks a names value that indexes lists.
const multi = 1 << 31

func enc(r ref) uint32 {
	v := uint32(r.idx) << 1
	if r.alt {
		v |= 1
	}
	return v
}

func dec(v uint32) ref { return ref{idx: int32(v >> 1), alt: v&1 != 0} }

// lookup returns the places filed under key k.
func (g *Gazetteer) lookup(k string) refList {
	v, ok := g.names[k]
	if !ok {
		return nil
	}
	return g.refsOf(v)
}

// lookupBytes is lookup of a key held in a buffer, without allocating.
func (g *Gazetteer) lookupBytes(k []byte) refList {
	v, ok := g.names[string(k)]
	if !ok {
		return nil
	}
	return g.refsOf(v)
}

func (g *Gazetteer) refsOf(v uint32) refList {
	if v&multi != 0 {
		return g.lists[v&^multi]
	}
	r := dec(v)
	j := 2 * int(r.idx)
	if r.alt {
		j++
	}
	return g.self[j : j+1]
}

// addKey files place i under key k, once; an own name wins over an
// alternate one.
func (g *Gazetteer) addKey(k string, i int32, alt bool) {
	if k == "" {
		return
	}
	r := ref{idx: i, alt: alt}
	v, ok := g.names[k]
	switch {
	case !ok:
		g.names[k] = enc(r)
		if sp := strings.IndexByte(k, ' '); sp >= 0 {
			words := uint8(min(strings.Count(k, " ")+1, 255))
			if w := k[:sp]; g.first[w] < words {
				g.first[w] = words
			}
		}
	case v&multi == 0:
		old := dec(v)
		if old.idx == i {
			if !alt {
				g.names[k] = enc(r)
			}
			return
		}
		g.lists = append(g.lists, refList{old, r})
		g.names[k] = multi | uint32(len(g.lists)-1)
	default:
		l := &g.lists[v&^multi]
		for j := range *l {
			if (*l)[j].idx == i {
				(*l)[j].alt = (*l)[j].alt && alt
				return
			}
		}
		*l = append(*l, r)
	}
}

func (g *Gazetteer) readCountry(f []string) error {
	if len(f) < 6 {
		return fmt.Errorf("country: %d fields, want at least 6", len(f))
	}
	lat, lon, err := latLon(f[4], f[5])
	if err != nil {
		return err
	}
	e := entry{kind: kindCountry, place: dateline.Place{Name: f[3], Country: f[1], Lat: lat, Lon: lon, Feature: "country"}}
	i := g.add(e, field(f, 6))
	g.country[f[1]] = i
	for d := field(f, 7); d != ""; {
		var a string
		a, d, _ = strings.Cut(d, "|")
		g.demonym[Key(a)] = i
	}
	return nil
}

func (g *Gazetteer) readAdmin1(f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("admin1: %d fields, want 3", len(f))
	}
	cc, _, ok := strings.Cut(f[1], ".")
	if !ok {
		return fmt.Errorf("admin1: code %q is not ISO3.CODE", f[1])
	}
	name := asciiName(f[2])
	e := entry{kind: kindAdmin1, code: f[1], place: dateline.Place{Name: name, Admin1: name, Country: cc, Feature: "admin1"}}
	i := g.add(e, "")
	if s := shortAdmin1(f[2]); s != "" {
		k := Key(s)
		if _, dir := directions[k]; !dir && !generic[k] {
			// Filed as an alternate name: short forms are often words
			// ("Free State" -> "Free", "Rivers State" -> "Rivers").
			g.addKey(k, i, true)
		}
	}
	g.admin1[f[1]] = i
	return nil
}

func (g *Gazetteer) readCity(f []string) error {
	if len(f) < 9 {
		return fmt.Errorf("place: %d fields, want at least 9", len(f))
	}
	id, err := strconv.Atoi(f[1])
	if err != nil {
		return fmt.Errorf("place: geonameid %q: %w", f[1], err)
	}
	lat, lon, err := latLon(f[3], f[4])
	if err != nil {
		return err
	}
	pop, err := strconv.ParseInt(f[8], 10, 64)
	if err != nil {
		return fmt.Errorf("place: population %q: %w", f[8], err)
	}
	k := kindCity
	switch f[5] {
	case "PPLC":
		k = kindCapital
	case "PPLA":
		k = kindSeat
	case "PPLX":
		k = kindSection
	}
	// Places of one division mostly come together: look it up once.
	c := &g.last
	if len(c.code) != len(f[6])+1+len(f[7]) || !strings.HasPrefix(c.code, f[6]) || c.code[len(f[6])+1:] != f[7] {
		c.code = f[6] + "." + f[7]
		c.admin1, c.hasAdmin1 = g.admin1[c.code]
		c.country, c.hasCountry = g.country[f[6]]
	}
	e := entry{kind: k, pop: pop, code: c.code, place: dateline.Place{Name: asciiName(f[2]), Country: f[6], Lat: lat, Lon: lon, GeoNamesID: id, Feature: "city"}}
	if c.hasAdmin1 {
		a := &g.entries[c.admin1]
		e.place.Admin1 = a.place.Name
		a.pop += pop
		a.place.Lat += lat // summed here, averaged in finish
		a.place.Lon += lon
		a.cities++
	}
	if c.hasCountry {
		g.entries[c.country].pop += pop
	}
	i := int32(len(g.entries))
	g.entries = append(g.entries, e)
	if _, ok := g.capital[f[6]]; !ok && k == kindCapital {
		g.capital[f[6]] = i
	}
	nk := field(f, 9)
	if nk == "" {
		nk = e.place.Name
	}
	own := Key(nk)
	g.addKey(own, i, false)
	for alts := field(f, 10); alts != ""; {
		var a string
		a, alts, _ = strings.Cut(alts, "|")
		k := Key(a)
		// A spelling of the place's own name ("Khan Younis" for Khān Yūnis)
		// is the name, not one of the noisy alternates ("Hamas" for Hamm).
		g.addKey(k, i, !spelling(k, own))
	}
	return nil
}

// readRegions reads regions.tsv: name, ISO3 or empty, lat, lon, alternates.
func (g *Gazetteer) readRegions(text string) error {
	return lines(regionsFile, text, func(n int, f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("region: %d fields, want at least 4", len(f))
		}
		lat, lon, err := latLon(f[2], f[3])
		if err != nil {
			return err
		}
		i := g.add(entry{kind: kindRegion, pop: 1e7, place: dateline.Place{Name: f[0], Country: f[1], Lat: lat, Lon: lon, Feature: "region"}}, "")
		g.noteRegionFirst(f[0])
		for alts := field(f, 4); alts != ""; { // hand-written: as good as the name
			var a string
			a, alts, _ = strings.Cut(alts, "|")
			g.addName(a, i, false)
			g.noteRegionFirst(a)
		}
		return nil
	})
}

// noteRegionFirst files the first word of a region's name of several words.
func (g *Gazetteer) noteRegionFirst(name string) {
	if k := Key(name); strings.IndexByte(k, ' ') > 0 {
		g.regionFirst[k[:strings.IndexByte(k, ' ')]] = true
	}
}

// readAliases reads aliases.tsv: name, then country:ISO3, admin1:ISO3.CODE or
// place:GEONAMEID.
func (g *Gazetteer) readAliases(text string) error {
	var byID map[int]int32
	return lines(aliasesFile, text, func(n int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("alias: want name<TAB>target")
		}
		typ, val, _ := strings.Cut(f[1], ":")
		var i int32
		ok := false
		switch typ {
		case "country":
			i, ok = g.country[val]
		case "admin1":
			i, ok = g.admin1[val]
		case "place":
			if byID == nil {
				byID = make(map[int]int32, len(g.entries))
				for j, e := range g.entries {
					if e.place.Feature == "city" {
						byID[e.place.GeoNamesID] = int32(j)
					}
				}
			}
			id, _ := strconv.Atoi(val)
			i, ok = byID[id]
		}
		if !ok {
			return fmt.Errorf("alias %q: unknown target %q", f[0], f[1])
		}
		if isShortForm(f[0]) {
			g.shortKeys[Key(f[0])] = true
		}
		g.addName(f[0], i, false)
		return nil
	})
}

func (g *Gazetteer) readCommon(text string) error {
	return lines(commonFile, text, func(n int, f []string) error {
		if w, ok := strings.CutPrefix(f[0], "!"); ok {
			g.stop[Key(w)] = true
		} else {
			g.common[Key(f[0])] = true
		}
		return nil
	})
}

// finish turns the admin1 coordinate sums into centroids and ranks each name's
// places.
func (g *Gazetteer) finish() {
	for i := range g.entries {
		if e := &g.entries[i]; e.kind == kindAdmin1 && e.cities > 0 {
			n := float64(e.cities)
			e.place.Lat, e.place.Lon = round4(e.place.Lat/n), round4(e.place.Lon/n)
		}
	}
	g.self = make([]ref, 2*len(g.entries))
	for i := range g.entries {
		g.self[2*i] = ref{idx: int32(i)}
		g.self[2*i+1] = ref{idx: int32(i), alt: true}
	}
	for _, refs := range g.lists {
		sort.SliceStable(refs, func(a, b int) bool { return g.static(refs[a]) > g.static(refs[b]) })
	}
}

// isShortForm reports whether an alias is an all-capital or dotted
// abbreviation ("US", "U.K.") that should not match ordinary words.
func isShortForm(s string) bool {
	if strings.ContainsRune(s, '.') && len(s) <= 6 {
		return true
	}
	return len(s) <= 4 && strings.ToUpper(s) == s
}

// generic words are not names of divisions on their own ("Capital
// Governorate" is not "Capital").
var generic = map[string]bool{
	"capital": true, "federal": true, "national": true, "city": true, "metropolitan": true,
	"special": true, "autonomous": true, "upper": true, "lower": true, "greater": true,
	"coast": true, "coastal": true, "highlands": true, "islands": true, "island": true,
	"free": true, "gulf": true,
}

// shortAdmin1 strips a division word from an admin1 name: "Damascus
// Governorate" -> "Damascus", "Sabha District" -> "Sabha".
func shortAdmin1(name string) string {
	for _, suf := range []string{" Governorate", " Province", " District", " Region", " Oblast", " Prefecture", " County", " State", " Department", " Municipality"} {
		if s, ok := strings.CutSuffix(name, suf); ok {
			return s
		}
	}
	for _, pre := range []string{"Province of ", "State of ", "Provincia de ", "Provincia di ", "Muhafazat ", "Wilayat "} {
		if s, ok := strings.CutPrefix(name, pre); ok {
			return s
		}
	}
	return ""
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func latLon(a, b string) (float64, float64, error) {
	lat, err := parseCoord(a)
	if err != nil || lat < -90 || lat > 90 {
		return 0, 0, fmt.Errorf("bad latitude %q", a)
	}
	lon, err := parseCoord(b)
	if err != nil || lon < -180 || lon > 180 {
		return 0, 0, fmt.Errorf("bad longitude %q", b)
	}
	return lat, lon, nil
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}

// parseCoord parses a decimal like "-12.3456" quickly, with the same result
// as strconv.ParseFloat (an exact integer divided by an exact power of ten
// is correctly rounded); other forms go to ParseFloat.
func parseCoord(s string) (float64, error) {
	i, neg := 0, false
	if i < len(s) && s[i] == '-' {
		neg, i = true, 1
	}
	var n uint64
	digits, frac, dot := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + uint64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if digits == 0 || digits > 15 || frac >= len(pow10) {
		return strconv.ParseFloat(s, 64)
	}
	f := float64(n) / pow10[frac]
	if neg {
		f = -f
	}
	return f, nil
}

func round4(f float64) float64 { return math.Round(f*1e4) / 1e4 }
