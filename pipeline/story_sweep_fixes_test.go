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
		{"the general strike is still a protest", "2023-10-29", "DHAKA, Bangladesh (AP) — The opposition party called a general strike for Monday.", "143", "BGDOPP>BGDGOV", ""},
		{"calling the army chief is a call", "2021-02-01", "LIMA, Peru (AP) — Peru's president called the army chief on Sunday.", "041", "PERGOV>PERMIL", ""},
		{"calling a named leader is a call", "2022-05-06", "PARIS (AP) — Macron called the Chinese president on Friday.", "041", "FRAGOV>CHNGOV", ""},
	})
}
