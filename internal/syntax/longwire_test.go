package syntax

import "testing"

// TestAsideObject holds the object of a verb that has none before an aside
// set off by commas: only adjuncts follow the verb, then the aside opens
// with a preposition or an adverb, and the noun phrase after its closing
// comma is the verb's object, not an apposition of the aside's last noun.
// A phrase that is the subject of a verb after it, a report verb's, a
// passive's and an aside opened by a noun keep their readings.
func TestAsideObject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "after talks, then the object", text: "The agency delivered on Monday, after long talks with the rebels, two thousand tonnes of wheat to the port.",
			named: []string{"The agency", "the rebels"}, times: []string{"Monday"},
			rels: []string{"obj(delivered, two thousand tonnes)"}, absent: []string{"appos(the rebels, two thousand tonnes)"}},
		{name: "for a period, a ban", text: "The junta banned on Friday, for an indefinite period, all demonstrations in the capital.",
			named: []string{"The junta"}, times: []string{"Friday"}, rels: []string{"obj(banned, all demonstrations)"}},
		{name: "a particle and a place before the aside", text: "The militants handed over to the Red Cross in Gaza on Sunday, as part of the deal, three hostages.",
			named: []string{"The militants", "the Red Cross", "Gaza"}, names: []string{"Red Cross", "Gaza"}, times: []string{"Sunday"},
			rels: []string{"obj(handed, three hostages)"}},
		{name: "despite appeals, a people's adjective", text: "Thailand deported on Thursday, despite appeals from the United Nations, forty Uighur men who had fled to Bangkok.",
			named: []string{"Thailand", "the United Nations", "Uighur men", "Bangkok"}, names: []string{"Thailand", "United Nations", "Bangkok"}, times: []string{"Thursday"},
			rels: []string{"obj(deported, forty Uighur men)"}},
		{name: "an adverb opens the aside", text: "Police arrested late on Saturday, reportedly during a raid on a mosque, a senior cleric.",
			named: []string{"Police", "a senior cleric"}, times: []string{"Saturday"}, rels: []string{"obj(arrested, a senior cleric)"}},
		{name: "not: the subject of the verb after it", text: "The rebels attacked on Sunday, after a warning from the army, the ministry said.",
			named: []string{"The rebels", "the army", "the ministry"}, times: []string{"Sunday"},
			absent: []string{"obj(attacked, the ministry)"}},
		{name: "not: after a report verb", text: "The minister said on Monday, in an interview with the radio, the talks would resume.",
			named: []string{"The minister"}, times: []string{"Monday"}, absent: []string{"obj(said, the talks)"}},
		{name: "not: a passive", text: "The convoy was attacked on Sunday, near the town of Gao, a stronghold of the rebels.",
			named: []string{"The convoy", "Gao", "the rebels"}, names: []string{"Gao"}, times: []string{"Sunday"},
			absent: []string{"obj(was attacked, a stronghold)"}},
		{name: "not: the verb already has its object", text: "Troops seized the town on Monday, after a week of fighting, a local official said.",
			named: []string{"Troops", "a local official"}, times: []string{"Monday"},
			rels: []string{"obj(seized, the town)"}, absent: []string{"obj(seized, a local official)"}},
	})
}

