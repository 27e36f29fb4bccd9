package syntax

import "testing"

// TestApposWithAdverbOrCompass holds an apposition set off after a noun
// that opens with an adverb of time ("the union, long the dominant union
// on the belt, blamed") or whose noun a compass adverb places ("Zawiya, a
// town west of the capital,"): the noun before the commas stays the
// subject, or the noun its preposition's phrase modifies.
func TestApposWithAdverbOrCompass(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "long the dominant union", text: "The National Union of Mineworkers, long the dominant union on the platinum belt, blamed its rival for the violence.", named: []string{"The National Union of Mineworkers"},
			rels: []string{"subj(blamed, The National Union of Mineworkers)"}},
		{name: "once the ruling party", text: "The Kanu Party, once the ruling party of the country, accused the government of fraud.", named: []string{"The Kanu Party", "the government"},
			rels: []string{"subj(accused, The Kanu Party)"}},
		{name: "now a minister", text: "Teodor Varga, now a senior adviser to the president, denied the report.", named: []string{"Teodor Varga", "the president"}, names: []string{"Teodor Varga"},
			rels: []string{"subj(denied, Teodor Varga)"}},
		{name: "a town west of the capital", text: "On Friday, fighters from Zawiya, a town west of the capital, captured dozens of soldiers.", named: []string{"Zawiya", "fighters", "soldiers"}, names: []string{"Zawiya"}, times: []string{"Friday"},
			rels: []string{"subj(captured, fighters)"}},
		{name: "a village north of a city", text: "Militiamen from Kargo, a village north of the city, attacked a police post.", named: []string{"Kargo", "Militiamen", "a police post"}, names: []string{"Kargo"},
			rels: []string{"subj(attacked, Militiamen)"}},
		{name: "not: an adverb before a verb", text: "The ministry, however, denied the report.", named: []string{"The ministry"},
			rels: []string{"subj(denied, The ministry)"}},
	})
}
