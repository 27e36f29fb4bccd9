package pipeline

import "testing"

// TestMeasureFromAbroad pins a measure taken at home but announced from
// abroad ("declared a state of emergency from New York"): the place after
// "from" is where its doer speaks, not where it falls (where.Destination
// with away); it falls on the doer's own country.
func TestMeasureFromAbroad(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an emergency from New York", "2006-09-20", "Prime Minister Thaksin Shinawatra declared a state of emergency from New York on Tuesday.", "1724", "THAGOV>THACVL", ""},
		{"an emergency from London", "2007-11-04", "Pakistan's prime minister declared an emergency from London.", "1724", "PAKGOV>PAKCVL", ""},
		{"martial law from Washington", "2010-09-30", "Ecuador's president declared martial law from Washington.", "1724", "ECUGOV>ECUCVL", ""},
		{"a curfew from Tokyo", "1989-12-02", "The Philippine president imposed a curfew from Tokyo.", "1723", "PHLGOV>PHLCVL", ""},
		{"a withdrawal from a country stays there", "2000-05-24", "Israel withdrew its troops from Lebanon.", "087", "ISR>LBN", ""},
	})
}
