package pipeline

import "testing"

// TestEngagedInFighting: "engage in" with a noun of fighting after it
// ("engaged in a clash", "engaged in heavy fighting with the rebels",
// "engaged in a gun battle with militants") tells the fighting, done by the
// subject to the "with" party, or by each of a joined subject to the other;
// a battle of another kind ("a legal battle") and a negated one are not.
func TestEngagedInFighting(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"joined troops in a clash", "2020-06-16", "Chinese and Indian troops engaged in a clash in the Galwan Valley.", "19", "CHNMIL>INDMIL", ""},
		{"fighting with rebels", "2013-08-24", "Government troops engaged in fierce fighting with rebels near Goma.", "190", "CODMIL>CODREB", ""},
		{"a firefight between two armies", "2011-02-05", "Thai and Cambodian soldiers engaged in a firefight near the Preah Vihear temple.", "193", "THAMIL>KHMMIL", ""},
		{"a gun battle with militants", "2016-07-09", "Police engaged in a gun battle with suspected militants in Srinagar.", "193", "INDCOP>INDREB", ""},
		{"skirmishes along a border", "1999-06-10", "Eritrean and Ethiopian forces engaged in skirmishes along the disputed border.", "19", "ERIMIL>ETHMIL", ""},
		{"combat with an insurgent group", "2017-10-04", "Nigerian soldiers engaged in combat with Boko Haram fighters near Maiduguri.", "19", "NGAMIL>NGARAD", ""},
		{"guard: not engaged in combat", d, "The two Korean armies have not engaged in combat since 1953.", "19", "", ""},
		{"guard: a legal battle", d, "Lawyers engaged in a legal battle with the government in Nairobi.", "19", "", ""},
		{"guard: engaged in talks", d, "Israel and Hamas engaged in indirect talks in Cairo.", "19", "", ""},
	})
}
