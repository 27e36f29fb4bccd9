package pipeline

import "testing"

// TestPartiesAsSides: "the parties", after a sentence that joined two actors
// by "and", are those two, as "the sides" are: the parties to a talk, a war
// or a deal. A party with a kind of its own ("opposition parties") keeps it,
// and "the parties" with no pair before names no one.
func TestPartiesAsSides(t *testing.T) {
	testLexRows(t, []lexRow{
		{"states then the parties", "1991-11-02", "Ethiopia and Eritrea ended a week of talks in Geneva. The parties signed a ceasefire accord on Friday.", "05", "ETH>ERI", ""},
		{"the two parties accuse", "2003-05-14", "India and Pakistan resumed talks in Islamabad. The two parties accused each other of stalling.", "11", "IND>PAK", ""},
		{"army and rebels then parties", "2016-06-23", "The Colombian government and the FARC rebels met in Havana. The parties agreed to a permanent ceasefire.", "03", "COLGOV>COLREB", ""},
		{"urged the parties", "1994-02-10", "Russia and Ukraine clashed over the Black Sea fleet. Clinton urged the parties to settle the dispute.", "02", "USAGOV>RUS", ""},
		{"opposition parties keep their kind", "2005-03-01", "Opposition parties boycotted the vote in Lebanon.", "14", "LBNOPP>LBNGOV", ""},
		{"no pair before", "2005-03-01", "The parties rejected the electoral law, the commission said.", "12", "", ""},
	})
}
