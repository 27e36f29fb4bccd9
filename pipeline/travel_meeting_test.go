package pipeline

import "testing"

// TestTravelForMeeting pins travel to a place for a summit that names no
// one to meet ("arrived in Beijing for the first Sino-Soviet summit",
// "travelled to Tokyo for a summit") as a visit (042) to the host, the
// country of the place, as travel for a visit already was; with whom it is
// named, it stays a meeting with them (040); travel for talks with no one
// named stays a meeting with no target (TestWireTravelForTalksWith), and
// travel home is no visit.
func TestTravelForMeeting(t *testing.T) {
	testLexRows(t, []lexRow{
		{"arrived for a summit", "1989-05-15", "Soviet President Mikhail Gorbachev arrived in Beijing on Monday for the first Sino-Soviet summit in 30 years.", "042", "RUSGOV>CHNGOV", ""},
		{"arrived in a capital for a summit", "2024-04-16", "The Iranian president arrived in Moscow for a summit on Tuesday.", "042", "IRNGOV>RUSGOV", ""},
		{"travelled for a summit", "2019-10-04", "Indian Prime Minister Narendra Modi travelled to Tokyo for a summit on Friday.", "042", "INDGOV>JPNGOV", ""},
		{"went for a summit", "2018-10-25", "Japanese Prime Minister Shinzo Abe went to Beijing for a summit.", "042", "JPNGOV>CHNGOV", ""},
		{"flew for a summit", "2015-03-02", "The Greek prime minister flew to Berlin for a summit on Monday.", "042", "GRCGOV>DEUGOV", ""},
		{"a summit with someone", "2019-02-26", "Kim Jong Un arrived in Hanoi for his second summit with Donald Trump.", "040", "PRKGOV>USAGOV", ""},
		{"travel home is no visit", "2022-05-02", "French President Emmanuel Macron flew to Paris for a summit.", "042", "", ""},
	})
}
