package syntax

import "testing"

// TestDescribedTwice holds a name set off by two descriptions joined by
// "and" ("Ali Khan, a lawyer and activist,"): both describe the one
// person, so both are its appositions and the name is the subject of the
// verb after them; a list of people after the name stays a list.
func TestDescribedTwice(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a campaigner and lawmaker", text: "Ali Khan, a rights campaigner and lawmaker, accused the army of lying.",
			named: []string{"Ali Khan", "campaigner", "lawmaker", "army"}, names: []string{"Ali Khan"},
			rels:   []string{"subj(accused, Ali Khan)", "appos(Ali Khan, a rights campaigner)", "appos(Ali Khan, lawmaker)"},
			absent: []string{"conj(a rights campaigner, lawmaker)", "subj(accused, a rights campaigner)"}},
		{name: "two indefinite descriptions", text: "Maria Lopez, a lawyer and a former minister, condemned the decree.",
			named: []string{"Maria Lopez", "lawyer", "minister"}, names: []string{"Maria Lopez"},
			rels: []string{"subj(condemned, Maria Lopez)", "appos(Maria Lopez, a former minister)"}},
		{name: "then a relative clause", text: "Sergei Petrov, a veteran campaigner and deputy who helped arrange the talks, accused the security services of lying.",
			named: []string{"Sergei Petrov", "campaigner", "deputy", "security services"}, names: []string{"Sergei Petrov"},
			rels: []string{"subj(accused, Sergei Petrov)", "appos(Sergei Petrov, deputy)"}},
		{name: "an object described twice", text: "Police arrested Ahmed Saleh, a journalist and blogger, on Monday.",
			named: []string{"Police", "Ahmed Saleh", "journalist", "blogger"}, names: []string{"Ahmed Saleh"}, times: []string{"Monday"},
			rels: []string{"obj(arrested, Ahmed Saleh)", "appos(Ahmed Saleh, blogger)"}},
		{name: "not: a number opens a second member", text: "Police arrested Ali Khan, a student and two teachers, on Monday.",
			named: []string{"Police", "Ali Khan", "student", "teachers"}, names: []string{"Ali Khan"}, times: []string{"Monday"},
			rels: []string{"conj(Ali Khan, two teachers)"}, absent: []string{"appos(Ali Khan, two teachers)"}},
		{name: "not: a possessive opens a second member", text: "Soldiers detained Omar Said, a teacher and his brother, at dawn.",
			named: []string{"Soldiers", "Omar Said", "teacher", "brother"}, names: []string{"Omar Said"},
			absent: []string{"appos(Omar Said, his brother)"}},
		{name: "not: a list of countries", text: "Iran, Iraq and Syria condemned the strike.",
			named: []string{"Iran", "Iraq", "Syria"}, names: []string{"Iran", "Iraq", "Syria"},
			rels: []string{"conj(Iran, Syria)"}},
	})
}

// TestIndefinitePluralModifier holds "a" before a plural noun and a noun:
// no phrase ends on a plural after "a", so the plural modifies the noun
// ("a rights campaigner", "an arms dealer"); a plural that opens no
// such phrase still ends before a name ("within hours Eritrean jets").
func TestIndefinitePluralModifier(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a rights campaigner", text: "Police arrested a rights campaigner.", named: []string{"Police", "campaigner"},
			rels: []string{"obj(arrested, a rights campaigner)"}},
		{name: "a veteran rights activist", text: "Troops detained a veteran rights activist and two students.", named: []string{"Troops", "activist", "students"},
			rels: []string{"obj(detained, a veteran rights activist)"}},
		{name: "an arms smuggler", text: "The navy seized an arms smuggler off the coast.", named: []string{"navy", "smuggler"},
			rels: []string{"obj(seized, an arms smuggler)"}},
		{name: "not: hours, then a name", text: "Within hours Eritrean jets attacked the town.", named: []string{"Eritrean jets"},
			rels: []string{"subj(attacked, Eritrean jets)"}},
	})
}
