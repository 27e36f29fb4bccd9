package pipeline

import "testing"

// TestModelNumber pins a number inside a model's name ("Leopard 2 tanks",
// "Leopard 2 battle tanks"): one noun phrase, the object of the verb, so
// the "to" phrase after it names the recipient. Before, the name closed
// its own phrase at the number, the verb read it as a first object and
// the weapons as a second, and the recipient was lost. A named actor
// before a number still is a verb's first object ("gave Kenya 40 million
// euros").
func TestModelNumber(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tanks of a numbered model delivered to a state", "2023-02-27", "Spain delivered Leopard 2 tanks to Ukraine on Monday.", "072", "ESP>UKR", ""},
		{"tanks of another model sent", "2023-02-27", "Poland sent Leopard 1 tanks to Ukraine.", "072", "POL>UKR", ""},
		{"a numbered model with a noun before the head, promised", "2023-01-25", "Chancellor Olaf Scholz said on Wednesday that Germany would send Leopard 2 battle tanks to Ukraine.", "0332", "DEU>UKR", ""},
		{"an air-defence model supplied", "2022-11-10", "Norway will send NASAMS 2 air defence systems to Ukraine.", "0332", "NOR>UKR", ""},
		{"a missile system supplied", "2007-01-16", "Russia supplied Tor 2 missile systems to Iran.", "072", "RUS>IRN", ""},
		// guards: a named recipient before a count is the first object
		{"guard: a named recipient before an amount", "2011-07-25", "The European Union gave Kenya 40 million euros in drought aid on Monday.", "073", "IGOEUR>KEN", ""},
		{"guard: a named recipient before a count of weapons", "2022-05-02", "The Netherlands gave Ukraine 18 howitzers.", "072", "NLD>UKR", ""},
	})
}
