package pipeline

import "testing"

// Fire returned, an assault withstood, a position held against a foe is
// fighting (190), the foe the target: "returned fire at the gunmen",
// "withstood the Russian assault", "held out against the rebels". Not a
// thing returned, a defence in words or a promise to defend (074).
func TestReturnedFireIsFought(t *testing.T) {
	testLexRows(t, []lexRow{
		{"returned fire", "2012-06-05", "Egyptian soldiers returned fire at the gunmen near Rafah.", "190", "EGYMIL>UAF", ""},
		{"returned the fire", "2006-07-12", "The Lebanese army returned the fire on Wednesday.", "190", "LBNMIL>", ""},
		{"withstood an assault", "2022-12-01", "Ukrainian forces withstood the Russian assault on Bakhmut.", "190", "UKRMIL>RUS", ""},
		{"held out against rebels", "2013-04-02", "Syrian troops held out against the rebels at the air base.", "190", "SYRMIL>SYRREB", ""},
		{"not an extinguisher returned", "2021-05-04", "The Kenyan company returned the fire extinguishers.", "19", "", ""},
		{"not a pledge to defend", "2021-05-04", "The United States vowed to defend Taiwan against any attack.", "19", "", ""},
		{"not a defence in words", "2021-05-04", "Beijing defended Moscow against criticism from the West.", "19", "", ""},
	})
}
