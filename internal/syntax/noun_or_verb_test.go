package syntax

import "testing"

// TestNounOrVerb holds rows for news words that are both nouns and verbs
// ("talks", "calls", "appeals", "attack"): each rule with both readings.
func TestNounOrVerb(t *testing.T) {
	runClauseRows(t, []clauseRow{
		// a present in -s after a singular phrase that opens the sentence,
		// before a preposition, with no other verb in the sentence, is the
		// verb; with a verb later it stays the noun
		{name: "envoy talks with", text: "The envoy talks with rebel leaders in Doha.", tags: []string{"talks/VBZ"}, clauses: "main"},
		{name: "union protests against", text: "The union protests against the new labour law.", tags: []string{"protests/VBZ"}},
		{name: "army clashes with", text: "The army clashes with rebels near the border.", tags: []string{"clashes/VBZ"}},
		{name: "crowd marches on", text: "The crowd marches on the palace.", tags: []string{"marches/VBZ"}},
		{name: "party rallies behind", text: "The party rallies behind its leader.", tags: []string{"rallies/VBZ"}},
		{name: "name appeals for", text: "The Red Cross appeals for access to the prisoners.", named: []string{"Red Cross"}, tags: []string{"appeals/VBZ"}},
		{name: "name talks with", text: "Obama talks with Putin by phone.", named: []string{"Obama", "Putin"}, tags: []string{"talks/VBZ"}},
		{name: "noun: a verb follows", text: "The border clashes with Cambodia killed ten soldiers.", tags: []string{"clashes/NNS", "killed/VBD"}},
		{name: "noun: a verb after a clause set off", text: "The peace talks in Geneva, which began on Monday, ended.", tags: []string{"talks/NNS", "ended/VBD"}},
		{name: "noun: of follows", text: "The army claims of victory.", tags: []string{"claims/NNS"}},
		{name: "noun: a plural before", text: "Rebel leaders rejected the offer.", tags: []string{"leaders/NNS", "rejected/VBD"}},
		// an adverb between the opening subject and the word
		{name: "insurgents often attack", text: "Insurgents often attack checkpoints at dawn.", tags: []string{"attack/VBP"}},
		{name: "the militia still controls", text: "The militia still controls the roads.", tags: []string{"controls/VBZ"}},
		{name: "noun after a determiner stays", text: "The insurgents' often deadly attacks worried officials.", tags: []string{"attacks/NNS", "worried/VBD"}},
		// a base form after a singular phrase, with the clause's verb to
		// come, is the phrase's noun
		{name: "UN call was welcomed", text: "A UN call for a truce was welcomed.", named: []string{"UN"}, names: []string{"UN"}, tags: []string{"call/NN", "was/VBD"}},
		{name: "league call drew", text: "The Arab League call for talks drew no response.", named: []string{"Arab League"}, names: []string{"Arab League"}, tags: []string{"call/NN", "drew/VBD"}},
		{name: "government call went unheeded", text: "The government call for calm went unheeded.", tags: []string{"call/NN", "went/VBD"}},
		{name: "verb: plural subject", text: "Leaders of both parties call for new elections.", tags: []string{"call/VBP"}},
		{name: "verb: no later verb", text: "Members of the UN call for talks.", named: []string{"UN"}, tags: []string{"call/VBP"}},
		{name: "verb: plural police", text: "Police call for calm as protests spread.", tags: []string{"call/VBP"}},
		// a past form right after a finite verb is an adjective, and the
		// plural after it a noun
		{name: "ignored repeated calls", text: "The opposition ignored repeated calls for calm.", tags: []string{"repeated/JJ", "calls/NNS"}},
		{name: "dismissed renewed demands", text: "The junta dismissed renewed demands for elections.", tags: []string{"renewed/JJ", "demands/NNS"}},
		// a phrase right after a finite verb of a main clause is its
		// object: a plural after it, before a preposition or the end, goes
		// on with it; not after a verb of saying, nor a copula's -s, nor in
		// a clause that is itself a subject
		{name: "rejected AU calls", text: "The junta rejected AU calls for talks.", named: []string{"AU"}, tags: []string{"rejected/VBD", "calls/NNS"}},
		{name: "ignored opposition demands", text: "The president ignored opposition demands.", tags: []string{"ignored/VBD", "demands/NNS"}},
		{name: "backed ECOWAS plans for", text: "Mali backed ECOWAS plans for a vote.", named: []string{"Mali", "ECOWAS"}, tags: []string{"backed/VBD", "plans/NNS"}},
		{name: "verb: after a verb of saying", text: "Officials said Iran attacks tankers in the Gulf.", named: []string{"Iran", "Gulf"}, tags: []string{"attacks/VBZ"}},
		{name: "verb: a subject clause", text: "How many officials backed the plot remains unclear.", tags: []string{"remains/VBZ"}},
		{name: "verb: after a subject clause", text: "Whoever controls the capital controls the country.", tags: []string{"controls/VBZ"}},
		// a present in -s takes no auxiliary straight after it
		{name: "terror suspects were", text: "Two terror suspects were extradited to France.", tags: []string{"suspects/NNS", "were/VBD"}},
		{name: "the raids have", text: "The police raids have netted dozens of weapons.", tags: []string{"raids/NNS"}},
		{name: "border clashes will", text: "Border clashes will continue, officials said.", tags: []string{"clashes/NNS"}},
		{name: "verb: no auxiliary follows", text: "The army attacks rebel positions.", tags: []string{"attacks/VBZ"}},
	})
}
