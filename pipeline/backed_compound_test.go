package pipeline

import "testing"

// TestForeignBackedIsHome pins a compound of "Western" or "foreign" and a
// participle ("the Western-backed government", "foreign-funded groups")
// as the backing, not the owner: the agent is still of where it is, while
// "Western governments" and "foreign troops" stay of no one country.
func TestForeignBackedIsHome(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a vow to topple the Western-backed government", "2023-09-16", "MOGADISHU, Somalia (AP) \u2014 Al-Shabab has vowed to topple the Western-backed government.", "13", "SOMRAD>SOMGOV", ""},
		{"fighting the Western-backed government", "2010-05-01", "KABUL, Afghanistan (AP) \u2014 Taliban fighters attacked the Western-backed government's forces in Helmand.", "19", "AFGREB>AFGMIL", ""},
		{"a foreign-backed militia shelled", "2019-04-10", "TRIPOLI, Libya (AP) \u2014 A foreign-backed militia shelled the port on Tuesday.", "19", "LBYUAF>", ""},
		{"Western-backed rebels", "2013-06-01", "DAMASCUS, Syria (AP) \u2014 Western-backed rebels seized an army base near Aleppo.", "19", "SYRREB>SYRMIL", ""},
		{"Western governments are of no one country", "2023-09-16", "MOGADISHU, Somalia (AP) \u2014 Western governments condemned the attack.", "11", "GOV>", ""},
	})
}
