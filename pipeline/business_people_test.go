package pipeline

import "testing"

// People of business named by what they do are business (BUS): an
// industrialist, a banker, a magnate, business leaders.
func TestBusinessPeople(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an industrialist with his name", "1977-09-06", "Red Army Faction guerrillas kidnapped the industrialist Hanns-Martin Schleyer in Cologne on Monday.", "181", "DEURAD>DEUBUS", ""},
		{"a banker", "2020-01-01", "Gunmen kidnapped a wealthy banker in Mexico City on Monday.", "181", "UAF>MEXBUS", ""},
		{"business leaders", "2020-01-01", "Colombian rebels kidnapped three business leaders near Cali.", "181", "COLREB>COLBUS", ""},
		{"a magnate arrested", "2020-01-01", "Chinese police detained a property magnate in Beijing on Friday.", "173", "CHNCOP>CHNBUS", ""},
		{"a businessman, as before", "2020-01-01", "Gunmen kidnapped a businessman in Lagos on Monday.", "181", "UAF>NGABUS", ""},
	})
}
