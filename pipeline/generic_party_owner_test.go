package pipeline

import "testing"

// TestGenericPartyOwner: a party name that parties of many countries bear,
// as the owner of a body of its own ("the Communist Party's Central
// Committee", "the Labour Party's board"), is the story's party, as the
// name alone is; in its record's own country it stays that country's.
func TestGenericPartyOwner(t *testing.T) {
	testLexRows(t, []lexRow{
		{"communist central committee in Warsaw", d, "WARSAW, Poland (AP) - The Communist Party's Central Committee endorsed the agreement on Saturday.", "051", "POLPTY>", ""},
		{"communist presidium in Prague", d, "PRAGUE (AP) - The Communist Party's Presidium condemned the dissidents on Friday.", "111", "CZEPTY>CZEOPP", ""},
		{"communist politburo in Kathmandu", d, "KATHMANDU, Nepal (AP) - The Communist Party's politburo rejected the proposal on Monday.", "12", "NPLPTY>", ""},
		{"labour board in Oslo", d, "OSLO, Norway (AP) - The Labour Party's national board endorsed the deal on Sunday.", "051", "NORPTY>", ""},
		{"socialist leadership in Sofia", d, "SOFIA, Bulgaria (AP) - The Socialist Party's leadership rejected the budget on Tuesday.", "12", "BGRPTY>", ""},
		{"communist central committee in Beijing", d, "BEIJING (AP) - The Communist Party's Central Committee endorsed the plan on Saturday.", "051", "CHNPTY>", ""},
		{"labour executive in London", d, "LONDON (AP) - The Labour Party's executive condemned the strike.", "111", "GBRPTY>", ""},
	})
}
