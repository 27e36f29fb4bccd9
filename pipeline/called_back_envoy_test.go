package pipeline

import "testing"

// TestCalledBackEnvoy: an envoy called back is recalled (161), its
// particle before or after the envoy; troops called back withdraw (087).
func TestCalledBackEnvoy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"particle after the envoy", d, "Peru called its ambassador back from Mexico.", "161", "PER>MEX", ""},
		{"particle before the envoy", d, "Algeria called back its envoy to France on Saturday.", "161", "DZA>FRA", ""},
		{"present perfect, high commissioner", d, "Kenya has called its high commissioner back from London.", "161", "KEN>GBRGOV", ""},
		{"in a capital, for consultations", d, "Morocco called back its ambassador in Berlin for consultations.", "161", "MAR>DEUGOV", ""},
		{"plural diplomats", d, "The Netherlands called its diplomats back from Turkey.", "161", "NLD>TUR", ""},
		{"troops called back withdraw", d, "Russia called back its troops from the border.", "087", "RUS>", ""},
		{"not called back", d, "Peru did not call its ambassador back from Mexico.", "161", "", ""},
	})
}
