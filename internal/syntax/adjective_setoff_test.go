package syntax

import "testing"

// TestSetOffAfterAdjectivePhrase: a participle set off by commas after a
// subject with an adjective and its preposition on it ("Fighters loyal to
// the warlord, armed with machine guns,") is about the subject's noun, not
// the adjective nor the preposition's object.
func TestSetOffAfterAdjectivePhrase(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "loyal to, armed with", text: "Fighters loyal to the warlord, armed with machine guns, attacked a UN convoy in Mogadishu.",
			rels: []string{"subj(armed, Fighters)", "subj(attacked, Fighters)"}, absent: []string{"subj(armed, loyal)"}},
		{name: "loyal to, supported by", text: "Soldiers loyal to the former president, supported by mercenaries, attacked the presidential palace.",
			rels: []string{"subj(supported, Soldiers)", "agent(supported, mercenaries)"}},
		{name: "faithful to, backed by", text: "Troops faithful to the junta, backed by armoured cars, fired on protesters in Conakry.",
			rels: []string{"subj(backed, Troops)"}},
		{name: "close to, backed by", text: "Militias close to the government, backed by army helicopters, burned villages in Darfur.",
			rels: []string{"subj(backed, Militias)"}},
		{name: "a noun's preposition, as before", text: "Leaders of the opposition, backed by students, marched on parliament.",
			rels: []string{"subj(backed, Leaders)", "subj(marched, Leaders)"}},
	})
}
