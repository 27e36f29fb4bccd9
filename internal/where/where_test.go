package where

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"dateline"
)

func TestResolve(t *testing.T) {
	g := gaz(t)
	beirut := dateline.Place{Name: "Beirut", Country: "LBN", Lat: 33.89, Lon: 35.50}
	atlanta := dateline.Place{Name: "Atlanta", Country: "USA", Lat: 33.75, Lon: -84.39}
	tests := []struct {
		name     string
		in       string
		hint     Hint
		country  string
		feature  string
		wantName string
	}{
		{"Tripoli alone is Libya's capital", "Tripoli", Hint{}, "LBY", "city", "Tripoli"},
		{"Tripoli in a Libya story", "Tripoli", Hint{Countries: []string{"LBY", "ITA"}}, "LBY", "city", "Tripoli"},
		{"Tripoli in a Lebanon story", "Tripoli", Hint{Countries: []string{"LBN"}}, "LBN", "city", "Tripoli"},
		{"Tripoli near Beirut", "Tripoli", Hint{Near: &beirut}, "LBN", "city", "Tripoli"},
		{"Tripoli, Lebanon", "Tripoli, Lebanon", Hint{}, "LBN", "city", "Tripoli"},
		{"Georgia alone is the country", "Georgia", Hint{}, "GEO", "country", "Georgia"},
		{"Georgia in a US story", "Georgia", Hint{Countries: []string{"USA"}}, "USA", "admin1", "Georgia"},
		{"Georgia near Atlanta", "Georgia", Hint{Near: &atlanta}, "USA", "admin1", "Georgia"},
		{"Palermo", "Palermo", Hint{}, "ITA", "city", "Palermo"},
		{"Paris", "Paris", Hint{}, "FRA", "city", "Paris"},
		{"Paris, Texas", "Paris, Texas", Hint{}, "USA", "city", "Paris"},
		// a small town does not take a major city's name by its country
		// being named in the story; a town of the city's size still does
		{"Geneva in a US-Iran story", "Geneva", Hint{Countries: []string{"USA", "IRN"}}, "CHE", "city", "Geneve"},
		{"Paris in a US story", "Paris", Hint{Countries: []string{"USA"}}, "FRA", "city", "Paris"},
		{"Moscow in a US story", "Moscow", Hint{Countries: []string{"USA", "RUS"}}, "RUS", "city", "Moscow"},
		{"Birmingham in a US story", "Birmingham", Hint{Countries: []string{"USA"}}, "USA", "city", "Birmingham"},
		{"Washington is the capital", "Washington", Hint{}, "USA", "city", "Washington"},
		{"Kiev is Kyiv", "Kiev", Hint{}, "UKR", "city", "Kyiv"},
		{"diacritics", "Bogota", Hint{}, "COL", "city", "Bogota"},
		{"GeoNames diacritics dropped", "Sāmarrā’", Hint{}, "IRQ", "city", "Samarra"},
		{"Polish letters", "Łódź", Hint{}, "POL", "city", "Lodz"},
		{"Turkish dotless i", "Diyarbakır", Hint{}, "TUR", "city", "Diyarbakir"},
		{"Vietnamese marks", "Đà Nẵng", Hint{}, "VNM", "city", "Da Nang"},
		{"St. is Saint", "St. Petersburg", Hint{}, "RUS", "city", "Saint Petersburg"},
		{"apostrophe", "Sana'a", Hint{}, "YEM", "city", "Sanaa"},
		{"hyphen", "Tel-Aviv", Hint{}, "ISR", "city", "Tel Aviv"},
		{"division", "Sicily", Hint{}, "ITA", "admin1", "Sicily"},
		{"country alias", "the United States", Hint{}, "USA", "country", "United States"},
		{"region", "Middle East", Hint{}, "", "region", "Middle East"},
		{"Libya's east", "Libya's east", Hint{}, "LBY", "region", "eastern Libya"},
		{"eastern Libya", "eastern Libya", Hint{}, "LBY", "region", "eastern Libya"},
		{"southern Lebanon", "southern Lebanon", Hint{}, "LBN", "region", "southern Lebanon"},
		{"the south of the country", "the remote south of the country", Hint{Countries: []string{"LBY"}}, "LBY", "region", "southern Libya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.Resolve(tt.in, tt.hint)
			if !ok {
				t.Fatalf("Resolve(%q): got nothing, want %s in %s", tt.in, tt.wantName, tt.country)
			}
			if p.Name != tt.wantName || p.Country != tt.country || p.Feature != tt.feature {
				t.Errorf("Resolve(%q): got %s/%s/%s, want %s/%s/%s", tt.in, p.Name, p.Country, p.Feature, tt.wantName, tt.country, tt.feature)
			}
		})
	}
}

