package pipeline

import "testing"

// TestNamedDisaster pins a disaster named by its kind and its name
// ("Cyclone Nargis", "Hurricane Katrina") as an accident, as "a cyclone"
// is: the dead it leaves were killed by no one, where a bare name before
// "killed" was an unidentified attacker.
func TestNamedDisaster(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a cyclone by its name", d, "Cyclone Nargis killed 100,000 people in Myanmar.", "18", "", ""},
		{"a typhoon by its name, a toll in a participle", d, "Typhoon Haiyan tore across the central Philippines, killing 6,000 people.", "18", "", ""},
		{"a hurricane by its name", d, "Hurricane Katrina killed 1,800 people in Louisiana.", "19", "", ""},
		// guard: gunmen are no storm
		{"guard: gunmen", d, "Gunmen killed 12 villagers in Borno.", "180", "UAF>NGACVL", ""},
	})
}
