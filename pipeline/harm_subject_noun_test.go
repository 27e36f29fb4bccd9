package pipeline

import "testing"

// TestHarmSubjectNoun: an act of force named by a noun with its own doer and
// target, the subject of the harm it did ("the shelling of Armenian villages
// by Azerbaijani troops killed two civilians"), took place on its target as
// the harm did on its victims: both are coded, as the active "Azerbaijani
// troops shelled Armenian villages, killing two civilians" codes both. A noun
// of force with no doer of its own is still only the harm's means.
func TestHarmSubjectNoun(t *testing.T) {
	const d = "2024-06-03"
	testLexRows(t, []lexRow{
		{"shelling of villages by troops", d, "The shelling of Armenian villages by Azerbaijani troops killed two civilians.", "194", "AZEMIL>ARMCVL", ""},
		{"a country's air strike on a place", d, "Israel's air strike on Gaza killed ten people.", "195", "ISR>PSE", ""},
		{"bombardment of towns, doer before it", d, "The Russian bombardment of Ukrainian towns killed five civilians.", "194", "RUS>UKR", ""},
		{"once: target and victims of one country", d, "Turkey's drone strike on Kurdish militants in Syria killed three fighters.", "195", "TUR>SYRUAF", ""},
		{"attack on positions by forces", d, "The attack on Ukrainian positions by Russian forces killed four soldiers.", "190", "RUSMIL>UKR", ""},
		{"not: no doer of its own, the harm only", d, "An air strike on the village killed ten people.", "195", "UAF>CVL", ""},
	})
}
