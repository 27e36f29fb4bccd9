package syntax

import "testing"

// TestWireRelativeThat holds "that" after a noun before a word that may be
// a present verb and then a noun phrase: the relative pronoun and its
// clause's verb ("the group that controls the Gaza Strip"), not a
// complementizer before a plural noun; a plural noun after "that" still
// heads a clause whose verb comes later.
func TestWireRelativeThat(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an apposition's relative, present -s verb", text: "Hezbollah, the movement that controls the south, rejected the proposal on Monday.", named: []string{"Hezbollah"},
			tags: []string{"that/WDT", "controls/VBZ", "rejected/VBD"}, rels: []string{"subj(controls, Hezbollah)", "obj(rejected, the proposal)"}},
		{name: "a plural subject's relative, present plural verb", text: "The allies that support the government sent more troops to the capital.",
			tags: []string{"that/WDT", "support/VBP", "sent/VBD"}, rels: []string{"subj(sent, The allies)"}},
		{name: "a relative verb before a name", text: "The group that holds the region attacked Mali on Sunday.", named: []string{"Mali"},
			tags: []string{"that/WDT", "holds/VBZ", "attacked/VBD"}, rels: []string{"subj(attacked, The group)", "obj(attacked, Mali)"}},
		{name: "not: a complementizer before a plural subject", text: "Officials said that talks will resume next week.",
			tags: []string{"that/IN", "talks/NNS", "will/MD"}},
		{name: "not: a noun's complement clause", text: "The claim that attacks were planned was denied by the army.",
			tags: []string{"that/IN", "attacks/NNS", "were/VBD"}},
		{name: "not: after a verb, a plural subject before a noun phrase", text: "He said that prices the government set were too high.",
			tags: []string{"that/IN", "prices/NNS", "set/VBD"}},
	})
}

// TestWirePassiveParticle holds a word that may be a particle after a
// passive participle, before a noun phrase: a passive verb has no object,
// so the phrase is the word's, a preposition's ("were taken off the air");
// before a time, a number or no noun phrase it stays the verb's particle.
func TestWirePassiveParticle(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "taken off the air", text: "Two channels were taken off the air on Friday.",
			tags: []string{"taken/VBN", "off/IN"}, rels: []string{"pobj(off, the air)"}},
		{name: "pulled off the air, adverb between", text: "The station was quickly pulled off the air by the army.",
			tags: []string{"pulled/VBN", "off/IN"}, rels: []string{"agent(was quickly pulled, the army)"}},
		{name: "kicked off the board", text: "Two officials were kicked off the board.",
			tags: []string{"off/IN"}},
		{name: "not: the active keeps its particle", text: "The rebels called off the talks.",
			tags: []string{"off/RP"}, rels: []string{"obj(called off, the talks)"}},
		{name: "not: a time after the passive", text: "The strike was called off the next day.", times: []string{"the next day"},
			tags: []string{"off/RP"}},
		{name: "not: no noun phrase after it", text: "Three journalists were taken away by police.",
			tags: []string{"away/RP"}},
		{name: "not: out of", text: "The rebels were driven out of the town.",
			tags: []string{"out/RP"}},
	})
}

// TestWireAgentAdjective holds a capitalised agent word the word table
// lacks, after a determiner and before a noun: it modifies the noun ("the
// Islamist group"), so the noun heads the phrase and is no verb; a name
// keeps its own reading.
func TestWireAgentAdjective(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an apposition with a relative", text: "Al-Shabaab, the Islamist group that has fought the government, claimed the attack.",
			named: []string{"Al-Shabaab", "Islamist", "government"}, names: []string{"Al-Shabaab"},
			tags: []string{"Islamist/JJ", "group/NN", "that/WDT"}, rels: []string{"subj(claimed, Al-Shabaab)", "appos(Al-Shabaab, the Islamist group)"}},
		{name: "a subject", text: "The Jihadist movement claimed the attack.", named: []string{"Jihadist"},
			tags: []string{"Jihadist/JJ", "movement/NN", "claimed/VBD"}, rels: []string{"subj(claimed, The Jihadist movement)"}},
		{name: "not: a name before a verb", text: "If Iran attacks, Israel will respond.", named: []string{"Iran", "Israel"}, names: []string{"Iran", "Israel"},
			tags: []string{"Iran/NNP", "attacks/VBZ"}},
	})
}

// TestWireOpeningParticiple holds a sentence that opens with a word that
// may be a noun or a participle, a phrase and a comma, then a subject and
// its verb: the opening is a participle clause, and the comma after it
// ends the clause rather than joining a list; adjectives of nationality
// joined by "and" before one noun modify it.
func TestWireOpeningParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "meeting on the sidelines", text: "Meeting on the sidelines of the summit in Bali, the American and Chinese presidents held talks.",
			named: []string{"Bali", "American", "Chinese presidents"}, names: []string{"Bali"},
			tags: []string{"Meeting/VBG", "American/JJ", "held/VBD"}, rels: []string{"subj(held, the American)", "conj(the American, Chinese presidents)"}, absent: []string{"conj(Bali, the American)"}},
		{name: "meeting in a capital, time after", text: "Meeting in Geneva on Friday, the foreign ministers agreed to resume talks.", named: []string{"Geneva"}, names: []string{"Geneva"}, times: []string{"Friday"},
			tags: []string{"Meeting/VBG", "agreed/VBD"}, rels: []string{"subj(agreed, the foreign ministers)"}},
		{name: "joined adjectives as a subject", text: "French and German troops crossed the border.", named: []string{"French", "German troops"},
			tags: []string{"French/JJ", "German/JJ"}},
		{name: "not: a noun subject with no comma", text: "Fighting in the north killed 20 people.",
			rels: []string{"obj(killed, 20 people)"}},
		{name: "not: a list after a verb", text: "The army shelled Kharkiv, Izium and Kupiansk.", named: []string{"Kharkiv", "Izium", "Kupiansk"}, names: []string{"Kharkiv", "Izium", "Kupiansk"},
			rels: []string{"conj(Kharkiv, Izium)", "conj(Kharkiv, Kupiansk)"}},
	})
}

// TestWireAppositionRelative holds an apposition that carries a relative
// clause before its closing comma: it is still the name's apposition, and
// the name is the subject of the verb after the comma.
func TestWireAppositionRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a subject's description", text: "Alaa Abd El-Fattah, the activist who has been jailed since 2019, began a hunger strike.", named: []string{"activist"},
			rels: []string{"appos(Alaa Abd El-Fattah, the activist)", "subj(began, Alaa Abd El-Fattah)"}},
		{name: "an object's description", text: "Police arrested Ahmed Said, a journalist who covered the protests.",
			rels: []string{"appos(Ahmed Said, a journalist)", "obj(arrested, Ahmed Said)"}},
		{name: "not: a name then its own relative", text: "Hamas, which rules Gaza, fired rockets.", named: []string{"Hamas", "Gaza"}, names: []string{"Hamas", "Gaza"},
			rels: []string{"subj(fired, Hamas)"}, absent: []string{"appos(Hamas, Gaza)"}},
	})
}

// TestWireAppositionRelativeNotPObj: a preposition's object keeps no such
// apposition; the relative clause is on the phrase after the comma.
func TestWireAppositionRelativeNotPObj(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "cleared of a count", text: "A tribunal acquitted all five of sabotage, a charge that had been pressed by lawyers.", named: []string{"tribunal", "sabotage", "lawyers"},
			absent: []string{"appos(sabotage, a charge)"}},
	})
}
