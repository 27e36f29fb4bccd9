package pipeline

import "testing"

// TestFiredAtACount: "at" before a counted phrase ("fired at the three
// protesters", "shot at two boats") is the preposition of the act, not the
// lead of "at least 40": the phrase was read as a count with no
// preposition, and the act coded nothing.
func TestFiredAtACount(t *testing.T) {
	testLexRows(t, []lexRow{
		{"fired at the three protesters", "2019-10-05", "Police fired at the three protesters outside parliament.", "175", "COP>OPP", ""},
		{"fired at a count with no determiner", "2019-10-05", "Iraqi police fired at 20 demonstrators in Baghdad on Friday.", "175", "IRQCOP>IRQOPP", ""},
		{"shot at two named soldiers' posts", "2020-06-16", "Chinese troops fired at two Indian army posts in Ladakh.", "19", "CHNMIL>INDMIL", ""},
		{"opened fire at the two boats", "2021-08-02", "Iranian gunboats opened fire at the two British tankers.", "19", "IRNMIL>GBR", ""},
		{"fired at three marchers, present perfect", "2022-01-07", "Kazakh troops have fired at three marchers in Almaty.", "175", "KAZMIL>KAZOPP", ""},
		{"at least still counts", "2019-10-05", "At least 40 protesters were killed in Baghdad on Friday.", "18", "IRQUAF>IRQOPP", ""},
	})
}

// TestSiteHostingTroops: a base, an airfield or a garrison "hosting"
// troops names no host (043), as a building sheltering people names no
// helper; the act on it stays the act.
func TestSiteHostingTroops(t *testing.T) {
	testLexRows(t, []lexRow{
		{"bases hosting troops", "2020-01-08", "Iran fired missiles at two Iraqi bases hosting U.S. troops.", "043", "", ""},
		{"an air base hosting soldiers", "2020-01-08", "Rockets struck an Iraqi air base hosting American soldiers.", "043", "", ""},
		{"an airfield hosting jets", "2020-01-08", "Drones attacked a Syrian airfield hosting Russian pilots.", "043", "", ""},
		{"a garrison hosting troops", "2020-01-08", "Militants shelled a Malian garrison hosting French troops.", "043", "", ""},
		{"an outpost hosting advisers", "2020-01-08", "Insurgents attacked an Afghan outpost hosting American advisers.", "043", "", ""},
		{"a state still hosts", "2020-01-08", "Jordan hosted the Israeli prime minister on Monday.", "043", "JOR>ISRGOV", ""},
	})
}
