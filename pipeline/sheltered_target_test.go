package pipeline

import "testing"

// TestShelteredTarget: force on a building told with a participle of
// sheltering on it ("a school sheltering refugees") falls on those it
// shelters, as on those a bus carries (sets.txt's &conveyance).
func TestShelteredTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"school sheltering refugees", d, "Israeli jets bombed a school sheltering Palestinian refugees in Gaza.", "19", "ISRMIL>PSEREF", ""},
		{"theatre sheltering civilians", "2022-03-16", "Russian missiles struck a theatre sheltering Ukrainian civilians in Mariupol.", "19", "RUS>UKRCVL", ""},
		{"mosque sheltering displaced", d, "Sudanese paramilitaries shelled a mosque sheltering Eritrean refugees in Kassala.", "19", "SDNMIL>ERIREF", ""},
		{"guard: a bus carrying", d, "Gunmen attacked a bus carrying Pakistani pilgrims.", "18", "UAF>PAKCVL", ""},
		{"guard: the building itself", d, "Israeli jets bombed a school in Gaza.", "19", "ISRMIL>PSECVL", ""},
	})
}
