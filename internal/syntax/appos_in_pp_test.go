package syntax

import "testing"

// TestApposOfPrepositionObject holds a subject whose preposition's object
// is set off by an apposition ("Protesters in Minsk, the capital,
// clashed"): the subject is the noun the preposition's phrase modifies,
// not the place or the apposition; an apposition of the subject itself
// stays the subject's.
func TestApposOfPrepositionObject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "in a city, the capital", text: "Protesters in Minsk, the capital, clashed with police.", named: []string{"Minsk", "Protesters", "police"}, names: []string{"Minsk"},
			rels: []string{"subj(clashed, Protesters)"}},
		{name: "two prepositions, then the apposition", text: "Workers at the Lenin shipyard in Gdansk, the birthplace of Solidarity, stopped work on Monday.", named: []string{"Gdansk", "Solidarity", "Workers"}, names: []string{"Gdansk", "Solidarity"}, times: []string{"Monday"},
			rels: []string{"subj(stopped, Workers)"}},
		{name: "a noun of talks", text: "Talks in Abuja, the Nigerian capital, collapsed on Friday.", named: []string{"Abuja"}, names: []string{"Abuja"}, times: []string{"Friday"},
			rels: []string{"subj(collapsed, Talks)"}},
		{name: "from a country, a passive", text: "Fishermen from Sri Lanka, an island nation, were detained by the Indian navy.", named: []string{"Sri Lanka", "Fishermen", "the Indian navy"}, names: []string{"Sri Lanka"},
			rels: []string{"subj(were detained, Fishermen)"}},
		{name: "not: the subject's own apposition", text: "Kenya, the region's largest economy, closed the border.", named: []string{"Kenya"}, names: []string{"Kenya"},
			rels: []string{"subj(closed, Kenya)"}},
	})
}

// TestByMeansNoAgent holds a passive's "by" before a bare noun of means
// ("by force", "by road"): it tells how, and names no agent; "by forces
// loyal to" names who.
func TestByMeansNoAgent(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "dispersed by force", text: "Any further protests would be dispersed by force.",
			absent: []string{"agent(would be dispersed, force)"}},
		{name: "sent by road", text: "The aid was sent by road.",
			absent: []string{"agent(was sent, road)"}},
		{name: "not: forces are an agent", text: "The rebels were attacked by forces loyal to the president.",
			rels: []string{"agent(were attacked, forces)"}},
	})
}

// TestTimeWordThenName holds a phrase that ends in a word of time ("the
// week", "that month") before a name that opens the clause: the name is
// the subject, not part of the time's phrase.
func TestTimeWordThenName(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "earlier in the week", text: "Earlier in the week Beijing halted imports of fish from Taiwan.", named: []string{"Beijing", "Taiwan"}, names: []string{"Beijing", "Taiwan"},
			rels: []string{"subj(halted, Beijing)"}},
		{name: "later that month", text: "Later that month Russia expelled two British diplomats.", named: []string{"Russia", "British diplomats"}, names: []string{"Russia"},
			rels: []string{"subj(expelled, Russia)"}},
		{name: "the day, then a name", text: "The day Putin invaded Ukraine, markets fell.", named: []string{"Putin", "Ukraine"}, names: []string{"Putin", "Ukraine"},
			rels: []string{"subj(invaded, Putin)"}},
	})
}

// TestParticipleOnPluralNoVerb holds a past form right after a plural
// noun, with a preposition and no object of its own ("civilians shelled
// in May"): a participle on the noun, so the past form after the
// sentence's subject stays its verb; a verb that acts through its
// preposition ("soldiers clashed in") may still be the clause's verb.
func TestParticipleOnPluralNoVerb(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "pressed for, civilians shelled in", text: "Britain and France pressed for an investigation into the deaths of civilians shelled in the last months of fighting.",
			named: []string{"Britain", "France", "civilians"}, names: []string{"Britain", "France"},
			tags: []string{"pressed/VBD", "shelled/VBN"}},
		{name: "called for, villagers killed in", text: "Amnesty called for an inquiry into the deaths of villagers killed in the raid.",
			named: []string{"Amnesty", "villagers"}, names: []string{"Amnesty"},
			tags: []string{"called/VBD", "killed/VBN"}},
		{name: "not: an intransitive verb after a plural", text: "Troops deployed along the frontier with Ghanaian soldiers clashed in the night.",
			named: []string{"Troops", "Ghanaian soldiers"},
			tags:  []string{"deployed/VBN", "clashed/VBD"}},
	})
}

// TestButOpensClause holds "but" after a clause and its comma: it opens
// another clause, and the nouns after it are no members of the last
// object's list.
func TestButOpensClause(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a state of emergency, but A and B refused", text: "Shevardnadze declared a state of emergency, but army and police commanders refused to enforce it.",
			named: []string{"Shevardnadze", "army", "police commanders"}, names: []string{"Shevardnadze"},
			rels: []string{"subj(refused, army)", "conj(army, police commanders)"}, absent: []string{"conj(emergency, army)"}},
		{name: "offered talks, but A and B rejected", text: "Kenya offered talks, but the rebels and their allies rejected the offer.",
			named: []string{"Kenya", "the rebels", "their allies"}, names: []string{"Kenya"},
			rels: []string{"subj(rejected, the rebels)"}, absent: []string{"conj(talks, the rebels)"}},
	})
}
