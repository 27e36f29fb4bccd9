package syntax

import "testing"

// TestFrontedAdverbialSubject: after a sentence-opening prepositional phrase
// and its comma ("In a statement late on Tuesday,"), the noun phrase is the
// clause's subject, not an apposition to the phrase's last noun: its past
// form with an object is its verb, and the verbs after the next comma join
// it. A subject that opens the sentence keeps its apposition ("Members of
// the ADF, an armed group linked to the Islamic State, kidnapped").
func TestFrontedAdverbialSubject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "in a statement, X regretted, called", text: "In a statement late on Tuesday, Morocco's foreign ministry regretted the decision, called it unjustified and rejected the pretexts.",
			tags: []string{"regretted/VBD"}, rels: []string{"obj(regretted, the decision)"}},
		{name: "in a statement, the ministry regretted, called", text: "In a statement, the ministry regretted the decision, called it unjustified and rejected the pretexts.",
			tags: []string{"regretted/VBD"}, rels: []string{"subj(regretted, the ministry)"}},
		{name: "at a rally, the leader denounced, urged", text: "At a rally in the capital, the opposition leader denounced the vote, urged supporters to stay calm and demanded a recount.",
			tags: []string{"denounced/VBD"}, rels: []string{"subj(denounced, the opposition leader)"}},
		{name: "in a letter, the envoy protested, warned", text: "In a letter to the council, the envoy protested the raid, warned of reprisals and asked for a meeting.",
			tags: []string{"protested/VBD"}, rels: []string{"subj(protested, the envoy)"}},
		{name: "after the talks, the two leaders signed, pledged", text: "After the talks in Geneva, the two leaders signed the accord, pledged to end the war and agreed to meet again.",
			tags: []string{"signed/VBD"}, rels: []string{"subj(signed, the two leaders)"}},
		{name: "not: a subject's own apposition", text: "Members of the ADF, an armed group linked to the Islamic State, kidnapped ten farmers.",
			rels: []string{"subj(kidnapped, Members)"}},
	})
}
