package syntax

import "testing"

// TestRelativeRecipient: a passive participle on the object of a verb of
// giving ("handed over the two men accused of the bombing to UN
// officials") ends at its own phrase; a "to" after it names whom the
// object is given to, the verb's, and what follows it is the verb's too. A
// "to" right after the participle is its own ("the men sentenced to
// death"), and a verb that gives nothing keeps its participle's phrases.
func TestRelativeRecipient(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "handed over men accused of to", text: "Libya handed over the two men accused of the bombing to UN officials on Monday.",
			rels: []string{"obl(handed, to)", "obl(handed, on)", "obl(accused, of)"}, absent: []string{"obl(accused, to)", "obl(accused, on)"}},
		{name: "handed men accused of to", text: "Libya handed the two men accused of the Lockerbie bombing to U.N. officials in Tripoli.",
			rels: []string{"obl(handed, to)", "obl(accused, of)"}, absent: []string{"obl(accused, to)", "obl(accused, in)"}},
		{name: "sent weapons seized in to", text: "Iran sent weapons seized in the raid to the rebels in Yemen.",
			rels: []string{"obl(sent, to)", "obl(seized, in)"}, absent: []string{"obl(seized, to)"}},
		{name: "gave land taken in to", text: "Israel gave land captured in the war to Egypt.",
			rels: []string{"obl(gave, to)", "obl(captured, in)"}, absent: []string{"obl(captured, to)"}},
		{name: "sold jets built by to", text: "France sold fighter jets built by Dassault to India.",
			rels: []string{"obl(sold, to)"}, absent: []string{"obl(built, to)"}},
		{name: "guard to right after the participle", text: "Iran handed the men sentenced to death to the police.",
			rels: []string{"obl(sentenced, to)"}},
		{name: "guard a verb of no giving", text: "Police arrested two men accused of theft to the dismay of their families.",
			rels: []string{"obl(accused, to)"}},
	})
}
