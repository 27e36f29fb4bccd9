package pipeline

import "testing"

// TestBodyNamedByItsState: a civil body the knowledge lacks whose name
// opens with its state's name is that state's ("the Ghana Bar Association"
// GHA NGO), as one named with the state's adjective is, wherever the story
// is filed and whoever else the sentence names; an armed body keeps the land
// it fights for, whose name may hold a state's ("the Niger Delta Liberation
// Army" is not Niger's).
func TestBodyNamedByItsState(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a bar association abroad", d, "LONDON -- The Ghana Bar Association condemned the British government.", "111", "NGOGHA>GBRGOV", ""},
		{"a medical association", d, "The Uganda Medical Association criticised the government on Monday.", "111", "NGOUGA>GOV", ""},
		{"a farmers' union", d, "The Zimbabwe Farmers Union accused the police of beating farmers.", "112", "ZWEPTY>ZWECOP", ""},
		{"a doctors' association accuses another state", d, "The Sudan Doctors Association accused Egypt of deporting refugees.", "112", "NGOSDN>EGY", ""},
		{"a party named by its state, filed abroad", d, "JOHANNESBURG -- The Swaziland Democratic Party condemned the South African government.", "111", "SWZPTY>ZAFGOV", ""},
		{"a journalists' union", d, "NAIROBI -- The Uganda Union of Journalists condemned the Kenyan police.", "111", "UGAPTY>KENCOP", ""},
		{"an armed body keeps its land's story", d, "LAGOS, Nigeria -- The Niger Delta Liberation Army attacked the barracks.", "19", "NGAREB>", ""},
	})
}
