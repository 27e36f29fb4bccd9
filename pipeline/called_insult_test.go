package pipeline

import "testing"

// TestCalledInsult pins "called" with a person and an insult (issue 11,
// wrong roots: the second object decides the sense of "called"): a
// judgement of the one called (111), not a telephone call (041) nor no
// event. A call with no second object stays a call, one with a kind word
// no judgement, and an insult told as not said none.
func TestCalledInsult(t *testing.T) {
	d := "2020-01-06"
	testRowsWith(t, newCoder(t), []lexRow{
		{"lunatic", d, "Sadat called Qaddafi a dangerous lunatic.", "111", "EGYGOV>LBYGOV", ""},
		{"lunatic, appositive", d, "In a speech on Sunday night, Sadat called Libya's leader, Col. Muammar Qaddafi, a dangerous lunatic.", "111", "EGYGOV>LBYGOV", ""},
		{"madman, perfect", d, "Museveni has called Kony a madman.", "111", "UGAGOV>UGAREB", ""},
		{"fanatics, plural", d, "Erdogan called the coup plotters fanatics.", "111", "TURGOV>TURMIL", ""},
		{"maniac", d, "The Iraqi foreign minister called the Iranian president a maniac on Monday.", "111", "IRQGOV>IRNGOV", ""},
		{"psychopath", d, "Ukraine's president called Putin a psychopath.", "111", "UKRGOV>RUSGOV", ""},
		{"past apposition, then a verb", d, "In a speech on Sunday night, Sadat called Libya's leader, Col. Muammar Qaddafi, a dangerous lunatic and said Egypt had no designs on Libyan territory.", "111", "EGYGOV>LBYGOV", ""},
		{"past apposition, maniac, then a verb", d, "Chavez called the U.S. president, George W. Bush, a maniac and vowed to resist.", "111", "VENGOV>USAGOV", ""},
		{"guard call past apposition", d, "Macron called his counterpart, Joe Biden, on Tuesday and discussed the crisis.", "041", "FRAGOV>USAGOV", ""},
		{"guard phone call", d, "Obama called Merkel on Tuesday.", "041", "USAGOV>DEUGOV", ""},
		{"guard phone call no insult", d, "Obama called Merkel on Tuesday.", "111", "", ""},
		{"guard kind word", d, "The Kenyan president called the Ugandan leader a friend.", "111", "", ""},
		{"guard negated", d, "Museveni did not call Kony a madman.", "111", "", ""},
	}, true)
}
