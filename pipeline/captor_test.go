package pipeline

import "testing"

// TestCaptorNamedLater: a release asked for is asked of whoever took the
// captive, also when the story names the captive only with the demand
// ("arrested a dissident journalist ... demanded the release of the
// journalist, Roman Protasevich"): an arrest, detention or abduction of
// someone of the captive's sector, and of the captive's country or of none
// named, took them. A captive of another sector was not taken so; a
// state's own people, held by no one the story names, are asked back of no
// one it names.
func TestCaptorNamedLater(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a businessman detained, named with the demand", date: "2018-12-12",
			text:     "OTTAWA (AP) — Chinese state security officers detained a Canadian businessman in Beijing on Monday.\n\nCanada demanded the release of the businessman, Michael Kovrig, on Wednesday.\n",
			sentence: "demanded the release", want: []string{"10 CAN>CHNGOV"}},
		{name: "an aid worker held by security forces", date: "2022-08-10",
			text:     "BERLIN (AP) — Iranian security forces detained a German aid worker in Tehran on Monday.\n\nGermany demanded the immediate release of the aid worker, Klaus Weber.\n",
			sentence: "demanded the immediate release", want: []string{"10 DEU>IRNGOV"}},
		{name: "a journalist arrested months before, an appeal after a sentence between", date: "2014-06-30",
			text: "CAIRO (AP) — Egyptian police arrested an Australian journalist at a Cairo hotel in December.\n\nHe had worked for Al Jazeera for several years.\n\n" +
				"Australia on Monday called for the release of the journalist, Peter Greste.\n",
			sentence: "called for the release", want: []string{"02 AUS>EGYGOV"}},
		{name: "a captive of another sector was not taken so", date: "2022-08-10",
			text:     "BERLIN (AP) — Iranian police detained a German journalist in Tehran on Monday.\n\nGermany demanded the release of the soldier, Klaus Weber.\n",
			sentence: "demanded the release", want: []string{"10 DEU>-"}, not: []string{"10 DEU>IRNGOV", "10 DEU>IRNCOP"}},
	})
}

// TestHolderOfCrew: "demanded the return of the crew" is a release asked
// for (0841: the captives handed back), asked of whoever took the crew,
// told before; a state's forces that hold another country's people hold
// them for its government, while its forces holding their own country's
// leader are a junta, and stay so.
func TestHolderOfCrew(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a plane's crew held by soldiers", date: "2001-04-04",
			text: "BEIJING (AP) — An American surveillance plane made an emergency landing on Hainan on Sunday.\n\n" +
				"Chinese soldiers took the crew of the American plane into custody.\n\nPresident Bush demanded on Monday the prompt return of the crew.\n",
			sentence: "demanded on Monday", want: []string{"10 USAGOV>CHNGOV"}, not: []string{"10 USAGOV>CHNMIL"}},
		{name: "a tanker's crew held by commandos", date: "2019-07-22",
			text: "LONDON (AP) — Iranian commandos boarded a British tanker in the Gulf on Friday.\n\n" +
				"They took the crew of the British tanker into custody.\n\nBritain demanded the return of the crew on Monday.\n",
			sentence: "demanded the return", want: []string{"10 GBR>IRNGOV"}},
		{name: "a state's own crew held by no one named: asked of no one", date: "2019-07-22",
			text:     "LONDON (AP) — Britain demanded on Monday the return of the crew of a British tanker.\n",
			sentence: "demanded on Monday", want: []string{"10 GBR>-"}, not: []string{"10 GBR>GBR"}},
		{name: "a junta holding its own president stays the junta", date: "2017-11-16",
			text:     "HARARE, Zimbabwe (AP) — Zimbabwean soldiers detained President Robert Mugabe on Wednesday.\n\nThe African Union demanded the release of Mugabe.\n",
			sentence: "demanded the release", want: []string{"10 IGOAFR>ZWEMIL"}, not: []string{"10 IGOAFR>ZWEGOV"}},
	})
}
