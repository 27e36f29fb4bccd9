package pipeline

import "testing"

// TestPronounAntecedentHeads pins a pronoun bound to an argument whose
// entry lists nouns ("fire obj:&striker", "fire on:&protester"): it meets
// the list when the phrase before it in the sentence that names the same
// actor does ("told the strikers they would be fired", "surrounded the
// demonstrators and fired on them"). A pronoun that stands for an actor
// the list does not name, or "it" for a thing, meets nothing; a pronoun
// whose actor an earlier sentence named is left as it was.
func TestPronounAntecedentHeads(t *testing.T) {
	testLexRows(t, []lexRow{
		{"they, passive subject, same sentence", "2020-03-02", "The Kenyan president told the strikers they would be fired if they did not return to work.", "130", "KENGOV>KENLAB", ""},
		{"they, passive subject of sack, after that", "2020-03-02", "The Kenyan government warned the striking doctors on Monday that they would be sacked if they stayed away.", "130", "KENGOV>KENCVL", ""},
		{"they, striking workers", "2020-03-02", "The Nigerian president warned the striking workers that they would be sacked.", "130", "NGAGOV>NGACVL", ""},
		{"them, object of on, after and", "2020-03-02", "Ugandan police surrounded the demonstrators in Kampala and fired on them.", "175", "UGACOP>UGAOPP", ""},
		{"them, open fire on, no bare force", "2020-03-02", "Ugandan police chased the protesters through Kampala and opened fire on them.", "180", "", ""},
		{"not: them, ministers, are no protesters", "2020-03-02", "Ugandan police surrounded the ministers in Kampala and fired on them.", "175", "", ""},
		{"not: ministers are no strikers", "2020-03-02", "The Kenyan president told the ministers they would be fired if they did not return to work.", "130", "", ""},
		{"not: him, a leader, in the sentence before", "2020-03-02", "Kenyan police arrested the opposition leader on Monday. Officers later fired on him.", "175", "", ""},
		{"not: it, a barricade", "2020-03-02", "Kenyan protesters built a barricade in Nairobi on Monday. Police later fired on it.", "175", "", ""},
	})
}
