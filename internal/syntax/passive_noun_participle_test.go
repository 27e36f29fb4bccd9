package syntax

import "testing"

// TestPassiveNounParticiple holds a participle after a comma at the end of
// a clause that passes over a passive participle on a noun ("opened fire
// on supporters packed into the stadium, killing scores"; "said in a
// statement carried by state media, rejecting an offer"): the passive one
// only says which noun is meant, so the act after the comma is the
// clause's, as past an active one ("buses carrying students"). A
// participle set off by a comma of its own keeps its place.
func TestPassiveNounParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "fire on people packed into, killing", text: "Soldiers opened fire on supporters packed into the stadium, killing scores of people.",
			rels: []string{"subj(killing, Soldiers)"}, absent: []string{"subj(killing, supporters)"}},
		{name: "a statement carried by, rejecting", text: "The leader's sister spoke in a statement carried by state media, rejecting an offer of aid.",
			rels: []string{"subj(rejecting, sister)"}, absent: []string{"subj(rejecting, a statement)"}},
		{name: "a building held by rebels, killing", text: "Troops stormed a building held by the rebels, killing ten fighters.",
			rels: []string{"subj(killing, Troops)"}, absent: []string{"subj(killing, the rebels)", "subj(killing, a building)"}},
		{name: "not: its own comma", text: "The convoy, attacked near the border, was carrying aid.",
			rels: []string{"subj(was carrying, The convoy)"}},
	})
}
