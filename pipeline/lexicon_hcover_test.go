package pipeline

import "testing"

// TestRefusedPhrasalInfinitive reads the verbs of an entry's infinitive
// list as plain verbs, as an entry's head is: "refused to give details" is
// the refusal to comment (011 refuse inf:...|give|...), "refused to give up
// power" refuses "give_up", a verb of its own, and the refusal frame reads
// it (1231; control or land given up, 1243). The last row must code no
// refusal.
func TestRefusedPhrasalInfinitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"maduro refused to give up power", "2024-03-05", "Maduro refused to give up power.", "1231", "VENGOV>VENOPP", ""},
		{"russia refused to give up the occupied", "2024-03-05", "Russia refused to give up the occupied territories.", "1243", "RUS>", ""},
		{"the venezuelan government refused to give up", "2024-03-05", "The Venezuelan government refused to give up control of the oil fields.", "1243", "VENGOV>", ""},
		{"the government refused to give up control", "2024-03-05", "The government refused to give up control of the port.", "1243", "GOV>", ""},
		{"refusing to give details is no refusal", "2024-03-05", "The Kenyan minister refused to give details of the deal.", "12", "", ""},
	})
}
