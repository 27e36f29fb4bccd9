package pipeline

import "testing"

// A verb of naming (words.txt's naming: call, brand, label, declare, deem)
// with its object and then an "-ed" word that may be an adjective says what
// the object is called or declared: "called the resolution biased",
// "declared the vote rigged" judge it, as "called the resolution unfair"
// does. The "-ed" word is no second verb of its own. A participle that goes
// on with an object or an agent ("called the troops deployed there heroes")
// is not what the object is called.
func TestNamingParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called biased", d, "Israel called the resolution biased.", "11", "ISR>", ""},
		{"branded rigged", d, "The opposition branded the election rigged.", "11", "OPP>", ""},
		{"declared flawed", d, "Washington declared the vote flawed on Tuesday.", "11", "USAGOV>", ""},
		{"labelled politically motivated", d, "Moscow labelled the charges politically motivated.", "11", "RUSGOV>", ""},
		{"deemed unwarranted and biased", d, "Beijing deemed the report unwarranted and biased.", "11", "CHNGOV>", ""},
		{"called the arrests unjustified, said", d, "Amnesty International called the arrests unjustified, a spokesman said.", "11", "NGO>", ""},
		// unchanged: what the object is called as a noun; a curfew declared
		{"called a traitor", d, "Kenya called the minister a traitor.", "11", "KEN>GOV", ""},
		{"declared a curfew", d, "The army declared a curfew in the capital on Monday.", "11", "", ""},
	})
}
