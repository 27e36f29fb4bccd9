package where

import "testing"

// TestDivisionNotItsTownsAlternate: a division's name means a city in it
// when the city bears it as its own name ("Kabul", "Geneva") or is the
// division's seat that the name also spells ("Basra" is Basrah, "Hama"
// Hamah); a lesser town the gazetteer files under the division's name only
// among its alternates does not take it ("Arizona" is the state, not
// Yuma; "Bihar" the state, not Bihar Sharif).
func TestDivisionNotItsTownsAlternate(t *testing.T) {
	g := gaz(t)
	for _, tt := range []struct{ in, want string }{
		{"Arizona", "Arizona/USA/admin1"},
		{"Bihar", "Bihar/IND/admin1"},
		{"Goa", "Goa/IND/admin1"},
		{"Selangor", "Selangor/MYS/admin1"},
		{"Brandenburg", "Brandenburg/DEU/admin1"},
		{"Rio Grande do Sul", "Rio Grande do Sul/BRA/admin1"},
		{"Aichi", "Aichi/JPN/admin1"},
		{"Kabul", "Kabul/AFG/city"},       // must not: its own name
		{"Basra", "Basrah/IRQ/city"},      // must not: the seat the name spells
		{"Hama", "Hamah/SYR/city"},        // must not: the seat the name spells
		{"Geneva", "Geneve/CHE/city"},     // must not: the seat
		{"Benghazi", "Benghazi/LBY/city"}, // must not: the seat
	} {
		p, ok := g.Resolve(tt.in, Hint{})
		if got := p.Name + "/" + p.Country + "/" + p.Feature; !ok || got != tt.want {
			t.Errorf("Resolve(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
