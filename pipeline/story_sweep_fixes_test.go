package pipeline

import "testing"

// Families for the general causes behind the misses of the story sweep
// (story_sweep_asia_europe_americas_test.go); each sentence is written here.

// TestSweepAgentAsModifier: an unnamed agent that is only the first noun of
// a compound ("a general strike", "a police post") names no actor the
// phrase is: calling a general strike is no phone call to a general.
func TestSweepAgentAsModifier(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a general strike called by a party", "2023-10-29", "DHAKA, Bangladesh (AP) — The opposition party called a general strike for Monday.", "041", "", ""},
		{"an indefinite general strike called by a union", "2019-11-12", "LA PAZ, Bolivia (AP) — Bolivia's largest union called an indefinite general strike on Tuesday.", "041", "", ""},
		{"a general strike called by students, past perfect", "2022-07-10", "COLOMBO, Sri Lanka (AP) — Student unions had called a nationwide general strike to demand the president's resignation.", "041", "", ""},
		{"what a government called a militant camp", "2019-02-27", "NEW DELHI (AP) — Indian jets struck what New Delhi called a militant training camp on Tuesday.", "041", "", ""},
		{"what police called a rebel hideout", "2021-05-04", "BOGOTA, Colombia (AP) — Soldiers raided what the police called a rebel supply depot.", "041", "", ""},
		{"a terrorist training site, plural subject", "2020-01-01", "ISLAMABAD (AP) — Pakistani officials called the strike an attack on a terrorist training site.", "041", "", ""},
		{"the general strike is still a protest", "2023-10-29", "DHAKA, Bangladesh (AP) — The opposition party called a general strike for Monday.", "143", "BGDOPP>BGDGOV", ""},
		{"calling the army chief is a call", "2021-02-01", "LIMA, Peru (AP) — Peru's president called the army chief on Sunday.", "041", "PERGOV>PERMIL", ""},
		{"calling a named leader is a call", "2022-05-06", "PARIS (AP) — Macron called the Chinese president on Friday.", "041", "FRAGOV>CHNGOV", ""},
	})
}

// TestSweepForeignMinistryNames: a foreign ministry by its other names
// ("Department of Foreign Affairs", "Foreign Office", "foreign affairs
// ministry") is its country's government, as "foreign ministry" is.
func TestSweepForeignMinistryNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Britain's Foreign Office summons", "2022-03-01", "LONDON (AP) — Britain's Foreign Office on Monday summoned Russia's ambassador.", "114", "GBRGOV>RUSGOV", ""},
		{"a Philippine department summons an envoy", "2024-06-17", "The Philippine Department of Foreign Affairs has summoned China's envoy over the collision.", "114", "PHLGOV>CHNGOV", ""},
		{"a foreign affairs ministry accuses", "2020-04-03", "Vietnam's foreign affairs ministry accused China of sinking a fishing boat.", "112", "VNMGOV>CHN", ""},
		{"a department of foreign affairs protests, passive", "2016-07-12", "A protest was lodged with Beijing by the Philippine Department of Foreign Affairs.", "114", "PHLGOV>CHNGOV", ""},
	})
}
