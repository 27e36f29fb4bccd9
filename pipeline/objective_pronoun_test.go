package pipeline

import "testing"

// TestObjectivePronoun: a pronoun in the objective case ("them", "him")
// is never a subject, so a relative clause that ends at one ("a diplomat
// who tried to stop them was pushed") leaves its noun the main verb's
// subject, and a passive's target, as a relative clause ending at a noun
// does ("the soldier who shot the boy was arrested").
func TestObjectivePronoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tried to stop them", d, "A Mexican diplomat who tried to stop them was beaten by Ecuadorean police.", "17", "ECUCOP>MEXGOV", ""},
		{"criticised him", d, "An Iraqi journalist who criticised him was arrested by police.", "173", "IRQCOP>IRQMED", ""},
		{"helped them", d, "A French aid worker who helped them was kidnapped by gunmen.", "181", "UAF>FRACVL", ""},
		{"shot him", d, "The Israeli soldier who shot him was arrested by Israeli police.", "173", "ISRCOP>ISRMIL", ""},
		{"a noun object, as before", d, "A Turkish journalist who criticised the president was detained by police.", "173", "TURCOP>TURMED", ""},
		{"a subject pronoun", d, "They were arrested by Russian police in Moscow.", "173", "RUSCOP>RUS", ""},
	})
}
