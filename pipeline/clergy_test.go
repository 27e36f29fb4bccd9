package pipeline

import "testing"

// TestChurchOffices: the heads of a church or of a faith's law by office
// (agents.txt clerics: primate, patriarch, mufti) are religious, of the
// country the story gives them, as a bishop or an imam is, in apposition
// to a name the knowledge lacks or alone.
func TestChurchOffices(t *testing.T) {
	testLexRows(t, []lexRow{
		{"primate apposed", d, "Polish police killed a priest in Warsaw. Jan Nowak, the Roman Catholic primate, condemned the police for the killing.", "111", "POLREL>POLCOP", ""},
		{"patriarch apposed", d, "Petros Vasilis, the Orthodox patriarch in Istanbul, accused Turkey of seizing church land.", "112", "TURREL>TUR", ""},
		{"grand mufti of", d, "Ahmed Karim, the grand mufti of Egypt, condemned Israel for the raid on the mosque.", "111", "EGYREL>ISR", ""},
		{"the patriarch alone", d, "Russian police raided a monastery near Moscow. The patriarch accused the police of desecrating it.", "112", "RUSREL>RUSCOP", ""},
		{"muftis plural", d, "Jordanian muftis condemned Israel for the raid on the mosque.", "111", "JORREL>ISR", ""},
		// must not: "cardinal" stays no office ("the cardinal rule")
		{"cardinal rule", d, "Kenya broke the cardinal rule of diplomacy when it expelled the envoy.", "128", "KEN>", ""},
	})
}
