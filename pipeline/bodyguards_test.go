package pipeline

import "testing"

// TestBodyguards: bodyguards are security men (COP) of their charge's
// country, whoever they guard; a bodyguard of a name the knowledge lacks
// ("Ranatunga's bodyguard") is still an actor, of the sentence's country.
func TestBodyguards(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a minister's bodyguard opened fire", d, "The minister's bodyguard opened fire on protesters in Colombo on Sunday.", "175", "LKACOP>LKAOPP", ""},
		{"an unknown man's bodyguard opened fire", d, "Ranatunga's bodyguard opened fire on protesters in Colombo on Sunday.", "175", "LKACOP>LKAOPP", ""},
		{"bodyguards of a governor shot protesters", d, "Bodyguards of the Nigerian governor shot dead two protesters in Lagos.", "180", "NGACOP>NGAOPP", ""},
		{"a president's bodyguards beat journalists", d, "The president's bodyguards beat journalists outside the palace in Kinshasa.", "182", "CODCOP>CODMED", ""},
		{"bodyguards of a mayor attacked reporters", d, "Bolivian bodyguards of the mayor attacked reporters in La Paz.", "180", "BOLCOP>BOLMED", ""},
		{"an opposition leader's bodyguards arrested: still his side", d, "Police in Kampala arrested the bodyguards of an opposition leader.", "173", "UGACOP>UGAOPP", ""},
	})
}
