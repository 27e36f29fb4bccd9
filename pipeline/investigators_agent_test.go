package pipeline

import "testing"

// Investigators unnamed are the state's, or the body's they work for:
// "investigators opened a criminal case", "Kenyan investigators arrested",
// "police investigators" are the police's, "UN investigators" the UN's.
func TestInvestigatorsAreAnAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"bare, story country", "2019-08-05", "Russian police detained hundreds of marchers in Moscow on Saturday. Investigators opened a criminal case against the organisers of the march.", "11", "RUSGOV>RUSCVL", ""},
		{"a modifier before", "2020-02-03", "Kenya's anti-graft agency widened its inquiry. In January, anti-corruption investigators arrested a senior customs official in Nairobi.", "173", "KENGOV>KENGOV", ""},
		{"a nationality before", "2015-06-01", "Turkish investigators detained two journalists in Istanbul on Monday.", "173", "TURGOV>TURMED", ""},
		{"police investigators", "2015-06-01", "Police investigators questioned the mayor of Lyon for six hours on Tuesday.", "", "", ""},
		{"the body's", "2021-02-03", "U.N. investigators accused the Myanmar army of war crimes.", "1124", "IGOUNO>MMRMIL", ""},
		{"police investigators raid", "2015-06-01", "Police investigators raided the offices of the opposition newspaper in Lagos on Tuesday.", "17", "NGACOP>NGAMED", ""},
	})
}
