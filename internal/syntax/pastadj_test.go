package syntax

import "testing"

// TestPastOfAdjective holds the "-ed" forms brill knew only as adjectives
// whose stems WordNet knows as verbs: after a subject and before an object
// they are the past tense, after "was" or "has" the participle; before a
// noun they stay adjectives. After "was" with no agent they stay
// adjectives too, as "aborted" does ("the deal was aborted in May").
func TestPastOfAdjective(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "country expropriated a company", text: "Bolivia expropriated the Spanish power grid operator.", named: []string{"Bolivia"},
			tags: []string{"expropriated/VBD"}, rels: []string{"subj(expropriated, Bolivia)", "obj(expropriated, the Spanish power grid operator)"}},
		{name: "government expropriated land", text: "The government expropriated farmland owned by foreigners last year.",
			tags: []string{"expropriated/VBD"}, clauses: "main participial"},
		{name: "passive participle", text: "Foreign oil fields were expropriated by the state.",
			tags: []string{"expropriated/VBN"}},
		{name: "perfect participle", text: "Caracas has expropriated hundreds of businesses.",
			tags: []string{"expropriated/VBN"}},
		{name: "negated perfect", text: "Mexico has not expropriated any mines.",
			tags: []string{"expropriated/VBN"}},
		{name: "gunmen maimed villagers", text: "Gunmen maimed dozens of villagers near the border.",
			tags: []string{"maimed/VBD"}, rels: []string{"subj(maimed, Gunmen)"}},
		{name: "parliament criminalized protests", text: "Parliament criminalized unauthorised protests on Tuesday.",
			tags: []string{"criminalized/VBD"}},
		{name: "the army subjugated the province", text: "The army subjugated the rebel province within weeks.",
			tags: []string{"subjugated/VBD"}},
		{name: "the vote upended the coalition", text: "The vote upended the ruling coalition.",
			tags: []string{"upended/VBD"}},
		// adjectives stay adjectives
		{name: "the expropriated assets", text: "The expropriated assets were returned to their owners.",
			tags: []string{"expropriated/JJ", "returned/VBN"}},
		{name: "unarmed civilians", text: "Soldiers fired on unarmed civilians in the square.",
			tags: []string{"unarmed/JJ", "fired/VBD"}},
		{name: "uniformed officers", text: "Uniformed officers arrested the two men.",
			tags: []string{"Uniformed/JJ", "arrested/VBD"}},
		{name: "a maimed veteran", text: "A maimed veteran addressed the crowd.",
			tags: []string{"maimed/JJ", "addressed/VBD"}},
		{name: "a count, then unarmed, then an adjective", text: "Troops shot at least 12 unarmed Tamil fishermen.",
			tags: []string{"unarmed/JJ", "fishermen/NNS"}},
		{name: "a count, then uniformed", text: "Police arrested three uniformed guards at the gate.",
			tags: []string{"uniformed/JJ", "guards/NNS"}},
		{name: "disadvantaged regions", text: "The plan helps disadvantaged regions in the north.",
			tags: []string{"disadvantaged/JJ"}},
	})
}

// TestEndedActNoun holds the "-ing" word after a verb that ends an act
// ("stop", "halt", "end", "suspend"): with no object after it, it is the
// noun that names the act; with an object, the verb.
func TestEndedActNoun(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "halted fighting for", text: "The rebels halted fighting for three days.",
			tags: []string{"fighting/NN"}, rels: []string{"obj(halted, fighting)"}},
		{name: "stopped shelling on", text: "The army stopped shelling on Sunday evening.",
			tags: []string{"shelling/NN"}},
		{name: "ended fighting in", text: "Both militias ended fighting in the capital.",
			tags: []string{"fighting/NN"}},
		{name: "suspended bombing after", text: "The coalition suspended bombing after the talks.",
			tags: []string{"bombing/NN"}},
		{name: "has not stopped fighting.", text: "The insurgents have not stopped fighting.",
			tags: []string{"fighting/NN"}},
		// with an object the -ing word is the verb
		{name: "stopped shelling the town", text: "The army stopped shelling the town.",
			tags: []string{"shelling/VBG"}},
		{name: "halted fighting the rebels", text: "The troops halted fighting the rebels at dawn.",
			tags: []string{"fighting/VBG"}},
		// after a verb that begins or goes on, the act is still the verb
		{name: "resumed fighting in", text: "The rebels resumed fighting in the north.",
			tags: []string{"fighting/VBG"}},
		{name: "began shelling on", text: "The army began shelling on Monday.",
			tags: []string{"shelling/VBG"}},
	})
}
