package pipeline

import "testing"

// TestDemonymPlurals: a country's people named by the plural of its
// demonym ("Nigeriens protested", "Slovaks voted") is the country's people,
// as "Kenyans" and "Iraqis" are; a plural the knowledge lacked named no one.
func TestDemonymPlurals(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Nigeriens", d, "Nigeriens protested against the junta in Niamey.", "14", "NERCVL>NERGOV", ""},
		{"Slovaks", d, "Slovaks protested against the government in Bratislava.", "14", "SVKCVL>SVKGOV", ""},
		{"Turkmens", d, "Thousands of Turkmens rallied against the government in Ashgabat.", "14", "TKMCVL>TKMGOV", ""},
		{"Argentines", d, "Argentines marched against the government in Buenos Aires on Thursday.", "14", "ARGCVL>ARGGOV", ""},
		{"Monegasques", d, "Monegasques demonstrated against the government.", "14", "MCOCVL>MCOGOV", ""},
		{"Kosovans", d, "Kosovans protested against Serbia in Pristina.", "14", "XKXCVL>SRB", ""},
		{"Belarussians", d, "Belarussians protested against the government in Minsk.", "14", "BLRCVL>BLRGOV", ""},
		{"known plural unchanged", d, "Nigerians protested against the government in Abuja.", "14", "NGACVL>NGAGOV", ""},
	})
}
