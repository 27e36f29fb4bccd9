package pipeline

import "testing"

// TestDativeShift: a verb whose entry names its thing as object and its
// receiver after "to" reads the double object construction the same way:
// "gave Kenya aid" is "gave aid to Kenya", whatever the verb and the thing.
func TestDativeShift(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sent a capital weapons", d, "Washington sent Kyiv weapons.", "072", "USAGOV>UKRGOV", ""},
		{"granted a person asylum", d, "Russia granted Viktor Yanukovych asylum.", "075", "RUS>UKRGOV", ""},
		{"sent a group rockets", d, "Iran sent Hezbollah rockets and drones.", "072", "IRN>LBNRAD", ""},
		{"granted a country a loan", d, "China granted Pakistan a loan of two billion dollars.", "071", "CHN>PAK", ""},
		{"has given a country arms", d, "Russia has given Syria new weapons.", "072", "RUS>SYR", ""},
		{"a name then a plural thing", d, "Russia gave Syria new fighter jets.", "072", "RUS>SYR", "the actor stage reads a name before an agent word (\"Syria new fighter jets\") as one agent of that country"},
		{"gave the opposition support", d, "Germany gave the opposition its full support.", "051", "DEU>DEUOPP", ""},
		{"the 'to' form still reads", d, "Washington sent weapons to Kyiv.", "072", "USAGOV>UKR", ""},
		{"a passive has no double object", d, "Kyiv was sent weapons by Washington.", "072", "USAGOV>UKRGOV", ""},
		{"a plain letter is no protest", d, "Damascus sent Annan a letter on Monday.", "114", "", ""},
	})
}
