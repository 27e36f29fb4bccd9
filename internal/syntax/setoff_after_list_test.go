package syntax

import "testing"

// TestSetOffAfterNameList: a participle set off by commas after a subject
// whose preposition holds a list of names ("Troops from Nigeria, Ghana and
// Guinea, deployed under ECOMOG,") is no verb: the list's commas are not
// the clause's, and the verb after the participle has the subject.
func TestSetOffAfterNameList(t *testing.T) {
	n := func(s ...string) []string { return s }
	runClauseRows(t, []clauseRow{
		{name: "troops from three states, deployed", text: "Troops from Nigeria, Ghana and Guinea, deployed under a regional force, attacked rebel positions in Freetown.", named: n("Nigeria", "Ghana", "Guinea", "Freetown"),
			rels: []string{"subj(attacked, Troops)", "obj(attacked, rebel positions)"}},
		{name: "leaders of three states, gathered", text: "Leaders of Kenya, Uganda and Tanzania, gathered in Arusha, signed a customs union treaty.", named: n("Kenya", "Uganda", "Tanzania", "Arusha"),
			rels: []string{"subj(signed, Leaders)"}},
		{name: "envoys from three states, backed", text: "Envoys from Britain, France and Germany, backed by the United States, urged Iran to halt enrichment.", named: n("Britain", "France", "Germany", "United States", "Iran"),
			rels: []string{"subj(urged, Envoys)", "obj(urged, Iran)"}},
		{name: "police from three states, trained", text: "Police from Kenya, Uganda and Rwanda, trained by British officers, arrested 12 suspects.", named: n("Kenya", "Uganda", "Rwanda"),
			rels: []string{"subj(arrested, Police)"}},
		{name: "no participle, as before", text: "Troops from Nigeria, Ghana and Guinea attacked rebel positions in Freetown.", named: n("Nigeria", "Ghana", "Guinea", "Freetown"),
			rels: []string{"subj(attacked, Troops)"}},
	})
}
