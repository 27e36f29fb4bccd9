package where

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"dateline"
	"dateline/internal/analysistest"
)

// actorAt makes an actor mention of the first occurrence of text in s.
func actorAt(t *testing.T, s *dateline.Sentence, text, country string, kind dateline.MentionKind) dateline.Mention {
	t.Helper()
	i := strings.Index(s.Text, text)
	if i < 0 {
		t.Fatalf("no %q in %q", text, s.Text)
	}
	return dateline.Mention{Span: dateline.Span{Start: s.Start + i, End: s.Start + i + len(text)}, Text: text, Kind: kind,
		Actor: dateline.Actor{Name: text, Country: country, Code: country}}
}

// TestPlaceRules places acts in hand-built analyses, so that each rule is
// pinned whatever the tagger makes of the words.
func TestPlaceRules(t *testing.T) {
	g := gaz(t)
	type actor struct {
		text, country string
		kind          dateline.MentionKind
	}
	tests := []struct {
		name     string
		spec     string
		trigger  string
		cameo    string
		dateline *dateline.Dateline
		actors   []actor // the first is the source, the second the target
		want     string  // name/country, "" for none
		rule     string
	}{
		{"a place after a locative word on the verb",
			"{main [NP Rebels] [VG+past attacked] [NP soldiers] [PP in] [NP Kabul] .} | obl attacked>in; pobj in>Kabul",
			"attacked", "190", nil, nil, "Kabul/AFG", `in "Kabul"`},
		{"a place that modifies the object, for an act done somewhere",
			"{main [NP Rebels] [VG+past attacked] [NP soldiers] [PP in] [NP Kabul] .} | obj attacked>soldiers; nmod soldiers>in; pobj in>Kabul",
			"attacked", "190", nil, nil, "Kabul/AFG", `in "Kabul"`},
		{"not for a statement",
			"{main [NP Pakistan] [VG+past condemned] [NP attacks] [PP in] [NP Kabul] .} | obj condemned>attacks; nmod attacks>in; obl condemned>in; pobj in>Kabul",
			"condemned", "111", nil, []actor{{"Pakistan", "PAK", dateline.KindCountry}}, "", ""},
		{"a statement where its verb says",
			"{main [NP Pakistan] [VG+past spoke] [PP in] [NP Kabul] .} | obl spoke>in; pobj in>Kabul",
			"spoke", "010", nil, []actor{{"Pakistan", "PAK", dateline.KindCountry}}, "Kabul/AFG", `in "Kabul"`},
		{"the most specific place",
			"{main [NP Troops] [VG+past shelled] [NP Kharkiv] [PP in] [NP Ukraine] .} | obj shelled>Kharkiv; obl shelled>in; pobj in>Ukraine",
			"shelled", "194", nil, nil, "Kharkiv/UKR", `object "Kharkiv"`},
		{"the town of a place",
			"{main [NP A bomb] [VG+past exploded] [PP near] [NP the town] [PP of] [NP Samarra] .} | obl exploded>near; pobj near>the town; nmod the town>of; pobj of>Samarra",
			"exploded", "180", nil, nil, "Samarra/IRQ", `near "Samarra"`},
		{"the capital named beside it",
			"{main [NP Crowds] [VG+past rioted] [PP in] [NP the capital] , [NP Niamey] .} | obl rioted>in; pobj in>the capital",
			"rioted", "145", nil, nil, "Niamey/NER", `"Niamey"`},
		{"the capital of the act's country",
			"{main [NP Police] [VG+past arrested] [NP protesters] [PP in] [NP the capital] .} | obl arrested>in; pobj in>the capital",
			"arrested", "173", nil, []actor{{"Police", "ETH", dateline.KindAgent}}, "Addis Ababa/ETH", "the capital of ETH"},
		{"a region of a country named as an actor",
			"{main [NP Russia] [VG+past attacked] [NP eastern Ukraine] .} | obj attacked>eastern Ukraine",
			"attacked", "190", nil, []actor{{"Russia", "RUS", dateline.KindCountry}, {"Ukraine", "UKR", dateline.KindCountry}}, "eastern Ukraine/UKR", `object "eastern Ukraine"`},
		{"a country's east",
			"{main [NP Rebels] [VG+past attacked] [NP posts] [PP in] [NP+poss Libya 's] [NP east] .} | obl attacked>in; pobj in>east; poss east>Libya 's",
			"attacked", "190", nil, []actor{{"Rebels", "", dateline.KindAgent}, {"Libya", "LBY", dateline.KindCountry}}, "eastern Libya/LBY", `"eastern Libya"`},
		{"a country acted on after on is no place",
			"{main [NP Pakistan] [VG+past called] [PP on] [NP India] .} | obl called>on; pobj on>India",
			"called", "020", nil, []actor{{"Pakistan", "PAK", dateline.KindCountry}, {"India", "IND", dateline.KindCountry}}, "", ""},
		{"a country after into is a place",
			"{main [NP Syria] [VG+past sent] [NP troops] [PP into] [NP Lebanon] .} | obj sent>troops; obl sent>into; pobj into>Lebanon",
			"sent", "074", nil, []actor{{"Syria", "SYR", dateline.KindCountry}, {"Lebanon", "LBN", dateline.KindCountry}}, "Lebanon/LBN", `into "Lebanon"`},
		{"an act between states is never in the target's country",
			"{main [NP Pakistan] [VG+past expelled] [NP diplomats] [PP in] [NP New Delhi] .} | obl expelled>in; pobj in>New Delhi",
			"expelled", "161", nil, []actor{{"Pakistan", "PAK", dateline.KindCountry}, {"diplomats", "IND", dateline.KindAgent}}, "", ""},
		{"an act between states at the dateline of the acting state",
			"{main [NP Pakistan] [VG+past summoned] [NP the envoy] .}",
			"summoned", "114", &dateline.Dateline{Place: "ISLAMABAD"}, []actor{{"Pakistan", "PAK", dateline.KindCountry}, {"envoy", "IND", dateline.KindAgent}}, "Islamabad/PAK", "acting state"},
		{"not at the dateline of another state",
			"{main [NP India] [VG+past recalled] [NP its envoy] .}",
			"recalled", "161", &dateline.Dateline{Place: "ISLAMABAD"}, []actor{{"India", "IND", dateline.KindCountry}}, "", ""},
		{"a landmark of the dateline's city, the city named",
			"{main [NP Protesters] [VG+past rallied] [PP in] [NP Yerevan] [CC and] [VG+past stormed] [NP the parliament] .} | obl rallied>in; pobj in>Yerevan; obj stormed>the parliament",
			"stormed", "145", &dateline.Dateline{Place: "YEREVAN"}, []actor{{"Protesters", "ARM", dateline.KindAgent}}, "Yerevan/ARM", "the dateline's"},
		{"a landmark of the dateline's city named nowhere near is no place",
			"{main [NP Protesters] [VG+past stormed] [NP the parliament] .} | obj stormed>the parliament",
			"stormed", "145", &dateline.Dateline{Place: "YEREVAN"}, []actor{{"Protesters", "ARM", dateline.KindAgent}}, "", ""},
		{"a bare site is no landmark",
			"{main [NP Protesters] [VG+past rioted] [PP in] [NP prison] .} | obl rioted>in; pobj in>prison",
			"rioted", "145", &dateline.Dateline{Place: "YEREVAN"}, []actor{{"Protesters", "ARM", dateline.KindAgent}}, "", ""},
		{"this air base is the dateline's, whoever acts",
			"{main [NP Soldiers] [VG+past withdrew] [PP from] [NP Lebanon] [PP at] [NP this air base] .} | obl withdrew>at; pobj at>this air base",
			"withdrew", "0874", &dateline.Dateline{Place: "BEIRUT"}, []actor{{"Soldiers", "SYR", dateline.KindAgent}}, "Beirut/LBN", "the dateline's"},
		{"here",
			"{main [NP Ministers] [VG+past met] [ADVP here] .}",
			"met", "040", &dateline.Dateline{Place: "PARIS"}, []actor{{"Ministers", "ITA", dateline.KindAgent}}, "Paris/FRA", `"here"`},
		{"a joined verb shares the place",
			"{main [NP Crowds] [VG+past gathered] [PP in] [NP Yerevan]} [CC and] {main [VG+past stormed] [NP the building] .} | obl gathered>in; pobj in>Yerevan; conj gathered>stormed",
			"stormed", "145", nil, nil, "Yerevan/ARM", "joined to"},
		{"a participle explains where a statement was made",
			"{main [NP Qureshi] , {participial [VG speaking] [PP during] [NP a visit] [PP to] [NP Germany]} , [VG+past urged] [NP India] .} | obl speaking>during; pobj during>a visit; nmod a visit>to; pobj to>Germany",
			"urged", "020", nil, []actor{{"Qureshi", "PAK", dateline.KindPerson}, {"India", "IND", dateline.KindCountry}, {"Germany", "DEU", dateline.KindCountry}}, "Germany/DEU", `from "speaking"`},
		{"a relative clause where its place is",
			"{main [NP Police] [VG+past found] [NP the village] [PP in] [NP Helmand] {relative [SUB where] [NP rebels] [VG+past killed] [NP farmers]} .} | obl found>in; pobj in>Helmand",
			"killed", "190", nil, nil, "Helmand/AFG", `the place of "Helmand"`},
		{"a meeting at the dateline when its country takes part",
			"{main [NP Egypt] [VG+past met] [NP Jordan] .}",
			"met", "040", &dateline.Dateline{Place: "CAIRO"}, []actor{{"Egypt", "EGY", dateline.KindCountry}, {"Jordan", "JOR", dateline.KindCountry}}, "Cairo/EGY", "dateline"},
		{"an act inside a country the sentence names",
			"{main [NP Libya] [VG+past fell] {relative [SUB as] [NP rebels] [VG+past ousted] [NP Gadhafi]} .}",
			"ousted", "172", nil, []actor{{"rebels", "LBY", dateline.KindAgent}, {"Gadhafi", "LBY", dateline.KindPerson}, {"Libya", "LBY", dateline.KindCountry}}, "Libya/LBY", "both sides"},
		{"not when named by an adjective",
			"{main [NP Gunmen] [VG+past shot] [NP Haitian President Moise] .}",
			"shot", "180", nil, []actor{{"Gunmen", "HTI", dateline.KindAgent}, {"Haitian President Moise", "HTI", dateline.KindPerson}}, "", ""},
		{"no place named is none", "{main [NP Russia] [VG+past attacked] [NP Ukrainian soldiers] .}",
			"attacked", "190", nil, []actor{{"Russia", "RUS", dateline.KindCountry}, {"Ukrainian soldiers", "UKR", dateline.KindAgent}}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := analysistest.MustParse(tt.spec)
			var actors []dateline.Mention
			for _, a := range tt.actors {
				actors = append(actors, actorAt(t, s, a.text, a.country, a.kind))
			}
			sc := g.NewScene(tt.dateline)
			places := g.Mentions(*s, sc.Hint, spansOf(actors))
			i := strings.Index(s.Text, tt.trigger)
			act := Act{Trigger: dateline.Span{Start: i, End: i + len(tt.trigger)}, CAMEO: tt.cameo}
			if len(actors) > 0 {
				act.Source = &actors[0]
			}
			if len(actors) > 1 {
				act.Target = &actors[1]
			}
			p, rule := sc.Place(s, places, actors, act)
			got := ""
			if p != nil {
				got = p.Name + "/" + p.Country
			}
			if got != tt.want || !strings.Contains(rule, tt.rule) {
				t.Errorf("got %q (%s), want %q (%s)", got, rule, tt.want, tt.rule)
			}
		})
	}
}

