package pipeline

import "testing"

// A weapon "that" a party fired or shot is the object of a relative
// clause, as one it "sent" or "launched" is: "intercepted the rockets that
// Hamas fired" is aimed at Hamas. The verbs of firing also act with no
// object ("police fired on the crowd"), which kept "that" from opening
// such a clause after them.
func TestFiredWeaponRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rockets that fired", "2014-07-10", "Israel's Iron Dome system shot down 90 rockets that Hamas fired at Tel Aviv on Tuesday.", "190", "ISR>PSEREB", ""},
		{"missiles that fired", "2019-09-10", "Saudi air defences shot down two missiles that the Houthi rebels fired at Riyadh on Sunday.", "190", "SAUMIL>YEMREB", ""},
		{"drone that fired", "2016-01-13", "South Korean jets shot down a drone that North Korean troops fired across the border on Wednesday.", "190", "KORMIL>PRKMIL", ""},
		// unchanged: "which" already read so, and a noun whose that-clause is what was said
		{"which already worked", "2019-09-10", "Saudi air defences shot down two missiles which the Houthi rebels fired at Riyadh on Sunday.", "190", "SAUMIL>YEMREB", ""},
		{"claim that fired", "2014-07-10", "Israel rejected the claim that its troops fired on the crowd.", "016", "ISR>", ""},
	})
}
