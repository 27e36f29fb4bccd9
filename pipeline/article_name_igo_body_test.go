package pipeline

import "testing"

// TestArticleNameAndIGOBody pins a place name opened by a capitalised
// article ("in The Hague", "in The Gambia") as one phrase, a plural noun
// before an agent word in lower case ("the U.N. war crimes tribunal") as
// one phrase, and an agent word after an intergovernmental body in its own
// phrase as that body's (IGOUNO), not the country it sits in.
func TestArticleNameAndIGOBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops in The Gambia", "2019-03-04", "Troops in The Gambia arrested the opposition mayor on Monday.", "173", "GMBMIL>GMBGOV", ""},
		{"police in The Hague", "2019-03-04", "Police in The Hague arrested two Syrian refugees on Monday.", "173", "NLDCOP>SYRREF", ""},
		{"UN tribunal in The Hague", "2019-03-04", "The U.N. war crimes tribunal in The Hague indicted the Bosnian Serb general on Monday.", "1121", "IGOUNO>BIHMIL", ""},
		{"UN tribunal in Arusha", "2019-03-04", "The U.N. war crimes tribunal in Arusha convicted the former Rwandan mayor of genocide.", "116", "IGOUNO>RWAGOV", ""},
		{"UN court in The Hague", "2019-03-04", "A U.N. court in The Hague convicted the former Serbian general of genocide.", "116", "IGOUNO>SRBMIL", ""},
		{"a national court in a city stays the country's", "2019-03-04", "A court in Cairo convicted the opposition leader on Monday.", "116", "EGYJUD>EGYOPP", ""},
		{"a statement from a seat", "2019-03-04", "A statement from Baghdad accused Kuwait of stealing Iraqi oil.", "112", "IRQGOV>KWT", ""},
	})
}