func spansOf(ms []dateline.Mention) []dateline.Span {
	out := make([]dateline.Span, len(ms))
	for i, m := range ms {
		out[i] = m.Span
	}
	return out
}

// TestRegionOverActor reads a region whose name holds a country the actor
// stage took: the place covers it, and a country alone stays skipped.
func TestRegionOverActor(t *testing.T) {
	g := gaz(t)
	tests := []struct{ text, actor, want string }{
		{"The navy fired a missile into the Sea of Japan.", "Japan", "Sea of Japan"},
		{"The tanker sank in the Gulf of Mexico.", "Mexico", "Gulf of Mexico"},
		{"Tension rose on the Korean Peninsula.", "Korean", "Korean Peninsula"},
		{"Fishermen drowned in Lake Chad.", "Chad", "Lake Chad"},
		{"Troops left Japan.", "Japan", ""},
	}
	for _, tt := range tests {
		s := sentence(tt.text)
		i := strings.Index(s.Text, tt.actor)
		skip := []dateline.Span{{Start: i, End: i + len(tt.actor)}}
		got := ""
		for _, m := range g.Mentions(s, Hint{}, skip) {
			got += m.Place.Name
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDirectionPoint puts a compass region at the middle of its area's
// cities that lie that way, not at the area's centre.
func TestDirectionPoint(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name           string
		minLat, maxLat float64
		minLon, maxLon float64
	}{
		{"southern Lebanon", 33, 33.7, 35, 36},
		{"eastern Ukraine", 46, 51, 34, 40},
		{"northern Mali", 16, 23, -5, 2},
		{"western Libya", 30, 33.5, 10, 16},
	}
	for _, tt := range tests {
		p, ok := g.Resolve(tt.name, Hint{})
		if !ok {
			t.Errorf("%s: not resolved", tt.name)
			continue
		}
		if p.Lat < tt.minLat || p.Lat > tt.maxLat || p.Lon < tt.minLon || p.Lon > tt.maxLon {
			t.Errorf("%s: got %.2f,%.2f, want within %v-%v, %v-%v", tt.name, p.Lat, p.Lon, tt.minLat, tt.maxLat, tt.minLon, tt.maxLon)
		}
		c, _ := g.CountryByName(strings.Fields(tt.name)[1])
		if p.Lat == c.Lat && p.Lon == c.Lon {
			t.Errorf("%s: got the country's centre", tt.name)
		}
	}
}

// TestWordsAndActsFiles checks what the placing data files accept.
func TestWordsAndActsFiles(t *testing.T) {
	base := []byte(placesTSV)
	tests := []struct {
		name, file, text, wantErr string
	}{
		{"unknown role", wordsFile, "nowhere in at\n", "unknown role"},
		{"role with no word", wordsFile, "locative\n", "want a role"},
		{"unknown policy", actsFile, "19\teverywhere\n", "one of material"},
		{"unknown flag", actsFile, "19\tmaterial\tbeyond\n", "unknown flag"},
		{"twice", actsFile, "19\tmaterial\n19\tverbal\n", "twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{placesFile: {Data: base}, tt.file: {Data: []byte(tt.text)}})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), tt.file+":") {
				t.Errorf("got %v, want an error naming %s and %q", err, tt.file, tt.wantErr)
			}
		})
	}
	g, err := Load(fstest.MapFS{placesFile: {Data: base}})
	if err != nil {
		t.Fatal(err)
	}
	s := analysistest.MustParse("{main [NP Rebels] [VG+past attacked] [PP in] [NP Kabul] .} | obl attacked>in; pobj in>Kabul")
	if p, _ := g.NewScene(nil).Place(s, g.Mentions(*s, Hint{}, nil), nil, Act{Trigger: dateline.Span{Start: 7, End: 15}, CAMEO: "190"}); p != nil {
		t.Errorf("without words.txt and acts.tsv: got %+v, want no place", p)
	}
}

// FuzzQuote checks quote against strconv.Quote, whose output it must give.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"Kabul", "Côte d'Ivoire", `say "hi"`, `back\slash`, "tab\there", "", "~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quote(s), strconv.Quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
	})
}
