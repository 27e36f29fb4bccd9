package pipeline

import "testing"

// TestDissolutionNoun pins "the dissolution of" as the event noun of
// dissolve, read as the verb reads its object: a party or group dissolved
// by order is coerced (1722), a parliament or government dissolved by its
// own state is sent home (0834), and a demand for it asks for that act.
func TestDissolutionNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a court orders a party's dissolution", "2024-08-07", "Thailand's Constitutional Court ordered the dissolution of the main opposition party.", "1722", "THAJUD>THAOPP", ""},
		{"a government orders a movement dissolved", "2013-12-25", "The Egyptian government ordered the dissolution of the Muslim Brotherhood's political party.", "1722", "EGYGOV>EGYOPP", ""},
		{"a leader announces parliament's dissolution", "2020-01-01", "The prime minister announced the dissolution of parliament on Monday.", "172", "GOV>LEG", ""},
		{"a king approves the dissolution of the cabinet", "2020-01-01", "The king approved the dissolution of the cabinet.", "172", "GOV>GOV", ""},
		{"a demand for parliament's dissolution", "2020-01-01", "Protesters demanded the dissolution of parliament.", "10", "OPP>LEG", ""},
	})
}
