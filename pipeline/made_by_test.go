package pipeline

import "testing"

// TestMadeBy pins the target of a response to a thing someone made, named
// by a participle's agent or by a relative clause's subject on the object
// ("accepted a peace plan drawn up by the OAU", "rejected a resolution the
// Security Council adopted"): the thing's author, as a possessor ("Egypt's
// plan") or a "from" phrase already give it. A relative clause without its
// pronoun after two noun phrases ("the sanctions the European Union
// imposed") is read as such, not as a participle on a second object.
// Guards: a clause after a comma adds to a thing already named; force
// against a place taken before names no author; a double object stays one.
func TestMadeBy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a plan drawn up by a body", "1999-02-27", "Eritrea accepted a peace plan drawn up by the Organisation of African Unity.", "03", "ERI>IGOAFR", ""},
		{"an invitation extended by a state", "2004-01-05", "Pakistan accepted an invitation extended by India.", "03", "PAK>IND", ""},
		{"a plan drafted by two states", "1999-06-03", "Belgrade accepted the peace plan drafted by Russia and Finland.", "03", "SRBGOV>RUS", ""},
		{"a resolution a council adopted", "2006-10-14", "North Korea rejected a resolution the Security Council adopted on Saturday.", "12", "PRK>IGOUNO", ""},
		{"sanctions a bloc imposed", "2012-01-24", "Iran rejected the sanctions the European Union imposed on Monday.", "12", "IRN>IGOEUR", ""},
		{"a plan a body drew up", "1999-02-27", "Eritrea accepted a peace plan the Organisation of African Unity drew up.", "03", "ERI>IGOAFR", ""},
		{"a plan which the government announced", "2003-05-09", "The rebels rejected the ceasefire plan which the government announced on Friday.", "12", "REB>GOV", ""},
		{"a clause after a comma", d, "Israel and Hamas signed a ceasefire, which Egypt mediated.", "057", "ISR>PSEREB", ""},
		{"retaking a town taken before", d, "Chadian rebels retook the town that government troops had captured in May.", "192", "TCDREB>", ""},
		{"a double object with a participle", d, "Iran sent Hezbollah rockets made in Russia.", "07", "IRN>LBNRAD", ""},
	})
}
