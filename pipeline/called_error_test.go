package pipeline

import "testing"

// TestCalledAnError: calling an act an error, a misstep or a miscalculation
// criticises whoever did it, as calling it a mistake or a blunder does
// ("called the Bolivian move a grave error"); an error owned up to, or an
// error the sentence only tells of, criticises no one.
func TestCalledAnError(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"a grave error", d, "State Department spokesman Sean McCormack called the Bolivian move a grave error.", "111", "USAGOV>BOL", ""},
		{"a serious error, a minister", d, "Japan's foreign minister called South Korea's decision a serious error.", "111", "JPNGOV>KOR", ""},
		{"an act with an infinitive", d, "Japan's foreign minister called South Korea's decision to scrap the pact a serious error.", "111", "JPNGOV>KOR", "the second object attaches to the infinitive's verb, not to called"},
		{"termed an error", d, "The Kremlin termed Finland's application a historic error.", "111", "RUSGOV>FIN", ""},
		{"a strategic misstep", d, "Indian officials called Pakistan's closure of its airspace a strategic misstep.", "111", "INDGOV>PAK", ""},
		{"a dangerous miscalculation", d, "Chinese President Xi Jinping called the American tariffs a dangerous miscalculation.", "111", "CHNGOV>USA", ""},
		{"guard: an error admitted", d, "Nigeria's electoral commission admitted an error in the vote count in Kano.", "11", "", ""},
		{"guard: an error told of", d, "A clerical error delayed the release of Kenyan election results.", "11", "", ""},
		{"guard: called a minister", d, "Brazil's president called the Argentine foreign minister on Monday to discuss trade.", "11", "", ""},
	})
}