// TestFrameBeforeOccasion holds a reporting frame after a quote or a clause
// that an adverbial clause or an occasion's phrase follows ('"...," the
// minister said on Monday after border clashes between A and B'): the
// frame still reports what comes before it, its subject may have a
// possessor ("the prime minister's office said"), and a plural noun after
// an occasion's preposition and before a preposition of its own is a noun,
// not a present tense.
func TestFrameBeforeOccasion(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an occasion's phrase joins two names", text: `"We call on both sides to show restraint," the minister said on Monday after border clashes between Thailand and Cambodia.`,
			named: []string{"We", "the minister", "Thailand", "Cambodia"}, names: []string{"Thailand", "Cambodia"}, times: []string{"Monday"},
			tags: []string{"clashes/NNS"}, rels: []string{"attrib(call, the minister)"}},
		{name: "an adverbial clause after the frame", text: `"We will not accept this," the president said on Friday after Russia declared the annexation.`,
			named: []string{"We", "the president", "Russia"}, names: []string{"Russia"}, times: []string{"Friday"},
			rels: []string{"attrib(will not accept, the president)"}},
		{name: "the frame's subject has a possessor", text: `"We have decided to expel the ambassador," the prime minister's office said on Thursday.`,
			named: []string{"We", "the prime minister", "the ambassador"}, times: []string{"Thursday"},
			rels: []string{"attrib(have decided, office)"}},
		{name: "a clause, then a frame and an adverbial clause", text: "Rebels shelled the town overnight, the army said as fighting spread to the north.",
			named: []string{"Rebels", "the army"}, rels: []string{"attrib(shelled, the army)"}},
		{name: "amid police raids on", text: "Students marched in the capital on Sunday amid police raids on campuses.",
			named: []string{"Students", "police"}, times: []string{"Sunday"}, tags: []string{"raids/NNS"}},
		{name: "not: a clause after after", text: "The talks collapsed after the army attacks the rebels.",
			named: []string{"the army", "the rebels"}, tags: []string{"attacks/VBZ"}},
		{name: "not: a condition after the frame", text: `"We will send troops," the minister said if the council agreed.`,
			named: []string{"We", "the minister", "the council"}, absent: []string{"attrib(will send, the minister)"}},
	})
}

// TestFrameInsideList holds a reporting frame set off by commas after its
// clause's subject when the clause's verb goes on to a list ("Police,
// witnesses said, beat protesters and dragged them away"): the frame
// verb is no member of the list, and the subject is the verbs'. A list
// whose member joins two objects with "and" ("detained her and several
// members of her party, and declared") stays a list.
func TestFrameInsideList(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the frame, then two verbs joined", text: "Police, witnesses said, beat several protesters with batons and dragged them into vans.",
			named: []string{"Police", "witnesses", "several protesters"}, clauses: "report main main",
			rels: []string{"subj(beat, Police)", "obj(beat, several protesters)", "attrib(beat, witnesses)"}, absent: []string{"conj(said, beat)", "subj(beat, witnesses)"}},
		{name: "an official's frame, one verb", text: "The troops, a local official said, fired on the crowd and arrested dozens of people.",
			named: []string{"The troops", "a local official", "the crowd"}, rels: []string{"subj(fired, The troops)"}, absent: []string{"subj(fired, a local official)"}},
		{name: "a member joins two objects", text: "Soldiers surrounded the house early on Monday, detained her and several members of her party, and declared a state of emergency.",
			named: []string{"Soldiers", "her", "several members"}, times: []string{"Monday"},
			rels: []string{"subj(detained, Soldiers)", "subj(declared, Soldiers)", "obj(detained, her)"}},
		{name: "not: two clauses with subjects of their own", text: "Soldiers surrounded the house on Monday, police arrested her and two aides, and officials declared a curfew.",
			named: []string{"Soldiers", "police", "her", "officials"}, times: []string{"Monday"},
			rels: []string{"subj(arrested, police)", "subj(declared, officials)"}, absent: []string{"subj(declared, Soldiers)"}},
	})
}

// TestOpeningAs holds "As" that opens a sentence as the opener of an
// adverbial clause ("As unrest spread through the city, Russia sent
// troops"), not an adjective before a noun; and a word that may be a noun
// or a past tense, after the bare noun of a clause an opener began, is the
// clause's verb ("unrest spread"), while a phrase with no opener keeps its
// compound noun ("a new military offensive").
func TestOpeningAs(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "As, a mass noun and a past tense", text: "As unrest spread through the city, Russia sent paratroopers to the country.",
			named: []string{"Russia"}, names: []string{"Russia"}, tags: []string{"As/IN", "spread/VBD", "sent/VBD"},
			clauses: "adverbial main", rels: []string{"subj(sent, Russia)", "obj(sent, paratroopers)"}},
		{name: "As, a plural and a past tense", text: "As protests grew in the capital, the army sent more troops.",
			named: []string{"the army"}, tags: []string{"As/IN", "grew/VBD"}, rels: []string{"subj(sent, the army)"}},
		{name: "As, a determiner", text: "As the fighting spread to the north, thousands of people fled across the border.",
			tags: []string{"As/IN", "spread/VBD"}},
		{name: "while, a mass noun", text: "While violence spread across the region, the government imposed a curfew.",
			named: []string{"the government"}, tags: []string{"spread/VBD", "imposed/VBD"}, rels: []string{"subj(imposed, the government)"}},
		{name: "not: a compound noun with no opener", text: "The rebels launched a new military offensive through the valley.",
			named: []string{"The rebels"}, tags: []string{"offensive/NN"}},
		{name: "not: as after a verb", text: "Police fired as protesters gathered outside the ministry.",
			named: []string{"Police", "protesters"}, tags: []string{"as/IN", "gathered/VBD"}},
	})
}

