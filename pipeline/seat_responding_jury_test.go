package pipeline

import "testing"

// TestSeatAfterActNounFrom pins a seat of government after "from" and a
// noun of an act ("drew condemnation from Caracas", "a rebuke from
// Beijing") as the government that did the act, as the seat is when it is
// the subject ("Caracas condemned"); a seat one travels from stays a place.
func TestSeatAfterActNounFrom(t *testing.T) {
	testLexRows(t, []lexRow{
		{"condemnation from the capital", "2019-03-04", "The raid on the embassy drew condemnation from Caracas on Monday.", "111", "VENGOV>GOV", ""},
		{"sharp criticism", "2019-03-04", "The arrest of the journalists drew sharp criticism from Moscow on Tuesday.", "111", "RUSGOV>", ""},
		{"a rebuke", "2019-03-04", "The vote in Taipei drew an angry rebuke from Beijing within hours.", "111", "CHNGOV>", ""},
		{"support won", "2019-03-04", "The peace plan won strong support from Paris on Monday.", "051", "FRAGOV>", ""},
		{"a protest drawn", "2019-03-04", "The decision drew a formal protest from Tokyo on Friday.", "111", "JPNGOV>", ""},
		{"flew in from the capital", "2019-03-04", "The minister flew in from Caracas and met the protesters on Monday.", "04", "VENGOV>VENOPP", ""},
		{"refugees from the capital", "2019-03-04", "Refugees from Kabul condemned the attack on Monday.", "111", "REF>", ""},
	})
}

// TestJuryAsCourt pins a jury, a grand jury, as a court of the country of
// the place it sits in ("a federal grand jury in Miami indicted"), as "a
// court in Cairo" is.
func TestJuryAsCourt(t *testing.T) {
	testLexRows(t, []lexRow{
		{"grand jury in a city", "2019-03-04", "A federal grand jury in Miami indicted the former general on drug charges.", "1121", "USAJUD>USAMIL", ""},
		{"grand jury indicts a minister", "2019-03-04", "A grand jury in New York indicted the former Honduran minister on Tuesday.", "1121", "USAJUD>HNDGOV", ""},
		{"jury convicts", "2019-03-04", "A jury in Paris convicted the former rebel commander of war crimes.", "116", "FRAJUD>FRAREB", ""},
		{"court in a city, unchanged", "2019-03-04", "A court in Cairo sentenced the activist to five years in prison.", "116", "EGYJUD>EGYOPP", ""},
	})
}
