package pipeline

import "testing"

// TestThemStates pins "them" after two or more states named as such and
// joined by "and" after the sentence's first actor ("imposed sanctions on
// Iran and Syria and accused them of backing terrorism") as each of those
// states, one mention each: an object pronoun is never its own clause's
// subject, and the run may lie before another actor ("cut off aid to
// Guatemala, Honduras and El Salvador after Trump accused them"). Guards:
// a run that opens the sentence, its subject, keeps the earlier reading,
// and so do people named by two demonyms ("Kenyan and Ugandan activists").
func TestThemStates(t *testing.T) {
	testLexRows(t, []lexRow{
		{"accused them after sanctions", "2004-05-11", "Washington imposed sanctions on Iran and Syria and accused them of backing terrorism.", "112", "USAGOV>SYR", ""},
		{"accusing them after expulsions", "2021-03-01", "Britain expelled diplomats from Russia and Belarus, accusing them of spying.", "112", "GBR>BLR", ""},
		{"three states, then another actor", "2019-03-30", "The State Department said it would cut off aid to Guatemala, Honduras and El Salvador, a day after President Donald Trump accused them of doing nothing.", "112", "USAGOV>HND", ""},
		{"three states accused of aggression", "2022-03-02", "The EU imposed sanctions on Russia, Belarus and Iran and accused them of aggression.", "1123", "IGOEUR>IRN", ""},
		{"warned them after criticism", "2021-11-20", "Moscow criticised Poland and Lithuania and warned them against provocations.", "130", "RUSGOV>POL", ""},
		{"the run opens the sentence", "2004-05-11", "Iran and Syria said the United States had accused them of backing terrorism.", "112", "USA>IRN", ""},
		{"people of two demonyms stay people", "2020-01-01", "Police arrested Kenyan and Ugandan activists and charged them with incitement.", "173", "UGACOP>KENOPP", ""},
	})
}
