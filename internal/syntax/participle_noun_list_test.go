package syntax

import "testing"

// TestParticipleBeforeNounList: a past form that the tagged source saw as a
// participle and an adjective first, or never as a past tense ("armed",
// "equipped", "stationed", "aligned", "affiliated"), after the
// subject's noun and before a preposition whose object is a list of nouns,
// is a participle on that noun, and the verb after the list is the
// clause's: "gunmen armed with rifles and grenades stormed". A verb that
// may be a past tense keeps its clause, and "and" before another subject
// and verb still opens a clause of its own.
func TestParticipleBeforeNounList(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "armed with two plurals", text: "Gunmen armed with rifles and grenades stormed the parliament in New Delhi.",
			rels: []string{"subj(stormed, Gunmen)"}, absent: []string{"subj(stormed, grenades)"}},
		{name: "armed with a compound", text: "Men armed with rifles and rocket launchers ambushed a police convoy in Kashmir.",
			rels: []string{"subj(ambushed, Men)"}, absent: []string{"subj(ambushed, rocket launchers)"}},
		{name: "armed with a noun that may be a verb", text: "Militiamen armed with machetes and clubs attacked a camp in Ituri.",
			rels: []string{"subj(attacked, Militiamen)"}, absent: []string{"subj(attacked, clubs)"}},
		{name: "stationed in two names", text: "Troops stationed in Kirkuk and Mosul fired on protesters.",
			rels: []string{"subj(fired, Troops)"}, absent: []string{"subj(fired, Mosul)"}},
		{name: "aligned with a determined list", text: "Rebels aligned with the former president and his allies seized the airport.",
			rels: []string{"subj(seized, Rebels)"}, absent: []string{"subj(seized, his allies)"}},
		{name: "affiliated with two groups", text: "Fighters affiliated with al-Qaida and the Islamic State attacked an army base in Mali.",
			rels: []string{"subj(attacked, Fighters)"}},
		{name: "not: a verb that is a past tense", text: "Israel retaliated with air strikes and militants fired rockets.",
			rels: []string{"subj(retaliated, Israel)", "subj(fired, militants)"}},
		{name: "not: a second subject and verb", text: "Police fired on protesters and soldiers arrested dozens.",
			rels: []string{"subj(fired, Police)", "subj(arrested, soldiers)"}},
	})
}
