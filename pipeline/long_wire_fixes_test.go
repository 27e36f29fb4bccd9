package pipeline

import "testing"

// TestStruckBy holds strikes told by what struck: joined adjectives that
// share the noun a lexicon line asks of the subject ("American and
// British warplanes struck") and missiles, rockets and shells as the
// subject of "struck" or "hit", also in a clause that says when others
// were killed; a deal struck and a storm that hit a coast are no attack.
func TestStruckBy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"joined adjectives share warplanes", sweepDate, "American and British warplanes struck radar sites in Yemen on Friday.", "195", "USAMIL>YEM", ""},
		{"joined adjectives, the second", sweepDate, "American and British warplanes struck radar sites in Yemen on Friday.", "195", "GBRMIL>YEM", ""},
		{"missiles struck a city", sweepDate, "Russian missiles struck the centre of Kharkiv on Monday, killing four people.", "194", "RUS>UKR", ""},
		{"rockets hit a town", sweepDate, "Rockets fired by Hezbollah hit a town in northern Israel on Sunday.", "194", "LBNRAD>ISR", ""},
		{"shells hit, in a when-clause", sweepDate, "Two children were killed on Tuesday when Israeli shells hit a school in Gaza.", "194", "ISR>PSE", ""},
		{"not: a deal struck", sweepDate, "Iran and Iraq struck a deal on gas exports on Monday.", "19", "", ""},
		{"not: a storm hit", sweepDate, "A tropical storm hit the coast of Bangladesh on Monday.", "19", "", ""},
	})
}
