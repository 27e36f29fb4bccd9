package pipeline

import "testing"

// TestDemandedPronoun: "he" or "she" as the subject of what a verb of
// demand asks ("demanded that he resign") is someone other than the one
// who demands: the person named before outside the demand's subject.
func TestDemandedPronoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"met X and demanded that he step down", "2008-01-10", "Opposition leader Raila Odinga met President Mwai Kibaki on Monday and demanded that he step down.", "10", "KENOPP>KENGOV", ""},
		{"criticised X and demanded that he apologise", "2012-06-01", "Senator John McCain criticised President Barack Obama and demanded that he apologise.", "10", "USALEG>USAGOV", ""},
		{"refused to talk to X and demanded that he resign", "1990-05-28", "Charles Taylor's rebels said they would not negotiate with President Samuel Doe and demanded that he resign.", "10", "LBRREB>LBRGOV", ""},
		{"urged that she step aside", "2019-03-01", "Conservative lawmaker Jacob Rees-Mogg wrote to Prime Minister Theresa May and urged that she step aside.", "02", "GBRLEG>GBRGOV", ""},
		{"a claim is not a demand: insisted that he had won", "2018-03-20", "Russian President Vladimir Putin met Chinese President Xi Jinping and insisted that he had won the election fairly.", "04", "RUSGOV>CHNGOV", ""},
	})
}
