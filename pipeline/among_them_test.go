package pipeline

import "testing"

// TestAmongThemSetOff holds a phrase set off between a subject and its verb
// that names some of the subject's members through a preposition and a
// pronoun ("Leaders of the opposition, among them Raila Odinga, staged a
// sit-in"): the noun before the commas is the subject, and the members
// named stand in apposition to it, so a known member still speaks for it
// and an unknown one leaves the noun's own actor. The same phrase after an
// object ("arrested ten leaders, among them Raila Odinga, on Monday") and a
// part named with "of them" stay as they were.
func TestAmongThemSetOff(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an unknown member", "2020-03-02", "Leaders of the Indian opposition, among them Ramesh Kumarswami, staged a sit-in in Delhi.", "14", "INDOPP>INDGOV", ""},
		{"an unknown member accuses", "2020-03-02", "Leaders of the Zambian opposition, among them Mwila Chansa, accused the Zambian government of rigging the vote.", "11", "ZMBOPP>ZMBGOV", ""},
		{"unknown members listed", "2020-03-02", "Kenyan opposition leaders, among them Omar Wekesa and Joseph Kiptoo, condemned the Kenyan government.", "11", "KENOPP>KENGOV", ""},
		{"a known member", "2020-03-02", "Leaders of the Kenyan opposition, among them Raila Odinga, staged a sit-in in Nairobi.", "14", "KENOPP>KENGOV", ""},
		{"a member named by rank", "2020-03-02", "Ten Ugandan soldiers, among them a colonel, attacked a Congolese village.", "18", "UGAMIL>CODCVL", ""},
		{"after an object", "2020-03-02", "Kenyan police arrested ten opposition leaders, among them Raila Odinga, on Monday.", "17", "KENCOP>KENOPP", ""},
		{"of them", "2020-03-02", "Ugandan students, many of them women, marched on the Ugandan parliament.", "14", "UGACVL>UGALEG", ""},
	})
}
