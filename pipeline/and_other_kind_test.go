package pipeline

import "testing"

// TestAndOtherKind: a list of named things closed by "and other" and the
// kind they are ("blocked Facebook, WhatsApp and other social media") is of
// that kind, so an entry that asks for the kind reads it, as it reads a
// list of plain things; a list of names alone, or one whose last member
// names no kind the entry asks for, stays unread.
func TestAndOtherKind(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"social media", d, "Sri Lanka's government blocked Facebook, WhatsApp and other social media on Sunday.", "1721", "LKAGOV>LKACVL", ""},
		{"websites", d, "Turkish authorities blocked Twitter, YouTube and other websites after the bombing.", "1721", "TURGOV>TURCVL", ""},
		{"shut down", d, "Myanmar's junta shut down Facebook and other social media a day after the coup.", "1721", "MMRGOV>USABUS", ""},
		{"newspapers", d, "Zimbabwe's government closed the Daily News and other independent newspapers.", "1721", "ZWEGOV>ZWEMED", ""},
		{"guard: names alone", d, "Sri Lanka's government blocked Facebook and WhatsApp on Sunday.", "1721", "", ""},
		{"guard: another kind", d, "Turkish authorities blocked Twitter and other companies from bidding for the licence.", "1721", "", ""},
		{"guard: praise", d, "Kenya's president praised Facebook, WhatsApp and other social media for their role in the census.", "17", "", ""},
	})
}
