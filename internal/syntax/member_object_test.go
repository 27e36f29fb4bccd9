package syntax

import "testing"

// TestMemberObjectInfinitive: the object of a verb that controls it may go
// on past "of" when it names people ("ordered the ministers of the fallen
// government to surrender", "ordered all of the rebels to lay down their
// arms"): the "to" after it is the infinitive's, and a word that may be a
// noun ("surrender", "report", "return") is its verb, the object's act. An
// "of" after a noun of an act ("demanded the release of the prisoners to
// ...") or of a place does not extend the object.
func TestMemberObjectInfinitive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the ministers of the government to surrender", named: []string{"Rawlings", "ministers", "government"}, text: "Rawlings ordered the ministers of the fallen government to surrender.",
			tags: []string{"to/TO", "surrender/VB"}, rels: []string{"comp(ordered, to surrender)"}},
		{name: "all of the rebels to surrender", named: []string{"army", "rebels"}, text: "The army ordered all of the rebels to surrender.",
			tags: []string{"to/TO", "surrender/VB"}, rels: []string{"comp(ordered, to surrender)"}},
		{name: "the leaders of the old regime to report", named: []string{"junta", "leaders", "regime", "police"}, text: "The junta ordered the leaders of the old regime to report to the police.",
			tags: []string{"report/VB"}, rels: []string{"comp(ordered, to report)"}},
		{name: "some of the soldiers to return", named: []string{"Kiev", "soldiers"}, text: "Kiev urged some of the soldiers to return to their barracks.",
			tags: []string{"return/VB"}, rels: []string{"comp(urged, to return)"}},
		{name: "members of the opposition to vote", named: []string{"king", "members", "opposition"}, text: "The king asked members of the opposition to vote.",
			tags: []string{"vote/VB"}, rels: []string{"comp(asked, to vote)"}},
		{name: "present: the commanders of the militias to return", named: []string{"council", "commanders", "militias"}, text: "The council orders the commanders of the militias to return.",
			tags: []string{"return/VB"}, rels: []string{"comp(orders, to return)"}},
		{name: "future: the head of the junta to report", named: []string{"Ecowas", "head", "junta"}, text: "Ecowas will urge the head of the junta to report.",
			tags: []string{"report/VB"}, rels: []string{"comp(will urge, to report)"}},
		{name: "an act's noun before of keeps the preposition", named: []string{"Israel", "Egypt"}, text: "Israel agreed to the transfer of the prisoners to Egypt.",
			tags: []string{"to/IN"}, absent: []string{"obj(agreed, Egypt)"}},
	})
}
