package pipeline

import "testing"

// TestUltimatumAlternative: the alternative a demand or an appeal holds
// out with "or" ("or face", "or risk") is the base verb's alternative, a
// verb, not a noun of a list, and the demand is coded as the demand
// alone: PLOVER's records give an ultimatum its one category, the
// request (a threat beside it cost PLOVER dev's report half a record).
func TestUltimatumAlternative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"demanded that ... or face", "2011-03-02", "The European Union demanded on Wednesday that Belarus free all political prisoners by Friday or face new sanctions.", "10", "IGOEUR>BLR", ""},
		{"demanded that ... or face: no threat beside it", "2011-03-02", "The European Union demanded on Wednesday that Belarus free all political prisoners by Friday or face new sanctions.", "13", "", ""},
		{"urged to ... or risk", "2012-06-04", "Washington urged Pakistan to reopen the supply routes or risk losing military aid.", "02", "USAGOV>PAK", ""},
		{"urged to ... or risk: no threat beside it", "2012-06-04", "Washington urged Pakistan to reopen the supply routes or risk losing military aid.", "13", "", ""},
		{"an alternative inside the act asked", "2014-07-20", "The United Nations urged Israel to stop or reduce its strikes on Gaza.", "13", "", ""},
		{"a choice of acts asked", "2014-07-20", "Kenya asked Somalia to extradite or try the suspects.", "13", "", ""},
	})
}