func TestResolveUnknown(t *testing.T) {
	g := gaz(t)
	for _, in := range []string{"", "Xyzzyville", "the", ",", "westward", "south of the country"} {
		if p, ok := g.Resolve(in, Hint{}); ok {
			t.Errorf("Resolve(%q): got %+v, want nothing", in, p)
		}
	}
}

func TestDateline(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name    string
		in      dateline.Dateline
		want    string
		admin1  string
		country string
	}{
		{"city and division", dateline.Dateline{Text: "PALERMO, Sicily", Place: "PALERMO", Admin1: "Sicily"}, "Palermo", "Sicily", "ITA"},
		{"city and country from text", dateline.Dateline{Text: "KABUL, Afghanistan"}, "Kabul", "Kabul", "AFG"},
		{"city alone", dateline.Dateline{Place: "WASHINGTON"}, "Washington", "District of Columbia", "USA"},
		{"AP state abbreviation", dateline.Dateline{Place: "MIAMI", Admin1: "Fla."}, "Miami", "Florida", "USA"},
		{"US city in Georgia", dateline.Dateline{Place: "ATLANTA", Admin1: "Ga."}, "Atlanta", "Georgia", "USA"},
		{"capital in Georgia the country", dateline.Dateline{Text: "TBILISI, Georgia (AP) —"}, "Tbilisi", "Tbilisi", "GEO"},
		{"Tripoli, Lebanon", dateline.Dateline{Place: "TRIPOLI", Admin1: "Lebanon"}, "Tripoli", "North Lebanon", "LBN"},
		{"Tripoli alone", dateline.Dateline{Place: "TRIPOLI"}, "Tripoli", "Tripoli", "LBY"},
		{"country code given", dateline.Dateline{Place: "Tripoli", Country: "LBN"}, "Tripoli", "North Lebanon", "LBN"},
		{"two words", dateline.Dateline{Place: "NEW YORK"}, "New York City", "New York", "USA"},
		{"Paris, Texas", dateline.Dateline{Text: "PARIS, Texas"}, "Paris", "Texas", "USA"},
		{"Gaza City", dateline.Dateline{Text: "GAZA CITY, Gaza Strip"}, "Gaza", "Gaza Strip", "PSE"},
		{"Moscow is Russia's", dateline.Dateline{Place: "MOSCOW"}, "Moscow", "Moscow", "RUS"},
		{"Alexandria, Va.", dateline.Dateline{Place: "ALEXANDRIA", Admin1: "Va."}, "Alexandria", "Virginia", "USA"},
		{"Alexandria alone is Egypt's", dateline.Dateline{Place: "ALEXANDRIA"}, "Alexandria", "Alexandria", "EGY"},
		{"London, Ontario", dateline.Dateline{Text: "LONDON, Ontario"}, "London", "Ontario", "CAN"},
		{"Birmingham, England", dateline.Dateline{Text: "BIRMINGHAM, England"}, "Birmingham", "England", "GBR"},
		{"unknown qualifier falls back", dateline.Dateline{Place: "BEIRUT", Admin1: "Nowhere"}, "Beirut", "Beirut", "LBN"},
		{"two cities: the first", dateline.Dateline{Text: "NIAMEY/ABUJA", Place: "Niamey/Abuja"}, "Niamey", "Niamey", "NER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.Dateline(tt.in)
			if !ok {
				t.Fatalf("Dateline(%+v): got nothing, want %s", tt.in, tt.want)
			}
			if p.Name != tt.want || p.Admin1 != tt.admin1 || p.Country != tt.country {
				t.Errorf("Dateline(%+v): got %s/%s/%s, want %s/%s/%s", tt.in, p.Name, p.Admin1, p.Country, tt.want, tt.admin1, tt.country)
			}
		})
	}
	for _, d := range []dateline.Dateline{{}, {Text: "UNITED NATIONS (AP) —"}, {Place: "(AP)"}} {
		if p, ok := g.Dateline(d); ok {
			t.Errorf("Dateline(%+v): got %+v, want nothing", d, p)
		}
	}
}

