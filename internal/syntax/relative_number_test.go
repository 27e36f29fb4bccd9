package syntax

import "testing"

// TestRelativeNumber: a relative pronoun right before its verb stands for
// the noun phrase its verb agrees with. After "X near Y," or "X in Y," the
// nearest phrase Y is the antecedent unless the verb's number (was/were,
// has/have, is/are, an -s form) rules it out and the head X agrees: then
// X is ("positions near Kharkiv, which were attacked"). When the nearest
// phrase agrees, it stays the antecedent.
func TestRelativeNumber(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "positions near a city, which were", text: "Ukrainian positions near Kharkiv, which were attacked by Russian forces on Monday, held firm.",
			named: []string{"Kharkiv"}, rels: []string{"subj(were attacked, Ukrainian positions)"}, absent: []string{"subj(were attacked, Kharkiv)"}},
		{name: "villages in a province, which have", text: "Several villages in the northern province, which have been shelled for weeks, were evacuated.",
			rels: []string{"subj(have been shelled, Several villages)"}, absent: []string{"subj(have been shelled, the northern province)"}},
		{name: "camps near the border, which are", text: "Aid groups visited refugee camps near the border, which are run by the United Nations.",
			rels: []string{"subj(are run, refugee camps)"}, absent: []string{"subj(are run, the border)", "obj(are run, the border)"}},
		{name: "protesters in a city who were", text: "Police fired on protesters in the capital who were marching against the decree.",
			rels: []string{"subj(were marching, protesters)"}, absent: []string{"subj(were marching, the capital)", "obj(were marching, the capital)"}},
		{name: "a convoy of trucks, which was", text: "A convoy of aid trucks, which was stopped at the checkpoint, turned back.",
			rels: []string{"subj(was stopped, A convoy)"}, absent: []string{"subj(was stopped, aid trucks)"}},
		{name: "officials of a ministry, who were", text: "Two officials of the interior ministry, who were accused of fraud, resigned on Friday.",
			rels: []string{"subj(were accused, Two officials)"}, absent: []string{"subj(were accused, the interior ministry)"}},
		{name: "a base near villages, which lies", text: "Rebels seized a base near several villages, which lies on the main road.",
			rels: []string{"subj(lies, a base)"}, absent: []string{"subj(lies, several villages)"}},
		// guards: the nearest phrase agrees, or nothing shows number
		{name: "guard soldiers near the town, which was shelled", text: "Soldiers near the town, which was shelled on Monday, dug trenches.",
			rels: []string{"subj(was shelled, the town)"}, absent: []string{"subj(was shelled, Soldiers)"}},
		{name: "guard villages near towns, which were", text: "Villages near the towns, which were shelled on Monday, emptied.",
			rels: []string{"subj(were shelled, the towns)"}},
		{name: "guard a name of plural form", text: "A delegation from the United States, which has pledged aid, arrived on Monday.",
			named: []string{"the United States"}, rels: []string{"subj(has pledged, the United States)"}},
		{name: "guard a past verb shows no number", text: "Troops near the capital, which fell last week, regrouped.",
			rels: []string{"subj(fell, the capital)"}},
	})
}
