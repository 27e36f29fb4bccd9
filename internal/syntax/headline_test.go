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

// TestPeopleAdjectiveName holds a people's adjective the word table lacks,
// read by the actor stage as a mention of one word, as an adjective
// between a determiner and a word read first as a noun or an adjective
// ("an Azerbaijani offensive"), so the noun heads the phrase; a plural
// name before a verb stays a name ("the Houthis set free").
func TestPeopleAdjectiveName(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "before an adjective-first noun", text: "Thousands fled after an Azerbaijani offensive on the town.", named: []string{"Azerbaijani"}, names: []string{"Azerbaijani"}, tags: []string{"Azerbaijani/JJ", "offensive/NN"}},
		{name: "before a noun", text: "A Burundian patrol crossed the border.", named: []string{"Burundian"}, names: []string{"Burundian"}, tags: []string{"Burundian/JJ", "patrol/NN"}},
		{name: "not: a plural name before a verb", text: "The Houthis set free a pilot.", named: []string{"Houthis"}, names: []string{"Houthis"}, tags: []string{"set/VBD"}},
		{name: "not: no determiner", text: "Azerbaijani offensive operations ended.", named: []string{"Azerbaijani"}, names: []string{"Azerbaijani"}, tags: []string{"operations/NNS"}},
	})
}

// TestActBetween holds a word read first as a present participle, with no
// verb before it, as a noun before "between" ("Fighting between the army
// and the rebels killed dozens"): it names the act between the parties.
// After a form of "be", a "to" or a comma it stays the verb.
func TestActBetween(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "opening the sentence", text: "Fighting between the army and the militia killed dozens.", tags: []string{"Fighting/NN"}},
		{name: "another act", text: "Shelling between the two armies resumed on Monday.", tags: []string{"Shelling/NN"}},

		{name: "not: after be", text: "Norway is mediating between the government and the rebels.", tags: []string{"mediating/VBG"}},
		{name: "not: after to", text: "The court refused to choose between the two candidates.", tags: []string{"choose/VB"}},
		{name: "not: after a comma", text: "Qatar, mediating between the two sides, proposed a truce.", tags: []string{"mediating/VBG"}},
	})
}

// TestExistentialGerund holds a word read first as a present participle as
// a noun after a verb group whose subject is an existential "there" ("there
// was fighting in the streets"): there is no progressive there. With
// another subject, or a subject after "there" ("there are rebels fighting"),
// it stays the verb.
func TestExistentialGerund(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "there was", text: "There was fighting in the streets of Goma.", tags: []string{"fighting/NN"}},
		{name: "there has been", text: "There has been shelling of the town since dawn.", tags: []string{"shelling/NN"}},
		{name: "there will be", text: "There will be looting if the police leave.", tags: []string{"looting/NN"}},
		{name: "there was heavy", text: "There was heavy fighting between the army and rebels.", tags: []string{"heavy/JJ", "fighting/NN"}},
		{name: "not: an adverb in a verb group", text: "The army is still holding the town.", tags: []string{"still/RB", "holding/VBG"}},

		{name: "not: another subject", text: "The army was fighting in the streets.", tags: []string{"fighting/VBG"}},
		{name: "not: a subject after there", text: "There are rebels fighting in the hills.", tags: []string{"fighting/VBG"}},
	})
}
