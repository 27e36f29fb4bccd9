package pipeline

import "testing"

// TestCoordinatedPlaceTargets: a target phrase that names places joined by
// "and" or commas ("recalled its envoys from Rome and Madrid") gives one
// event for each place's country, as coordinated objects that name
// countries do; a place of the source's own country among them is no
// target, and two places of one country give it once.
func TestCoordinatedPlaceTargets(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "envoys recalled from two capitals", date: "2024-03-04",
			text:     "PARIS (AP) — France recalled its ambassadors from Rome and Madrid on Monday.\n",
			sentence: "recalled its ambassadors", want: []string{"16 FRA>ITAGOV", "16 FRA>ESPGOV"}},
		{name: "embassies closed in two capitals", date: "2021-08-16",
			text:     "TOKYO (AP) — Japan closed its embassies in Kabul and Baghdad.\n",
			sentence: "closed its embassies", want: []string{"16 JPN>AFGGOV", "16 JPN>IRQGOV"}},
		{name: "flights suspended to three cities", date: "2017-06-05",
			text:     "CAIRO (AP) — Egypt suspended flights to Doha, Tehran and Ankara on Monday.\n",
			sentence: "suspended flights", want: []string{"16 EGY>QAT", "16 EGY>IRN", "16 EGY>TUR"}},
		{name: "two cities of one country give it once", date: "2017-06-05",
			text:     "RIYADH (AP) — Saudi Arabia suspended flights to Doha and Al Wakrah on Monday.\n",
			sentence: "suspended flights", want: []string{"16 SAU>QAT"}},
		{name: "a future recall from two capitals", date: "2024-03-04",
			text:     "MADRID (AP) — Spain will recall its envoys from Rome and Lisbon, the foreign minister said.\n",
			sentence: "will recall", want: []string{"16 ESP>ITAGOV", "16 ESP>PRTGOV"}},
		{name: "a city of the source's own country is no target", date: "2024-03-04",
			text:     "ROME (AP) — Italy moved its envoys from Milan and Naples on Monday.\n",
			sentence: "moved its envoys", not: []string{"16 ITA>*", "16 *>ITAGOV"}},
		{name: "coordinated countries as objects still give one each", date: "2018-03-26",
			text:     "LONDON (AP) — Britain expelled diplomats of Russia and Iran on Monday.\n",
			sentence: "expelled diplomats", want: []string{"17 GBR>RUSGOV", "17 GBR>IRN"}},
		{name: "a list of capitals after a locative, on a weekday", date: "1998-12-17",
			text:     "MOSCOW (AP) — Russia recalled its ambassadors from Washington and London on Thursday.\n",
			sentence: "recalled its ambassadors", want: []string{"16 RUS>USAGOV", "16 RUS>GBRGOV"}},
		{name: "capitals that act are still the governments", date: "2024-03-04",
			text:     "BERLIN (AP) — Paris and Berlin condemned the attack on Monday.\n",
			sentence: "condemned the attack", want: []string{"11 FRAGOV>*", "11 DEUGOV>*"}},
		{name: "a seat after talks in a city is the subject", date: "2024-03-04",
			text:     "KYIV, Ukraine (AP) — After talks in Moscow, Kyiv rejected the plan on Monday.\n",
			sentence: "Kyiv rejected", want: []string{"12 UKRGOV>*"}},
	})
}
