package pipeline

import "testing"

// TestPupilsAreCivilians pins pupils as civilians of where they are, as
// students and schoolchildren are: an abduction or attack on them falls
// on the country's people.
func TestPupilsAreCivilians(t *testing.T) {
	testLexRows(t, []lexRow{
		{"abducted pupils in Nigeria", "2024-03-08", "Gunmen abducted more than 280 pupils from a school in Kuriga, in Nigeria's Kaduna state.", "18", "UAF>NGACVL", ""},
		{"pupils killed in Uganda", "2023-06-17", "Rebels killed 41 pupils in an attack on a school in western Uganda.", "18", "UGAREB>UGACVL", ""},
		{"a pupil shot by police", "2020-10-20", "Police shot dead a pupil during protests in Lagos, Nigeria.", "18", "NGACOP>NGACVL", ""},
		{"pupils freed", "2021-03-02", "Kidnappers freed 279 pupils in Zamfara state, Nigeria.", "08", "NGACRM>NGACVL", ""},
		{"pupils protest", "2019-05-01", "Hundreds of pupils marched through Santiago, Chile, to demand free education.", "14", "CHLCVL>CHLGOV", ""},
	})
}
