package syntax

import "testing"

// TestAppealParticipleOnNoun: a verb that asks someone to act, in -ing
// after a noun and before its preposition or object ("a resolution calling
// on the government to", "a statement calling for talks"), is a participle
// on the noun, not the head of a compound noun; a compound whose -ing word
// asks nothing ("the crossing point"), and an -ing noun after a
// possessive ("its calling"), stay nouns.
func TestAppealParticipleOnNoun(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a resolution calling on", text: "The Senate passed a resolution calling on the government to free the detainees.",
			tags: []string{"calling/VBG", "free/VB"}},
		{name: "a statement calling for", text: "The United Nations issued a statement calling for an immediate ceasefire.",
			tags: []string{"calling/VBG"}},
		{name: "banners, plural noun", text: "Protesters carried banners calling for the release of political prisoners.",
			tags: []string{"calling/VBG"}},
		{name: "a letter inviting", text: "The king sent a letter inviting the rebels to talks in the capital.",
			tags: []string{"inviting/VBG"}},
		{name: "not: a compound noun", text: "The crossing point at Rafah reopened on Monday.",
			tags: []string{"crossing/NN"}},
		{name: "not: after a possessive", text: "The party ended its calling for a boycott.",
			tags: []string{"calling/NN"}},
	})
}
