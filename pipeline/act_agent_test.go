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
		{name: "the journalists are no target", date: "2016-11-01", text: "The EU condemned the detention of journalists by Turkish police.",
			sentence: "The EU condemned", want: []string{"11 IGOEUR>TURCOP"}, not: []string{"11 IGOEUR>MED"}},
	})
}
