package pipeline

import "testing"

// TestSentLeaderVisits: a party that sends a person of office by name to a
// country sends an envoy there (042), as "sent its foreign minister to
// Pyongyang" already was: "the Kremlin sent Foreign Minister Eduard
// Shevardnadze to Tbilisi". A court that sends someone to prison jails him.
func TestSentLeaderVisits(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sent a named minister", "1989-04-10", "The Kremlin sent Foreign Minister Eduard Shevardnadze to Tbilisi on Monday to calm the republic.", "042", "RUSGOV>GEOGOV", ""},
		{"sent a named secretary of state", "1991-03-10", "Washington sent Secretary of State James Baker to Damascus.", "042", "USAGOV>SYRGOV", ""},
		{"dispatched a named president", "2008-08-12", "France dispatched President Nicolas Sarkozy to Moscow to broker a truce.", "042", "FRA>RUSGOV", ""},
		{"sent a title noun", "2020-01-01", "China sent its foreign minister to Pyongyang for talks.", "042", "CHN>PRKGOV", ""},
		{"sent to prison is no visit", "2009-04-07", "A Peruvian court sent former president Alberto Fujimori to prison.", "042", "", ""},
	})
}
