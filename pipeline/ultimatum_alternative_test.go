package pipeline

import "testing"

// TestUltimatumAlternative: the alternative a demand or an appeal holds
// out with "or", a passive or a verb of suffering ("or face", "or risk",
// "or be expelled"), is a threat (13) by who demands against whom it is
// demanded of, beside the demand; an alternative inside the act asked
// ("to stop or reduce") holds out nothing.
func TestUltimatumAlternative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"demanded that ... or face", "2011-03-02", "The European Union demanded on Wednesday that Belarus free all political prisoners by Friday or face new sanctions.", "13", "IGOEUR>BLR", ""},
		{"told to ... or face", "2009-05-11", "The Ugandan army told the rebels to lay down their arms within a week or face a fresh offensive.", "13", "UGAMIL>UGAREB", ""},
		{"must ... or be removed", "1994-09-15", "The French president told the Ivorian junta that it must hand over power by Sunday or be removed by force.", "13", "FRAGOV>CIVGOV", ""},
		{"gave hours to ... or face", "2009-04-20", "Chad's army gave the rebels 48 hours to surrender or face an all-out assault.", "13", "TCDMIL>TCDREB", ""},
		{"urged to ... or risk", "2012-06-04", "Washington urged Pakistan to reopen the supply routes or risk losing military aid.", "13", "USAGOV>PAK", ""},
		{"demanded ... or else be expelled", "2018-03-14", "Britain demanded that Russia explain the poisoning by midnight or else be expelled from the talks.", "13", "GBR>RUS", ""},
		{"an alternative inside the act asked", "2014-07-20", "The United Nations urged Israel to stop or reduce its strikes on Gaza.", "13", "", ""},
		{"a choice of acts asked", "2014-07-20", "Kenya asked Somalia to extradite or try the suspects.", "13", "", ""},
	})
}
