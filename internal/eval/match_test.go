package eval

import (
	"strings"
	"testing"
	"testing/fstest"

	"dateline"
)

func TestCountryOK(t *testing.T) {
	p := func(country, sector, code string) *dateline.Participant {
		return &dateline.Participant{Country: dateline.Null(country), Sector: dateline.Null(sector), Code: code}
	}
	tests := []struct {
		name string
		gold string // as stored: upper case, "---" already ""
		p    *dateline.Participant
		want bool
	}{
		{"same code", "KEN", p("KEN", "", ""), true},
		{"lower-case output", "KEN", p("ken", "", ""), true},
		{"other code", "KEN", p("SOM", "", ""), false},
		{"none wants nil participant", "", nil, true},
		{"none wants null country", "", p("", "GOV", ""), true},
		{"none rejects a country", "", p("KEN", "", ""), false},
		{"output --- is none", "", p("---", "", ""), true},
		{"gold country rejects nil", "KEN", nil, false},
		{"IGO accepts UNO", "IGO", p("UNO", "", ""), true},
		{"IGO accepts NATO", "IGO", p("NATO", "MIL", ""), true},
		{"IGO accepts IGO", "IGO", p("IGO", "", ""), true},
		{"IGO accepts sector IGO", "IGO", p("", "IGO", ""), true},
		{"IGO accepts code IGO...", "IGO", p("", "", "IGOUNO"), true},
		{"IGO rejects a country", "IGO", p("FRA", "GOV", "FRAGOV"), false},
		{"IGO rejects nil", "IGO", nil, false},
		{"UNO is not any IGO", "UNO", p("EUR", "IGO", ""), false},
		{"CAMEO's NAT is NATO", "NAT", p("NATO", "IGO", ""), true},
		{"NATO is CAMEO's NAT", "NATO", p("NAT", "IGO", ""), true},
		{"OSCE spelled out", "OSCE", p("OSC", "IGO", ""), true},
		{"NAT is not the UN", "NAT", p("UNO", "IGO", ""), false},
		{"none is not NATO", "", p("NATO", "IGO", ""), false},
		{"the Soviet Union coded as Russia", "SUN", p("RUS", "GOV", ""), true},
		{"Zaire coded as DR Congo", "ZAR", p("COD", "MIL", ""), true},
		{"the Soviet Union is not Ukraine", "SUN", p("UKR", "GOV", ""), false},
	}
	var s Scorer
	for _, tt := range tests {
		if got := s.countryOK(tt.gold, tt.p); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCustomIGO(t *testing.T) {
	igo, err := LoadIGO(fstest.MapFS{"igo.txt": {Data: []byte("# mine\nXYZ # a body\n\n")}}, "igo.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := Scorer{IGO: igo}
	if !s.countryOK("IGO", &dateline.Participant{Country: "XYZ"}) {
		t.Errorf("XYZ: got not IGO, want IGO")
	}
	if (&Scorer{}).isIGO(&dateline.Participant{Country: "RUS"}) {
		t.Errorf("RUS: got an international body, want a state (same.txt's pairs are no bodies)")
	}
	if s.countryOK("IGO", &dateline.Participant{Country: "UNO"}) {
		t.Errorf("UNO with custom list: got IGO, want not IGO")
	}
	igo, err = LoadIGO(fstest.MapFS{"igo.txt": {Data: []byte("XYZ = XY\n")}}, "igo.txt")
	if err != nil || !igo["XYZ"] || !igo["XY"] {
		t.Errorf("a second code: got %v, %v, want both codes bodies", igo, err)
	}
	_, err = LoadIGO(fstest.MapFS{"igo.txt": {Data: []byte("UNO\nA B\n")}}, "igo.txt")
	if err == nil || !strings.HasPrefix(err.Error(), "igo.txt:2:") {
		t.Errorf("bad list: got %v, want error at igo.txt:2", err)
	}
	if !DefaultIGO()["UNO"] {
		t.Errorf("default list lacks UNO")
	}
}

func TestJudge(t *testing.T) {
	part := func(country, sector string) *dateline.Participant {
		return &dateline.Participant{Country: dateline.Null(country), Sector: dateline.Null(sector)}
	}
	ev := func(cameo string, src, tgt *dateline.Participant) *dateline.Event {
		return &dateline.Event{CAMEO: cameo, Source: src, Target: tgt}
	}
	gov := func(c string) *Party { return &Party{Country: c, Sectors: []string{"GOV"}} }
	line := Line{Roots: []string{"04"}, Source: gov("ITA"), Target: &Party{Country: "LBY"}}
	sym := Line{Roots: []string{"04"}, Source: gov("LBY"), Target: &Party{Country: "LBY", Sectors: []string{"MIL"}}, Symmetric: true}
	list := Line{Roots: []string{"18", "19"}, Source: &Party{Country: "LBY", Sectors: []string{"REB", "OPP", "CVL"}}, Target: gov("LBY")}
	noTarget := Line{Roots: []string{"04"}, Source: gov("FRA")}
	nullCountry := Line{Roots: []string{"12"}, Source: gov("LBY"), Target: &Party{}}
	bodyNoCountry := Line{Roots: []string{"04"}, Source: &Party{Sectors: []string{"IGO"}}, Target: gov("GMB")}
	orNoCountry := Line{Roots: []string{"04"}, Source: &Party{Sectors: []string{"IGO", "NGO"}}, Target: gov("GMB")}
	tests := []struct {
		name string
		line Line
		e    *dateline.Event
		want bool
	}{
		{"exact", line, ev("043", part("ITA", "GOV"), part("LBY", "")), true},
		{"any target sector", line, ev("040", part("ITA", "GOV"), part("LBY", "MIL")), true},
		{"wrong root", line, ev("051", part("ITA", "GOV"), part("LBY", "")), false},
		{"short cameo", line, ev("0", part("ITA", "GOV"), part("LBY", "")), false},
		{"wrong source sector", line, ev("043", part("ITA", "MIL"), part("LBY", "")), false},
		{"reversed, not symmetric", line, ev("043", part("LBY", ""), part("ITA", "GOV")), false},
		{"symmetric forward", sym, ev("044", part("LBY", "GOV"), part("LBY", "MIL")), true},
		{"symmetric reversed", sym, ev("044", part("LBY", "MIL"), part("LBY", "GOV")), true},
		{"symmetric, sectors wrong both ways", sym, ev("044", part("LBY", "MIL"), part("LBY", "MIL")), false},
		{"sector list first", list, ev("190", part("LBY", "REB"), part("LBY", "GOV")), true},
		{"sector list last", list, ev("186", part("LBY", "CVL"), part("LBY", "GOV")), true},
		{"sector not in list", list, ev("190", part("LBY", "MIL"), part("LBY", "GOV")), false},
		{"no gold target accepts a target", noTarget, ev("044", part("FRA", "GOV"), part("ITA", "GOV")), true},
		{"no gold target accepts none", noTarget, ev("044", part("FRA", "GOV"), nil), true},
		{"null gold country wants none", nullCountry, ev("125", part("LBY", "GOV"), part("", "")), true},
		{"null gold country wants nil target", nullCountry, ev("125", part("LBY", "GOV"), nil), true},
		{"null gold country rejects a country", nullCountry, ev("125", part("LBY", "GOV"), part("ITA", "")), false},
		{"a body with no country is any body", bodyNoCountry, ev("043", part("AFR", "IGO"), part("GMB", "GOV")), true},
		{"a body with no country is no state", bodyNoCountry, ev("043", part("SEN", "GOV"), part("GMB", "GOV")), false},
		{"a body with no country: still none", bodyNoCountry, ev("043", part("", "IGO"), part("GMB", "GOV")), true},
		{"a body with no country: other sectors too wants none", orNoCountry, ev("043", part("AFR", "IGO"), part("GMB", "GOV")), false},
	}
	var s Scorer
	for _, tt := range tests {
		if got := s.judge(&tt.line, tt.e).full(); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPlaceOK(t *testing.T) {
	tests := []struct {
		name string
		gold *GoldPlace
		p    *dateline.Place
		want bool
	}{
		{"both null", nil, nil, true},
		{"gold null, event empty place", nil, &dateline.Place{}, true},
		{"gold null, event place", nil, &dateline.Place{Name: "Rome", Country: "ITA"}, false},
		{"gold place, event null", &GoldPlace{Name: "Palermo", Country: "ITA"}, nil, false},
		{"same name", &GoldPlace{Name: "Palermo", Country: "ITA"}, &dateline.Place{Name: "Palermo", Country: "ITA"}, true},
		{"name ignores case", &GoldPlace{Name: "Palermo", Country: "ITA"}, &dateline.Place{Name: "PALERMO"}, true},
		{"other name, same country", &GoldPlace{Name: "Palermo", Country: "ITA"}, &dateline.Place{Name: "Rome", Country: "ITA"}, false},
		{"gold country only", &GoldPlace{Country: "KEN"}, &dateline.Place{Name: "Mandera", Country: "KEN"}, true},
		{"gold country only, other country", &GoldPlace{Country: "KEN"}, &dateline.Place{Name: "Kismayo", Country: "SOM"}, false},
		{"gold country named", &GoldPlace{Name: "Libya", Country: "LBY"}, &dateline.Place{Name: "libya", Country: "LBY", Feature: "country"}, true},
		{"name without diacritics", &GoldPlace{Name: "Samarra"}, &dateline.Place{Name: "Sāmarrā’", Country: "IRQ"}, true},
		{"name without diacritics, other place", &GoldPlace{Name: "Samarra"}, &dateline.Place{Name: "Sāmarrā’ District", Country: "IRQ"}, false},
	}
	for _, tt := range tests {
		if got := placeOK(tt.gold, tt.p); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		want       int
	}{
		{"one to one", []string{"A"}, []string{"A"}, 1},
		{"gold matched once", []string{"A"}, []string{"A", "A"}, 1},
		{"output matched once", []string{"A", "A"}, []string{"A"}, 1},
		{"multiset", []string{"A", "A", "B"}, []string{"B", "A", "C"}, 2},
		{"none", []string{"A"}, []string{"B"}, 0},
		{"empty", nil, []string{"B"}, 0},
		// X accepts a or b, Y only a: greedy X-a would leave Y unmatched.
		{"augmenting path", []string{"X", "Y"}, []string{"a", "b"}, 2},
	}
	accepts := map[string]string{"X": "ab", "Y": "a"}
	for _, tt := range tests {
		ok := func(g, p int) bool {
			if acc, ok := accepts[tt.gold[g]]; ok {
				return strings.Contains(acc, tt.pred[p])
			}
			return tt.gold[g] == tt.pred[p]
		}
		pairs := match(make([]bool, len(tt.gold)), make([]bool, len(tt.pred)), ok)
		if len(pairs) != tt.want {
			t.Errorf("%s: got %d pairs, want %d", tt.name, len(pairs), tt.want)
		}
	}
}

func TestNormText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "a b", "a b"},
		{"runs and ends", "  a \n\t b  ", "a b"},
		{"quotes", "Italy\u2019s \u201cbig\u201d", "Italy's \"big\""},
	}
	for _, tt := range tests {
		if got := normText(tt.in); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDateOK(t *testing.T) {
	tests := []struct {
		gold, out string
		want      bool
	}{
		{"2018-03-14", "2018-03-14", true},
		{"2018-03", "2018-03-14", true},  // a day inside the gold month
		{"2018", "2018-03", true},        // a month inside the gold year
		{"2018", "2018-11-02", true},     // a day inside the gold year
		{"", "2018-03-14", true},         // null gold accepts any date
		{"", "", true},                   // and none
		{"2018-03-14", "2018-03", false}, // coarser than the gold
		{"2018-03-14", "2018-03-15", false},
		{"2018-03", "2018-04-01", false},
		{"2018-03", "", false},
		{"2018-1", "2018-11", false}, // not a prefix of the month
		{"201", "2018", false},
	}
	for _, tt := range tests {
		if got := dateOK(tt.gold, tt.out); got != tt.want {
			t.Errorf("dateOK(%q, %q) = %v, want %v", tt.gold, tt.out, got, tt.want)
		}
	}
}
