package pipeline

import "testing"

// TestSidesOpeningClause: "the sides", "the parties", "the rivals" that
// open a clause of their own after a sentence's first clause, whose
// subject was two actors joined by "and", are those two ("Israel and Syria
// traded accusations, but the parties agreed"). Named as an object, after
// no clause's opener, they are others ("Britain and France urged the two
// sides").
func TestSidesOpeningClause(t *testing.T) {
	testLexRows(t, []lexRow{
		{"but the parties agreed", "1991-11-01", "Israel and Syria traded bitter accusations on Friday, but the parties agreed that talks would begin on Sunday.", "03", "ISR>SYR", ""},
		{"before the two sides signed", "2000-12-12", "Ethiopia and Eritrea fought for two years before the two sides signed a peace accord in Algiers.", "05", "ETH>ERI", ""},
		{"and the sides exchanged prisoners", "1995-03-02", "Armenia and Azerbaijan held talks in Moscow, and the two sides exchanged prisoners on Thursday.", "04", "ARM>AZE", ""},
		{"while the rivals met", "2004-05-20", "India and Pakistan tested missiles this week while the two rivals met in New Delhi for talks on Kashmir.", "04", "IND>PAK", ""},
		{"urged the sides: others", "1995-03-02", "Britain and France urged the two sides to resume talks.", "02", "GBR>", ""},
	})
}
