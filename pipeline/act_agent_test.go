package pipeline

import "testing"

// TestTargetIsTheActsAgent: protesting or condemning an act ("the
// detention of journalists by Turkish police") aims at whoever did it,
// named by "by" even after the act's "of" phrase; the people the act was
// done to are not the target.
func TestTargetIsTheActsAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "protest the killing by police", date: "2018-08-04", text: "Students protested against the killing of a student by police in Dhaka.", code: "14", want: "BGDCVL>BGDCOP"},
		{name: "condemned the detention by police", date: "2016-11-01", text: "The EU condemned the detention of journalists by Turkish police.", code: "111", want: "IGOEUR>TURCOP"},
		{name: "condemned the shelling by forces", date: "2022-03-01", text: "Germany condemned the shelling of Kharkiv by Russian forces.", code: "111", want: "DEU>RUSMIL"},
		{name: "rallied against the arrest by authorities", date: "2020-09-08", text: "Protesters rallied against the arrest of the opposition leader by Belarusian authorities.", code: "14", want: "BLROPP>BLRGOV"},
	})
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the victims are no target", date: "2020-09-08", text: "Protesters rallied against the arrest of the opposition leader by Belarusian authorities.",
			sentence: "Protesters rallied", want: []string{"14 BLROPP>BLRGOV"}, not: []string{"14 BLROPP>BLROPP"}},
		{name: "the victim of a killing is no target", date: "2016-12-20", text: "Russia condemned the killing of its ambassador in Ankara.",
			sentence: "Russia condemned", want: []string{"11 RUS>-"}, not: []string{"11 RUS>RUSGOV"}},
		{name: "the victim of an assassination is no target", date: "2021-07-08", text: "The UN Security Council condemned the assassination of Haiti's president.",
			sentence: "condemned", not: []string{"11 IGOUNO>HTIGOV"}},
		{name: "the assassin is", date: "2020-11-28", text: "Iran condemned the assassination of its nuclear scientist by Israel.",
			sentence: "Iran condemned", want: []string{"11 IRN>ISR"}},
		{name: "the journalists are no target", date: "2016-11-01", text: "The EU condemned the detention of journalists by Turkish police.",
			sentence: "The EU condemned", want: []string{"11 IGOEUR>TURCOP"}, not: []string{"11 IGOEUR>MED"}},
	})
}
