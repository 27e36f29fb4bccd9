package syntax

import "testing"

// TestTagging2 holds the tag rows of issue 11's part-of-speech errors.
func TestTagging2(t *testing.T) {
	runClauseRows(t, []clauseRow{
		// the last word of a name of several words, before a word likelier
		// a verb, is the name's head; a one-word name still modifies
		{name: "Union set up", text: "The European Union set up a fund for refugees.", named: []string{"European Union"},
			tags: []string{"Union/NNP", "set/VBD", "up/RP"}, rels: []string{"subj(set up, The European Union)", "obj(set up, a fund)"}},
		{name: "Thai accused", text: "Pheu Thai accused the government of corruption.", named: []string{"Pheu Thai", "government"},
			tags: []string{"Thai/NNP", "accused/VBD"}, clauses: "main"},
		{name: "Front accused", text: "The Broad Front accused the president of fraud.", named: []string{"Broad Front", "president"},
			tags: []string{"Front/NNP", "accused/VBD"}, clauses: "main"},
		{name: "Front set up", text: "The Polisario Front set up camps in Tindouf.", named: []string{"Polisario Front", "Tindouf"},
			tags: []string{"Front/NNP", "set/VBD"}, clauses: "main"},
		{name: "a one-word name still modifies", text: "Thai troops crossed the border.", named: []string{"Thai"},
			tags: []string{"Thai/JJ", "crossed/VBD"}},
		// a gerund after a determiner or a possessive, before a
		// preposition, is a noun
		{name: "Israel's killing of", text: "Hamas condemned Israel's killing of the commander.", named: []string{"Hamas", "Israel"},
			tags: []string{"killing/NN"}, rels: []string{"poss(killing, Israel 's)"}},
		{name: "the killing of", text: "The killing of the journalist sparked protests.", tags: []string{"killing/NN", "sparked/VBD"},
			rels: []string{"subj(sparked, The killing)"}},
		{name: "the army's shooting of", text: "Rights groups condemned the army's shooting of protesters.", tags: []string{"shooting/NN"}},
		{name: "Iran's hanging of", text: "Critics condemned Iran's hanging of two protesters.", named: []string{"Iran"}, tags: []string{"hanging/NN"}},
	})
}
