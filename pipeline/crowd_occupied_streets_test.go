package pipeline

import "testing"

// TestCrowdOccupiedStreets: a crowd of any people but armed ones that
// occupies streets, roads or highways blocks them in protest (144), as
// protesters who occupy a square do (the rows of residents, farmers and
// crowds, words the protester set already knew, passed before); armed
// forces that occupy the streets hold them by force (192).
func TestCrowdOccupiedStreets(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tens of thousands of people, perfect", d, "By Monday tens of thousands of people had occupied streets in Hong Kong.", "144", "HKGCVL>HKGGOV", ""},
		{"residents on a main road", d, "Thousands of residents occupied the main road into Lagos on Friday.", "144", "NGACVL>NGAGOV", ""},
		{"farmers on highways", d, "Hundreds of French farmers occupied highways around Paris.", "144", "FRACVL>FRAGOV", ""},
		{"crowds since Saturday (a crowd word)", d, "Crowds have occupied the streets of Khartoum since Saturday.", "144", "SDNCVL>SDNGOV", ""},
		{"taxi drivers on a highway", d, "Hundreds of taxi drivers occupied the main highway into Dakar.", "144", "SENCVL>SENGOV", ""},
		{"a people on an avenue", d, "Thousands of Armenians occupied the main avenue in Yerevan on Monday.", "144", "ARMCVL>ARMGOV", ""},
		{"a people on roads", d, "Hundreds of Kenyans occupied roads in central Nairobi.", "144", "KENCVL>KENGOV", ""},
		{"an intersection", d, "Thousands of Serbians occupied a busy intersection in Belgrade on Sunday.", "144", "SRBCVL>SRBGOV", ""},
		{"soldiers hold streets by force", d, "Soldiers occupied the streets of Bamako on Tuesday.", "144", "", ""},
	})
}
