package pipeline

import "testing"

// TestModalityLastingWar: a known war, insurgency or rebellion (sets.txt's
// &lasting) that is the subject of a present perfect ("Guatemala's civil
// war has dragged on for three decades", "Congo's war has drawn in the
// armies of six countries") is told whole, a history, not an act of the
// day. A war told with a day, a war waged in the perfect, and a coup
// (one act) stay.
func TestModalityLastingWar(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"dragged on for decades", "1994-03-01", "Sri Lanka's civil war has dragged on for more than two decades.", "19", "", "", ""},
		{"has lasted for more than a year", "2024-06-01", "Sudan's civil war has lasted for more than a year.", "19", "", "", ""},
		{"has drawn in armies", "1999-08-01", "Congo's war has drawn in the armies of at least six African countries.", "19", "", "", ""},
		{"has pushed millions to famine", "2018-11-01", "Yemen's civil war has pushed millions of people to the brink of famine.", "19", "", "", ""},
		{"has dragged on between army and guerrillas", "1994-01-01", "Guatemala's civil war between the army and leftist guerrillas has dragged on for more than three decades.", "19", "", "", ""},
		{"has devastated the economy", "2016-02-01", "Syria's war has devastated the country's economy and driven millions abroad.", "19", "", "", ""},
		{"has left the country divided", "2012-05-01", "Colombia's insurgency has left large parts of the countryside under rebel control.", "19", "", "", ""},
		{"guard: a war told with its day", "2024-02-24", "Ukraine's war with Russia entered its third year on Saturday.", "19", "UKR", "", ""},
		{"guard: war waged in the perfect", "2012-08-01", "The Syrian army has waged war on the rebels since Monday.", "19", "SYR", "", ""},
		{"guard: a coup is one act", "2021-03-01", "Myanmar's coup has plunged the country into chaos.", "17", "MMR", "", ""},
	})
}
