package syntax

import "testing"

// TestHeadlineVerb holds the verb of a headline-style sentence whose
// subject is a common plural noun capitalised only as the first word
// ("Nurses strike in Accra"), whatever the actor stage made of that word,
// and the object of a preposition after the verb ("over pay") is no later
// verb that would take the verb's place. Nouns stay nouns where a verb
// follows or a determiner comes before.
func TestHeadlineVerb(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a plural subject, a preposition", text: "Teachers strike in Lusaka", tags: []string{"strike/VBP"}},
		{name: "fire on", text: "Soldiers fire on crowds in Khartoum", tags: []string{"fire/VBP"}},
		{name: "rally against", text: "Farmers rally in Delhi against new laws", tags: []string{"rally/VBP"}},
		{name: "march to", text: "Miners march to parliament in Santiago", tags: []string{"march/VBP"}},
		{name: "the object of a preposition after", text: "Nurses strike in Accra over pay", tags: []string{"strike/VBP", "pay/NN"}},
		{name: "in a sentence with its article", text: "Dockworkers strike over pay at the port.", tags: []string{"strike/VBP"}},

		{name: "not: a verb follows", text: "Teachers' strike in Lusaka ended on Monday.", tags: []string{"strike/NN"}},
		{name: "not: a determiner before", text: "The strike in Lusaka ended on Monday.", tags: []string{"strike/NN"}},
		{name: "not: a past verb after the phrase", text: "Farmers rally in Delhi drew thousands.", tags: []string{"rally/NN"}},
	})
}
