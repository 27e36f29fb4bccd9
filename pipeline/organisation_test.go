package pipeline

import "testing"

// TestOrganisationRefersBack: "the organisation", in British spelling, is
// the body named last that "the organization" stands for (their kind:
// lines give both spellings), as the body named last it is.
func TestOrganisationRefersBack(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the PLO, then the organisation", "1982-06-06", "Israel blamed the PLO for the shooting. The organisation accused Israel of seeking a pretext for war.", "11", "PSEGOV>ISR", ""},
		{"Amnesty, then the organisation", d, "Amnesty International released a report on Myanmar on Tuesday. The organisation accused Myanmar's army of burning villages.", "11", "NGO>MMRMIL", ""},
		{"the OSCE, then the organisation", d, "The OSCE sent monitors to eastern Ukraine. The organisation accused Russia of blocking them.", "11", "IGOOSC>RUS", ""},
		{"the OAS, then the organisation", d, "The Organization of American States met in Washington on Monday. The organisation urged Venezuela to free political prisoners.", "02", "IGOOAS>VEN", ""},
		{"Human Rights Watch, then the organisation", d, "Human Rights Watch published a report on Egypt. The organisation accused Egypt's police of torturing detainees.", "11", "NGO>EGYCOP", ""},
		{"the ICRC, then the organisation", d, "The International Committee of the Red Cross visited prisons in Yemen. The organisation criticised the Houthis for denying it access.", "11", "NGO>YEMREB", ""},
		{"guard: American spelling as before", "1982-06-06", "Israel blamed the PLO for the shooting. The organization accused Israel of seeking a pretext for war.", "11", "PSEGOV>ISR", ""},
		{"guard: no organisation named", d, "Police raided an office in Nairobi, Kenya, on Monday. The organisation accused the police of harassment.", "11", "", ""},
	})
}
