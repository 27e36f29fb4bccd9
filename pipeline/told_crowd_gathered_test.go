package pipeline

import "testing"

// TestToldCrowdGathered: the addressee of a verb of telling may be a
// quantity or a group of people ("told thousands of supporters", "told a
// crowd of protesters"); a past form straight after it is a participle on
// them ("gathered outside"), not the verb of what was told, so the
// that-clause after it is what was told, and the gathering is no protest.
func TestToldCrowdGathered(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an ultimatum told to thousands of supporters", d, "Bukele told thousands of supporters gathered outside that he was giving the deputies one week to pass the loan.", "139", "SLVGOV>SLVLEG", ""},
		{"the supporters gathered outside: no protest", d, "Bukele told thousands of supporters gathered outside that he was giving the deputies one week to pass the loan.", "141", "", ""},
		{"a crowd of supporters gathered in a city: no protest", d, "Erdogan told a crowd of supporters gathered in Istanbul that he would not bow to pressure.", "141", "", ""},
		{"a blame told to hundreds of soldiers", d, "The Venezuelan president told hundreds of soldiers assembled at the barracks that Colombia was behind the attack on the border post.", "112", "VENGOV>COL", ""},
		{"an attack told to thousands of workers", d, "Sharif told thousands of workers assembled in Lahore that India had attacked Pakistani posts in Kashmir.", "190", "IND>PAK", ""},
		{"a withdrawal told to dozens of reporters", d, "Museveni told dozens of reporters gathered at State House that Uganda would withdraw its troops from Somalia.", "0356", "UGA>SOM", ""},
		{"police who fired on hundreds of protesters gathered: the shooting stays", d, "Police in Dhaka fired tear gas at hundreds of protesters gathered outside the parliament.", "175", "BGDCOP>BGDOPP", ""},
	})
}
