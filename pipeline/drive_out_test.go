package pipeline

import "testing"

// TestDriveOutNeedsObject: "drive out" is fighting (190) only with someone
// driven out; "drove out of the car park" with no object is a drive, and a
// force that drove out of a town withdrew (087).
func TestDriveOutNeedsObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a killing as he drove out", "1979-03-31", "LONDON -- A car bomb killed Airey Neave as he drove out of the House of Commons car park.", "183", "GBRUAF>GBRPTY", ""},
		{"a minister drives out of a compound", d, "KINSHASA, Congo -- The minister drove out of the compound an hour before the blast.", "19", "", ""},
		{"a convoy drove out of the capital", d, "NAIROBI, Kenya -- The president's convoy drove out of the capital at dawn.", "19", "", ""},
		{"troops drive rebels out", d, "BUNIA, Congo -- Government troops drove the rebels out of the town on Sunday.", "190", "CODMIL>CODREB", ""},
		{"rebels driven out, passive", d, "GOMA, Congo -- The rebels were driven out of the town by the army.", "190", "CODMIL>CODREB", ""},
		{"forces drove out of a town: a withdrawal", d, "JENIN -- Israeli forces drove out of Jenin on Tuesday.", "087", "ISRMIL>PSE", ""},
	})
}
