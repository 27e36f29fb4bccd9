package pipeline

import "testing"

// TestPronounEarlierHeads pins a pronoun that stands for an actor an
// earlier sentence named, bound to an argument whose entry lists nouns:
// it meets the list when the phrase that named the actor does, by that
// phrase's last word as written ("Kenyan doctors went on strike. The
// president said they would be fired": "doctors", a striker), irregular
// plurals too ("gunmen"). A pronoun whose earlier phrase the list does
// not name meets nothing.
func TestPronounEarlierHeads(t *testing.T) {
	testLexRows(t, []lexRow{
		{"they, strikers, sentence before", "2020-03-02", "Kenyan doctors went on strike on Monday. The president said they would be fired.", "130", "KENGOV>KENCVL", ""},
		{"them, protesters, sentence before", "2020-03-02", "Protesters marched through Kampala on Monday. Ugandan police fired on them.", "175", "UGACOP>UGAOPP", ""},
		{"they, rebels, driven by troops", "2020-03-02", "Rebels attacked the Malian town of Gao on Monday. They were driven into the hills by Malian troops.", "190", "MLIMIL>MLIREB", ""},
		{"them, gunmen, irregular plural", "2020-03-02", "Gunmen stormed a village in Zamfara state on Monday. Nigerian troops later drove them into the forest.", "190", "NGAMIL>UAF", ""},
		{"not: ministers are no protesters", "2020-03-02", "Ugandan ministers met in Kampala on Monday. Police later fired on them.", "175", "", ""},
		{"not: ministers are no strikers", "2020-03-02", "Kenyan ministers met in Nairobi on Monday. The president said they would be fired.", "130", "", ""},
	})
}
