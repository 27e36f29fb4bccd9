package syntax

import "testing"

// TestCloseToDeterminedNoun: an adjective that may be a verb ("close")
// after the subject's noun, with "to" and a phrase whose head may also be an
// adjective ("the general", "the military"), is the subject's adjective
// when the clause's verb comes after: "officers close to the general
// blamed the president". A word after a determiner is a noun before a verb.
func TestCloseToDeterminedNoun(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "close to the general blamed", text: "Officers close to the general blamed the president for the bombing.",
			tags: []string{"close/JJ", "blamed/VBD"}, rels: []string{"subj(blamed, Officers)"}},
		{name: "close to the general attacked", text: "Gunmen close to the general attacked the convoy.",
			tags: []string{"close/JJ", "attacked/VBD"}, rels: []string{"subj(attacked, Gunmen)"}},
		{name: "close to the military denied", text: "Officials close to the military denied the report.",
			tags: []string{"close/JJ", "denied/VBD"}, rels: []string{"subj(denied, Officials)"}},
		{name: "close to the national leadership accused", text: "Activists close to the national leadership accused the police of torture.",
			tags: []string{"close/JJ"}, rels: []string{"subj(accused, Activists)"}},
		{name: "close to the chief shelled", text: "Militias close to the chief shelled the town.",
			tags: []string{"close/JJ"}, rels: []string{"subj(shelled, Militias)"}},
	})
}
