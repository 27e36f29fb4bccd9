package pipeline

import "testing"

// Unnamed forces that are the subject of a main clause after one whose
// subject is a state's military named by its nationality are that
// state's: "U.S. Marines landed on the island, and Navy jets struck an
// airfield" is the United States' strike, not the place's.
func TestForcesAfterForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"marines, navy jets", "1975-05-16", "U.S. Marines landed on the Cambodian island of Koh Tang on Thursday and Navy jets struck an airfield near the port of Kompong Som.", "195", "USAMIL>KHMMIL", ""},
		{"troops, warplanes", "2008-08-10", "Russian troops poured into South Ossetia on Friday, and warplanes bombed the Georgian town of Gori.", "195", "RUSMIL>GEO", ""},
		{"paratroopers, helicopters", "1983-10-26", "American paratroopers landed at Point Salines on Tuesday, and helicopter gunships attacked the Grenadian army's barracks.", "19", "USAMIL>GRDMIL", ""},
		// unchanged: the second force named with its own nationality
		{"own nationality", "2008-08-10", "Russian troops poured into South Ossetia on Friday, and Georgian warplanes bombed the town of Tskhinvali.", "195", "GEOMIL>RUSMIL", ""},
	})
}
