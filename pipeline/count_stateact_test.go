package pipeline

import "testing"

// TestTheCountIsTheStates pins "the count" of an election, judged with no
// target of its own, as the state's act, as "the results" and "the vote"
// are: "called the count a fraud" is aimed at the government that ran it.
func TestTheCountIsTheStates(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"called the count a fraud", "2023-08-28", "HARARE, Zimbabwe (AP) \u2014 Opposition leader Nelson Chamisa called the count a gigantic fraud.", "11", "ZWEOPP>ZWEGOV", ""},
		{"denounced the count", "2018-12-31", "KINSHASA, Congo (AP) \u2014 The opposition denounced the count as a sham on Monday.", "11", "CODOPP>CODGOV", ""},
		{"criticised the count", "2021-06-10", "LIMA, Peru (AP) \u2014 Keiko Fujimori criticised the count in a televised speech.", "11", "PEROPP>PERGOV", ""},
		{"the count of protesters is no state act", "2021-06-10", "LIMA, Peru (AP) \u2014 Police rejected the count of protesters given by the organisers.", "12", "PERCOP>PEROPP", ""},
	})
}
