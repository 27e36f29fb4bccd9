package pipeline

import "testing"

// TestGatheringsAreCivilians pins gatherings named with "party" or
// "procession" (a wedding party, a funeral procession, a search party) as
// civilians (agents.txt), not a political party.
func TestGatheringsAreCivilians(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a coalition strike on a wedding party", "2018-04-23", "A Saudi-led coalition air strike hit a wedding party in northern Yemen, killing at least 20 people.", "195", "SAUMIL>YEMCVL", ""},
		{"a drone strike on a wedding party", "2008-07-06", "A US drone strike hit a wedding party in Afghanistan's Nangarhar province.", "195", "USA>AFGCVL", ""},
		{"gunmen and a wedding party", "2019-06-10", "Gunmen attacked a wedding party in Nigeria's Zamfara state, killing 12 guests.", "180", "UAF>NGACVL", ""},
		{"a strike on a funeral procession", "2014-07-20", "An Israeli air strike hit a funeral procession in Gaza.", "195", "ISR>PSECVL", ""},
		{"a search party ambushed", "2012-03-01", "Taliban fighters ambushed a search party in Afghanistan's Helmand province.", "18", "AFGREB>AFGCVL", ""},
	})
}
