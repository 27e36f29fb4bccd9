package pipeline

import "testing"

// TestAppealForChangeOfState: an appeal by a country's people for a change
// of leader, policy or institutions (024) that names no one is made of
// their own government, as a demand is: "the opposition called for early
// elections" asks the state for them. An appeal for calm still asks no one,
// and a place named keeps its reading.
func TestAppealForChangeOfState(t *testing.T) {
	testLexRows(t, []lexRow{
		{"opposition calls for early elections", "2008-12-08", "The Kenyan opposition called for early elections.", "0244", "KENOPP>KENGOV", ""},
		{"opposition leader calls for a new vote", "2019-06-01", "Zimbabwean opposition leader Nelson Chamisa called for a fresh election.", "0244", "ZWEOPP>ZWEGOV", ""},
		{"activists call for reform, dateline", "2011-02-01", "KAMPALA, Uganda (AP) — Opposition activists called for political reform.", "024", "UGAOPP>UGAGOV", ""},
		{"protesters call for the president to resign", "2019-04-01", "Algerian protesters called for the resignation of the ruling elite.", "0241", "DZAOPP>DZAGOV", ""},
		{"reform in a named country", "2011-02-01", "Activists called for political reform in Jordan.", "024", "JOROPP>JOR", ""},
		{"an appeal for calm asks no one", "2008-12-08", "The Kenyan opposition called for calm.", "0252", "KENOPP>", ""},
	})
}
