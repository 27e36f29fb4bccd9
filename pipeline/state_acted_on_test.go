package pipeline

import "testing"

// TestNotTheStateActedOn: an unnamed government body ("the foreign
// ministry", "the government") that acts on a state named as its object
// is not that state's, even when the story names that state most or no
// state most: it is of the other state the story named last.
func TestNotTheStateActedOn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a ministry accuses the state the story is about", "2023-08-25", "Japan began releasing treated water from the Fukushima plant. Beijing's customs agency suspended imports of Japanese seafood. The foreign ministry accused Tokyo of acting irresponsibly.", "112", "CHNGOV>JPNGOV", ""},
		{"a government accuses a capital in a story of two", "2025-07-25", "Thailand closed the border crossing on Monday. The government accused Phnom Penh of using civilians as shields.", "112", "THAGOV>KHMGOV", ""},
		{"a ministry accuses a neighbour by name", "2021-05-10", "Russia expelled two Estonian diplomats on Monday. The foreign ministry accused Estonia of a hostile campaign.", "112", "RUSGOV>EST", ""},
		{"a government condemns a capital", "1998-06-01", "Eritrean jets bombed the Ethiopian town of Mekele. Ethiopia said 44 people were killed. The government condemned Asmara for the raid.", "111", "ETHGOV>ERIGOV", ""},
		{"a ministry warns the state that acted", "2018-03-20", "Britain expelled 23 Russian diplomats over the poisoning in Salisbury. The foreign ministry warned London of retaliation.", "13", "RUSGOV>GBRGOV", ""},
	})
}
