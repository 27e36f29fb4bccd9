package syntax

import "testing"

// TestOpenerEndsBeforeList: a phrase that opens the sentence and ends in a
// name ("After talks in Geneva,") is closed by its comma; the list after
// it, right before a finite verb, is the subject, and the opener's name no
// member of it. A list that a comma ends stays the opener's.
func TestOpenerEndsBeforeList(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "after talks in a city", text: "After two days of talks in Geneva, Iran and the European Union agreed to resume negotiations.",
			rels:   []string{"subj(agreed, Iran)"},
			absent: []string{"subj(agreed, Geneva)", "conj(Geneva, Iran)"}},
		{name: "after a participle and its object", text: "After meeting Putin in Moscow, Chirac and Schroeder criticised the war.",
			rels:   []string{"subj(criticised, Chirac)"},
			absent: []string{"conj(Moscow, Chirac)"}},
		{name: "despite objections from a capital", text: "Despite objections from Washington, Iran and Russia signed a nuclear fuel deal.",
			rels:   []string{"subj(signed, Iran)"},
			absent: []string{"subj(signed, Washington)"}},
		{name: "a subordinate clause", text: "When talks resumed in Cairo, Israel and Jordan agreed to open a border crossing.",
			rels:   []string{"subj(agreed, Israel)"},
			absent: []string{"subj(agreed, Cairo)"}},
		{name: "three members after a summit", text: "At a summit in Abuja, Liberia, Guinea and Sierra Leone signed a non-aggression pact.",
			rels:   []string{"subj(signed, Liberia)", "conj(Liberia, Sierra Leone)"},
			absent: []string{"subj(signed, Abuja)"}},
		{name: "a list the opener keeps", text: "Across Iraq, Syria and Lebanon, militants attacked churches.",
			rels: []string{"conj(Iraq, Lebanon)", "subj(attacked, militants)"}},
		{name: "a subject's list stays", text: "Leaders of Kenya, Uganda and Tanzania signed a customs union treaty.",
			rels: []string{"conj(Kenya, Tanzania)"}},
	})
}
