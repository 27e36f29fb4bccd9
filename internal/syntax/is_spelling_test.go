package syntax

import "testing"

// TestIsSpellingOpener tags a word in its "-is-" spelling that the table
// lacks as its "-iz-" spelling is tagged: at a sentence's start it is a
// participle opening a clause, no name ("Criticising the decision, the
// minister said"); lower in the sentence it stays what it was. A
// capitalised word inside the sentence stays a name, and a word whose
// "-iz-" spelling the table lacks too keeps its guess.
func TestIsSpellingOpener(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "criticising", text: "Criticising the verdict, the opposition leader called for a retrial.", tags: []string{"Criticising/VBG"}},
		{name: "recognising", text: "Recognising the new authorities, Uganda sent an envoy to Kigali.", tags: []string{"Recognising/VBG"}},
		{name: "jeopardising", text: "Jeopardising the truce, militants fired rockets at the town.", tags: []string{"Jeopardising/VBG"}},
		{name: "a passive participle", text: "Criticised by rights groups, the law was withdrawn on Monday.", tags: []string{"Criticised/VBN"}},
		{name: "lower in the sentence", text: "The minister, criticising the verdict, called for a retrial.", tags: []string{"criticising/VBG"}},
		{name: "not: a name inside the sentence", text: "The envoy met Louise Denise in Geneva.", tags: []string{"Louise/NNP", "Denise/NNP"}},
		{name: "not: no -iz- spelling known", text: "Rising prices angered the unions.", tags: []string{"Rising/VBG"}},
	})
}
