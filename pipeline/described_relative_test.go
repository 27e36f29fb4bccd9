package pipeline

import "testing"

// TestDescribedBeforeRelative: a new name described after a comma ("X, a
// former rebel commander") is that person even when a relative clause with
// "whom" or "whose" follows the description, as it already was with "who":
// the surname alone later in the story is the same person.
func TestDescribedBeforeRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a former rebel commander whom", "2019-09-07", "Russia received Volodymyr Tsemakh, a former rebel commander whom Dutch investigators want to question. A Kyiv appeals court had freed Tsemakh from custody on Thursday.", "0841", "UKRJUD>UKRREB", ""},
		{"a rights lawyer whom", d, "Police in Harare arrested Amina Yusuf, a rights lawyer whom the government accuses of treason. A court freed Yusuf on bail on Friday.", "0841", "JUD>ZWECVL", ""},
		{"a militia leader whose", d, "Troops in Bunia detained Jean Bosco Kabeya, a militia leader whose fighters attacked the town. The army later released Kabeya.", "0841", "MIL>CODUAF", ""},
		{"an opposition activist whom", d, "Police in Cairo arrested Ahmed Salim Farouk, an opposition activist whom the government had jailed before. Prosecutors charged Farouk with spreading false news.", "1121", "JUD>EGYOPP", ""},
		{"a journalist whose", d, "Lebanese authorities questioned Sami Haddad, a journalist whose reports angered the army. Soldiers later detained Haddad at a checkpoint near Sidon.", "173", "LBNMIL>LBNMED", ""},
	})
}
