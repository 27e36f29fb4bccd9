package pipeline

import "testing"

// TestJointDoersJudged: an act judged, answered or retaliated for that
// doers joined by "and" did together ("Saudi Arabia, the United Arab
// Emirates and Bahrain withdrew their ambassadors from Qatar") is aimed at
// the first of them, as the sentence names them first; one doer alone
// stays the target.
func TestJointDoersJudged(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "regret at three states' recall", date: "2014-03-06",
			text:     "DOHA, Qatar (AP) — Saudi Arabia, the United Arab Emirates and Bahrain withdrew their ambassadors from Qatar on Wednesday.\n\nQatar's cabinet voiced regret at the decision.\n",
			sentence: "voiced regret", want: []string{"11 QATGOV>SAU"}, not: []string{"11 QATGOV>BHR"}},
		{name: "two states' expulsion condemned", date: "2018-03-27",
			text:     "MOSCOW (AP) — Britain and France expelled Russian diplomats on Monday.\n\nMoscow condemned the move on Tuesday.\n",
			sentence: "condemned the move", want: []string{"11 RUSGOV>GBR"}, not: []string{"11 RUSGOV>FRA"}},
		{name: "two states' sanctions rejected", date: "2019-01-29",
			text:     "CARACAS, Venezuela (AP) — The United States and Canada imposed sanctions on Venezuela on Monday.\n\nCaracas rejected the measures as illegal.\n",
			sentence: "rejected the measures", want: []string{"12 VENGOV>USA"}, not: []string{"12 VENGOV>CAN"}},
		{name: "two states' recall judged", date: "2019-01-29",
			text:     "JERUSALEM (AP) — Egypt and Jordan recalled their ambassadors from Israel on Monday.\n\nIsrael called the decision regrettable.\n",
			sentence: "called the decision", want: []string{"11 ISR>EGY"}, not: []string{"11 ISR>JOR"}},
		{name: "one doer alone stays the target", date: "2018-03-27",
			text:     "MOSCOW (AP) — Britain expelled Russian diplomats on Monday.\n\nMoscow condemned the move on Tuesday.\n",
			sentence: "condemned the move", want: []string{"11 RUSGOV>GBR"}},
	})
}
