package syntax

import "testing"

// TestSyntax2 holds the syntax-level rows of issue 11's constructions:
// the tags, clause kinds and relations each needs.
func TestSyntax2(t *testing.T) {
	runClauseRows(t, []clauseRow{
		// a participle after the subject's noun, with a phrase or an
		// infinitive, then the clause's verb: the participle is about the noun
		{name: "armed with, then a particle verb", text: "Soldiers armed with automatic rifles set up checkpoints.",
			tags: []string{"armed/VBN", "set/VBD"}, clauses: "participial main",
			rels: []string{"subj(set up, Soldiers)", "obj(set up, checkpoints)"}},
		{name: "believed to be, then the verb", text: "Gunmen believed to be rebels attacked a bus.",
			tags: []string{"believed/VBN", "attacked/VBD"}, clauses: "participial infinitive main",
			rels: []string{"subj(attacked, Gunmen)", "obj(attacked, a bus)"}, absent: []string{"subj(attacked, rebels)"}},
		{name: "sent to quell, then the verb", text: "Troops sent to quell the riots killed five protesters.",
			named: []string{"Troops"}, tags: []string{"sent/VBN", "killed/VBD"},
			rels: []string{"subj(killed, Troops)", "obj(to quell, the riots)", "obj(killed, five protesters)"}},
		{name: "thought to be linked to", text: "Militants thought to be linked to al-Qaeda bombed a hotel.",
			named: []string{"al-Qaeda"}, tags: []string{"thought/VBN", "bombed/VBD"}, rels: []string{"subj(bombed, Militants)"}},
		{name: "dressed in, then the verb", text: "Men dressed in uniforms stormed the bank.",
			tags: []string{"dressed/VBN", "stormed/VBD"}, rels: []string{"subj(stormed, Men)"}},
		{name: "a verb that takes an infinitive stays the verb", text: "Israel rushed to condemn the attack carried out by Hamas.",
			named: []string{"Israel", "Hamas"}, tags: []string{"rushed/VBD", "carried/VBN"}},
		{name: "a verb of will stays the verb", text: "Iran agreed to release the sailors captured in the Gulf.",
			named: []string{"Iran"}, tags: []string{"agreed/VBD"}},
		{name: "a clause opened by as is its own", text: "The talks collapsed as rebels attacked the capital.",
			tags: []string{"collapsed/VBD", "attacked/VBD"}},

		// "first" between a subject and its verb is an adverb
		{name: "first sent", text: "Turkey first sent tanks into Cyprus.", named: []string{"Turkey", "Cyprus"},
			tags: []string{"first/RB", "sent/VBD"}, rels: []string{"subj(sent, Turkey)", "obj(sent, tanks)"}},
		{name: "first imposed", text: "The army first imposed a curfew.", tags: []string{"first/RB", "imposed/VBD"}},
		{name: "first visits", text: "He first visits China.", named: []string{"China"}, tags: []string{"first/RB", "visits/VBZ"}},
		{name: "the first troops", text: "The first troops arrived on Monday.", tags: []string{"first/JJ", "arrived/VBD"}},
		// a noun after a singular noun, before a preposition, is no plural verb
		{name: "peace accord between", text: "Trade has grown since the peace accord between Jordan and Israel.",
			named: []string{"Jordan", "Israel"}, tags: []string{"accord/NN"}, clauses: "main"},
		{name: "dated peace accord between", text: "Trade grew after the August 13 peace accord between the parties.",
			tags: []string{"accord/NN"}, clauses: "main"},
		{name: "a subjunctive before an object", text: "They demanded that the government drop the charges.",
			tags: []string{"drop/VBP"}, clauses: "main complement"},
		{name: "a plural noun's verb", text: "Since the rebels attack at night, roads are closed.",
			tags: []string{"attack/VBP"}},
		// a compound adjective that lost its hyphen: the verb follows the phrase
		{name: "ruled, then a name and an auxiliary", text: "Junta ruled Myanmar has been buying drones from Russia.",
			named: []string{"Junta", "Myanmar", "Russia"}, tags: []string{"ruled/JJ"}, clauses: "main"},
		{name: "funded, then a noun and a past verb", text: "US funded rebels seized the town.",
			named: []string{"US"}, tags: []string{"funded/JJ", "seized/VBD"}, clauses: "main"},
		{name: "led, then nouns and an auxiliary", text: "Hamas led fighters have attacked the base.",
			named: []string{"Hamas"}, tags: []string{"led/JJ"}, clauses: "main"},
		{name: "a report verb keeps its complement", text: "Police said protesters threw stones.",
			tags: []string{"said/VBD", "threw/VBD"}},
		{name: "a possessive opens an object", text: "Russia displayed its military might in Moscow.",
			named: []string{"Russia", "Moscow"}, tags: []string{"displayed/VBD"}},
		{name: "a relative clause keeps its verb", text: "The gunmen who attacked Mumbai last week had come from Pakistan.",
			named: []string{"Mumbai", "Pakistan"}, times: []string{"last week"}, tags: []string{"attacked/VBD"}},
		// a time with a possessive is the possessor of the noun after it,
		// and a preposition's object is that noun
		{name: "in a day's attack", text: "Pakistan had a hand in Thursday's attack.", named: []string{"Pakistan"},
			times: []string{"Thursday"}, rels: []string{"pobj(in, attack)", "poss(attack, Thursday 's)"}},
		{name: "for last week's bombing", text: "The group was responsible for last week's bombing.",
			times: []string{"last week"}, rels: []string{"pobj(for, bombing)"}},
		{name: "a day's attack as subject", text: "Monday's attack killed five soldiers.",
			times: []string{"Monday"}, rels: []string{"subj(killed, attack)"}},
		{name: "a possessor's first", text: "Iran's first nuclear plant opened.", named: []string{"Iran"}, tags: []string{"first/JJ"}},
		// a subject with a relative clause or a participle before its verb:
		// the subject survives the modifier, and a noun inside the modifier
		// is the modifier's object, also under an infinitive
		{name: "who tried to, then a passive", text: "Police officers who tried to stop the march were attacked by protesters.",
			rels:   []string{"subj(were attacked, Police officers)", "obj(to stop, the march)", "agent(were attacked, protesters)"},
			absent: []string{"subj(were attacked, the march)"}},
		{name: "who attempted to, then an active verb", text: "Rebels who attempted to seize the airport shelled the town.",
			rels:   []string{"subj(shelled, Rebels)", "obj(to seize, the airport)", "obj(shelled, the town)"},
			absent: []string{"subj(shelled, the airport)"}},
		{name: "who were sent to, then a passive", text: "Officers who were sent to disperse the crowd were attacked.",
			rels: []string{"subj(were attacked, Officers)", "obj(to disperse, the crowd)"}},
		{name: "who had vowed to, then an active verb", text: "Militants who had vowed to take the city attacked a base.",
			rels: []string{"subj(attacked, Militants)", "obj(attacked, a base)"}},
		{name: "who had gathered, then a passive with an agent", text: "Protesters who had gathered outside parliament were dispersed by police.",
			rels: []string{"subj(were dispersed, Protesters)", "agent(were dispersed, police)"}},
		{name: "trying to, then a passive", text: "Aid workers trying to leave the hotel were ambushed on Tuesday.",
			times: []string{"Tuesday"}, rels: []string{"subj(were ambushed, Aid workers)", "obj(to leave, the hotel)"}},
		{name: "guarding, then a passive", text: "Soldiers guarding the border were attacked.",
			rels: []string{"subj(were attacked, Soldiers)", "obj(guarding, the border)"}},
		// a part of the subject set off between commas, "most of them ...":
		// "them" is no subject, a past form in it is a participle, and the
		// verb after the phrase is the subject's
		{name: "some of them armed with", text: "Protesters, some of them armed with sticks, attacked the police station.",
			tags: []string{"armed/VBN", "attacked/VBD"}, clauses: "participial main",
			rels: []string{"subj(attacked, Protesters)", "obj(attacked, the police station)"}},
		{name: "most of them young and dressed in", text: "Demonstrators, most of them young and dressed in black, had occupied the roads.",
			tags: []string{"dressed/VBN"}, rels: []string{"subj(had occupied, Demonstrators)"}},
		{name: "most of them, a noun", text: "The rebels, most of them former soldiers, seized the town.",
			rels: []string{"subj(seized, The rebels)"}, absent: []string{"subj(seized, former soldiers)"}},
		{name: "many of them, a noun", text: "Demonstrators, many of them students, marched on parliament.",
			rels: []string{"subj(marched, Demonstrators)"}, absent: []string{"subj(marched, students)"}},
		{name: "most of them opening the sentence is its subject", text: "Most of them fled to the border.",
			tags: []string{"fled/VBD"}, clauses: "main"},
		{name: "most of them after an object", text: "Police arrested 40 people, most of them students, on Monday.",
			rels: []string{"subj(arrested, Police)", "obj(arrested, 40 people)"}},
		// a relative clause with its own subject: its past form is its verb,
		// and a noun after it is its own, not the main verb's subject
		{name: "whom X had taken hostage, then a passive", text: "Three officers whom the gunmen had taken hostage were freed on Wednesday.",
			times: []string{"Wednesday"}, rels: []string{"subj(were freed, Three officers)", "subj(had taken, the gunmen)", "obj(had taken, Three officers)"},
			absent: []string{"subj(were freed, hostage)"}},
		{name: "whom police arrested, then a time and a passive", text: "The activists whom police arrested last week were freed.",
			times: []string{"last week"}, tags: []string{"arrested/VBD"}, clauses: "relative main",
			rels: []string{"subj(arrested, police)", "obj(arrested, The activists)", "subj(were freed, The activists)"}},
		{name: "which the rebels seized, then a passive", text: "The town which the rebels seized on Monday was retaken by the army.",
			times: []string{"Monday"}, tags: []string{"seized/VBD"}, rels: []string{"subj(seized, the rebels)", "obj(seized, The town)", "subj(was retaken, The town)"}},
		{name: "whom the army detained in, then a passive", text: "The journalist whom the army detained in Goma was released.",
			named: []string{"Goma"}, tags: []string{"detained/VBD"}, rels: []string{"subj(was released, The journalist)"}},
		{name: "a participle with a time stays one", text: "The soldiers arrested last week were released.",
			times: []string{"last week"}, tags: []string{"arrested/VBN"}, rels: []string{"subj(were released, The soldiers)"}},
		{name: "whom police tried to stop: no subject relative", text: "The activists whom police tried to stop were arrested.",
			rels: []string{"subj(were arrested, The activists)"}},
	})
}
