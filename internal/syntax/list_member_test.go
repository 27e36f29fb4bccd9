package syntax

import "testing"

// TestListMemberModifier holds a list of verb phrases whose member's
// object has a clause of its own: a participle ("arrested twelve men
// wanted for attacks") or a relative clause ("arrested a footballer who
// had backed them"). The list still runs past it: each member is joined
// to the one before and shares the first one's subject, and the verb
// after "and" closes the list, not the relative clause. With no list
// before it, "and" after a relative clause stays the relative clause's.
func TestListMemberModifier(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a participle in the middle member", text: "Troops raided the village at dawn, arrested six men suspected of smuggling and burned their houses.",
			rels:   []string{"conj(raided, arrested)", "subj(arrested, Troops)", "obj(arrested, six men)", "subj(burned, Troops)"},
			absent: []string{"subj(arrested, dawn)"}},
		{name: "a participle in the first member", text: "The authorities executed two men convicted of rioting, jailed their lawyer and banned the party.",
			rels: []string{"conj(executed, jailed)", "subj(jailed, The authorities)", "subj(banned, The authorities)"}},
		{name: "a relative clause before and", text: "The junta dissolved the party, detained a lawmaker who had criticised it and shut two newspapers.",
			rels:   []string{"conj(dissolved, detained)", "conj(detained, shut)", "subj(shut, The junta)"},
			absent: []string{"subj(shut, a lawmaker)"}},
		{name: "past perfect, a present participle", text: "Police had closed the main road, detained activists carrying banners and seized their phones.",
			rels: []string{"subj(detained, Police)", "obj(detained, activists)", "subj(seized, Police)"}},
		{name: "not: no list, and after a relative clause", text: "Police arrested a man who had stabbed a guard and fled.",
			rels: []string{"subj(fled, a man)"}, absent: []string{"subj(fled, Police)"}},
		{name: "not: a participle after the comma", text: "Rebels shelled the town, killing civilians sheltering in a school.",
			rels: []string{"subj(killing, Rebels)"}, absent: []string{"conj(shelled, killing)"}},
	})
}
