package pipeline

import "testing"

// TestCordonFoeTarget: a cordon or siege (191: "sealed off the compound",
// "surrounded the building", "besieged the town") laid at home by an arm
// of the state on a site that names no actor and no place the gazetteer
// knows falls on the armed or rising party the story told using force at
// home, as a site taken does (policy.tsv's taken): "Rebel soldiers seized
// the radio station. Loyal troops sealed off the building" is aimed at the
// rebels. A cordon with a counterpart abroad, or with no one told, is
// left as it was.
func TestCordonFoeTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sealed off the building the rebels seized", d, "Rebel soldiers seized the state radio station in Bamako on Monday. Malian troops sealed off the building on Tuesday.", "191", "MLIMIL>MLIREB", ""},
		{"cordoned off the square protesters occupied", d, "Georgian protesters occupied the parliament building in Tbilisi on Friday. Riot police cordoned off the square.", "191", "GEOCOP>GEOOPP", ""},
		{"besieged the town militants attacked", d, "Islamist militants attacked a police station in northern Nigeria on Sunday. Nigerian troops besieged the town on Monday.", "191", "NGAMIL>RAD", ""},
		{"surrounded the compound rebels held", d, "Philippine rebels seized the town hall in Marawi on Saturday. Government troops surrounded the compound.", "191", "PHLMIL>PHLREB", ""},
		{"a border closed on the counterpart abroad", d, "Colombia expelled three Venezuelan diplomats on Sunday. Venezuela closed the border on Monday.", "191", "VEN>COL", ""},
		{"borders closed with no one told stay", d, "The Gabonese authorities closed the borders on Monday.", "191", "GABGOV>", ""},
	})
}
