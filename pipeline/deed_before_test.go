package pipeline

import "testing"

// TestDeedTheSentenceBefore: a judgement or rejection of "the decision" or
// "the move" right after a sentence whose main clause told an act the
// coder has no event for ("Lithuania blocked rail transit") is aimed at
// that clause's subject, of another country than the judge, as its
// government; a sentence that only reports, or an act of the judge's own
// country, gives no such doer.
func TestDeedTheSentenceBefore(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "transit blocked, the decision condemned",
			text:     "VILNIUS, Lithuania (AP) — Lithuania blocked rail transit to Kaliningrad. Moscow condemned the decision as hostile.\n",
			sentence: "condemned the decision", want: []string{"111 RUS>LTU"}},
		{name: "plates banned on a day, the decision condemned",
			text:     "BELGRADE, Serbia (AP) — Kosovo banned Serbian licence plates on Monday. Belgrade condemned the decision.\n",
			sentence: "condemned the decision", want: []string{"111 SRB>XKX"}},
		{name: "a memorial moved, the decision condemned",
			text:     "TALLINN, Estonia (AP) — Estonia moved a Soviet war memorial from central Tallinn. Russia condemned the decision.\n",
			sentence: "condemned the decision", want: []string{"111 RUS>EST"}},
		{name: "a fence built, the decision criticised",
			text:     "BUDAPEST, Hungary (AP) — Hungary built a fence along its border with Serbia. Belgrade criticised the decision.\n",
			sentence: "criticised the decision", want: []string{"111 SRB>HUN"}},
		{name: "water released, the move condemned",
			text:     "TOKYO (AP) — Japan released treated water from the Fukushima plant into the sea on Thursday. China condemned the move.\n",
			sentence: "condemned the move", want: []string{"111 CHN>JPN"}},
		{name: "an office renamed, the move rejected",
			text:     "TAIPEI, Taiwan (AP) — Taiwan renamed its office in Lithuania. Beijing rejected the move.\n",
			sentence: "rejected the move", want: []string{"12 CHN>TWN"}},
		{name: "a law passed by a parliament",
			text:     "BUENOS AIRES, Argentina (AP) — Britain's parliament passed a law on the islands. Argentina condemned the decision.\n",
			sentence: "condemned the decision", want: []string{"111 ARG>GBR"}},
		{name: "only a report before: no doer",
			text:     "VILNIUS, Lithuania (AP) — Officials said the trains were late. Moscow condemned the decision.\n",
			sentence: "condemned the decision", want: []string{"111 RUS>-"}},
	})
}
