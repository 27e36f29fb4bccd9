package pipeline

import "testing"

// TestInToInfinitive: the adverb "in" and an infinitive after a verb ("the plane came in to land at
// Entebbe", "moved in to search the camp") is no "to" phrase of the verb: the preposition is written
// "into", and a word that can be a verb after "in to" is one. An aircraft's approach visits no one
// (042); "came to Ankara" and "came in to Kampala" still do.
func TestInToInfinitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"jet came in to land", d, "The Kenyan president's jet came in to land at Entebbe on Monday.", "042", "", ""},
		{"plane came in to land", d, "The Nigerian president's plane came in to land at Accra airport on Friday.", "042", "", ""},
		{"transport came in to land", d, "A Ugandan military transport came in to land at Nairobi on Tuesday.", "042", "", ""},
		{"helicopter came in to land", d, "A Sudanese army helicopter came in to land at Juba when it was hit.", "042", "", ""},
		{"came to", d, "Putin came to Ankara on Monday.", "042", "RUSGOV>TURGOV", ""},
		{"came in to a place", d, "The Sudanese president came in to Kampala on a state visit.", "042", "SDNGOV>UGAGOV", ""},
	})
}
