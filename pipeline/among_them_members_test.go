package pipeline

import "testing"

// TestAmongThemMembers: "N, among them X" names some of N as "N,
// including X" does (words.txt's partitive "among" with its objective
// pronoun in one phrase): an act on unnamed people falls on the members
// named, as it does after "including". "among" with no pronoun ("journalists
// among the protesters") and "among them were" (a clause of its own) change
// nothing; members of the country the group already has from its context
// ("dozens of protesters, among them several Kenyan journalists" in
// Nairobi) tell no one else, and the group stands, after "including" too.
func TestAmongThemMembers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sanctions on officials, among them a leader's son", "2018-07-05",
			"The Treasury Department imposed sanctions on five officials, among them Maduro's son and the head of the election board.", "163", "USAGOV>VENGOV", ""},
		{"detained people, among them foreign journalists", "2018-07-05",
			"Security forces in Tehran detained dozens of people, among them two French journalists, on Friday.", "173", "IRNMIL>FRAMED", ""},
		{"kidnapped workers, among them foreign nationals", "2018-07-05",
			"Gunmen in the Niger Delta kidnapped six oil workers, among them three Italian nationals, on Monday.", "181", "NGAUAF>ITA", ""},
		{"detained people, among them students: the source's own", "2018-07-05",
			"Turkish police detained 40 people, among them students and teachers, in Ankara on Sunday.", "173", "TURCOP>TURCVL", ""},
		{"members of the group's own country: the group stands", "2018-07-05",
			"Police in Nairobi arrested dozens of protesters, among them several Kenyan journalists, on Tuesday.", "173", "KENCOP>KENOPP", ""},
		{"journalists among the protesters: no members", "2018-07-05",
			"Egyptian police arrested several journalists among the protesters in Cairo on Friday.", "173", "EGYCOP>EGYMED", ""},
		{"among them were: a clause of its own", "2018-07-05",
			"Rebels freed 12 hostages in Colombia on Friday, among them were two German tourists.", "0841", "COLREB>COLCVL", ""},
	})
}
