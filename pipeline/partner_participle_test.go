package pipeline

import "testing"

// A thing acted on whose passive participle names the other party ("the
// trade deal negotiated with Uganda", "the truce agreed with the rebels")
// gives that party as the target, as a relative clause does ("the deal it
// negotiated with Uganda").
func TestPartnerInParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"deal negotiated with", "2010-01-01", "Kenya suspended the trade deal negotiated with Uganda.", "166", "KEN>UGA", ""},
		{"truce agreed with", "2014-01-01", "Ethiopia violated the truce agreed with Eritrea last month.", "19", "ETH>ERI", ""},
		{"pact signed with", "2022-01-01", "Mali scrapped the defence pact signed with France in 2014.", "127", "MLI>FRA", ""},
		{"accord reached with", "2019-01-01", "Ghana suspended the border accord reached with Togo on Monday.", "166", "GHA>TGO", ""},
		{"pact concluded with", "2015-01-01", "Chad tore up the security pact concluded with Sudan last year.", "127", "TCD>SDN", ""},
		{"relative clause, as before", "2010-01-01", "Kenya suspended the trade deal it negotiated with Uganda.", "166", "KEN>UGA", ""},
		{"participle naming no one", "2010-01-01", "Kenya suspended the trade deal signed in 2005.", "166", "KEN>", ""},
	})
}
