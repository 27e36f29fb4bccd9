package syntax

import "testing"

// TestThatBeforeQuantityOf holds a relative "that" after a noun whose next
// word reads as a plural noun or a verb, before a quantity and its "of"
// phrase ("the group that controls much of the north"): the word is the
// relative clause's verb, and the noun its subject; a verb-first word
// already read so stays so, and a "that" after a reporting verb is none.
func TestThatBeforeQuantityOf(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "controls much of", text: "The group that controls much of the north rejected the offer.",
			tags: []string{"that/WDT", "controls/VBZ"}, rels: []string{"subj(controls, The group)", "subj(rejected, The group)", "obj(rejected, the offer)"}},
		{name: "governs much of, a modal after", text: "The coalition that governs much of the region will meet on Monday.", times: []string{"Monday"},
			tags: []string{"that/WDT", "governs/VBZ"}, rels: []string{"subj(governs, The coalition)"}},
		{name: "a plural subject", text: "Militias that controls much of the east attacked a convoy.", named: []string{"Militias"},
			tags: []string{"that/WDT", "controls/VBZ"}, rels: []string{"subj(attacked, Militias)", "obj(attacked, a convoy)"}},
		{name: "past tense, no object after", text: "The army that controlled much of the valley withdrew.", named: []string{"The army"},
			tags: []string{"that/WDT"}, rels: []string{"subj(withdrew, The army)"}},
		{name: "not: holds most of, already a verb", text: "The militia that holds most of the city agreed to a truce.",
			tags: []string{"that/WDT", "holds/VBZ"}},
		{name: "not: a reported clause", text: "The government said that troops much of the time were idle.",
			tags: []string{"that/IN", "troops/NNS"}},
	})
}

// TestFrontedAsComplement holds a verb's "as" complement put before its
// object ("dismissed as groundless the accusations that ..."): "as" is a
// preposition and the noun phrase after the adjective the verb's object,
// though a clause follows; "as" before a subject and its verb still opens
// a clause.
func TestFrontedAsComplement(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "dismissed, a that-clause after", text: "The ministry dismissed as groundless the accusations that it had armed the rebels.",
			rels: []string{"obj(dismissed, the accusations)", "subj(dismissed, The ministry)"}},
		{name: "an adverb and a participle", text: "Russia rejected as politically motivated the claims that its troops had shelled the town.", named: []string{"Russia"}, names: []string{"Russia"},
			rels: []string{"obj(rejected, the claims)"}},
		{name: "a modal, a relative clause after", text: "The president will denounce as illegal the decision that the court made on Monday.", times: []string{"Monday"},
			rels: []string{"obj(will denounce, the decision)"}},
		{name: "a possessive determiner", text: "Kenya has condemned as unacceptable his remarks that the envoy had lied.", named: []string{"Kenya"}, names: []string{"Kenya"},
			rels: []string{"obj(has condemned, his remarks)"}},
		{name: "not: as and a subject", text: "The talks ended as angry protesters gathered outside.", named: []string{"angry protesters"},
			clauses: "main adverbial"},
		{name: "not: as and a bare plural", text: "He resigned as new protests erupted.",
			rels: []string{"subj(erupted, new protests)"}},
	})
}

// TestByMeansVehicle holds a passive's "by" before a bare noun of the
// vehicle or channel that carried something ("delivered by helicopter",
// "sent by truck"): how, not who; the agent is the later "by" phrase.
func TestByMeansVehicle(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "by helicopter, then the agent", text: "Aid was delivered by helicopter to the villages by the Nepalese army.", named: []string{"Nepalese army"},
			rels: []string{"agent(was delivered, the Nepalese army)"}, absent: []string{"agent(was delivered, helicopter)"}},
		{name: "by airlift", text: "Food was flown by airlift to the valley by the Indian air force.", named: []string{"Indian air force"},
			rels: []string{"agent(was flown, the Indian air force)"}, absent: []string{"agent(was flown, airlift)"}},
		{name: "by truck, progressive passive", text: "Medicine is being sent by truck to the camps by the Red Cross.", named: []string{"the Red Cross"}, names: []string{"Red Cross"},
			rels: []string{"agent(is being sent, the Red Cross)"}, absent: []string{"agent(is being sent, truck)"}},
		{name: "by hand, no agent", text: "The letter was delivered by hand.",
			absent: []string{"agent(was delivered, hand)"}},
		{name: "by convoy", text: "Supplies were carried by convoy to Gaza.", named: []string{"Gaza"}, names: []string{"Gaza"},
			absent: []string{"agent(were carried, convoy)"}},
		{name: "not: a determined noun is an agent", text: "The convoy was attacked by the army.", named: []string{"the army"},
			rels: []string{"agent(was attacked, the army)"}},
	})
}
