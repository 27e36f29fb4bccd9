package pipeline

import "testing"

// TestObjectPronounNotItsState: an object pronoun is not its verb's
// subject, nor one of the government of the state named as that subject:
// "said France would arm him" after "Macron met Zelenskyy" arms Zelenskyy,
// not Macron.
func TestObjectPronounNotItsState(t *testing.T) {
	testLexRows(t, []lexRow{
		{"France would arm him", d, "Macron met Zelenskyy on Friday and said France would arm him.", "0332", "FRA>UKRGOV", ""},
		{"Russia would protect him", d, "Putin called Lukashenko and said Russia would protect him.", "0334", "RUS>BLRGOV", ""},
		{"Washington supported him", "2023-07-27", "Blinken spoke with Bazoum by phone and said Washington strongly supported him.", "051", "USAGOV>NERGOV", ""},
		{"the United States would defend him", d, "Biden hosted Netanyahu and said the United States would defend him.", "0334", "USA>ISRGOV", ""},
	})
}
