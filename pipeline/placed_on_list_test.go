package pipeline

import "testing"

// TestPlacedOnList pins "placed X on its list" as putting X on it: a
// sanction (163) aimed at X, as "put" and "add" already were.
func TestPlacedOnList(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a state on a terror list", "2021-01-11", "The United States placed Cuba on its list of state sponsors of terrorism.", "163", "USA>CUB", ""},
		{"guards on a terror list", "2024-06-10", "The European Union placed Iran's Revolutionary Guards on its terror list.", "163", "IGOEUR>IRNMIL", ""},
		{"firms on an entity list", "2020-10-26", "Beijing placed two American defence firms on its unreliable entity list.", "163", "CHNGOV>USABUS", ""},
		{"a group on a sanctions list", "2023-06-10", "Britain placed the Wagner group on its sanctions list.", "163", "GBR>RUSMIL", ""},
		{"a party on a blacklist", "2019-06-10", "Bahrain placed the opposition Wefaq party on a blacklist.", "163", "BHR>BHRPTY", ""},
	})
}
