package pipeline

import "testing"

// TestPlaceOfAnotherMainClause: an unnamed agent takes the country of its
// sentence's places only when a place lies in the main clause its own
// clause hangs from; a place of another main clause joined by "and" tells
// where that clause's act happened ("condemned the actions of the
// military, and the bloc summoned the leaders to talks in Pretoria": the
// military is the story's, not South Africa's). Guards: a place in the
// agent's own clause, or in a clause under it, still gives its country,
// and so does one of a clause that shares the agent's clause's subject
// ("crossed into Kenya and killed 12 people": TestSameAttackersVictims).
func TestPlaceOfAnotherMainClause(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"condemned, talks elsewhere", "2014-08-31", "Coup fears in Lesotho\n\nMASERU, Lesotho —\n\nSoldiers surrounded the prime minister's residence in Maseru on Saturday.\n\nThe prime minister fled to Johannesburg.\n\nHe said he would return when it was safe.\n\nSouth Africa's foreign ministry condemned the actions of the military, and the regional bloc summoned Lesotho's leaders to talks in Pretoria.", "111", "ZAFGOV>LSOMIL", ""},
		{"condemned, saying, talks elsewhere", "2014-08-31", "Coup fears in Lesotho\n\nMASERU, Lesotho —\n\nSoldiers surrounded the prime minister's residence in Maseru on Saturday.\n\nThe prime minister fled to Johannesburg.\n\nHe said he would return when it was safe.\n\nKenya's foreign ministry condemned the actions of the military, saying they bore the hallmarks of a coup, and the African Union summoned Lesotho's feuding leaders to talks in Nairobi.", "111", "KENGOV>LSOMIL", ""},
		{"protest, a vote elsewhere", d, "Strike in Bolivia\n\nLA PAZ, Bolivia —\n\nMiners marched through La Paz on Monday.\n\nThe United States criticised the police, and the Organization of American States met in Washington.", "11", "USAGOV>BOLCOP", ""},
		{"guard: the place in the agent's clause", d, "Clashes in Kenya\n\nNAIROBI, Kenya —\n\nProtesters marched in Nairobi on Monday.\n\nPolice in Kampala arrested opposition supporters, and the government praised them.", "173", "UGACOP>UGAOPP", ""},
		{"guard: a place under the agent's clause", d, "Clashes in Kenya\n\nNAIROBI, Kenya —\n\nProtesters marched in Nairobi on Monday.\n\nThe police said they had arrested 40 people in Kampala.", "173", "UGACOP>UGACVL", ""},
	})
}
