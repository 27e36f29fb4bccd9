package syntax

import "testing"

// TestDeterminedNameModifier: a name after a determiner or a number, then
// an adjective and a noun ("three U.S. consular officials", "the Russian
// consular staff", "the Makati financial district"), is one noun phrase
// headed by the noun: the name modifies it. A bare name before an
// adjective and a noun is a verb's first object ("gave Ukraine new
// weapons").
func TestDeterminedNameModifier(t *testing.T) {
	n := func(s ...string) []string { return s }
	runClauseRows(t, []clauseRow{
		{name: "three U.S. consular officials", text: "Maduro ordered three U.S. consular officials out of the country.", named: n("Maduro", "U.S."),
			rels: n("obj(ordered, three U.S. consular officials)")},
		{name: "the Russian consular staff", text: "Washington expelled the Russian consular staff.", named: n("Washington", "Russian"),
			rels: n("obj(expelled, the Russian consular staff)")},
		{name: "the Makati financial district", text: "Rebel soldiers took over a hotel in the Makati financial district.", named: n("Rebel soldiers", "Makati"),
			rels: n("pobj(in, the Makati financial district)")},
		{name: "two Israeli military advisers", text: "Gunmen killed two Israeli military advisers near Jenin.", named: n("Gunmen", "Israeli", "Jenin"),
			rels: n("obj(killed, two Israeli military advisers)")},
		{name: "not: a bare name is the first object", text: "The United States gave Ukraine new weapons.", named: n("The United States", "Ukraine"),
			rels: n("obj(gave, Ukraine)", "obj2(gave, new weapons)")},
	})
}
