package pipeline

import "testing"

// TestRiotersAreCivilians: rioters, like the mobs, crowds and looters of a
// riot, are civilians (CVL) of where they riot, as doers and as targets,
// against their own state or anyone else's; the story and sentence golds
// code them so, where protesters and demonstrators may be the opposition.
func TestRiotersAreCivilians(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rioters torched a police station", d, "Rioters set fire to a police station in Karachi on Monday.", "145", "PAKCVL>PAKCOP", ""},
		{"rioters looted shops", "2010-06-02", "Hundreds of rioters looted shops in Kingston last week.", "145", "JAMCVL>JAMBUS", ""},
		{"rioters stormed their parliament", "2006-04-19", "Rioters stormed the parliament building in Honiara.", "145", "SLBCVL>SLBLEG", ""},
		{"police arrested rioters", d, "Indonesian police arrested 40 rioters in Medan.", "173", "IDNCOP>IDNCVL", ""},
		{"tear gas fired at rioters", "2011-08-09", "British police fired tear gas at rioters in Birmingham.", "175", "GBRCOP>GBRCVL", ""},
		{"a rioter shot by soldiers", "1985-09-10", "South African soldiers shot dead a rioter in Soweto on Tuesday.", "175", "ZAFMIL>ZAFCVL", ""},
		{"rioters attacked a governor's office", "2010-06-11", "Kyrgyz rioters attacked the regional governor's office in Osh.", "190", "KGZCVL>KGZGOV", ""},
		{"protesters against their own state stay the opposition", d, "Kenyan protesters marched on the presidential palace in Nairobi.", "141", "KENOPP>KENGOV", ""},
	})
}
