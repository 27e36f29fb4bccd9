package pipeline

import "testing"

// TestCriticismMet: a party that faces, receives, attracts or earns
// another's criticism, or meets with it, is criticised by that other, as
// one who draws it is: "Israel faced sharp criticism from Washington".
func TestCriticismMet(t *testing.T) {
	testLexRows(t, []lexRow{
		{"faced criticism from", "2021-05-04", "Israel faced sharp criticism from Washington over the settlement plan.", "111", "USAGOV>ISR", ""},
		{"received criticism from", "2021-05-04", "Egypt received criticism from the United States over the arrests.", "111", "USA>EGY", ""},
		{"a law attracted criticism", "2021-05-04", "The Polish law attracted criticism from the European Union.", "111", "IGOEUR>POL", ""},
		{"a decision met with criticism", "2021-05-04", "Japan's decision met with strong criticism from China.", "111", "CHN>JPN", ""},
		{"a move prompted condemnation", "2021-05-04", "Ukraine's move prompted condemnation from Moscow.", "111", "RUSGOV>UKR", ""},
		{"came in for criticism", "2021-05-04", "Israel has come in for criticism from the United Nations.", "111", "IGOUNO>ISR", ""},
		{"sparked a backlash", "2021-05-04", "The Hungarian decision sparked a backlash from Romania.", "111", "ROU>HUN", ""},
		{"earned a rebuke", "2021-05-04", "Serbia earned a rebuke from the European Commission over the arrests.", "111", "IGOEUR>SRB", ""},
		// must not: no party criticises, or what is faced is no criticism
		{"fans' criticism", "2021-05-04", "The Lakers faced criticism from their fans after the loss.", "11", "", ""},
		{"reviewers' criticism", "2021-05-04", "The film received criticism from reviewers.", "11", "", ""},
		{"prices faced pressure", "2021-05-04", "Oil prices faced pressure from rising supplies.", "11", "", ""},
		{"protests faced", "2021-05-04", "The prime minister faced protests from farmers.", "11", "", ""},
	})
}
