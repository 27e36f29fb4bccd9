package pipeline

import "testing"

// TestCalledPlural: after a verb of naming, a bare plural straight after
// the object is what the object is called, a phrase of its own ("called
// Trump criminals", "called the opposition leaders traitors"), so the name
// of wrongdoing or disapproval is heard (111/112) and the call is no phone
// call (041).
func TestCalledPlural(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a leader called a president criminals", d, "Khamenei called Trump criminals.", "111", "IRNGOV>USAGOV", ""},
		{"no phone call to the president called criminals", d, "Khamenei called Trump criminals.", "041", "", ""},
		{"a president called opposition leaders traitors", d, "Maduro called the opposition leaders traitors on Tuesday.", "111", "VENGOV>VENOPP", ""},
		{"a prime minister called foreign troops invaders", d, "Cambodia's prime minister called the Thai troops invaders.", "111", "KHMGOV>THAMIL", ""},
		{"a ministry branded foreign commanders war criminals", d, "The Serbian foreign ministry branded the Kosovo commanders murderers.", "111", "SRBGOV>XKXMIL", ""},
		{"a state agency called rival generals thugs", d, "Sudan's army council called the paramilitary commanders thugs.", "111", "SDNMIL>", ""},
		{"called soldiers heroes: no disapproval", d, "Zelensky called the Ukrainian soldiers heroes.", "111", "", ""},
	})
}
