package syntax

import "testing"

// TestPastBeforeBy holds rows for the subject's only past form: before
// "by" it is the clause's verb when no verb follows ("Russia stood by
// Syria"), a participle when one does ("extremists backed by Qatar
// attacked"); and a passive participle after a form of "be" that is not
// finite ("to be sent") is no later verb that would make the first past
// form a participle.
func TestPastBeforeBy(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "stood by an ally", text: "Russia stood by Syria.", named: []string{"Russia", "Syria"}, tags: []string{"stood/VBD"}, clauses: "main"},
		{name: "stood by its decision", text: "The court stood by its ruling on Monday.", tags: []string{"stood/VBD"}, clauses: "main"},
		{name: "abided by the ruling", text: "The two governments abided by the court's ruling.", tags: []string{"abided/VBD"}, clauses: "main"},
		{name: "stood by, comma", text: "The government stood by its ally, the junta.", tags: []string{"stood/VBD"}, clauses: "main"},
		{name: "called for troops to be sent", text: "The union called for peacekeepers to be sent.", tags: []string{"called/VBD", "sent/VBN"}, clauses: "main infinitive"},
		{name: "asked for aid to be delivered", text: "The governor asked for food aid to be airlifted to the town.", tags: []string{"asked/VBD"}},
		{name: "urged for talks to be held", text: "Protesters pressed for the vote to be held.", tags: []string{"pressed/VBD"}},
		// guards: a verb follows, or an auxiliary comes before
		{name: "guard: backed by, then the verb", text: "Extremists backed by Qatar attacked the base.", tags: []string{"backed/VBN", "attacked/VBD"}},
		{name: "guard: backed by a list, then the verb", text: "Rebels backed by Rwanda and Uganda seized the city.", tags: []string{"backed/VBN", "seized/VBD"}},
		{name: "guard: set off by a comma", text: "Troops backed by tanks, entered the town.", tags: []string{"backed/VBN", "entered/VBD"}},
		{name: "guard: carried by after said", text: "The ministry said in a statement carried by state media that it would retaliate.", tags: []string{"carried/VBN"}},
		{name: "guard: passive", text: "The offensive was backed by Russia.", tags: []string{"backed/VBN"}},
		{name: "guard: by phone", text: "Putin talked by phone with Erdogan.", tags: []string{"talked/VBD"}},
	})
}
