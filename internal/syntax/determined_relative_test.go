package syntax

import "testing"

// TestDeterminedZeroRelative: a noun phrase opened by a determiner right
// after a common noun, with a verb that has no object of its own after it,
// is the subject of a relative clause without its pronoun whose object is
// that noun: "the ban the government imposed", "the rifles its coast guard
// seized", as "the sanctions Washington imposed" is with a name.
func TestDeterminedZeroRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the ban the government imposed", text: "Police enforced the ban the government imposed last week on foreign firms.", times: []string{"last week"},
			rels: []string{"obj(imposed, the ban)", "subj(imposed, the government)"}, absent: []string{"obj2(enforced, the government)"}},
		{name: "the rifles its coast guard seized", text: "China returned the rifles its coast guard seized near the shoal.",
			rels: []string{"obj(seized, the rifles)", "subj(seized, its coast guard)"}},
		{name: "a proposal the opposition dismissed", text: "The president offered a referendum, a proposal the opposition dismissed as too little.",
			rels: []string{"obj(dismissed, a proposal)"}},
		{name: "the accord the two parties signed", text: "The envoy praised the accord the two parties signed on Monday.",
			rels: []string{"obj(signed, the accord)"}},
		{name: "the convoy the army sent", text: "Rebels ambushed the convoy the army sent to the town.",
			rels: []string{"obj(sent, the convoy)", "subj(sent, the army)"}},
		{name: "a report verb's object and what it told, as before", text: "The minister told the delegates the army had fired.",
			absent: []string{"obj(had fired, the delegates)"}},
		{name: "a verb with its own object, as before", text: "Officials handed the envoys the letters the president wrote them.",
			rels: []string{"obj(handed, the envoys)"}},
	})
}
