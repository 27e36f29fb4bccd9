package pipeline

import "testing"

// TestGroupMembersInOrder: a counted group that stands for states named
// before ("the three governments", "the two countries") acts as each of
// them in the order the story named them, so an act judged after it is
// aimed at the first named, as when the sentence names them itself; each
// member still acts.
func TestGroupMembersInOrder(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "three governments' charge rejected", date: "2014-03-06",
			text:     "RIYADH, Saudi Arabia (AP) — Saudi Arabia, the United Arab Emirates and Bahrain held talks on Tuesday.\n\nThe three governments accused Qatar of meddling on Wednesday.\n\nQatar's cabinet voiced regret at the decision.\n",
			sentence: "voiced regret", want: []string{"11 QATGOV>SAUGOV"}, not: []string{"11 QATGOV>BHRGOV"}},
		{name: "two countries' recall judged", date: "2019-01-29",
			text:     "CAIRO (AP) — Egypt and Jordan held talks on Sunday.\n\nThe two countries recalled their ambassadors from Israel on Monday.\n\nIsrael called the decision regrettable.\n",
			sentence: "called the decision", want: []string{"11 ISR>EGY"}, not: []string{"11 ISR>JOR"}},
		{name: "three countries' statement condemned", date: "2020-01-14",
			text:     "BERLIN (AP) — Britain, France and Germany met in Brussels on Monday.\n\nThe three countries accused Iran of breaking the nuclear deal on Tuesday.\n\nTehran condemned the move.\n",
			sentence: "condemned the move", want: []string{"11 IRNGOV>GBR"}, not: []string{"11 IRNGOV>DEU"}},
		{name: "each member still acts", date: "2020-01-14",
			text:     "BERLIN (AP) — Britain, France and Germany met in Brussels on Monday.\n\nThe three countries accused Iran of breaking the nuclear deal on Tuesday.\n",
			sentence: "three countries accused", want: []string{"11 GBR>IRN", "11 FRA>IRN", "11 DEU>IRN"}},
	})
}
