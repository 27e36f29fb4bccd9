package pipeline

import "testing"

// TestThreatHeldOut: a threat named by its noun that its maker holds out,
// raises or brandishes ("held out the prospect of sanctions against Belarus")
// is a threat of that act; a prospect of talks or membership, one raised by
// no actor, and a caution that names no one are none.
func TestThreatHeldOut(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"holding out the prospect of sanctions", "2020-08-20", "The European Union held out the prospect of sanctions against Belarus.", "1312", "IGOEUR>BLRGOV", ""},
		{"raising the spectre of sanctions", "2018-08-10", "Washington raised the spectre of sanctions against Turkey.", "1312", "USAGOV>TURGOV", ""},
		{"raising the possibility of strikes", "2013-08-30", "Barack Obama raised the possibility of military strikes against Syria.", "1384", "USAGOV>SYRGOV", ""},
		{"raising the prospect of military action, after said", "2022-08-04", "Officials said China had raised the prospect of military action against Taiwan.", "1384", "CHNGOV>TWNGOV", ""},
		{"brandishing the threat of a cutoff", "2006-01-01", "Moscow brandished the threat of a gas cutoff against Ukraine.", "13", "RUSGOV>UKRGOV", ""},
		{"cautioning an actor against action", "2019-06-21", "Iran cautioned the United States against any military action.", "13", "IRNGOV>USAGOV", ""},
		{"serving notice on an actor", "2006-07-13", "Israel served notice on Hezbollah that it would respond.", "13", "ISRGOV>LBNRAD", ""},
		{"guard: the prospect of talks", "2018-03-09", "Donald Trump raised the prospect of talks with Kim Jong Un.", "13", "", ""},
		{"guard: the prospect of membership", d, "The EU held out the prospect of membership to Ukraine.", "13", "", ""},
		{"guard: a spectre raised by no actor", d, "The crisis raised the spectre of war in Europe.", "13", "", ""},
		{"guard: a caution that names no one", d, "The Bank of England cautioned against complacency.", "13", "", ""},
		{"guard: a prospect not raised", d, "Germany did not raise the prospect of sanctions against Hungary.", "13", "", ""},
	})
}
