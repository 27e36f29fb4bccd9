package pipeline

import "testing"

// TestSecondVerbAfterAndPhrase holds a second verb phrase joined by "and"
// with a prepositional phrase before its verb ("resigned on Monday and in a
// farewell speech accused the government"): the phrase's noun is the
// preposition's object, not a subject of its own, so the second verb shares
// the first one's subject. A second clause with a subject of its own after
// the phrase keeps it ("and in Nairobi police arrested": no event with Kenya as the arrest's
// source).
func TestSecondVerbAfterAndPhrase(t *testing.T) {
	testLexRows(t, []lexRow{
		{"in a speech accused", "2020-03-02", "Ruto resigned on Monday and in a farewell speech accused the Kenyan government of betraying the people.", "11", "KENGOV>KENGOV", ""},
		{"in a statement condemned", "2020-03-02", "The Ugandan army withdrew from the town and in a statement condemned the Kenyan government.", "11", "UGAMIL>KENGOV", ""},
		{"with the backing arrested", "2020-03-02", "Malian soldiers seized the palace and with the backing of Russia arrested the Malian president.", "17", "MLIMIL>MLIGOV", ""},
		{"in a letter urged", "2020-03-02", "The Egyptian foreign minister flew to Khartoum and in a letter urged Sudan to release the detainees.", "0253", "EGYGOV>SDN", ""},
		{"on the same day expelled", "2020-03-02", "Nigeria recalled its ambassador and on the same day expelled two Ghanaian diplomats.", "16", "NGA>GHAGOV", ""},
		{"a name then its own subject", "2020-03-02", "Kenya closed the border and in Nairobi police arrested ten Somali traders.", "17", "", ""},
	})
}
