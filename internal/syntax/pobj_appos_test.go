package syntax

import "testing"

// TestPrepObjectApposition holds a name set off after the object of a
// preposition that comes after the clause's verb ("imposed sanctions on
// the oil-rich country, Venezuela"): the name is the object's apposition,
// as it is after a verb's object. A preposition's object before the
// clause's verb ("In the north, Boko Haram attacked") is no noun the name
// after it describes, and a name that is the subject of a verb after it
// stays that verb's.
func TestPrepObjectApposition(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "on the country, a name", text: "The United States imposed sanctions on the oil-rich country, Venezuela.",
			rels: []string{"appos(the oil-rich country, Venezuela)"}},
		{name: "near the capital, a name", text: "Rebels attacked a town near the capital, Kabul.",
			rels: []string{"appos(the capital, Kabul)"}},
		{name: "in the enclave, a name, a time", text: "Israel struck targets in the enclave, Gaza, on Monday.",
			rels: []string{"appos(the enclave, Gaza)"}},
		{name: "against its rival, a name", text: "India launched strikes against its nuclear-armed rival, Pakistan.",
			rels: []string{"appos(its nuclear-armed rival, Pakistan)"}},
		{name: "with the president, a name", text: "The envoy met with the country's new president, Joseph Aoun.",
			rels: []string{"appos(new president, Joseph Aoun)"}},
		{name: "not: a fronted phrase", text: "In the north, Boko Haram attacked a village.",
			rels: []string{"subj(attacked, Boko Haram)"}, absent: []string{"appos(the north, Boko Haram)"}},
		{name: "not: a name before its verb", text: "Speaking in the capital, Lavrov warned Kyiv.",
			rels: []string{"subj(warned, Lavrov)"}, absent: []string{"appos(the capital, Lavrov)"}},
	})
}
