package syntax

import "testing"

// TestEmphaticReflexive: a reflexive pronoun between an auxiliary of "be"
// (or "have" before "been", or a modal) and the verb only stresses the
// subject ("who was himself wounded"): it stays inside the verb group, so
// the subject is the verb's, in the passive too. A reflexive that is an
// object ("armed themselves", "had himself appointed": have someone do
// it) or that stands before a noun ("is himself a former rebel") stays a
// phrase of its own.
func TestEmphaticReflexive(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "relative passive with a by-agent", text: "President Reagan, who was himself wounded by a gunman in March, sent the pope a message.",
			named: []string{"President Reagan", "a gunman", "the pope"}, names: []string{"President Reagan"}, times: []string{"March"},
			rels: []string{"subj(was himself wounded, President Reagan)", "agent(was himself wounded, a gunman)"}, absent: []string{"subj(wounded, himself)"}},
		{name: "pluperfect passive", text: "The minister, who had himself been arrested by police in 2010, met the protesters.",
			named: []string{"The minister", "police", "the protesters"}, times: []string{"2010"},
			rels: []string{"subj(had himself been arrested, The minister)", "agent(had himself been arrested, police)"}},
		{name: "main clause, no agent", text: "Mandela was himself jailed for 27 years.", named: []string{"Mandela"}, names: []string{"Mandela"},
			rels: []string{"subj(was himself jailed, Mandela)"}, absent: []string{"obj(was, himself)"}},
		{name: "itself, present", text: "The army is itself accused of abuses.", named: []string{"The army"},
			rels: []string{"subj(is itself accused, The army)"}},
		{name: "themselves, with a day", text: "The rebels were themselves attacked by militiamen on Sunday.", named: []string{"The rebels", "militiamen"}, times: []string{"Sunday"},
			rels: []string{"subj(were themselves attacked, The rebels)", "agent(were themselves attacked, militiamen)"}},
		{name: "after a modal, active", text: "She will herself lead the delegation to Geneva.", named: []string{"She"},
			rels: []string{"subj(will herself lead, She)", "obj(will herself lead, the delegation)"}},
		{name: "an adverb after the reflexive", text: "Kenyatta was himself briefly detained in 1952.", named: []string{"Kenyatta"}, names: []string{"Kenyatta"}, times: []string{"1952"},
			rels: []string{"subj(was himself briefly detained, Kenyatta)"}},
		{name: "not: have someone appointed", text: "He had himself appointed president in 1990.", named: []string{"He"}, times: []string{"1990"},
			rels: []string{"obj(had, himself)"}},
		{name: "not: before a noun", text: "The general is himself a former rebel.", named: []string{"The general"},
			rels: []string{"obj(is, himself)"}},
		{name: "not: an object", text: "They armed themselves with rifles.", named: []string{"They"},
			rels: []string{"obj(armed, themselves)"}},
		{name: "not: after the subject's name", text: "The president himself ordered the raid.", named: []string{"The president himself"},
			rels: []string{"subj(ordered, The president himself)"}},
	})
}
