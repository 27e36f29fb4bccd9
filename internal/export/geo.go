package export

import (
	_ "embed"
	"strconv"
	"strings"

	"dateline"
)

//go:embed data/fips.tsv
var fipsTSV string

//go:embed data/geo.tsv
var geoTSV string

// country is what the geography columns write for a country.
type country struct {
	name     string
	lat, lon float64
}

// Tables built once from the embedded data.
var (
	fips      = map[string]string{}  // ISO3 -> FIPS 10-4
	countries = map[string]country{} // ISO3 -> name and centroid
	adm1      = map[string]string{}  // ISO3 + "\t" + division name -> GeoNames admin1 code
)

func init() {
	for line := range strings.Lines(fipsTSV) {
		iso, code, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if ok && !strings.HasPrefix(iso, "#") {
			fips[iso] = code
		}
	}
	for line := range strings.Lines(geoTSV) {
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		switch {
		case f[0] == "C" && len(f) == 5:
			lat, _ := strconv.ParseFloat(f[3], 64)
			lon, _ := strconv.ParseFloat(f[4], 64)
			countries[f[1]] = country{f[2], lat, lon}
		case f[0] == "A" && len(f) == 4:
			adm1[f[1]+"\t"+f[3]] = f[2]
		}
	}
}

// FIPS returns the FIPS 10-4 code of the country with ISO 3166-1 alpha-3
// code iso, or "" if it has none. Palestine is WE (the West Bank), as
// GeoNames pairs them; a place in the Gaza Strip is GZ (see Geo).
func FIPS(iso string) string { return fips[iso] }

// notFIPS are the countries whose GeoNames first-level codes are not FIPS
// 10-4's: ISO 3166-2 codes (CHE, BEL, MNE), a level between country and
// division (GBR, GRC), or regions drawn after FIPS 10-4 was withdrawn (FRA,
// NOR). Their divisions' ADM1 codes are unknown. The United States are
// apart: GDELT writes their states' postal codes, which GeoNames uses.
var notFIPS = map[string]bool{"CHE": true, "BEL": true, "MNE": true, "GBR": true, "GRC": true, "FRA": true, "NOR": true}

// territories are the FIPS countries that GeoNames files as divisions, by
// their GeoNames admin1 code, which is also their FIPS code.
var territories = map[string]string{"GZ": "Gaza Strip", "WE": "West Bank"}

// fipsDivision reports whether GeoNames' admin1 code of a division in
// country is its FIPS 10-4 code: two characters, one at least a digit
// ("15", "E7"), outside the countries of notFIPS. Two letters are GeoNames'
// own codes for divisions made after FIPS 10-4 ("SE", Central Serbia), but
// for the states of the United States, whose postal codes GDELT writes.
func fipsDivision(country, code string) bool {
	if len(code) != 2 || notFIPS[country] {
		return false
	}
	return country == "USA" || strings.ContainsAny(code, "0123456789")
}

// Geo is a place in GDELT's eight geography columns.
type Geo struct {
	Type        int    // 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
	FullName    string // "Palermo, Sicily, Italy"; "Texas, United States"; "Libya"
	CountryCode string // FIPS 10-4
	ADM1Code    string // FIPS country code + division code ("IT15", "USTX"); the country code alone at type 1 or when the division's code is unknown
	ADM2Code    string // always empty: dateline knows no second-level divisions
	Lat, Lon    float64
	HasLatLon   bool
	FeatureID   string // the country code (type 1), the ADM1 code (types 2 and 5), the GeoNames id (types 3 and 4)
}

