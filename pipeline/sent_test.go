package pipeline

import "testing"

// TestDeploymentGoesWhereTheStoryIs: forces sent by another country with
// no place and no one named as target go to the country the story is
// about and filed from, as aid does (policy.tsv's sent flag), as its
// government (aim=GOV); a place
// named wins, and a story's own forces sent name no one.
func TestDeploymentGoesWhereTheStoryIs(t *testing.T) {
	const honiara = "HONIARA, Solomon Islands —\n\nRioters burned shops in Honiara on Tuesday. "
	const bamako = "BAMAKO, Mali —\n\nThousands of protesters marched in Bamako on Sunday. "
	testLexRows(t, []lexRow{
		{"an announced deployment", d, honiara + "Australia said it would send 100 soldiers and police.", "154", "AUS>SLBGOV", ""},
		{"with also, after a pronoun", d, honiara + "New Zealand said it would also send troops.", "154", "NZL>SLBGOV", ""},
		{"two senders", d, bamako + "France and Chad said they would send more troops.", "154", "TCD>MLIGOV", ""},
		{"sent, in the past", d, bamako + "Senegal sent 300 soldiers on Monday.", "154", "SEN>MLIGOV", ""},
		{"a place named wins", d, honiara + "Fiji sent troops to Vanuatu.", "154", "FJI>VUT", ""},
		{"the story's own forces name no one", d, honiara + "The government sent police to the market.", "15", "SLBGOV>", ""},
	})
}
