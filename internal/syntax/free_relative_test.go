package syntax

import "testing"

// TestParticipleAfterFreeRelative: a participle set off by a comma, or a
// preposition and its gerund after a comma ("..., before pulling back"),
// after a relative clause opened by "what" ("in what the president called a
// coup") belongs to the clause around the relative: its subject does it.
func TestParticipleAfterFreeRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "before pulling back after what X called", text: "Troops stormed the palace in what the president called a coup attempt, before pulling back hours later.",
			rels: []string{"subj(pulling back, Troops)"}},
		{name: "seizing after what X called", text: "Police raided the party's offices in what its leader called an act of intimidation, seizing computers and files.",
			rels: []string{"subj(seizing, Police)"}},
		{name: "killing after what X described as", text: "Israeli jets struck a camp in what the army described as a precise operation, killing 12 people.",
			rels: []string{"subj(killing, Israeli jets)"}},
		{name: "after detaining after what X called", text: "Soldiers fired on the crowd in what residents called a massacre, after detaining its leaders.",
			rels: []string{"subj(detaining, Soldiers)"}},
		{name: "a comma and a gerund after the main clause", text: "The army fired on protesters at the ministry, after detaining their leaders.",
			rels: []string{"subj(detaining, The army)"}},
	})
}

// TestVerbAfterFreeRelative: a verb after "and" with an object of its own,
// after a "what" relative that names a thing ("condemned what they called a
// coup and demanded his release"), goes on with the clause around the
// relative: its subject does it. Two verbs sharing the relative's "what"
// ("what they saw and heard") stay in the relative.
func TestVerbAfterFreeRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "condemned what X called and demanded", text: "The African Union condemned what it called an attempted coup and demanded the president's release.",
			rels: []string{"subj(demanded, The African Union)"}},
		{name: "denounced what X called and recalled", text: "Russia denounced what it called a provocation and recalled its ambassador.",
			rels: []string{"subj(recalled, Russia)"}},
		{name: "condemned what X described as and summoned", text: "The ministry condemned what it described as an illegal raid and summoned the envoy.",
			rels: []string{"subj(summoned, The ministry)"}},
		{name: "rejected what X termed and called for", text: "Beijing rejected what it termed interference and urged Washington to stop.",
			rels: []string{"subj(urged, Beijing)"}},
		{name: "past an infinitive to the finite clause", text: "The premier ordered troops to punish what he called extremists, and sent messages to millions of phones.",
			rels: []string{"subj(sent, The premier)"}, clauses: "main infinitive relative main"},
		{name: "two verbs share the relative's what", text: "Protesters rejected what they saw and heard.",
			clauses: "main relative relative"},
	})
}

// TestObjectNamedByWhatItWas: "struck what India said was a militant
// camp": with no object of its own, a verb followed by "what", a clause
// that says, and "was"/"were" with a noun phrase takes that phrase as its
// object, as "what she called organised rioting" does.
func TestObjectNamedByWhatItWas(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "struck what X said was", text: "Indian warplanes struck what India said was a militant training camp inside Pakistan.",
			rels: []string{"obj(struck, a militant training camp)"}},
		{name: "bombed what X said were", text: "Israeli jets bombed what the army said were Hezbollah weapons depots.",
			rels: []string{"obj(bombed, Hezbollah weapons depots)"}},
		{name: "raided what they said was", text: "Police raided what they said was an opposition office in Harare.",
			rels: []string{"obj(raided, an opposition office)"}},
		{name: "shelled what X said was", text: "Russian forces shelled what Kyiv said was a residential building.",
			rels: []string{"obj(shelled, a residential building)"}},
		{name: "attacked what X believed was", text: "Troops attacked what officials believed was a rebel hideout.",
			rels: []string{"obj(attacked, a rebel hideout)"}},
	})
}
