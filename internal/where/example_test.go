package where_test

import (
	"fmt"

	"dateline"
	"dateline/internal/analysistest"
	"dateline/internal/where"
)

func ExampleGazetteer_Resolve() {
	g, err := where.Default()
	if err != nil {
		panic(err)
	}
	for _, h := range []where.Hint{{}, {Countries: []string{"LBN"}}} {
		p, _ := g.Resolve("Tripoli", h)
		fmt.Println(p.Name, p.Country)
	}
	p, _ := g.Resolve("Libya's east", where.Hint{})
	fmt.Println(p.Name, p.Country, p.Feature)
	// Output:
	// Tripoli LBY
	// Tripoli LBN
	// eastern Libya LBY region
}

func ExampleGazetteer_Dateline() {
	g, err := where.Default()
	if err != nil {
		panic(err)
	}
	p, _ := g.Dateline(dateline.Dateline{Text: "PALERMO, Sicily", Place: "PALERMO", Admin1: "Sicily"})
	fmt.Println(p.Name, p.Admin1, p.Country, p.GeoNamesID)
	// Output: Palermo Sicily ITA 2523920
}

// ExampleScene_Place places events from their clause: the city shelled, a
// sea named after a country, and the dateline's city, named in the
// sentence, for a landmark of a story filed from the act's country.
func ExampleScene_Place() {
	g, err := where.Default()
	if err != nil {
		panic(err)
	}
	sc := g.NewScene(&dateline.Dateline{Place: "YEREVAN", Admin1: "Armenia"})
	for _, tt := range []struct{ spec, cameo string }{
		{"{main [NP Troops] [VG+past shelled] [NP Kharkiv] .} | obj shelled>Kharkiv", "194"},
		{"{main [NP Ships] [VG+past fired] [NP missiles] [PP into] [NP the Sea of Japan] .} | obl fired>into; pobj into>the Sea of Japan", "150"},
		{"{main [NP Crowds] [VG+past stormed] [NP the parliament] [PP in] [NP Yerevan] .} | obj stormed>the parliament", "145"},
	} {
		s := analysistest.MustParse(tt.spec)
		crowds := dateline.Mention{Span: s.Tokens[0].Span, Text: s.Tokens[0].Text, Kind: dateline.KindAgent,
			Actor: dateline.Actor{Name: "civilians", Country: "ARM", Sector: "CVL"}}
		act := where.Act{Trigger: s.Tokens[1].Span, CAMEO: tt.cameo, Source: &crowds}
		p, rule := sc.Place(s, g.Mentions(*s, sc.Hint, nil), nil, act)
		fmt.Printf("%s (%s): %s\n", p.Name, p.Country, rule)
	}
	// Output:
	// Kharkiv (UKR): place: object "Kharkiv"
	// Sea of Japan (): place: into "Sea of Japan"
	// Yerevan (ARM): place: object "the parliament", the dateline's "Yerevan"
}
