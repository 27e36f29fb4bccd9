package pipeline

import "testing"

// TestAppealToBothSides pins a third party's call for a ceasefire,
// restraint or an end to the fighting that names no one (policy.tsv's
// sides flag on 087 and 0871): it is asked of each side of the last act
// told between two others, as a go-between's act is. A call that names
// its addressee keeps it.
func TestAppealToBothSides(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ceasefire call after border fighting", "2020-09-28", "Heavy fighting broke out on Sunday between Armenian and Azerbaijani forces. Russia called for an immediate ceasefire.", "0256", "RUS>AZEMIL", ""},
		{"the other side too", "2020-09-28", "Heavy fighting broke out on Sunday between Armenian and Azerbaijani forces. Russia called for an immediate ceasefire.", "0256", "RUS>ARMMIL", ""},
		{"a bloc's call after a war starts", "2008-08-09", "Georgian and Russian forces fought for control of Tskhinvali on Friday. The European Union called for a ceasefire.", "0256", "IGOEUR>GEOMIL", ""},
		{"an end to the violence", "2014-07-10", "Israeli aircraft struck targets in Gaza as Hamas fired rockets at Israeli cities. UN Secretary-General Ban Ki-moon called for an end to the violence.", "0256", "IGOUNO>ISR", ""},
		{"a union's call in a civil war", "2023-04-16", "Sudan's army and the paramilitary Rapid Support Forces battled for control of Khartoum. The African Union called for an immediate ceasefire.", "0256", "IGOAFR>SDNMIL", ""},
		{"a demand for a truce", "1999-06-01", "Ethiopian and Eritrean troops clashed along the border on Monday. The Security Council demanded an immediate ceasefire.", "1056", "IGOUNO>ERIGOV", ""},
		{"an addressee named keeps it", "2019-02-27", "Pakistan shot down two Indian jets over Kashmir. China called on India to exercise restraint.", "0256", "CHN>IND", ""},
	})
}
