package pipeline

import "testing"

// TestAddressedSeat: a seat of government after "called on", "called upon"
// or "appealed to" is the government spoken to, not a place, so the
// appeal is aimed at it whatever the act asked for ("called on Pretoria
// to lift the emergency" is not aimed at the people the emergency held).
func TestAddressedSeat(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called on a capital to lift an emergency", d, "The United States called on Pretoria to lift the state of emergency.", "0251", "USA>ZAFGOV", ""},
		{"called on a capital to end a curfew", d, "Britain called on Nairobi to end the curfew in the north.", "02", "GBR>KENGOV", ""},
		{"appealed to a capital", d, "Britain appealed to Moscow to release the sailors.", "0253", "GBR>RUSGOV", ""},
		{"called upon a capital", d, "Washington called upon Beijing to free the activists.", "0253", "USAGOV>CHNGOV", ""},
		{"guard: a street of the city is a place", d, "The minister called on Pretoria Street residents to stay home.", "02", "ZAFGOV>ZAFCVL", ""},
	})
}
