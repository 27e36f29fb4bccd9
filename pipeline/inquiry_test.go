package pipeline

import "testing"

// TestInquiryFindings: a commission of inquiry is a state body (GOV) of its
// country; its finding someone responsible, culpable or accountable is its
// accusation (112) of them, not a court's verdict (116), and only of an
// actor; accepting its findings, recommendations or conclusions is agreeing
// to what another decided (030), not accepting them a rejection (120).
func TestInquiryFindings(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a state commission finds a minister responsible", "1983-02-14", "JERUSALEM -- Ariel Sharon resigned, six days after a state commission of inquiry found him indirectly responsible for the massacre.", "112", "ISRGOV>ISRGOV", ""},
		{"a commission finds the police culpable", d, "BOGOTA, Colombia -- A commission of inquiry has found the police culpable in the deaths of 11 protesters.", "112", "COLGOV>COLCOP", ""},
		{"a board finds a general and soldiers responsible", "1984-10-24", "MANILA, Philippines -- The Agrava board of inquiry found General Fabian Ver and 25 soldiers responsible for the killing of Benigno Aquino.", "112", "PHLGOV>PHLMIL", ""},
		{"an inquiry commission finds two ministers responsible", d, "NAIROBI, Kenya -- The inquiry commission found two ministers responsible for the violence.", "112", "KENGOV>KENGOV", ""},
		{"no actor found responsible, no event", d, "Officials found the situation responsible for delays.", "112", "", ""},
		{"a cabinet votes to accept the findings", "1983-02-10", "JERUSALEM -- Begin's cabinet voted last Thursday to accept the findings of the inquiry commission.", "030", "ISRGOV>ISRGOV", ""},
		{"a government accepts a UN panel's findings", d, "NEW DELHI -- The Indian government has accepted the findings of the UN human rights panel.", "030", "INDGOV>IGOUNO", ""},
		{"a cabinet accepts recommendations", d, "ISLAMABAD, Pakistan -- The cabinet accepted the recommendations of the judicial commission of inquiry on Monday.", "030", "PAKGOV>PAKGOV", ""},
		{"conclusions of a court accepted", d, "TOKYO -- Japan accepted the conclusions of the International Court of Justice, the foreign minister said.", "030", "JPN>IGOUNO", ""},
		{"findings not accepted are rejected", d, "KIGALI, Rwanda -- Rwanda did not accept the findings of the French judge.", "120", "RWA>FRAJUD", ""},
	})
}
