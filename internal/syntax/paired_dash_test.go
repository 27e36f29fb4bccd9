package syntax

import "testing"

// TestPairedDashes holds a phrase set off by two dashes inside a sentence
// ("The rebels — armed with rockets — attacked the base"): the dashes are
// read as the commas of an aside, so the clause's subject and object stand
// on either side of it as they do around commas. A lone dash, and a pair
// whose second dash ends the sentence, stay what they were.
func TestPairedDashes(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a participle between dashes", text: "The rebels — armed with rockets and mortars — attacked the army base.",
			rels: []string{"subj(attacked, The rebels)", "obj(attacked, the army base)"}},
		{name: "a present participle between dashes", text: "The European Union — acting after the chemical attack — imposed sanctions on Syria.",
			rels: []string{"subj(imposed, The European Union)", "obj(imposed, sanctions)"}},
		{name: "a prepositional phrase between dashes", text: "Iran — under pressure from Europe — released a British aid worker.",
			rels: []string{"subj(released, Iran)", "obj(released, a British aid worker)"}},
		{name: "an aside before the object", text: "Ethiopia signed — after decades of conflict — a peace deal with Eritrea.",
			rels: []string{"obj(signed, a peace deal)"}},
		{name: "a relative clause between dashes", text: "Kenyan police — who have faced criticism for months — arrested an opposition leader.",
			rels: []string{"subj(have faced, Kenyan police)", "subj(arrested, Kenyan police)", "obj(arrested, an opposition leader)"}},
		{name: "not: a lone dash", text: "Violence erupted — police fired tear gas at protesters.",
			tags: []string{"—/:"}, rels: []string{"subj(fired, police)"}},
		{name: "not: the second dash ends the sentence", text: "Police fired on the crowd — and then on the mourners —.",
			tags: []string{"—/:"}},
	})
}
