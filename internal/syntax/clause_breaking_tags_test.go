package syntax

import "testing"

// TestClauseBreakingTags holds three part-of-speech readings that decide a
// sentence's clauses: a base form the table knows only as such ("flee")
// after a plural subject is its present tense; a past form on the noun of
// the preposition's phrase that opens the sentence ("In a statement issued
// at ..., the ministry said") is a participle, and the verb after the
// comma the clause's; a past form after "some of them armed," with "by"
// and a means ("landed by boat") is the subject's verb, not a passive; a
// past form on the noun of a participle's phrase set off after the subject
// ("The protests, led by young people organised online, began") is a
// participle too; "vet" after "to" is the verb.
// The rows marked "not" keep their readings.
func TestClauseBreakingTags(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "plural flee when", text: "Villagers flee when soldiers arrive in the district.",
			tags: []string{"flee/VBP"}, rels: []string{"subj(flee, Villagers)"}},
		{name: "plural flee into", text: "Thousands of Sudanese refugees flee into Chad every week.",
			tags: []string{"flee/VBP"}},
		{name: "plural abstain", text: "The Western powers abstain as the council votes on the resolution.",
			tags: []string{"abstain/VBP"}, rels: []string{"subj(abstain, The Western powers)"}},
		{name: "not: after to", text: "The army plans to help civilians flee the town.",
			tags: []string{"flee/VB"}},
		{name: "not: demanded that", text: "Ministers demanded that the rebels flee the capital.",
			tags: []string{"flee/VB"}},
		{name: "not: will", text: "Officials said residents will flee if the fighting spreads.",
			tags: []string{"flee/VB"}},
		{name: "in a statement issued", text: "In a statement issued at its headquarters in Abuja, the commission said it had received no notice.",
			tags: []string{"issued/VBN", "said/VBD"}, rels: []string{"subj(said, the commission)"}},
		{name: "in a message smuggled out", text: "In a message smuggled out to foreign reporters, the Chogyal accused India of crushing his people.",
			tags: []string{"smuggled/VBN", "accused/VBD"}, rels: []string{"subj(accused, the Chogyal)"}},
		{name: "under regulations announced", text: "Under emergency regulations announced on Friday night, police officers were posted in newsrooms.",
			tags: []string{"announced/VBN"}, rels: []string{"subj(were posted, police officers)"}},
		{name: "with a decree signed", text: "With a decree signed in 1998, the junta banned all parties.",
			tags: []string{"signed/VBN", "banned/VBD"}, rels: []string{"subj(banned, the junta)"}},
		{name: "not: after opens a clause", text: "After rebels seized the town, the army shelled it.",
			tags: []string{"seized/VBD"}, rels: []string{"subj(seized, rebels)"}},
		{name: "not: a time, then the subject", text: "On Thursday the North fired a rocket toward the border, the ministry said.",
			tags: []string{"fired/VBD"}, rels: []string{"subj(fired, the North)"}},
		{name: "not: when opens a clause", text: "When the police arrested him in May, his supporters rioted.",
			tags: []string{"arrested/VBD"}},
		{name: "some of them armed, landed by boat", text: "About 200 men, some of them armed, landed by boat on the island.",
			tags: []string{"armed/VBN", "landed/VBD"}, rels: []string{"subj(landed, About 200 men)"}},
		{name: "most of them armed, arrived by truck", text: "Hundreds of fighters, most of them armed, arrived by truck in Goma.",
			tags: []string{"arrived/VBD"}},
		{name: "led by people organised online", text: "The protests, led by young people organised online, began on Sept. 25 over water cuts.",
			tags: []string{"organised/VBN", "began/VBD"}, rels: []string{"subj(began, The protests)"}, absent: []string{"subj(organised, The protests)"}},
		{name: "backed by fighters trained in", text: "The rebels, backed by fighters trained in Libya, attacked the town.",
			tags: []string{"trained/VBN"}, rels: []string{"subj(attacked, The rebels)"}, absent: []string{"subj(trained, The rebels)"}},
		{name: "escorted by troops deployed from", text: "The convoy, escorted by troops deployed from Goma, reached the camp in 2009.",
			tags: []string{"deployed/VBN", "reached/VBD"}},
		{name: "not: hosted by a name", text: "The talks, hosted by Qatar, ended without a deal.",
			tags: []string{"ended/VBD"}, rels: []string{"subj(ended, The talks)"}},
		{name: "to vet reports", text: "Officers were posted in newsrooms to vet reports.",
			tags: []string{"to/TO", "vet/VB"}},
		{name: "not: a vet", text: "The army said a vet was wounded.",
			tags: []string{"vet/NN"}},
		{name: "not: a passive's agent", text: "Two villagers, some of them children, were killed by soldiers.",
			tags: []string{"killed/VBN"}},
	})
}
