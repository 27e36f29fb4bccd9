package pipeline

import "testing"

// TestWarningParticiple: ", warning that ..." after a clause is the
// participle of a warning, not the noun ("a warning that"), and holds out
// what it says will follow a deed supposed, whose doer may be named after
// a phrase of place ("any advance on Sirte by Turkish troops").
func TestWarningParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"told, warning that any advance on by", "2020-06-20", "Sisi told troops on Saturday to be ready for missions abroad, warning that any advance on Sirte by Turkish troops would prompt direct intervention.", "13", "EGYGOV>TURMIL", ""},
		{"rejected, warning that any attack", "2015-12-20", "Burundi rejected the plan on Sunday, warning that any attack on its soil by Rwandan forces would be a grave mistake.", "13", "BDI>RWAMIL", ""},
		{"by after a place, warned", "2020-06-20", "Egypt warned that any advance on Sirte by Turkish troops would cross a red line.", "13", "EGY>TURMIL", ""},
		{"closed, warning that if", "2019-06-20", "Iran closed the strait on Friday, warning that its navy would sink ships if Washington sent warships.", "13", "IRNMIL>USAGOV", ""},
		{"a forecast by a participle", "2019-06-20", "Iran raised fuel prices on Friday, warning that prices would rise again.", "13", "", ""},
	})
}
