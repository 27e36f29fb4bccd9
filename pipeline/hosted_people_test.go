package pipeline

import "testing"

// TestHostedPeople: a host or a reception whose object names people of
// another actor ("hosted the Turkish leader", "received a delegation from
// Uganda") and no "of" or "with" phrase is aimed at those people.
func TestHostedPeople(t *testing.T) {
	testLexRows(t, []lexRow{
		{"leader by adjective", d, "Putin hosted the Turkish leader in Sochi.", "043", "RUSGOV>TURGOV", ""},
		{"delegation by adjective", d, "Egypt hosted a Chinese delegation last week.", "043", "EGY>CHNGOV", ""},
		{"envoy by adjective", d, "Ethiopia hosted the Sudanese envoy on Monday.", "043", "ETH>SDNGOV", ""},
		{"delegation from", d, "Kenya hosted a delegation from Uganda.", "043", "KEN>UGA", ""},
		{"head of state named", d, "Ghana hosted the Nigerian president in Accra.", "043", "GHA>NGAGOV", ""},
		{"of phrase kept", d, "Turkey hosted talks with Iran on Tuesday.", "043", "TUR>IRN", ""},
		{"own delegation: none", d, "Kenya hosted its own delegation.", "043", "KEN>", ""},
	})
}
