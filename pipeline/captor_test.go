package pipeline

import "testing"

// TestCaptorNamedLater: a release asked for is asked of whoever took the
// captive, also when the story names the captive only with the demand
// ("arrested a dissident journalist ... demanded the release of the
// journalist, Roman Protasevich"): an arrest, detention or abduction of
// someone of the captive's sector, and of the captive's country or of none
// named, took them. A captive of another sector was not taken so.
func TestCaptorNamedLater(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a businessman detained, named with the demand", date: "2018-12-12",
			text:     "OTTAWA (AP) — Chinese state security officers detained a Canadian businessman in Beijing on Monday.\n\nCanada demanded the release of the businessman, Michael Kovrig, on Wednesday.\n",
			sentence: "demanded the release", want: []string{"10 CAN>CHNGOV"}},
		{name: "an aid worker held by security forces", date: "2022-08-10",
			text:     "BERLIN (AP) — Iranian security forces detained a German aid worker in Tehran on Monday.\n\nGermany demanded the immediate release of the aid worker, Klaus Weber.\n",
			sentence: "demanded the immediate release", want: []string{"10 DEU>IRNMIL"}},
		{name: "a journalist arrested months before, an appeal after a sentence between", date: "2014-06-30",
			text: "CAIRO (AP) — Egyptian police arrested an Australian journalist at a Cairo hotel in December.\n\nHe had worked for Al Jazeera for several years.\n\n" +
				"Australia on Monday called for the release of the journalist, Peter Greste.\n",
			sentence: "called for the release", want: []string{"02 AUS>EGYGOV"}},
		{name: "a captive of another sector was not taken so", date: "2022-08-10",
			text:     "BERLIN (AP) — Iranian police detained a German journalist in Tehran on Monday.\n\nGermany demanded the release of the soldier, Klaus Weber.\n",
			sentence: "demanded the release", want: []string{"10 DEU>DEUMIL"}, not: []string{"10 DEU>IRNGOV", "10 DEU>IRNCOP"}},
	})
}
