package pipeline

import "testing"

// TestNamedObjectSplit: a verb of naming's object and what it is called
// are two phrases for the actors as they are for the clause: "called the
// protesters terrorists" accuses the protesters, not the terrorists; the
// name given (a bare plural after the object, or "as" and a phrase) is a
// predicate, no actor of the event.
func TestNamedObjectSplit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protesters called terrorists", d, "The interior minister called the protesters terrorists.", "111", "GOV>OPP", ""},
		{"strikers labelled criminals", d, "Police labelled the strikers criminals.", "111", "COP>LAB", ""},
		{"rebel fighters labelled terrorists", d, "The government labelled the rebel fighters terrorists on Monday.", "111", "GOV>REB", ""},
		{"students branded criminals, then arrested", d, "The junta branded students criminals and arrested 20 of them.", "111", "GOV>CVL", ""},
		{"demonstrators called extremists in a report", d, "The ruling party called the demonstrators extremists, state media reported.", "111", "PTY>OPP", ""},
		{"rebels described as bandits", d, "The governor described the rebels as bandits.", "111", "GOV>REB", ""},
		{"must not: a meeting called a success", d, "The minister called the meeting a success.", "111", "", ""},
		{"must not: called on the army to withdraw", d, "The opposition called on the army to withdraw.", "111", "", ""},
		{"must not: called soldiers heroes", d, "The president called the soldiers heroes.", "111", "", ""},
	})
}
