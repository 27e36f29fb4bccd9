package pipeline

import "testing"

// TestPossessiveOwnerKind: a weak head of leadership or speech after a
// lower-case possessive owner. An owner noun the knowledge reads only in a
// capitalised name or after whom it is made of ("union", "movement",
// "council") still tells the owner's kind, of the story's country; "the
// country's", "the nation's" are the state the story is about; an owner
// that names no one and no kind ("the rubber tappers'") makes the leader
// no government's. Known owners ("the rebels'", "the party's", "Kenya's")
// and "world leaders" are unchanged.
func TestPossessiveOwnerKind(t *testing.T) {
	testLexRows(t, []lexRow{
		{"union's leader", "1988-12-23", "XAPURI, Brazil — Gunmen shot the union's leader on Thursday.", "18", "UAF>BRALAB", ""},
		{"union's spokesman", "1990-03-02", "LUSAKA, Zambia — Police arrested the union's spokesman at his home on Friday.", "173", "ZMBCOP>ZMBLAB", ""},
		{"movement's leader", "1995-06-14", "DHAKA, Bangladesh — Police detained the movement's leader during a march.", "173", "BGDCOP>BGDPTY", ""},
		{"country's leader", "1988-12-23", "XAPURI, Brazil — Gunmen fired on the country's leader on Thursday.", "19", "UAF>BRAGOV", ""},
		{"nation's leaders", "2001-05-10", "NAIROBI, Kenya — Protesters denounced the nation's leaders on Monday.", "11", "KENOPP>KENGOV", ""},
		{"an owner that names no one", "1988-12-23", "XAPURI, Brazil — Gunmen shot the rubber tappers' leader on Thursday.", "19", "UAF>", ""},
		{"must not: rebels' leader", "1988-12-23", "XAPURI, Brazil — Gunmen shot the rebels' leader on Thursday.", "19", "UAF>BRAREB", ""},
		{"must not: party's leader", "1995-06-14", "DHAKA, Bangladesh — Police detained the party's leader during a march.", "173", "BGDCOP>BGDPTY", ""},
		{"must not: Kenya's leader", "2001-05-10", "Gunmen shot Kenya's leader on Monday.", "19", "UAF>KENGOV", ""},
		{"must not: world leaders", "2001-05-10", "NAIROBI, Kenya — World leaders condemned the killing on Monday.", "11", "GOV>", ""},
	})
}
