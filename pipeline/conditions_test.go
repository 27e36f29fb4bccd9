package pipeline

import "testing"

// TestThreatOnCondition: force held out on a condition is a threat aimed at
// whoever the condition is about: the subject of an active condition, the
// agent of a passive one, and no one when a passive condition names no
// agent (the one harmed is not the threat's target).
func TestThreatOnCondition(t *testing.T) {
	testLexRows(t, []lexRow{
		{"passive condition, no agent", "2009-06-29", "Venezuelan President Hugo Chavez warned that he would respond militarily if his envoy was harmed.", "13", "VENGOV>", ""},
		{"passive condition with an agent", d, "Iran said it would retaliate if its ships were attacked by the US navy.", "13", "IRN>USAMIL", ""},
		{"active condition", "2023-07-31", "Nigeria said it could resort to force unless the Nigerien junta restored the president.", "13", "NGA>NERGOV", ""},
		{"passive condition, own citizens", d, "Turkey warned it would strike back if its soldiers were killed.", "13", "TUR>", ""},
	})
}

// TestReportedJudgement: a statement that a thing or act is illegal,
// unfair, too lenient ... disapproves of it (111), aimed at the subject
// when it is an actor; the judgement alone, said by no one, is no event,
// and a judgement of approval is none either.
func TestReportedJudgement(t *testing.T) {
	testLexRows(t, []lexRow{
		{"actions of a state", d, "Iran said Israel's actions were illegal.", "111", "IRN>ISR", ""},
		{"a report after the clause", d, "Israel's actions were illegal, Iran said.", "111", "IRN>ISR", ""},
		{"a verdict", "2019-10-14", "Spain's opposition said the verdict was unjust.", "111", "ESPOPP>", ""},
		{"an election", "2020-08-10", "The Belarusian opposition said the election was fraudulent.", "111", "BLROPP>", ""},
		{"said by no one", d, "The verdict was too lenient.", "11", "", ""},
		{"approval", d, "The minister said the talks were constructive.", "11", "", ""},
		{"blame keeps its own reading", d, "Hamas said its fighters were behind the attack.", "015", "PSERAD>", ""},
	})
}