// TestAppositionParticiple holds a participle on the noun of an
// apposition to the subject ("Members of the group, an armed movement
// linked to Islamic State that operates in Congo, kidnapped"): the
// clause's verb comes after the apposition's closing comma, past a
// relative clause or names joined inside it. A report set off between
// commas ("The plan, the minister said, had failed") and a verb with no
// finite verb after the apposition keep their readings.
func TestAppositionParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "linked, a relative clause inside", text: "Members of the movement, an armed group linked to the Islamic State that operates in eastern Congo and western Uganda, kidnapped twelve villagers.",
			named: []string{"Members", "the Islamic State", "Congo", "Uganda"}, names: []string{"Islamic State", "Congo", "Uganda"},
			tags: []string{"linked/VBN", "kidnapped/VBD"}, rels: []string{"obj(kidnapped, twelve villagers)"}},
		{name: "backed, then the verb", text: "The Rapid Support Forces, a paramilitary group backed by the Emirates, attacked the city of El Fasher.",
			named: []string{"The Rapid Support Forces", "the Emirates"}, names: []string{"Rapid Support Forces", "Emirates"},
			tags: []string{"backed/VBN", "attacked/VBD"}, rels: []string{"obj(attacked, the city)"}},
		{name: "founded, a time", text: "Hezbollah, a Shi'ite movement founded in 1982, fired rockets at northern Israel.",
			named: []string{"Hezbollah", "Israel"}, names: []string{"Hezbollah", "Israel"}, tags: []string{"founded/VBN", "fired/VBD"}},
		{name: "not: a report set off", text: "The plan, the minister said, had failed.",
			named: []string{"The plan", "the minister"}, clauses: "report main"},
		{name: "not: a clause after a comma, no apposition", text: "On Monday, the army attacked the town, killing ten people.",
			named: []string{"the army"}, times: []string{"Monday"}, tags: []string{"attacked/VBD"}},
	})
}

// TestNeitherAfterAside holds a subject "neither A nor B" after a fronted
// phrase that ends in a noun ("Despite threats from both sides, neither
// the army nor the rebels fired"): "neither" opens its own list, so the
// phrase before the comma is no member of it, and the subject that names
// no one negates its verb.
func TestNeitherAfterAside(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "neither after a fronted phrase", text: "Despite threats from both sides, neither the army nor the rebels fired a shot on Saturday.",
			named: []string{"the army", "the rebels"}, times: []string{"Saturday"},
			rels: []string{"conj(neither the army, the rebels)"}, absent: []string{"conj(both sides, the rebels)", "conj(both sides, neither the army)"}},
		{name: "either after a fronted phrase", text: "After talks with the envoys, either Kenya or Uganda will host the summit.",
			named: []string{"the envoys", "Kenya", "Uganda"}, names: []string{"Kenya", "Uganda"}, absent: []string{"conj(the envoys, Uganda)"}},
		{name: "not: a plain list after a fronted phrase keeps its members", text: "In the north, Mali, Niger and Chad sent troops.",
			named: []string{"Mali", "Niger", "Chad"}, names: []string{"Mali", "Niger", "Chad"}, rels: []string{"conj(Mali, Chad)"}},
	})
}

