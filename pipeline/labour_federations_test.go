package pipeline

import "testing"

// A federation or confederation of unions named by what it is, unnamed, is
// labour: "the two main labour federations rejected the appointment".
func TestLabourFederationsAreUnions(t *testing.T) {
	testLexRows(t, []lexRow{
		{"two main labour federations", "2007-02-10", "Guinea's unions called off the strike in January. The two main labour federations rejected the new prime minister on Saturday.", "12", "GINLAB>GINGOV", ""},
		{"labor federation, American spelling", "2010-05-01", "Argentina's largest labor federation called a general strike against the government on Monday.", "143", "ARGLAB>ARGGOV", ""},
		{"trade union confederation", "2010-05-01", "Greece's main trade union confederation called a general strike on Wednesday.", "143", "GRCLAB>GRCGOV", ""},
		{"union federations, plural", "2010-05-01", "Nigeria's union federations began an indefinite strike over the fuel price on Monday.", "14", "NGALAB>NGAGOV", ""},
		{"the Russian Federation stays a state", "2010-05-01", "The Russian Federation rejected the proposal on Monday.", "12", "RUS>", ""},
	})
}
