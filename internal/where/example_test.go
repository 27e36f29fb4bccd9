package where_test

import (
	"fmt"

	"dateline"
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
