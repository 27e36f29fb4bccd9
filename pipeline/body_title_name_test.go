package pipeline

import "testing"

// TestBodyTitleName reads a body's plural noun, a title and a name as one
// phrase ("Police spokesman Charles Owino said"), as "Army spokesman X"
// is read: the name's is the body's sector, and it is the source of what
// it says or does. A singular noun after a plural one with no name after
// it stays the plural's verb ("Police patrol the streets").
func TestBodyTitleName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police spokesman accused", "2021-06-10", "Police spokesman Bruno Shioso accused opposition supporters of looting shops in Kisumu.", "112", "KENCOP>KENOPP", ""},
		{"police commander denied", "2021-06-10", "Police commander Japheth Koome denied the report of abductions in Nairobi.", "016", "KENCOP>", ""},
		{"rebels spokesman rejected", "2021-06-10", "Rebels spokesman Ali Hussein Musa rejected the ceasefire offer.", "12", "REB>", ""},
		{"as army spokesman", "2021-06-10", "Army spokesman Bruno Shioso accused opposition supporters of looting shops in Kisumu.", "112", "KENMIL>KENOPP", ""},
		{"not: a plural before its verb, a name after", "2021-06-10", "Police guard Raila Odinga's home in Kisumu", "074", "KENCOP>KENOPP", ""},
		{"not: a plural before its verb, a place's name after", "2021-06-10", "Police guard Kisumu Central Market after looting", "074", "KENCOP>KEN", ""},
		{"not: a lower-case name-less noun", "2021-06-10", "Rebels head north towards the capital, residents said.", "112", "", ""},
	})
}
