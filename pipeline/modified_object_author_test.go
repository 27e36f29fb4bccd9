package pipeline

import "testing"

// TestModifiedObjectAuthor: a response to a thing whose phrase names an
// actor only as a modifier ("a U.N. Security Council resolution", "an Arab
// League plan") targets whoever a participle or relative clause on it says
// made it ("put forward by the UAE", "drafted by France"), not the body
// that only modifies the noun; an actor that heads the object keeps it.
func TestModifiedObjectAuthor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vetoed a UN resolution put forward by", d, "The United States vetoed a U.N. Security Council resolution put forward by the United Arab Emirates.", "129", "USA>ARE", ""},
		{"vetoed a council draft drafted by", d, "Russia vetoed a Security Council draft resolution drafted by France and Britain on Syria.", "129", "RUS>FRA", ""},
		{"rejected a UN plan proposed by", d, "Israel rejected a UN ceasefire plan proposed by Egypt on Tuesday.", "12", "ISR>EGY", ""},
		{"blocked an EU statement sponsored by", d, "Hungary blocked an EU statement sponsored by Germany on China's human rights record.", "12", "HUN>DEU", ""},
		{"rejected an AU proposal the relative clause names", d, "Ethiopia rejected an African Union peace proposal which Kenya had drafted.", "12", "ETH>KEN", ""},
		{"not: a nationality on the thing is its author", d, "Hamas rejected the Egyptian proposal drafted by Qatar.", "127", "PSEREB>EGY", ""},
		{"not: an actor that heads the object", d, "China vetoed the resolution on Myanmar.", "129", "CHN>MMR", ""},
	})
}
