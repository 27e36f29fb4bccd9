package pipeline

import "testing"

// TestPersonJudged: a judgement or an accusation (root 11, policy.tsv's
// person) of a name that no actor file knows is aimed at a person of the
// story's country, as an arrest of one is; a known actor keeps its code.
func TestPersonJudged(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "prosecutors accuse a named man", date: "2014-11-05",
			text:     "MEXICO CITY (AP) — Prosecutors accuse Ramiro Castellanos Vidal of ordering the attack.\n",
			sentence: "Prosecutors accuse", want: []string{"11 MEXJUD>MEX"}},
		{name: "a minister criticised a named woman, past", date: "2014-11-05",
			text:     "LIMA, Peru (AP) — The interior minister criticised Rosa Delgado Ferrer on Monday.\n",
			sentence: "criticised Rosa", want: []string{"11 PERGOV>PER"}},
		{name: "a known actor keeps its code", date: "2014-11-05",
			text:     "MEXICO CITY (AP) — Prosecutors accused the army of ordering the attack.\n",
			sentence: "Prosecutors accused", want: []string{"11 MEXJUD>MEXMIL"}},
	})
}
