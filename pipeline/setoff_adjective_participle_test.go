package pipeline

import "testing"

// TestSetOffAdjectiveAndParticiple holds a phrase set off by commas between
// a subject and its verb when it is an adjective joined by "and" to a
// participle ("The gunman, drunk and armed with a pistol, shot"), or a
// participle whose closing comma comes before a past form read first as a
// noun ("The rebels, armed with rifles, shot the mayor"): the noun before
// the commas is the subject of the verb after them. An object with a phrase
// set off after it stays the object.
func TestSetOffAdjectiveAndParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"participle then shot", "2020-03-02", "The rebels, armed with rifles, shot the mayor of Kandahar.", "19", "AFGREB>AFGGOV", ""},
		{"adjective and participle then shot dead", "2020-03-02", "The gunman, drunk and armed with a pistol, shot dead a Nigerian senator in Abuja.", "18", "UAF>NGALEG", ""},
		{"adjective and participle then attacked", "2020-03-02", "The soldiers, angry and armed with batons, attacked Kenyan students in Nairobi.", "17", "KENMIL>KENCVL", ""},
		{"adjective and participle then stormed", "2020-03-02", "Protesters, furious and armed with sticks, stormed the Ugandan parliament in Kampala.", "14", "UGAOPP>UGALEG", ""},
		{"participle then shot at", "2020-03-02", "Two Malian soldiers, armed with grenades, shot a French soldier in Gao.", "19", "MLIMIL>FRAMIL", ""},
		{"object set off stays the object", "2020-03-02", "Kenyan police arrested the gunman, drunk and armed with a pistol, in Nairobi.", "17", "KENCOP>UAF", ""},
	})
}
