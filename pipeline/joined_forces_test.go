package pipeline

import "testing"

// TestJoinedForces: a nationality before the first of the state's forces
// joined by "and" is the second's too ("Australian soldiers and police"),
// not the country of the place they arrive in (sectors.txt's force).
func TestJoinedForces(t *testing.T) {
	const honiara = "HONIARA, Solomon Islands —\n\nRioters burned shops in Honiara on Tuesday. "
	const mogadishu = "MOGADISHU, Somalia —\n\nGunmen looted a food convoy in Mogadishu on Tuesday. "
	testLexRows(t, []lexRow{
		{"soldiers and police arrive", d, honiara + "Australian soldiers and police began arriving in the Solomon Islands on Wednesday.", "154", "AUSCOP>SLBGOV", ""},
		{"troops and police arrive", d, honiara + "Fijian troops and police arrived in Honiara on Thursday.", "154", "FJICOP>SLBGOV", ""},
		// a state's name before the first force counts as its adjective does
		{"a state's name, then an unowned force", d, mogadishu + "U.S. Marines and Navy commandos seized the airport on Wednesday.", "19", "USAMIL>SOMGOV", ""},
		{"a state's name, then police", d, mogadishu + "U.S. troops and police seized the port on Wednesday.", "19", "USACOP>SOMGOV", ""},
		{"a bloc's name keeps the place's forces", d, mogadishu + "AU troops and police seized the port on Wednesday.", "19", "SOMCOP>", ""},
	})
}
