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

// TestRemarksTheSentenceBefore: an answer to "the remarks" or "the
// comments" when no one was found saying anything before is aimed at the
// subject of the sentence just before, of another country, whose words
// no event was found in ("called Kim a madman", "described Greece as a
// threat").
func TestRemarksTheSentenceBefore(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "called someone a name",
			text:     "SEOUL, South Korea (AP) — The U.S. president called Kim a madman. North Korea condemned the remarks.\n",
			sentence: "condemned the remarks", want: []string{"111 PRK>USA"}},
		{name: "described a state as a threat, a day",
			text:     "ATHENS, Greece (AP) — Erdogan described Greece as a threat on Monday. Athens rejected the remarks.\n",
			sentence: "rejected the remarks", want: []string{"12 GRC>TUR"}},
		{name: "compared a state to a factory, an army chief",
			text:     "ISLAMABAD (AP) — The Indian army chief compared Pakistan to a terrorist factory. Islamabad rejected the remarks.\n",
			sentence: "rejected the remarks", want: []string{"12 PAK>IND"}},
		{name: "likened an envoy to a thief",
			text:     "BEIJING (AP) — Duterte likened the Chinese ambassador to a thief. Beijing condemned the remarks.\n",
			sentence: "condemned the remarks", want: []string{"111 CHN>PHL"}},
		{name: "mocked a leader's wife, the comments",
			text:     "PARIS (AP) — Bolsonaro mocked the French president's wife. Paris condemned the comments.\n",
			sentence: "condemned the comments", want: []string{"111 FRA>BRA"}},
		{name: "a speaker found before still wins",
			text:     "WARSAW, Poland (AP) — The Polish prime minister said the border would stay closed. Minsk rejected the remarks.\n",
			sentence: "rejected the remarks", want: []string{"12 BLR>POL"}},
	})
}
