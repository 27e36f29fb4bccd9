package pipeline

import "testing"

// TestTerritorySeized: a colony, an enclave, a peninsula or an archipelago
// seized or captured is territory occupied (192), as a town or an island
// is, not people taken (181): "Argentine troops seized the British colony"
// falls on Britain, whose colony it is, as an occupation. A person seized
// is still taken (181).
func TestTerritorySeized(t *testing.T) {
	testLexRows(t, []lexRow{
		{"seized the British colony", "1982-04-03", "Argentine troops seized the British colony on Friday.", "192", "ARGMIL>GBR", ""},
		{"no abduction of the colony", "1982-04-03", "Argentine troops seized the British colony on Friday.", "181", "", ""},
		{"seized the peninsula", "2014-03-01", "Russian troops seized the Crimean peninsula on Saturday.", "192", "RUSMIL>", ""},
		{"captured the enclave", d, "Armenian forces captured the Azerbaijani enclave on Monday.", "192", "ARMMIL>AZE", ""},
		{"seized the archipelago", d, "Chinese forces seized the Vietnamese archipelago on Tuesday.", "192", "CHNMIL>VNM", ""},
		{"guard: a person seized is taken", d, "Gunmen seized the British ambassador in Beirut on Monday.", "181", "UAF>GBRGOV", ""},
	})
}
