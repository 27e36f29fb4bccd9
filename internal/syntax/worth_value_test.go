package syntax

import "testing"

// TestWorthValue: "worth" and the amount after a verb's object tell the
// object's value, not a second object or the object's complement ("extended
// a loan worth $1 billion to Sri Lanka", "gave aid worth two million dollars
// to Libya"), so the verb's "to" phrase still names who receives it; an
// adjective that is the object's complement stays one ("called the measures
// unacceptable").
func TestWorthValue(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a loan, a to phrase", text: "The Indian government extended a loan worth one billion dollars to Sri Lanka on Thursday.",
			rels: []string{"obj(extended, a loan)"}, absent: []string{"obj2(extended, worth)"}},
		{name: "aid, present perfect", text: "Japan has given emergency aid worth two million dollars to Libya.",
			rels: []string{"obj(has given, emergency aid)"}, absent: []string{"obj2(has given, worth)"}},
		{name: "an of phrase before worth", text: "India extended a line of credit worth 500 million dollars to Nepal.",
			rels: []string{"obj(extended, a line)"}, absent: []string{"obj2(extended, worth)"}},
		{name: "contracts, a with phrase after", text: "Egypt signed contracts worth billions of dollars with Chinese firms last week.",
			rels: []string{"obj(signed, contracts)"}, absent: []string{"obj2(signed, worth)"}},
		{name: "passive subject's verb", text: "Weapons worth 400 million dollars will be supplied to Ukraine, the Pentagon said.",
			absent: []string{"obj2(will be supplied, worth)"}},
		{name: "not: an object's complement", text: "Russia called the measures unacceptable on Monday.",
			rels: []string{"obj2(called, unacceptable)"}},
		{name: "not: a complement of judgement", text: "The opposition declared the results invalid.",
			rels: []string{"obj2(declared, invalid)"}},
	})
}
