package pipeline

import "testing"

// TestLastingMeasure: a measure that stays in force (a ban, a bar, an
// embargo, a blockade: policy.tsv's lasting) told in the present perfect
// since a year or a decade is how things have stood for years, not news
// (unless counted: "has shut down 800 groups since 2021");
// one told by its day, or since a day of the story, is done.
func TestLastingMeasure(t *testing.T) {
	testLexRows(t, []lexRow{
		{"barred from emigrating since a decade", d, "Cuba has barred most of its citizens from emigrating freely since the early 1960s.", "17", "", ""},
		{"barred women since a year", d, "Iran has barred women from attending football matches since 1981.", "17", "", ""},
		{"barred journalists since the 1990s", d, "China has barred foreign journalists from Tibet since the 1990s.", "17", "", ""},
		{"blockaded since a year", d, "Israel has blockaded the Gaza Strip since 2007.", "19", "", ""},
		{"an embargo imposed since a year", d, "The United States has imposed an embargo on Cuba since 1962.", "16", "", ""},
		{"a bar told by its day stays", d, "The Cuban government barred its citizens from emigrating on Monday.", "1722", "CUBGOV>CUBCVL", ""},
		{"a ban since a day of the story stays", d, "The Turkish government has barred opposition lawmakers from the chamber since Monday.", "17", "TURGOV>TURLEG", ""},
		{"a since phrase after a comma is another clause's", d, "The Cuban government has barred its citizens from emigrating, the ministry said on Monday after protests since 1990.", "1722", "CUBGOV>CUBCVL", ""},
		{"closures counted since a year stay done", d, "The Belarusian government has shut down more than 800 civic groups since 2021.", "17", "BLRGOV>BLR", ""},
		{"arrests since a year stay done", d, "Police have arrested 40 people since 2019.", "173", "COP>CVL", ""},
	})
}
