package syntax

import "testing"

// TestSetOffAfterReducedParticiple: a subject's noun with a participle or
// adjective phrase on it ("Militants linked to al Qaeda", "Militias close
// to the government") and then a second participle set off by commas
// ("armed with rockets,") before the clause's verb: the first form is no
// verb of the clause, and the verb after the commas has the noun as its
// subject. A verb with an object after the comma still opens a list of
// verb phrases.
func TestSetOffAfterReducedParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "linked to, armed with", text: "Militants linked to al Qaeda, armed with rockets, attacked a US base in Kandahar.", named: []string{"al Qaeda", "Kandahar"},
			rels: []string{"subj(attacked, Militants)", "obj(attacked, a US base)"}},
		{name: "allied to, backed by", text: "Rebels allied to Laurent Nkunda, backed by Rwanda, seized the town of Rutshuru.",
			rels: []string{"subj(seized, Rebels)", "agent(backed, Rwanda)"}},
		{name: "based in, armed with a list", text: "Gunmen based in Pakistan, armed with grenades and rifles, attacked the Indian parliament.",
			rels: []string{"subj(attacked, Gunmen)"}},
		{name: "backed by, deployed along", text: "Troops backed by tanks and helicopters, deployed along the border, shelled rebel positions.",
			rels: []string{"subj(shelled, Troops)", "obj(shelled, rebel positions)"}},
		{name: "an adjective, backed by", text: "Militias close to the government, backed by army helicopters, burned villages in Darfur.",
			rels: []string{"subj(burned, Militias)", "obj(burned, villages)"}},
		{name: "opposed to, armed with", text: "Rebels opposed to the peace deal, armed with machine guns, ambushed a government convoy.",
			rels: []string{"subj(ambushed, Rebels)"}},
		{name: "a list of verb phrases stays", text: "Protesters marched to the parliament, surrounded the building and stormed it.",
			rels: []string{"subj(marched, Protesters)", "subj(surrounded, Protesters)", "obj(surrounded, the building)"}},
	})
}
