package pipeline

import "testing"

// TestSignedCounterpart: an agreement is signed with someone. A state that
// signs one naming no partner, in a story that paired its country with
// another, signs it with that counterpart ("Under accords that Christopher
// signed in Algiers"), as its appeals, demands and promises are made to it;
// in a story of a conflict at home, with the other side. Partners named
// ("with Japan", "Chad and Sudan") keep their reading, and a story of one
// country alone gives no partner.
func TestSignedCounterpart(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"two states, partner unnamed", d, "Truce holds\n\nALGIERS, Algeria —\n\nEthiopian troops shelled Eritrean positions near Badme in May. Eritrea accused Ethiopia of aggression. Ethiopia signed the peace agreement in Algiers on Monday.", "057", "ETH>ERIGOV", ""},
		{"two states, accords signed by an envoy", d, "Hostages freed\n\nALGIERS, Algeria —\n\nIran seized 52 American diplomats in 1979. The United States froze Iranian assets. Under accords that Secretary of State Warren Christopher signed in Algiers on Monday, Washington released the assets.", "057", "USAGOV>IRNGOV", ""},
		{"conflict at home, the other side", d, "Peace deal\n\nHAVANA, Cuba —\n\nFARC rebels attacked an army base in Cauca in March, and the Colombian army bombed rebel camps in April. Colombia's government signed the accord in Havana on Thursday.", "057", "COLGOV>COLREB", ""},
		{"partner named with with", d, "Deal\n\nSEOUL, South Korea —\n\nSouth Korea accused North Korea of firing missiles. South Korea signed a defence agreement with Japan on Monday.", "057", "KOR>JPN", ""},
		{"both partners named", d, "Accord\n\nN'DJAMENA, Chad —\n\nChad accused Sudan of arming rebels. Chad and Sudan signed a peace accord on Monday.", "057", "TCD>SDN", ""},
		{"one country alone", d, "Accord\n\nNAIROBI, Kenya —\n\nKenya's president signed the accord on Monday.", "057", "KENGOV>", ""},
	})
}
