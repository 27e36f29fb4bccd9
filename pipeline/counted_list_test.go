package pipeline

import "testing"

// TestCountedGroupList: "the three governments" after a sentence that
// opened with a list of three countries ("Saudi Arabia, the United Arab
// Emirates and Bahrain withdrew") are those three, not the three countries
// the story names most (which may hold the one they accuse); and a claim a
// counted group makes is all its members' claim.
func TestCountedGroupList(t *testing.T) {
	gulf := "Gulf states pull envoys\n\nRIYADH, Saudi Arabia —\n\nSaudi Arabia, the United Arab Emirates and Bahrain withdrew their ambassadors from Qatar on Wednesday, accusing Qatar of meddling.\n\n"
	lakes := "Regional rift\n\nNAIROBI, Kenya —\n\nKenya, Uganda and Rwanda criticised Burundi on Monday after Burundi closed its border with Kenya.\n\n"
	testLexRows(t, []lexRow{
		{"a claim of a failed commitment by the three listed", d, gulf + "In a joint statement, the three governments said Doha had failed to honour a security pact.", "112", "SAUGOV>QATGOV", ""},
		{"each member of the group claims", d, gulf + "In a joint statement, the three governments said Doha had failed to honour a security pact.", "112", "AREGOV>QATGOV", ""},
		{"the three governments accuse", d, lakes + "The three governments accused Burundi of arming rebels.", "112", "RWAGOV>BDI", ""},
		{"the three countries demand", d, lakes + "The three countries demanded that Burundi reopen the border.", "10", "UGA>BDI", ""},
		// guards
		{"guard: a three-country list does not make the two", d, lakes + "The two governments accused Burundi of arming rebels.", "112", "KENGOV>BDI", ""},
		{"guard: a list an appeal names is not the group", d, "Border row\n\nNAIROBI, Kenya —\n\nBurundi urged Kenya, Uganda and Rwanda to reopen their borders on Monday.\n\nThe three countries said the border would stay closed.", "112", "", ""},
	})
}
