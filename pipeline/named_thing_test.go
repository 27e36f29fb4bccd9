package pipeline

import "testing"

// TestNamedThing: a thing named after the common noun that says what it is
// ("the tanker Stena Impero", "the tugboat Yany Kapu", "the cruiser
// General Belgrano") is that thing to the lexicon, as the noun alone is:
// seizing, ramming, sinking or releasing it is the act on such a thing.
func TestNamedThing(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a tugboat by its name rammed", "2018-11-26", "A Russian patrol boat rammed the Ukrainian tugboat Yany Kapu on Sunday.", "190", "RUSMIL>UKR", ""},
		{"a tanker by its name seized", "2019-07-20", "Iranian commandos seized the British tanker Stena Impero in the Strait of Hormuz on Friday.", "171", "IRNMIL>GBR", ""},
		{"a cargo ship by its name sunk", "2024-03-03", "Houthi rebels sank the British-owned cargo ship Rubymar in the Red Sea.", "180", "YEMREB>GBRBUS", ""},
		{"a ferry by its name boarded", "2010-06-01", "Israeli commandos boarded the Turkish ferry Mavi Marmara before dawn on Monday.", "171", "ISRMIL>TUR", ""},
		{"a tanker by its name released", "2019-09-27", "Iran released the British tanker Stena Impero on Friday.", "0842", "IRN>GBR", ""},
		{"a trawler by its name detained", "2021-05-03", "The Indonesian navy detained the Vietnamese trawler Hai Long on Monday.", "171", "IDNMIL>VNM", ""},
		{"a person by name is no ship", "2019-07-20", "Iranian police seized the British journalist John Smith on Friday.", "171", "", ""},
	})
}
