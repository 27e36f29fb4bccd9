package syntax

import "testing"

// TestLateObjectParticiple holds the late object of a verb that an aside
// separates from it ("freed on Wednesday, at the border crossing, two
// soldiers captured in January"): the past form on the object, before a
// preposition, is a participle, so the object is not read as the subject
// of a new clause that captured someone. A frame after the aside ("...,
// the ministry said"), a past form with a finite verb after it, and a
// clause after "and" keep their readings.
func TestLateObjectParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "freed, captured", text: "Azerbaijan freed on Wednesday, at the border crossing, two soldiers captured in January.",
			tags: []string{"captured/VBN"}, clauses: "main participial", rels: []string{"obj(freed, two soldiers)"}},
		{name: "a particle, an aside with and", text: "The rebels handed over to the Red Cross on Sunday, at the airport and in front of cameras, four soldiers seized in a raid.",
			tags: []string{"seized/VBN"}, rels: []string{"obj(handed, four soldiers)"}},
		{name: "a held noun", text: "The army attacked on Sunday, after a warning, two villages held by the rebels.",
			tags: []string{"held/VBN"}, rels: []string{"obj(attacked, two villages)"}},
		{name: "not: a frame", text: "The rebels attacked on Sunday, after a warning from the army, the ministry said.",
			tags: []string{"said/VBD"}},
		{name: "not: and opens a clause", text: "Fighting erupted on Monday, in the north, and two soldiers died in the clashes.",
			tags: []string{"died/VBD"}},
		{name: "not: a verb after it", text: "Troops withdrew on Monday, under the deal, and the rebels who fled in March returned to the town.",
			tags: []string{"returned/VBD"}},
	})
}
