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
		{"protesters dubbed traitors", d, "State media dubbed the protesters traitors.", "111", "MED>OPP", ""},
		{"must not: a striker dubbed a hero", d, "Fans dubbed the striker a hero.", "111", "", ""},
		{"must not: a meeting called a success", d, "The minister called the meeting a success.", "111", "", ""},
		{"must not: called on the army to withdraw", d, "The opposition called on the army to withdraw.", "111", "", ""},
		{"must not: called soldiers heroes", d, "The president called the soldiers heroes.", "111", "", ""},
	})
}

// TestNamedPredicatePronoun: a pronoun after a verb of naming stands for
// the object, not for what the object was called ("called the strikers
// criminals and arrested them": the strikers were arrested). A name the
// sentence also tells as a party of its own is left to the pronoun.
func TestNamedPredicatePronoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"strikers called criminals, then arrested", d, "Police called the strikers criminals and arrested them.", "173", "COP>LAB", ""},
		{"protesters described as terrorists, then a vow to crush", d, "The junta described the protesters as terrorists and vowed to crush them.", "138", "GOV>OPP", ""},
		{"students branded traitors, then detained", d, "Police branded the students traitors and detained them.", "173", "COP>CVL", ""},
		{"rebels labelled bandits, then a vow to punish", d, "The president labelled the rebels bandits and vowed to punish them.", "130", "GOV>REB", ""},
		{"must not: the name is a party too", d, "The army said terrorists attacked the base, and the president called the attackers terrorists and vowed to punish them.", "130", "GOV>RAD", ""},
	})
}
