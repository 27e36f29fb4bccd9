package pipeline

import "testing"

// TestUnionOwnedAgents: a union keeps its sector for the agents it owns, as
// a party or rebels do: "the union ... its leaders", "its members" are the
// union's (LAB), not the government's leaders. A party's leaders stay the
// party's.
func TestUnionOwnedAgents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"its leaders detained", "1976-03-24", "Argentine troops occupied the offices of the General Confederation of Labour and detained several of its leaders.", "173", "ARGMIL>ARGLAB", ""},
		{"its leaders arrested, next sentence", "2020-03-02", "The Kenya National Union of Teachers called a nationwide strike. Police arrested its leaders on Monday.", "173", "KENCOP>KENLAB", ""},
		{"its officials beaten", "2015-06-10", "The Congress of South African Trade Unions marched on parliament. Police beat its officials outside the gates.", "17", "ZAFCOP>ZAFLAB", ""},
		{"its leaders accuse", "2015-06-10", "COSATU called a general strike on Monday. Its leaders accused the government of betraying workers.", "112", "ZAFLAB>ZAFGOV", ""},
		{"its members march", "2010-05-05", "The Nigeria Labour Congress rejected the fuel price rise. Its members marched in Lagos on Wednesday.", "14", "NGALAB>NGAGOV", ""},
		{"a party's leaders stay the party's", "2020-03-02", "Troops surrounded the offices of the Socialist Party and detained several of its leaders.", "173", "MIL>PTY", ""},
	})
}
