package syntax

import "testing"

// TestTitleNounAdjectiveNoun: a title whose noun premodifier comes before
// its adjective ("deputy foreign minister", "vice interior minister",
// "state economic adviser") is one noun phrase wherever it stands, so a
// title set off after a name is the name's apposition; an adjective after
// a head noun that is no office still closes the phrase ("the army ready").
func TestTitleNounAdjectiveNoun(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "possessive, set off after a name", text: "Ahmed Karimi, Iran's deputy foreign minister, rejected the proposal.",
			named: []string{"Ahmed Karimi", "Iran"}, rels: []string{"appos(Ahmed Karimi, deputy foreign minister)", "subj(rejected, Ahmed Karimi)"}},
		{name: "the, set off after a name", text: "Li Wenhua, the vice foreign minister, criticised the sanctions.",
			named: []string{"Li Wenhua"}, rels: []string{"appos(Li Wenhua, the vice foreign minister)", "subj(criticised, Li Wenhua)"}},
		{name: "interior secretary", text: "Omar Haddad, Jordan's deputy interior secretary, welcomed the agreement.",
			named: []string{"Omar Haddad", "Jordan"}, rels: []string{"appos(Omar Haddad, deputy interior secretary)", "subj(welcomed, Omar Haddad)"}},
		{name: "economic adviser", text: "Maria Costa, the state economic adviser, denounced the strike.",
			named: []string{"Maria Costa"}, rels: []string{"appos(Maria Costa, the state economic adviser)", "subj(denounced, Maria Costa)"}},
		{name: "object's apposition", text: "The president received Pavel Orlov, the deputy foreign minister, in Minsk.",
			named: []string{"Pavel Orlov", "Minsk"}, rels: []string{"appos(Pavel Orlov, the deputy foreign minister)", "obj(received, Pavel Orlov)"}},
		{name: "nouns between", text: "Hassan Ali, Iraq's deputy national security adviser, visited Tehran.",
			named: []string{"Hassan Ali", "Iraq", "Tehran"}, rels: []string{"appos(Hassan Ali, deputy national security adviser)", "subj(visited, Hassan Ali)"}},
		{name: "affairs between", text: "Ivan Petrov, the deputy foreign affairs minister, criticised Kiev.",
			named: []string{"Ivan Petrov", "Kiev"}, rels: []string{"appos(Ivan Petrov, the deputy foreign affairs minister)", "subj(criticised, Ivan Petrov)"}},
		{name: "not: told the minister economic reforms", text: "He told the minister economic reforms were needed.",
			rels: []string{"obj(told, the minister)"}},
		{name: "not: a plural office opens its own phrase", text: "He told the minister foreign envoys would arrive on Monday.",
			rels: []string{"obj(told, the minister)"}},
		{name: "not: a plural office, second object", text: "Officials gave the embassy new ambassadors.",
			rels: []string{"obj(gave, the embassy)"}},
		{name: "subject", text: "The deputy foreign minister met the ambassador.",
			rels: []string{"subj(met, The deputy foreign minister)", "obj(met, the ambassador)"}},
		{name: "not: an adjective after the head", text: "Officials said the army ready for deployment.",
			absent: []string{"subj(said, the army ready)"}},
		{name: "not: found the minister guilty", text: "The court found the minister guilty.",
			rels: []string{"obj(found, the minister)"}},
		{name: "not: declared the border closed", text: "The government declared the border closed.",
			rels: []string{"obj(declared, the border)"}},
		{name: "not: made the deputy responsible", text: "The party made the deputy responsible.",
			rels: []string{"obj(made, the deputy)"}},
		{name: "not: gave the army new weapons", text: "The government gave the army new weapons.",
			rels: []string{"obj(gave, the army)"}},
	})
}
