package pipeline

import "testing"

// TestInvitationToMeet: accepting or welcoming an invitation to talks, a
// conference or a summit is an intent to meet (036), not any acceptance.
func TestInvitationToMeet(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"accepted an invitation to a conference", "1991-10-20", "Israel accepted an invitation to the peace conference in Madrid.", "036", "ISRGOV>ESPGOV", ""}, // a meeting in a country's city is aimed at its host (036 is located)
		{"accepted an invitation to talks from", "2019-06-02", "The Taliban accepted an invitation to talks from Qatar.", "036", "AFGREB>QATGOV", ""},
		{"welcomed an invitation to a summit", "2018-03-09", "North Korea welcomed an invitation to a summit with South Korea.", "036", "PRKGOV>", ""},
		{"took up an invitation to talks", "2015-06-02", "Iran took up an invitation to talks in Geneva.", "036", "IRNGOV>CHEGOV", ""},
		{"guard: an invitation to join the bloc", "2019-06-02", "Montenegro accepted an invitation to join NATO.", "036", "", ""},
		{"guard: an invitation declined", "2019-06-02", "Israel did not accept the invitation to the conference.", "036", "", ""},
	})
}

// TestEndDispute: ending a dispute or a row settles it, as
// settling or resolving it does; pledging to end one is an intent to
// settle (037).
func TestEndDispute(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"pledged to end a border dispute", "2018-07-09", "Ethiopia and Eritrea pledged to end their border dispute.", "037", "ETHGOV>ERIGOV", ""},
		{"ended a row", "2019-06-02", "Japan and South Korea ended their trade row on Monday.", "057", "JPNGOV>KORGOV", ""},
		{"ended a dispute with", "2012-06-02", "Sudan ended its oil dispute with South Sudan.", "057", "SDNGOV>SSDGOV", ""},
		{"vowed to end a row", "2019-06-02", "Qatar and Saudi Arabia vowed to end their row.", "037", "QATGOV>SAUGOV", ""},
		{"guard: ended a war is no settlement", "2019-06-02", "The army ended the war.", "057", "", ""},
		{"guard: the dispute did not end", "2019-06-02", "Ethiopia and Eritrea did not end their dispute.", "057", "", ""},
	})
}
