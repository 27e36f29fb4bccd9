package pipeline

import "testing"

// TestForcesFlownIn pins forces flown to a place or flown in ("flew in 300
// more troops", "flew paratroopers to Kinshasa") as a deployment (154),
// as "airlifted", aimed at the country of the place when one is named;
// jets flying over a place and people flying in are not.
func TestForcesFlownIn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"flew in troops", "2013-03-25", "France flew in 300 more troops on Sunday.", "154", "FRA>", ""},
		{"flew paratroopers to a capital", "1991-09-25", "Belgium flew paratroopers to Kinshasa to evacuate its citizens.", "154", "BEL>CODGOV", ""},
		{"flew in reinforcements", "1990-08-10", "The United States flew in reinforcements from Germany.", "154", "USA>", ""},
		{"flew soldiers into a capital", "2000-05-08", "Britain flew 200 more soldiers into Freetown on Monday.", "154", "GBR>SLEGOV", ""},
		{"flew troops into a capital, the 1979 invasion", "1979-12-28", "Moscow flew troops into Kabul over the Christmas weekend.", "154", "RUSGOV>AFGGOV", ""},
		{"jets flown over a city are no deployment", "1982-06-07", "Israeli jets flew over Beirut on Monday.", "154", "", ""},
		{"a leader flying in is no deployment", "1995-01-01", "The president flew in from Paris on Sunday.", "154", "", ""},
	})
}