// TestAsideParticiple holds the object after an aside that carries a
// participle on its own noun ("released on Thursday, after a delay caused
// by disputes over the list, thirty-nine prisoners"): the participle
// belongs to the aside, and the phrase after its closing comma is still
// the verb's object; a finite verb inside the aside ends it.
func TestAsideParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a passive participle in the aside", text: "Israel released on Thursday, after a delay caused by disputes over the list, thirty-nine Palestinian prisoners.",
			named: []string{"Israel", "Palestinian prisoners"}, names: []string{"Israel"}, times: []string{"Thursday"},
			rels: []string{"obj(released, thirty-nine Palestinian prisoners)"}},
		{name: "a participle with its object", text: "The army freed on Monday, in a raid backed by drones, four aid workers.",
			named: []string{"The army", "four aid workers"}, times: []string{"Monday"}, rels: []string{"obj(freed, four aid workers)"}},
		{name: "not: a finite verb in the aside", text: "The army freed on Monday, after talks collapsed, the village elders said.",
			named: []string{"The army", "the village elders"}, times: []string{"Monday"}, absent: []string{"obj(freed, the village elders)"}},
	})
}

// TestListAfterPerfect holds a list of verb phrases whose first member
// has a perfect auxiliary the others share ("said they had annulled the
// vote, dissolved the institutions and sealed the borders") and a list in
// an adverbial clause ("after the president tore up the constitution,
// dismissed every judge and put off elections"): the later members are
// the first's, with its subject, not main clauses with none.
func TestListAfterPerfect(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "had, then two past forms", text: "The officers said they had annulled the vote, dissolved the institutions and sealed the borders.",
			named: []string{"The officers", "they"}, clauses: "main complement complement complement",
			rels: []string{"subj(dissolved, they)", "subj(sealed, they)", "obj(sealed, the borders)"}},
		{name: "an adverbial clause's list", text: "The commander returned to office after the president tore up the constitution, dismissed every judge and put off elections.",
			named: []string{"The commander", "the president"}, clauses: "main adverbial adverbial adverbial",
			rels: []string{"subj(dismissed, the president)"}},
		{name: "not: a subject of its own after the comma", text: "After the president tore up the constitution, the army dismissed every judge.",
			named: []string{"the president", "the army"}, rels: []string{"subj(dismissed, the army)"}},
	})
}

// TestCommaParticipleNounFirst holds a word the table reads first as a
// noun ("shooting", "shelling") as the participle of a clause after its
// clause's finite verb and a comma, before its object ("stormed into the
// town, shooting policemen and civilians"); before a verb of its own it
// stays a noun ("said on Monday, shooting incidents had decreased").
func TestCommaParticipleNounFirst(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "shooting, a plural object", text: "The rebels stormed into the town on Sunday, shooting policemen and civilians in the streets.",
			named: []string{"The rebels", "policemen", "civilians"}, times: []string{"Sunday"}, tags: []string{"shooting/VBG"},
			rels: []string{"obj(shooting, policemen)"}},
		{name: "shooting, a count", text: "Gunmen attacked the convoy on Friday, shooting two guards.",
			named: []string{"Gunmen", "two guards"}, times: []string{"Friday"}, tags: []string{"shooting/VBG"}},
		{name: "not: a noun before its verb", text: "The army said on Monday, shooting incidents had decreased.",
			named: []string{"The army"}, times: []string{"Monday"}, tags: []string{"shooting/NN"}},
		{name: "not: no verb before it", text: "Shooting incidents rose sharply in the capital.", tags: []string{"Shooting/NN"}},
	})
}

// TestFrameAdjective holds a reporting frame whose adjuncts include an
// adjective of time ('"...," the office said in a statement late on
// Thursday'): it still reports the quote before it.
func TestFrameAdjective(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "late on Thursday", text: `"We have decided to expel the ambassador," the office said in a statement late on Thursday.`,
			named: []string{"We", "the office", "the ambassador"}, times: []string{"Thursday"}, rels: []string{"attrib(have decided, the office)"}},
		{name: "early on Monday, after a clause", text: "Troops shelled the town overnight, the army said early on Monday.",
			named: []string{"Troops", "the army"}, times: []string{"Monday"}, rels: []string{"attrib(shelled, the army)"}},
	})
}
