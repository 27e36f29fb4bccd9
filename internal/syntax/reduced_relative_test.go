package syntax

import "testing"

// TestReducedRelativeAfterThat holds a past form that may be a participle
// after the subject of a that-clause, with its preposition and then the
// clause's own finite verb ("warned that any jet spotted over the strait
// would be shot down"): the form is a reduced relative on the subject, not
// the clause's verb; "that" after a verb opens a complement, not a
// relative clause whose subject would come before its verb. With no later
// verb, or with an object after it, the form stays the clause's past verb.
func TestReducedRelativeAfterThat(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "would be treated", text: "Iran warned that any tanker seized inside the strait would be treated as a prize.",
			tags: []string{"seized/VBN", "would/MD"}},
		{name: "will be shot down", text: "Ankara said that any jet spotted over its border will be shot down.",
			tags: []string{"spotted/VBN"}},
		{name: "plural subject, present", text: "Seoul insists that troops stationed near the border are on alert.",
			tags: []string{"stationed/VBN", "are/VBP"}},
		{name: "with a year", text: "Officials announced in 2004 that prisoners captured during the raid had been freed.",
			tags: []string{"captured/VBN", "had/VBD"}},
		{name: "negated main verb", text: "Moscow stressed that ships detained in the port would not be released.",
			tags: []string{"detained/VBN"}},
		{name: "control: an object follows", text: "Iran warned that rebels seized the tanker inside the strait.",
			tags: []string{"seized/VBD"}},
		{name: "control: no later verb", text: "Kenya said that troops deployed near the border.",
			tags: []string{"deployed/VBD"}},
		{name: "control: a relative that", text: "The town that the rebels seized in March was retaken.",
			tags: []string{"seized/VBD"}},
	})
}

// TestReducedRelativeBeforeList holds a participle after the subject's noun
// whose preposition governs a list of nouns set off by commas and closed by
// "and", before the clause's verb ("a lorry packed with rice, sugar and
// flour reached the camp"): the list's commas end no clause, so the verb
// after the list is the clause's own and the form a participle.
func TestReducedRelativeBeforeList(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "packed with a list", text: "A Jordanian army truck packed with rice, sugar and flour reached the camp on Monday.",
			tags: []string{"packed/VBN", "reached/VBD"}},
		{name: "filled with a list, landed", text: "A Turkish cargo plane filled with tents, blankets and medicine landed in Kabul in 2005.",
			tags: []string{"filled/VBN", "landed/VBD"}},
		{name: "a verb seen only as a participle, through its preposition", text: "A Greek navy ship loaded with water, rice and tents docked in Tyre.",
			tags: []string{"docked/VBD"}},
		{name: "armed with a list", text: "Gunmen armed with rifles, grenades and knives stormed the hotel.",
			tags: []string{"armed/VBN", "stormed/VBD"}},
		{name: "stationed in a list", text: "Troops stationed in Tikrit, Samarra and Baiji fired on the convoy.",
			tags: []string{"stationed/VBN", "fired/VBD"}},
		{name: "control: the list is the object", text: "The ship loaded rice, sugar and flour at the port.",
			tags: []string{"loaded/VBD"}},
		{name: "control: verb after the list", text: "Police searched the houses, shops and cars and arrested ten men.",
			tags: []string{"searched/VBD", "arrested/VBD"}},
	})
}

// TestSetOffParticipleBeforePreposition holds a past form set off by
// commas after the object of a finite verb whose phrase closes at a comma
// before a preposition ("Chad extradited the general, wanted for war
// crimes, to Senegal"): the preposition goes on with the verb before the
// aside, so the aside is a participle on the object, with no clause of its
// own. A past form with an object after the comma is a second verb.
func TestSetOffParticipleBeforePreposition(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "charged with", text: "Chad extradited Hissene Habre, charged with torture, to Senegal.",
			tags: []string{"charged/VBN"}, rels: []string{"obl(extradited, to)"}},
		{name: "convicted of", text: "Albania has deported three Egyptians, convicted of forgery in 1998, to Cairo.",
			tags: []string{"convicted/VBN"}, rels: []string{"obl(has deported, to)"}},
		{name: "suspected of", text: "Pakistani police will transfer the two men, suspected of bombing the embassy, to Kabul.",
			tags: []string{"suspected/VBN"}, rels: []string{"obl(will transfer, to)"}},
		{name: "jailed for", text: "Peru freed the journalist, jailed for sedition, on Friday.",
			tags: []string{"jailed/VBN"}, rels: []string{"obl(freed, on)", "subj(jailed, the journalist)"}},
		{name: "a time after the aside", text: "Gabon expelled the two envoys, accused of spying, last week.", times: []string{"last week"},
			tags: []string{"accused/VBN"}, rels: []string{"subj(accused, the two envoys)"}},
		{name: "control: a second verb with its object", text: "Chad arrested the general, charged him with torture and sent him to Senegal.",
			tags: []string{"charged/VBD"}},
		{name: "control: a second verb, then and", text: "Troops surrounded the camp, fired into the air, and left.",
			tags: []string{"fired/VBD"}},
	})
}

// TestSetOffKnownAs holds "known as" and its like inside such an aside:
// "as" right after the participle is its preposition, not a clause's
// opener ("handed over Ahmed Khalfan, known as the Tanzanian, to US
// agents").
func TestSetOffKnownAs(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "known as", text: "Jordan handed over Abu Walid, known as the Engineer, to Iraqi police.",
			tags: []string{"known/VBN"}, rels: []string{"obl(handed, to)", "subj(known, Abu Walid)"}},
		{name: "described as", text: "Yemen will extradite the man, described as a senior commander, to Riyadh.",
			rels: []string{"obl(will extradite, to)", "subj(described, the man)"}},
		{name: "control: as opens a clause after a verb", text: "Police fired tear gas, and the crowd fled as troops arrived.",
			absent: []string{"obl(fired, as)"}},
	})
}

// TestReducedRelativeBeforeArrival holds a participle on the subject's
// noun, with its preposition, before a verb of arrival that acts through
// its own preposition with no object ("medics loaded with supplies arrived
// in the town"): "arrive" takes no object, so it is the clause's verb,
// and the form before it a participle.
func TestReducedRelativeBeforeArrival(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "loaded with, arrived in", text: "Medics loaded with supplies arrived in the town.",
			tags: []string{"loaded/VBN", "arrived/VBD"}},
		{name: "trained by, arrived at", text: "Commandos trained by Britain arrived at the base on Monday.",
			tags: []string{"trained/VBN", "arrived/VBD"}},
		{name: "equipped with, arrived in, 1999", text: "Engineers equipped with bulldozers arrived in Dili in 1999.",
			tags: []string{"equipped/VBN", "arrived/VBD"}},
		{name: "control: arrived alone", text: "Cuban doctors arrived in Haiti on Tuesday.",
			tags: []string{"arrived/VBD"}},
		{name: "control: a past verb with its object", text: "Medics loaded the supplies and arrived in the town.",
			tags: []string{"loaded/VBD"}},
	})
}
