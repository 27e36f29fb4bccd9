package pipeline

import "testing"

// TestQuotedVerbGroup: wire copy often quotes the rest of a verb group
// after its auxiliary, 'said it was "deeply disappointed" by',
// 'has "firmly rejected"'. The quotation mark does not end the group: the
// participle after it is the group's verb, as it is without the marks.
func TestQuotedVerbGroup(t *testing.T) {
	testLexRows(t, []lexRow{
		{"was quoted disappointed by", "2021-05-04", `Australia said it was "deeply disappointed" by China's decision.`, "110", "AUS>CHN", ""},
		{"has quoted rejected", "2021-05-04", `Israel has "firmly rejected" the ceasefire proposal.`, "12", "ISR>", ""},
		{"had quoted condemned", "2021-05-04", `Seoul said it had "strongly condemned" Pyongyang's missile launch.`, "111", "KORGOV>PRKGOV", ""},
		{"is quoted opposed to", "2021-05-04", `Egypt is "firmly opposed" to Ethiopia's plan for the dam.`, "12", "EGY>", ""},
		{"has quoted rebuffed, quote after the adverb", "2021-05-04", `Tehran has flatly "rebuffed" the European offer.`, "12", "IRNGOV>IGOEUR", ""},
		{"would quoted never accept", "2021-05-04", `Tokyo would "never accept" Beijing's claims to the islands, the minister said.`, "12", "JPNGOV>CHNGOV", ""},
		// must not: the quoted words after "be" are no verb, or no party speaks
		{"a quoted noun after was", "2021-05-04", `Iran said the talks were "a waste of time".`, "12", "", ""},
		{"fans quoted disappointed", "2021-05-04", `Fans were "deeply disappointed" by the result.`, "11", "", ""},
		{"a coach quoted disappointed", "2021-05-04", `The coach said he was "deeply disappointed" by the referee's decision.`, "11", "", ""},
	})
}
