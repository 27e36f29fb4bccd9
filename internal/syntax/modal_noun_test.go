package syntax

import "testing"

// TestModalAfterArticle: a word that may be a modal or a noun ("will",
// "might") is the noun after an article or an owner, and the modal after
// a subject, after a determiner standing alone before a bare verb, or
// after a name.
func TestModalAfterArticle(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the will of", text: "Kenya's president said the court had overturned the will of the people.", tags: []string{"will/NN"}},
		{name: "their will", text: "They acted against their will.", tags: []string{"will/NN"}},
		{name: "his will, subject", text: "His will was read on Monday.", tags: []string{"will/NN"}},
		{name: "the people's will", text: "The protesters said the people's will had been ignored.", tags: []string{"will/NN"}},
		{name: "the might of", text: "The rebels showed the might of their army.", tags: []string{"might/NN"}},
		{name: "guard: after a noun", text: "The government will hold talks with the rebels.", tags: []string{"will/MD"}},
		{name: "guard: this will", text: "This will help the talks.", tags: []string{"will/MD"}},
		{name: "guard: each will", text: "Each will receive a share of the aid.", tags: []string{"will/MD"}},
		{name: "guard: it will", text: "Iran said it will retaliate.", tags: []string{"will/MD"}},
		{name: "this might", text: "This might delay the vote.", tags: []string{"might/MD"}},
		{name: "guard: who will", text: "Who will lead the party is unclear.", tags: []string{"will/MD"}},
		{name: "guard: both sides will", text: "Both sides will meet in Geneva.", tags: []string{"will/MD"}},
	})
}
