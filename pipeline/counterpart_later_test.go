package pipeline

import "testing"

// TestCounterpartToldLater: an act between two parties (policy.tsv's
// counterpart) that a story tells before it tells its source's country
// dealing with any other is aimed at the counterpart the rest of the story
// gives ("Bush imposed tariffs on imported steel" before "the EU accused
// Washington"); force, and a story that never pairs the source's country
// with another, give none.
func TestCounterpartToldLater(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "tariffs before the other side's charge", date: "2019-05-15",
			text:     "BRASILIA, Brazil (AP) — Brazil imposed tariffs on imported steel on Tuesday.\n\nThe duties take effect next month.\n\nArgentina's foreign minister accused Brasilia of breaking the trade pact.\n",
			sentence: "imposed tariffs", want: []string{"16 BRA>ARGGOV"}},
		{name: "an offer of talks before the talks", date: "2019-05-15",
			text:     "ISLAMABAD, Pakistan (AP) — Pakistan offered talks without preconditions on Friday.\n\nIndia accused Pakistan of sheltering militants on Saturday.\n",
			sentence: "offered talks", want: []string{"03 PAK>INDGOV"}},
		{name: "an ambassador recalled before the charge", date: "2019-05-15",
			text:     "STOCKHOLM, Sweden (AP) — Sweden recalled its ambassador on Monday.\n\nThe move followed weeks of tension.\n\nSaudi Arabia condemned Sweden for interfering in its affairs.\n",
			sentence: "recalled its ambassador", want: []string{"16 SWE>SAUGOV"}},
		{name: "a demand before the other side's reply", date: "2019-05-15",
			text:     "SEOUL, South Korea (AP) — Seoul demanded an apology on Monday.\n\nNorth Korea rejected South Korea's demand on Tuesday.\n",
			sentence: "demanded an apology", want: []string{"10 KORGOV>PRKGOV"}},
		{name: "a warning before the rival's charge", date: "2019-05-15",
			text:     "ATHENS, Greece (AP) — Greece warned on Sunday that it would retaliate.\n\nTurkey accused Greece of militarising the islands on Sunday.\n",
			sentence: "warned on Sunday", want: []string{"13 GRC>TURGOV"}},
		{name: "a story that never pairs the country gives none", date: "2019-05-15",
			text:     "SANTIAGO, Chile (AP) — Chile recalled its ambassador on Monday.\n\nPolice arrested 40 protesters in Santiago.\n",
			sentence: "recalled its ambassador", not: []string{"16 CHLGOV>*"}},
		{name: "force before the pairing stays as it was", date: "2019-05-15",
			text:     "BOGOTA, Colombia (AP) — Police raided a drug laboratory in the jungle on Monday.\n\nThe United States praised Colombia for the raid.\n",
			sentence: "raided", not: []string{"19 *>USA*"}},
	})
}
