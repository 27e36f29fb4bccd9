package pipeline

import "testing"

// TestResultAfterObject: an adjective of the state an act leaves its
// object in, after a singular object ("shot the gunman dead", "shot a
// protester dead", "beat an activist unconscious"), is the verb's, not a
// noun of the object's: the object is the act's target, as with a plural
// ("shot two protesters dead").
func TestResultAfterObject(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"police shot the gunman dead", d, "Police shot the gunman dead.", "19", "COP>UAF", ""},
		{"troops shot a protester dead", d, "Sudanese troops shot a protester dead in Khartoum.", "175", "SDNMIL>SDNOPP", ""},
		{"gunmen shot a chief dead", d, "Gunmen shot a village chief dead in Kasai.", "18", "UAF>CODCVL", ""},
		{"beat an activist unconscious", d, "Police beat an opposition activist unconscious in Harare.", "175", "ZWECOP>ZWEOPP", ""},
		{"plural, as before", d, "Soldiers shot two protesters dead in Yangon.", "175", "MMRMIL>MMROPP", ""},
	})
}
