package pipeline

import "testing"

// TestAnsweredWithRiotControl: the state's forces answering with the
// weapons of riot control ("riot police, who answered with tear gas and
// water cannon", "police responded with rubber bullets") use force on the
// crowd (175); others answering with words do not.
func TestAnsweredWithRiotControl(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"who answered with tear gas", d, "Thousands of opposition supporters hurled stones at Albanian riot police, who answered with tear gas and water cannon.", "175", "ALBCOP>ALBOPP", ""},
		{"responded with rubber bullets", d, "Kenyan police responded with rubber bullets.", "175", "KENCOP>KENCVL", ""},
		{"retaliated with batons", d, "Soldiers in Harare retaliated with batons and tear gas.", "175", "ZWEMIL>ZWECVL", ""},
		{"reacted with water cannon", d, "Turkish police reacted with water cannon and pepper spray.", "175", "TURCOP>TURCVL", ""},
		{"answered with a statement", d, "Kenyan police answered with a statement.", "175", "", ""},
		{"protesters answered with stones", d, "Protesters in Nairobi answered with stones.", "175", "", ""},
	})
}
