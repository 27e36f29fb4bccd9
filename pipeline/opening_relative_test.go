package pipeline

import "testing"

// TestOpeningRelative pins an object relative clause inside a phrase that
// opens the sentence ("Under accords that Christopher signed, ..."): no
// verb stands before it to tell anything, so "that" opens a relative
// clause whose object is the noun, and the act it names is told as done.
// A that-clause after a verb's object stays what the verb tells.
func TestOpeningRelative(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"under accords signed", d, "Under accords that Christopher signed in Algiers on Monday, the United States transferred $8 billion of frozen Iranian assets to an escrow account.", "057", "USAGOV>", ""},
		{"under the deal signed with", d, "Under the deal that Iran signed with the six powers in 2015, Tehran cut its stock of enriched uranium.", "057", "IRN>", ""},
		{"in a ceasefire mediated", d, "In a ceasefire that Egypt mediated last week, Israel and Islamic Jihad halted their fire.", "045", "EGY>", ""},
		{"despite sanctions imposed", d, "Despite sanctions that the European Union imposed on Belarus in June, Minsk kept flights to Moscow.", "163", "IGOEUR>BLR", ""},
		{"under the agreement reached", d, "Under the agreement that Serbia and Kosovo reached in Brussels, Belgrade recognised Kosovo's licence plates.", "030", "SRB>XKX", ""},
		// a that-clause after a verb's object is what the verb tells
		{"real: told reporters that", d, "In Kyiv, officials told reporters that Russia attacked.", "190", "RUS>UKR", ""},
	})
}
