package pipeline

import "testing"

// TestUnknownPersonArrested: a name the actor knowledge does not know, as
// the one arrested or detained (policy.tsv's person on 173), is a person of
// the country where it happens, else of the story's: the arrest keeps a
// target. Names it knows, and names of other acts, are read as before.
func TestUnknownPersonArrested(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "detained a name in a city", date: sweepDate, text: "Police in Kampala detained Kizito Mugisha on Monday.", code: "173", want: "UGACOP>UGA"},
		{name: "passive name arrested, dateline", date: sweepDate, text: "HARARE, Zimbabwe (AP) — Tendai Mabhena was arrested on Monday.", code: "173", want: "ZWECOP>ZWE"},
		{name: "conjoined verb detained a name", date: sweepDate, text: "QUITO, Ecuador (AP) — Officers climbed the walls and detained Jorge Baquerizo.", code: "173", want: "ECUCOP>ECU"},
		{name: "a known actor keeps its code", date: sweepDate, text: "Israeli troops arrested Hamas members in Hebron.", code: "173", want: "ISRMIL>PSEREB"},
		{name: "a name praised keeps no target", date: sweepDate, text: "LUSAKA, Zambia (AP) — The president praised Mwila Chanda on Monday.", code: "051", want: "ZMBGOV>"},
	})
}
