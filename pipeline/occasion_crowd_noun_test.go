package pipeline

import "testing"

// TestOccasionCrowdNoun: an act only a crowd makes (a protest, a
// demonstration), named with its target and no one's as the occasion of its
// clause ("resigned after 11 days of street protests against his rule",
// "amid protests against the government"), took place, made by those its
// noun implies (policy.tsv's mass=), as the same noun does as a clause's
// subject; one said not surely to have happened, or asked for, is not, nor is
// one during which its sentence's verb tells the crowd's own protest.
func TestOccasionCrowdNoun(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"resigned after days of protests against his rule", "2018-04-23", "Serzh Sargsyan resigned as Armenia's prime minister on Monday after 11 days of street protests against his rule.", "14", "ARMOPP>ARMGOV", ""},
		{"arrests amid protests against the government", "2009-06-20", "Hundreds were arrested in Tehran amid protests against the government.", "14", "IRNOPP>IRNGOV", ""},
		{"tear gas after protests against a law", "2023-07-07", "Police fired tear gas in Nairobi after protests against the new finance law.", "14", "KENOPP>KENGOV", ""},
		{"following demonstrations against the president", "1998-05-21", "Suharto stepped down following weeks of demonstrations against him in Jakarta.", "14", "IDNOPP>IDNGOV", ""},
		{"in the wake of protests against his government", "2011-01-15", "Tunisia's president fled the country in the wake of mass protests against his government.", "14", "TUNOPP>TUNGOV", ""},
		{"guard: the crowd's own protest, told by its verb", "2000-10-05", "Palestinian youths threw stones at Israeli soldiers in Hebron during demonstrations against the occupation.", "141", "", ""},
		{"guard: protesters blocking roads during protests", "2019-01-10", "Protesters blocked roads in Khartoum during demonstrations against the price of bread.", "141", "", ""},
		{"guard: possible protests", d, "Police were deployed in Minsk after calls for possible protests against the government.", "14", "", ""},
		{"guard: protests demanded", d, "The opposition in Caracas called for protests against the government.", "14", "", ""},
		{"guard: a protest against no one", d, "The minister resigned after a protest.", "14", "", ""},
	})
}
