package actor

import "testing"

// TestCountedStatesOfAFormerUnion pins a counted description of states by
// what they were once part of ("the two former Soviet republics", "the
// three former Yugoslav republics") as the states the story names most,
// as "the two neighbours" is, and never the union's successor (Russia,
// Serbia). Without "former" a demonym says whose they are.
func TestCountedStatesOfAFormerUnion(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"two former Soviet republics", "2022-09-14", []string{
			"Armenia accused Azerbaijan of shelling villages along the border.",
			"The two former Soviet republics fought a war in 2020."},
			"two former Soviet republics=ARM/Armenia; two former Soviet republics=AZE/Azerbaijan", "coref:members"},
		{"two former Yugoslav republics", "2023-01-20", []string{
			"Serbia and Kosovo traded accusations over the border closures.",
			"The European Union urged the two former Yugoslav republics to return to talks."},
			"European Union=IGOEUR/European Union; two former Yugoslav republics=SRB/Serbia; two former Yugoslav republics=XKX/Kosovo", "coref:members"},
		{"two former Soviet neighbours, their leaders", "2021-05-03", []string{
			"Kyrgyz and Tajik border guards clashed over a water station, and Kyrgyzstan closed the border.",
			"Leaders of the two former Soviet neighbours agreed to a ceasefire."},
			"Leaders of the two former Soviet neighbours=KGZGOV/Kyrgyzstan; Leaders of the two former Soviet neighbours=TJKGOV/Tajikistan", "coref:members"},
		{"two republics with no demonym", "1992-06-01", []string{
			"Czech and Slovak leaders met in Brno, and Slovakia asked for more powers.",
			"The two republics agreed to split."},
			"two republics=CZE/Czechia; two republics=SVK/Slovakia", "coref:members"},
	})
}
