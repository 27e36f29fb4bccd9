package pipeline

import "testing"

// TestSeatInLongerName pins a capital's name that ends a longer name
// after a particle ("Mocimboa da Praia", a town in Mozambique, is not
// Praia, Cape Verde's capital): no actor, so no act aimed at that state.
func TestSeatInLongerName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a town whose name ends in a capital's", "2020-08-12", "Insurgents seized the port of Mocimboa da Praia on Wednesday.", "192", "MOZREB>MOZGOV", ""},
		// guards: the capital by itself, and after a preposition, is its state's
		{"guard: the capital alone is its state's seat", "2020-08-12", "Praia accused Lisbon of interference.", "1123", "CPVGOV>PRTGOV", ""},
		{"guard: a capital after a preposition", "2020-08-12", "Police arrested two opposition leaders in Praia on Wednesday.", "173", "CPVCOP>CPVOPP", ""},
	})
}
