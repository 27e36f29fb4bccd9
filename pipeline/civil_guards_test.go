package pipeline

import "testing"

// TestCivilGuardsAsMembers pins the members of Spain's Guardia Civil by
// their plural and English names ("Civil Guards", "Civil Guardsmen") as the
// body itself: Spain's police (ESP COP), as "the Civil Guard" already was.
func TestCivilGuardsAsMembers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Civil Guards arrested separatists", "1992-03-30", "Civil Guards arrested two Basque separatists in Bilbao on Monday.", "173", "ESPCOP>ESPREB", ""},
		{"Civil Guardsmen fired on smugglers", "1995-06-02", "Civil Guardsmen fired on a smugglers' boat off Algeciras.", "19", "ESPCOP>ESPCRM", ""},
		{"Spanish Civil Guards detained a leader", "1998-11-10", "Spanish Civil Guards detained an ETA leader in Navarre on Tuesday.", "173", "ESPCOP>ESPREB", ""},
		{"the plural as object of an attack", "1987-12-11", "A car bomb killed five Civil Guards in Zaragoza.", "18", "ESPUAF>ESPCOP", ""},
		{"the singular still the body", "1981-02-24", "The Civil Guard seized the Congress of Deputies.", "18", "ESPCOP>ESPLEG", ""},
	})
}
