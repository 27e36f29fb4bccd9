package syntax

import "testing"

// TestOpenedClauseParticiple holds a past form straight after a clause
// opener ("when", "after", "as", "while", "that") and before a noun phrase
// that a finite verb follows: the opener's clause has its subject in that
// phrase, so the past form describes the subject ("when masked protesters
// hurled", "after hooded youths threw"). A past form with a subject before
// it, or one after the opener with no verb behind the noun, keeps its verb
// reading.
func TestOpenedClauseParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "when masked protesters hurled", text: "Three clerks died when masked protesters hurled petrol bombs into the bank.",
			tags: []string{"masked/JJ", "hurled/VBD"}, rels: []string{"subj(hurled, masked protesters)"}},
		{name: "after hooded youths threw", text: "Two policemen were hurt after hooded youths threw stones at their patrol.",
			tags: []string{"hooded/JJ", "threw/VBD"}},
		{name: "as masked men stormed", text: "Guards fled as masked men stormed the compound.",
			tags: []string{"masked/JJ", "stormed/VBD"}},
		{name: "while hooded rioters set fire", text: "Shopkeepers hid while hooded rioters set fire to cars.",
			tags: []string{"hooded/JJ"}},
		{name: "said that masked gunmen seized", text: "Witnesses said that masked militiamen seized the mayor.",
			tags: []string{"masked/JJ", "seized/VBD"}},
		{name: "before uniformed troops arrived", text: "The protesters had gone before uniformed troops arrived.",
			tags: []string{"uniformed/JJ", "arrived/VBD"}},
		// the verb reading stays
		{name: "rebels masked their faces", text: "The rebels masked their faces when they entered the town.",
			tags: []string{"masked/VBD"}},
		{name: "after the raid, troops hooded prisoners", text: "After the raid soldiers hooded prisoners before questioning them.",
			tags: []string{"hooded/VBD"}},
	})
}
