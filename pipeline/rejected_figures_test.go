package pipeline

import "testing"

// TestRejectedFigures: an election's figures or tally rejected
// with no author named are the state's, as its results are: the rejection
// is aimed at the government of the story's country.
func TestRejectedFigures(t *testing.T) {
	const d = "2016-09-01"
	testLexRows(t, []lexRow{
		{"rejected the figures", d, "Vote\n\nLIBREVILLE, Gabon —\n\nGabon's electoral commission declared President Ali Bongo the winner on Tuesday. Opposition leader Jean Ping rejected the figures on Wednesday.", "120", "GABOPP>GABGOV", ""},
		{"rejected the figures, from Kabul", "2014-07-08", "Vote\n\nKABUL, Afghanistan —\n\nAfghanistan's election commission said Ashraf Ghani had won. Abdullah Abdullah rejected the figures the same day.", "120", "AFGOPP>AFGGOV", ""},
		{"rejected the tally", d, "Vote\n\nHARARE, Zimbabwe —\n\nZimbabwe's opposition rejected the official tally on Friday.", "120", "ZWEOPP>ZWEGOV", ""},
		{"results, as before", d, "Vote\n\nLIBREVILLE, Gabon —\n\nGabon's opposition rejected the results on Wednesday.", "120", "GABOPP>GABGOV", ""},
	})
}