func TestPalermoPlace(t *testing.T) {
	p, ok := gaz(t).Dateline(dateline.Dateline{Place: "PALERMO", Admin1: "Sicily"})
	if !ok || p.GeoNamesID != 2523920 || p.Feature != "city" || p.Lat < 38.1 || p.Lat > 38.2 || p.Lon < 13.3 || p.Lon > 13.4 {
		t.Errorf("got %+v, want Palermo, geonames 2523920, near 38.12, 13.36", p)
	}
}

func TestCountry(t *testing.T) {
	g := gaz(t)
	tests := []struct{ name, in, want string }{
		{"code", "LBY", "Libya"},
		{"lower-case code", "ita", "Italy"},
		{"Kosovo", "XKX", "Kosovo"},
		{"unknown", "ZZZ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.Country(tt.in)
			if p.Name != tt.want || ok != (tt.want != "") {
				t.Errorf("Country(%q): got %q %v, want %q", tt.in, p.Name, ok, tt.want)
			}
			if ok && (p.Feature != "country" || p.Country != strings.ToUpper(tt.in)) {
				t.Errorf("Country(%q): got feature %q country %q, want country %s", tt.in, p.Feature, p.Country, strings.ToUpper(tt.in))
			}
		})
	}
}

func TestCountryByName(t *testing.T) {
	g := gaz(t)
	tests := []struct{ in, want string }{
		{"Libya", "LBY"},
		{"the United States", "USA"},
		{"U.S.", "USA"},
		{"Ivory Coast", "CIV"},
		{"Côte d'Ivoire", "CIV"},
		{"Britain", "GBR"},
		{"Georgia", "GEO"},
		{"DR Congo", "COD"},
		{"Burma", "MMR"},
		{"Palermo", ""},
		{"Texas", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, ok := g.CountryByName(tt.in)
			if p.Country != tt.want || ok != (tt.want != "") {
				t.Errorf("CountryByName(%q): got %q %v, want %q", tt.in, p.Country, ok, tt.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	g := gaz(t)
	ps := g.Lookup("TRIPOLI")
	var countries []string
	for _, p := range ps {
		countries = append(countries, p.Country)
	}
	got := strings.Join(countries, " ")
	if !strings.Contains(got, "LBY") || !strings.Contains(got, "LBN") {
		t.Errorf("Lookup(TRIPOLI): got countries %s, want LBY and LBN", got)
	}
	if ps[0].Country != "LBY" {
		t.Errorf("Lookup(TRIPOLI)[0]: got %s, want the most populous, LBY", ps[0].Country)
	}
	if len(g.Lookup("Xyzzyville")) != 0 {
		t.Errorf("Lookup(Xyzzyville): got places, want none")
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Palermo", "palermo"},
		{"PALERMO", "palermo"},
		{"São Paulo", "sao paulo"},
		{"Mişrātah", "misratah"},
		{"Łódź", "lodz"},
		{"St. Petersburg", "saint petersburg"},
		{"Saint-Denis", "saint denis"},
		{"Sana'a", "sanaa"},
		{"Washington, D.C.", "washington dc"},
		{"Washington D. C.", "washington dc"},
		{"the Netherlands", "netherlands"},
		{"  Tel   Aviv ", "tel aviv"},
		{"tel aviv", "tel aviv"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	good := "C\tLBY\tLY\tLibya\t25\t17\t\tLibyan\nA\tLBY.77\tTripoli\nP\t2210247\tTripoli\t32.8874\t13.1873\tPPLC\tLBY\t77\t1150989\t\n"
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string // in the error; empty for success
	}{
		{"good", fstest.MapFS{placesFile: {Data: []byte(good)}}, ""},
		{"missing places", fstest.MapFS{}, "places.tsv"},
		{"bad latitude", fstest.MapFS{placesFile: {Data: []byte(good + "P\t1\tX\t99\t0\tPPL\tLBY\t77\t10\t\n")}}, "places.tsv:4"},
		{"short line", fstest.MapFS{placesFile: {Data: []byte("# c\nP\t1\tX\n")}}, "places.tsv:2"},
		{"unknown record", fstest.MapFS{placesFile: {Data: []byte("Z\tx\n")}}, "places.tsv:1"},
		{"bad alias", fstest.MapFS{placesFile: {Data: []byte(good)}, aliasesFile: {Data: []byte("Nowhere\tcountry:ZZZ\n")}}, "aliases.tsv:1"},
		{"bad region", fstest.MapFS{placesFile: {Data: []byte(good)}, regionsFile: {Data: []byte("Sahel\t\tx\t5\n")}}, "regions.tsv:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Load(tt.files)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Load: got %v, want no error", err)
				}
				if p, ok := g.Resolve("Tripoli", Hint{}); !ok || p.Admin1 != "Tripoli" {
					t.Errorf("Resolve(Tripoli): got %+v, want Tripoli in Tripoli", p)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: got error %v, want one naming %s", err, tt.want)
			}
		})
	}
	if _, err := Load(fstest.MapFS{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(empty): got %v, want fs.ErrNotExist", err)
	}
}

func TestLoadFromDisk(t *testing.T) {
	g, err := Load(os.DirFS("."))
	if err != nil {
		t.Fatalf("Load(.): %v", err)
	}
	d := gaz(t)
	if len(g.entries) != len(d.entries) || len(g.names) != len(d.names) {
		t.Errorf("Load(.): got %d places %d names, want %d and %d as Default", len(g.entries), len(g.names), len(d.entries), len(d.names))
	}
}

func TestConcurrentUse(t *testing.T) {
	g := gaz(t)
	s := sentence("Fighting spread from eastern Libya to the outskirts of Tripoli, officials in Cairo said.")
	done := make(chan int)
	for range 4 {
		go func() {
			n := 0
			for range 50 {
				n += len(g.Mentions(s, Hint{Countries: []string{"LBY"}}, nil))
				g.Resolve("Tripoli", Hint{})
			}
			done <- n
		}()
	}
	for range 4 {
		if n := <-done; n != 150 {
			t.Errorf("got %d mentions in 50 runs, want 150", n)
		}
	}
}

func TestParseCoord(t *testing.T) {
	for _, s := range []string{"0", "-0", "12.5", "-69.96666666", "38.1166", "13.3636", "-180", "90.0000", "1e3", "abc", "", "-", ".", "1.2.3", "123456789012345678"} {
		got, gerr := parseCoord(s)
		want, werr := strconv.ParseFloat(s, 64)
		if got != want || (gerr == nil) != (werr == nil) {
			t.Errorf("parseCoord(%q): got %v, %v, want %v, %v", s, got, gerr, want, werr)
		}
	}
}
