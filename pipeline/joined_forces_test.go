package pipeline

import "testing"

// TestJoinedForces: a nationality before the first of the state's forces
// joined by "and" is the second's too ("Australian soldiers and police"),
// not the country of the place they arrive in (sectors.txt's force).
func TestJoinedForces(t *testing.T) {
	const honiara = "HONIARA, Solomon Islands —\n\nRioters burned shops in Honiara on Tuesday. "
	testLexRows(t, []lexRow{
		{"soldiers and police arrive", d, honiara + "Australian soldiers and police began arriving in the Solomon Islands on Wednesday.", "154", "AUSCOP>SLBGOV", ""},
		{"troops and police arrive", d, honiara + "Fijian troops and police arrived in Honiara on Thursday.", "154", "FJICOP>SLBGOV", ""},
	})
}
