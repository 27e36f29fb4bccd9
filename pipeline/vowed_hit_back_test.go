package pipeline

import "testing"

// TestVowedToHitBack: hitting back vowed, promised or pledged is
// retaliation held out, a threat (13) against whom it is aimed at, not a
// promise (03) of a retort; told as done it stays the retort it is.
func TestVowedToHitBack(t *testing.T) {
	testLexRows(t, []lexRow{
		{"promised to hit back at", d, "Spain promised on Tuesday to hit back at Argentina.", "13", "ESP>ARG", ""},
		{"vowed to hit back at, with a cause", d, "Hamas vowed to hit back at Israel for the killing of its commander.", "13", "PSEREB>ISR", ""},
		{"pledged to hit back, present perfect", d, "Iran has pledged to hit back at the United States.", "13", "IRN>USA", ""},
		{"will hit back, it promised", d, "The Houthi rebels promised to hit back at Saudi Arabia.", "13", "YEMREB>SAU", ""},
		{"vowed to hit back against tariffs", d, "China vowed to hit back against any new American tariffs.", "13", "CHN>", ""},
		{"no promise of a retort", d, "Spain promised on Tuesday to hit back at Argentina.", "03", "", ""},
	})
}
