package pipeline

import "testing"

// TestFormerSeatActs: a former seat of government stands for the state's
// government where it acts, as the seat of today does: "Bonn" for West
// Germany's, "Saigon" for South Vietnam's, "Dar es Salaam" for Tanzania's
// (its government sat there long after Dodoma became the capital). After a
// locative it stays a place.
func TestFormerSeatActs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Bonn promises aid", "1977-10-20", "Bonn promised Ghana economic aid, officials said.", "03", "DEUGOV>GHA", ""},
		{"Bonn protests", "1983-05-02", "Bonn lodged a strong protest with Moscow over the expulsion of two diplomats.", "11", "DEUGOV>RUSGOV", ""},
		{"East Berlin rejects", "1985-04-11", "East Berlin rejected the West German proposal on Thursday.", "12", "DEUGOV>DEU", ""},
		{"Saigon accuses", "1972-06-01", "Saigon accused Cambodia of sheltering guerrillas near the border.", "11", "VNMGOV>KHM", ""},
		{"Dar es Salaam accuses", "1978-11-02", "Dar es Salaam accused Kampala of invading its territory.", "11", "TZAGOV>UGAGOV", ""},
		{"in Bonn stays a place", "1980-03-05", "Egyptian officials met in Bonn with Israeli diplomats.", "04", "EGYGOV>ISRGOV", ""},
	})
}
