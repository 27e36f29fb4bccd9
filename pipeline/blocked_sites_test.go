package pipeline

import "testing"

// TestBlockedSites pins sites that crowds, strikers or gangs block beside
// roads and ports (14-protest.txt's block line): fuel terminals, airports,
// refineries, oil fields and runways; a blockade of them obstructs (144).
func TestBlockedSites(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gangs block a fuel terminal", "2022-09-20", "Haitian gangs blocked the main fuel terminal in Port-au-Prince.", "144", "HTICRM>HTIGOV", ""},
		{"protesters block an airport", "2008-11-26", "Protesters blocked the airport in Bangkok for a week.", "144", "THAOPP>THAGOV", ""},
		{"strikers block a refinery", "2012-01-10", "Striking workers blocked the oil refinery in Nigeria's Port Harcourt.", "144", "NGACVL>NGAGOV", ""},
		{"demonstrators block an oil field", "2021-06-10", "Demonstrators in Libya blocked the Sharara oil field.", "144", "LBYOPP>LBYGOV", ""},
		{"farmers block a depot", "2019-06-10", "French farmers blocked a fuel depot near Lyon.", "144", "FRACVL>FRAGOV", ""},
	})
}