// PlaceGeo returns an event place as GDELT writes it. A region that lies in
// no country (the Middle East) has no GDELT type: it is type 0, as is nil.
func PlaceGeo(p *dateline.Place) Geo {
	if p == nil || p.Country == "" {
		return Geo{}
	}
	code, admin1Known := adm1[p.Country+"\t"+p.Admin1]
	if p.Feature == "admin1" && !admin1Known {
		code, admin1Known = adm1[p.Country+"\t"+p.Name]
	}
	g := Geo{CountryCode: FIPS(p.Country), Lat: p.Lat, Lon: p.Lon, HasLatLon: p.Lat != 0 || p.Lon != 0}
	name := countryName(p.Country)
	territory := false
	if t, ok := territories[code]; ok && admin1Known && (p.Country == "PSE" || p.Country == "ISR") {
		// FIPS counts the Gaza Strip and the West Bank as countries; GeoNames
		// files them as divisions GZ and WE (of Israel too, for settlements).
		g.CountryCode, name, territory, admin1Known = code, t, true, false
	}
	g.Type = geoType(p, territory)
	g.ADM1Code = g.CountryCode
	if g.Type != 1 && admin1Known && fipsDivision(p.Country, code) && g.CountryCode != "" {
		g.ADM1Code = g.CountryCode + code
	}
	g.FullName = fullName(g.Type, p, name)
	switch g.Type {
	case 1, 2, 5:
		g.FeatureID = g.ADM1Code
	default:
		if p.GeoNamesID != 0 {
			g.FeatureID = strconv.Itoa(p.GeoNamesID)
		}
	}
	if !g.HasLatLon && g.Type == 1 {
		if c, ok := countries[p.Country]; ok {
			g.Lat, g.Lon, g.HasLatLon = c.lat, c.lon, true
		}
	}
	return g
}

// geoType is GDELT's Geo_Type of a place in a country: a region of a
// country counts as the country, and the Gaza Strip and the West Bank as
// countries, as FIPS 10-4 has them.
func geoType(p *dateline.Place, territory bool) int {
	us := p.Country == "USA"
	switch {
	case p.Feature == "country", p.Feature == "region" && p.Admin1 == "",
		territory && (p.Feature == "admin1" || p.Feature == "region"):
		return 1
	case (p.Feature == "admin1" || p.Feature == "region") && us:
		return 2
	case p.Feature == "admin1" || p.Feature == "region":
		return 5
	case us:
		return 3
	}
	return 4
}

// fullName writes GDELT's FullName: the country name alone for a country,
// "Division, Country" for a division, "City, Division, Country" otherwise.
// A region keeps its own name before the country's ("eastern Libya, Libya").
func fullName(typ int, p *dateline.Place, countryName string) string {
	var parts []string
	add := func(s string) {
		if s != "" && (len(parts) == 0 || parts[len(parts)-1] != s) {
			parts = append(parts, s)
		}
	}
	switch {
	case typ == 1 && p.Feature != "region":
	case typ == 2 || typ == 5:
		add(p.Name)
	default:
		add(p.Name)
		add(p.Admin1)
	}
	add(countryName)
	return strings.Join(parts, ", ")
}

// countryName is a country's English name, or its code if none is known.
func countryName(iso string) string {
	if c, ok := countries[iso]; ok {
		return c.name
	}
	return iso
}

// ActorGeo returns the country of an actor as a country-level place: what
// GDELT's Actor1Geo and Actor2Geo hold when only the actor's country is
// known. An actor with no country, or an international body's code, has
// none (type 0).
func ActorGeo(p *dateline.Participant) Geo {
	if p == nil || p.Sector == "IGO" || !isISO3(string(p.Country)) {
		return Geo{}
	}
	c, ok := countries[string(p.Country)]
	if !ok {
		return Geo{}
	}
	return PlaceGeo(&dateline.Place{Name: c.name, Country: string(p.Country), Lat: c.lat, Lon: c.lon, Feature: "country"})
}

// columns writes g into GDELT's eight geography columns.
func (g Geo) columns(cols []string) {
	cols[0] = strconv.Itoa(g.Type)
	if g.Type == 0 {
		return
	}
	cols[1], cols[2], cols[3], cols[4] = g.FullName, g.CountryCode, g.ADM1Code, g.ADM2Code
	if g.HasLatLon {
		cols[5] = strconv.FormatFloat(g.Lat, 'f', -1, 64)
		cols[6] = strconv.FormatFloat(g.Lon, 'f', -1, 64)
	}
	cols[7] = g.FeatureID
}
