package pipeline

import "testing"

// A noun that names its patient in its "of" phrase ("the arrest of") names
// it as well by its possessor, a name or a pronoun, when a light verb's
// subject does the act: "a court ordered his arrest" is the court's act on
// him. A possessor who is the doer ("made their arrests") is no target.
func TestLightVerbPossessorIsPatient(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a pronoun's antecedent", "2014-02-19", "Opposition leader Leopoldo Lopez returned to Caracas on Tuesday. A court ordered his arrest on Wednesday.", "173", "VENJUD>VENOPP", ""},
		{"a name's possessive", "2021-01-18", "Russian police ordered Navalny's arrest on Monday.", "173", "RUSCOP>RUSOPP", ""},
		{"a title's possessive", "2006-09-20", "Thai police ordered the prime minister's arrest.", "17", "THACOP>THAGOV", ""},
		{"a detention", "2021-02-01", "Myanmar's military ordered Aung San Suu Kyi's detention on Monday.", "17", "MMRMIL>MMRGOV", ""},
		{"the doer's own arrests", "2020-01-01", "Kenyan police made their arrests on Monday.", "173", "KENCOP>", ""},
	})
}
