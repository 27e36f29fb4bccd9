package syntax

import "testing"

// TestOpeningParticipleName holds a past form that opens the sentence
// before a name or a people's adjective with no determiner, and then the
// clause's verb: it describes the subject ("Suspected Boko Haram militants
// attacked"), as it already did before a common noun ("Detained
// protesters"); before a preposition, or with no verb after its phrase, it
// stays the participle of an opening clause.
func TestOpeningParticipleName(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "suspected, a group's name", text: "Suspected Boko Haram militants attacked a village in Borno state.", named: []string{"Boko Haram militants", "Borno"}, names: []string{"Boko Haram", "Borno"},
			tags: []string{"Suspected/JJ", "attacked/VBD"}, rels: []string{"subj(attacked, Suspected Boko Haram militants)", "obj(attacked, a village)"}},
		{name: "masked, an intransitive verb", text: "Masked Hamas gunmen paraded through the streets of Gaza City.", named: []string{"Hamas gunmen", "Gaza City"}, names: []string{"Hamas", "Gaza City"},
			tags: []string{"Masked/JJ", "paraded/VBD"}, rels: []string{"subj(paraded, Masked Hamas gunmen)"}},
		{name: "jailed, a people's adjective and a title", text: "Jailed Kurdish leader Abdullah Ocalan called on his fighters to lay down their arms.", named: []string{"Kurdish leader Abdullah Ocalan"}, names: []string{"Abdullah Ocalan"},
			tags: []string{"Jailed/JJ", "called/VBD"}, rels: []string{"subj(called, Jailed Kurdish leader Abdullah Ocalan)"}},
		{name: "ousted, a passive", text: "Ousted Egyptian President Mohamed Morsi was sentenced to 20 years in prison.", named: []string{"Egyptian President Mohamed Morsi"}, names: []string{"Mohamed Morsi"},
			tags: []string{"Ousted/JJ", "sentenced/VBN"}, rels: []string{"subj(was sentenced, Ousted Egyptian President Mohamed Morsi)"}},
		{name: "freed, an intransitive verb", text: "Freed Israeli soldier Gilad Shalit flew home on Tuesday.", named: []string{"Israeli soldier Gilad Shalit"}, names: []string{"Gilad Shalit"},
			tags: []string{"Freed/JJ", "flew/VBD"}, rels: []string{"subj(flew, Freed Israeli soldier Gilad Shalit)"}},
		{name: "detained, two names joined", text: "Detained Reuters journalists Wa Lone and Kyaw Soe Oo appeared in court on Monday.", named: []string{"Reuters journalists Wa Lone", "Kyaw Soe Oo"}, names: []string{"Reuters", "Wa Lone", "Kyaw Soe Oo"}, times: []string{"Monday"},
			tags: []string{"Detained/JJ", "appeared/VBD"}},
		{name: "not: an opening participle with its agent", text: "Backed by Russian air strikes, Syrian government forces advanced on Palmyra.", named: []string{"Russian air strikes", "Syrian government forces", "Palmyra"}, names: []string{"Palmyra"},
			tags: []string{"Backed/VBN", "advanced/VBD"}, rels: []string{"subj(advanced, Syrian government forces)"}},
		{name: "not: an inverted passive", text: "Killed in the attack were two Turkish soldiers.", named: []string{"Turkish soldiers"},
			tags: []string{"Killed/VBN"}},
		{name: "not: an opening participle with a time", text: "Elected in 2010, Ouattara took office after a standoff.", named: []string{"Ouattara"}, names: []string{"Ouattara"},
			tags: []string{"Elected/VBN", "took/VBD"}, rels: []string{"subj(took, Ouattara)"}},
		{name: "not: its object, then a comma", text: "Elected President Kenyatta in 2013, Kenyans went to the polls again.", named: []string{"President Kenyatta", "Kenyans"}, names: []string{"Kenyatta"},
			tags: []string{"Elected/VBN"}},
	})
}

// TestParticipleJoinedAgents holds a participle on the subject whose
// phrase joins two nouns ("militants backed by Iran and Syria attacked"):
// the clause's verb has the participle's noun as subject, not the last
// noun joined inside its phrase; two clauses joined by "and" keep their own
// subjects.
func TestParticipleJoinedAgents(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "backed by two names", text: "Militants backed by Iran and Syria attacked the convoy on Monday.", named: []string{"Militants", "Iran", "Syria"}, names: []string{"Iran", "Syria"}, times: []string{"Monday"},
			rels: []string{"subj(attacked, Militants)", "agent(backed, Iran)"}, absent: []string{"subj(attacked, Iran)", "subj(attacked, Syria)"}},
		{name: "supported by two names", text: "Rebels supported by Rwanda and Uganda seized the town of Goma in November.", named: []string{"Rebels", "Rwanda", "Uganda", "Goma"}, names: []string{"Rwanda", "Uganda", "Goma"},
			rels: []string{"subj(seized, Rebels)", "obj(seized, the town)"}},
		{name: "backed by two plurals", text: "Troops backed by tanks and helicopters entered the town early on Sunday.", named: []string{"Troops"}, times: []string{"Sunday"},
			rels: []string{"subj(entered, Troops)"}, absent: []string{"subj(entered, tanks)"}},
		{name: "angered by two phrases of their own", text: "Protesters angered by the killing of a student and the arrest of his friends burned tyres.", named: []string{"Protesters", "a student"},
			rels: []string{"subj(burned, Protesters)", "obj(burned, tyres)"}},
		{name: "a determiner in the second", text: "The rebels backed by Rwanda and the army fought for control of the town.", named: []string{"The rebels", "Rwanda", "the army"}, names: []string{"Rwanda"},
			rels: []string{"subj(fought, The rebels)"}},
		{name: "not: two clauses joined", text: "Police fired on protesters and soldiers arrested dozens.", named: []string{"Police", "protesters", "soldiers"},
			rels: []string{"subj(fired, Police)", "subj(arrested, soldiers)"}},
	})
}

// TestOpeningSubjectPresent holds the present tense of a word that may be
// a noun, after the noun phrase that opens its clause, before what it
// takes, with no other verb after it (ledes and headlines: "The army
// shells rebel positions", "The rebels claim control of the town"): the
// verb, agreeing with the phrase in number. A later verb, a preposition
// after the word or a bare compound of common nouns keep the noun.
func TestOpeningSubjectPresent(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a singular noun, an -s form the source knew as a noun only", text: "The army shells rebel positions in the north as talks stall in Geneva.",
			tags: []string{"shells/VBZ", "positions/NNS"}, rels: []string{"subj(shells, The army)", "obj(shells, rebel positions)"}},
		{name: "a plural name, one country", text: "The United States arms rebels in the south, according to officials.", named: []string{"The United States", "rebels"}, names: []string{"The United States"},
			tags: []string{"arms/VBZ"}, rels: []string{"subj(arms, The United States)", "obj(arms, rebels)"}},
		{name: "a name", text: "Turkey arrests 20 journalists over the coup attempt.", named: []string{"Turkey", "journalists"}, names: []string{"Turkey"},
			tags: []string{"arrests/VBZ"}, rels: []string{"subj(arrests, Turkey)", "obj(arrests, 20 journalists)"}},
		{name: "a clause after it", text: "The resolution demands that Israel stop building settlements.", named: []string{"Israel"}, names: []string{"Israel"},
			tags: []string{"demands/VBZ", "that/IN"}, rels: []string{"subj(demands, The resolution)"}},
		{name: "a charge", text: "The government charges that the opposition incited the violence.",
			tags: []string{"charges/VBZ"}, rels: []string{"subj(charges, The government)"}},
		{name: "a compound subject, an adjective in the object", text: "The rebel group controls large parts of the north.",
			tags: []string{"group/NN", "controls/VBZ"}, rels: []string{"subj(controls, The rebel group)", "obj(controls, large parts)"}},
		{name: "a plural subject, a plain present", text: "The rebels claim control of the town after a week of fighting.",
			tags: []string{"claim/VBP", "control/NN"}, rels: []string{"subj(claim, The rebels)", "obj(claim, control)"}},
		{name: "a noun that may be plural, a plain present", text: "Egyptian police arrest dozens after protests in Cairo.", named: []string{"Egyptian police", "Cairo"}, names: []string{"Cairo"},
			tags: []string{"arrest/VBP"}, rels: []string{"subj(arrest, Egyptian police)", "obj(arrest, dozens)"}},
		{name: "a plural subject, a base form the source knew only as a noun or base", text: "Hezbollah fighters fire rockets into northern Israel.", named: []string{"Hezbollah fighters", "Israel"}, names: []string{"Hezbollah", "Israel"},
			tags: []string{"fire/VBP"}, rels: []string{"subj(fire, Hezbollah fighters)", "obj(fire, rockets)"}},
		{name: "a name that is a plural, then a plural the table also knows as a present", text: "Militants fire rockets at Israeli towns despite the truce.", named: []string{"Militants"},
			tags: []string{"fire/VBP", "rockets/NNS"}, rels: []string{"subj(fire, Militants)", "obj(fire, rockets)"}},
		{name: "not: a compound before a past tense", text: "Police fire killed two protesters.",
			tags: []string{"fire/NN", "killed/VBD"}},
		{name: "a number, then an adjective", text: "The president pardons 20 political prisoners.",
			tags: []string{"pardons/VBZ"}, rels: []string{"obj(pardons, 20 political prisoners)"}},
		{name: "not: a later past tense", text: "The Chinese navy ships arrived in the port on Tuesday.", times: []string{"Tuesday"},
			tags: []string{"ships/NNS", "arrived/VBD"}, rels: []string{"subj(arrived, The Chinese navy ships)"}},
		{name: "not: a preposition after the word", text: "The peace talks in Geneva, which began on Monday, stalled.", names: []string{"Geneva"}, named: []string{"Geneva"}, times: []string{"Monday"},
			tags: []string{"talks/NNS"}},
		{name: "not: a bare compound of common nouns", text: "Budget cuts spark protests in Athens.", named: []string{"Athens"}, names: []string{"Athens"},
			tags: []string{"cuts/NNS", "spark/VBP"}},
		{name: "not: inside a preposition's phrase", text: "Opposition to the government cuts grew.",
			tags: []string{"cuts/NNS", "grew/VBD"}},
		{name: "not: a noun after a past tense", text: "Police made dozens of arrests on Monday.", times: []string{"Monday"},
			tags: []string{"arrests/NNS"}},
		{name: "not: a past tense right after it in a clause", text: "The blow fell on Monday, when Israeli artillery shells struck a compound.", times: []string{"Monday"},
			tags: []string{"shells/NNS", "struck/VBD"}, rels: []string{"subj(struck, Israeli artillery shells)"}},
	})
}

// TestPassiveDeadline holds a passive's "by" before a time, a unit of
// time or a noun whose "of" phrase is one ("will be withdrawn by the end of
// March", "were freed by midnight"): a deadline, not the agent; an agent
// after the deadline, or one with an "of" phrase of its own, stays.
func TestPassiveDeadline(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the end of a month", text: "The troops will be withdrawn by the end of March, officials said.", times: []string{"March"},
			absent: []string{"agent(will be withdrawn, the end)"}},
		{name: "the end of the year", text: "The force will be deployed by the end of the year.",
			absent: []string{"agent(will be deployed, the end)"}},
		{name: "a weekday", text: "The prisoners were released by Friday.", times: []string{"Friday"},
			absent: []string{"agent(were released, Friday)"}},
		{name: "a time of day", text: "The hostages were freed by midnight.",
			absent: []string{"agent(were freed, midnight)"}},
		{name: "the agent after the deadline", text: "The attack was condemned by the end of the day by most governments.",
			rels: []string{"agent(was condemned, most governments)"}, absent: []string{"agent(was condemned, the end)"}},
		{name: "not: an agent with an of-phrase", text: "The town was taken by the army of Chad.", named: []string{"the army of Chad"},
			rels: []string{"agent(was taken, the army of Chad)"}},
		{name: "not: an agent, then a time", text: "The rebels were defeated by government forces by the end of the month.", named: []string{"government forces"},
			rels: []string{"agent(were defeated, government forces)"}},
	})
}

// TestNounBeforeVerbOnly holds a word that may be an adjective or a noun
// as a preposition's object right before a word that can only be a verb
// ("calls for calm went unheeded"): the noun, since no adjective modifies a
// verb; a lower-case preposition after an adjective stays one; and a
// sentence's first word is no present in -s, which needs a subject before
// it ("Calls for restraint were ignored").
func TestNounBeforeVerbOnly(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "calm before a past tense", text: "The president's calls for calm went unheeded as rioters torched cars.",
			tags: []string{"calm/NN", "went/VBD", "as/IN", "torched/VBD"}, rels: []string{"subj(went, calls)", "subj(torched, rioters)"}},
		{name: "a plural subject", text: "Appeals for calm went unheeded on Sunday.", times: []string{"Sunday"},
			tags: []string{"calm/NN", "went/VBD"}, rels: []string{"subj(went, Appeals)"}},
		{name: "the first word, a present in -s", text: "Calls for his resignation grew after the scandal.",
			tags: []string{"Calls/NNS", "grew/VBD"}, rels: []string{"subj(grew, Calls)"}},
		{name: "the first word, a passive after", text: "Calls for restraint were ignored.",
			tags: []string{"Calls/NNS"}, rels: []string{"subj(were ignored, Calls)"}},
		{name: "not: an adjective before its noun", text: "He called for calm Iraqi leaders to meet.",
			tags: []string{"calm/JJ"}},
		{name: "not: as after an adjective, then an adjective", text: "A new round of talks is likely as early as next week.", times: []string{"next week"},
			tags: []string{"as/IN"}},
	})
}

// TestWireSubjects holds four ways a wire sentence's subject was lost: a
// gerund that opens the sentence before its verb ("Fighting erupted"), an
// adverb between "has" and the participle ("has long accused"), a
// participle inside a phrase set off by commas after the subject ("The
// ministry, in a statement issued on Monday, condemned"), and a list of
// names a preposition set off by commas governs ("Several countries,
// including France and Germany, condemned").
func TestWireSubjects(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a gerund before its verb", text: "Fighting erupted on Sunday between rival militias.", times: []string{"Sunday"},
			tags: []string{"Fighting/NN", "erupted/VBD"}, rels: []string{"subj(erupted, Fighting)"}},
		{name: "a gerund before a phrase and its verb", text: "Shelling in the north has killed hundreds.",
			tags: []string{"Shelling/NN"}, rels: []string{"subj(has killed, Shelling)"}},
		{name: "a gerund before a passive", text: "Looting was reported in several districts.",
			tags: []string{"Looting/NN"}},
		{name: "not: an opening participle with its object", text: "Fighting the rebels, the army lost 20 men.",
			tags: []string{"Fighting/VBG"}, rels: []string{"subj(lost, the army)"}},
		{name: "not: an opening participle with a phrase and a comma", text: "Speaking to reporters, the minister said talks would resume.",
			tags: []string{"Speaking/VBG"}, rels: []string{"subj(said, the minister)"}},
		{name: "long between has and the participle", text: "Washington has long accused Tehran of supporting terrorism.", named: []string{"Washington", "Tehran"}, names: []string{"Washington", "Tehran"},
			tags: []string{"long/RB", "accused/VBN"}, rels: []string{"subj(has long accused, Washington)", "obj(has long accused, Tehran)"}},
		{name: "long before been", text: "The group has long been banned.",
			tags: []string{"long/RB"}, rels: []string{"subj(has long been banned, The group)"}},
		{name: "not: long after the participle", text: "The war has lasted long enough.",
			tags: []string{"long/JJ"}},
		{name: "not: long after been", text: "The talks have been long and difficult.",
			tags: []string{"long/JJ"}},
		{name: "a statement issued, set off", text: "The ministry, in a statement issued late on Monday, condemned the killing.", times: []string{"Monday"},
			tags: []string{"issued/VBN", "condemned/VBD"}, rels: []string{"subj(condemned, The ministry)", "obj(condemned, the killing)"}},
		{name: "a letter sent, set off", text: "Iran, in a letter sent to the United Nations, accused Israel of aggression.", named: []string{"Iran", "the United Nations", "Israel"}, names: []string{"Iran", "the United Nations", "Israel"},
			tags: []string{"sent/VBN"}, rels: []string{"subj(accused, Iran)", "obj(accused, Israel)"}},
		{name: "not: a phrase set off with no participle", text: "Police, in a raid on the camp, arrested dozens of people.", named: []string{"Police"},
			rels: []string{"subj(arrested, Police)"}},
		{name: "including two names", text: "Several countries, including France and Germany, condemned the move.", named: []string{"France", "Germany"}, names: []string{"France", "Germany"},
			rels: []string{"subj(condemned, Several countries)"}, absent: []string{"subj(condemned, France)"}},
		{name: "including a name and a country", text: "Western powers, including the United States and Britain, imposed sanctions on Russia.", named: []string{"the United States", "Britain", "Russia"}, names: []string{"the United States", "Britain", "Russia"},
			rels: []string{"subj(imposed, Western powers)"}},
	})
}

// TestEllipticApposition holds a phrase with no noun, a determiner and an
// adjective ("the deadliest in years", "the third this month"), set off by
// commas after a noun: an apposition that stands for the noun, so the
// noun is the verb's subject; a list of nouns stays a list.
func TestEllipticApposition(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a superlative with a phrase", text: "The attack, the deadliest in years, was claimed by the Pakistani Taliban.", named: []string{"the Pakistani Taliban"},
			rels: []string{"appos(The attack, the deadliest)", "subj(was claimed, The attack)"}, absent: []string{"subj(was claimed, the deadliest)"}},
		{name: "since a year", text: "The bombing, the worst since 2010, killed 40 people.", times: []string{"2010"},
			rels: []string{"subj(killed, The bombing)", "obj(killed, 40 people)"}},
		{name: "an ordinal and a time", text: "The attack, the third this month, was blamed on Boko Haram.", named: []string{"Boko Haram"}, times: []string{"this month"},
			rels: []string{"subj(was blamed, The attack)"}},
		{name: "not: a list", text: "The army, the police and the militias clashed.",
			absent: []string{"appos(The army, the police)"}},
	})
}

// TestWhereRelative holds a relative clause opened by "where" (or a
// preposition and "which") on a subject, with a subject of its own and no
// commas: it ends at its object, and the verb after it is the noun's ("The
// town where the rebels seized a base was bombed"); the object was the
// main verb's subject.
func TestWhereRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "took place, a passive", text: "The village where the massacre took place was sealed off by troops.",
			rels: []string{"obj(took, place)", "subj(was sealed off, The village)"}},
		{name: "an object, a passive", text: "The town where the rebels seized a base was bombed.",
			rels: []string{"obj(seized, a base)", "subj(was bombed, The town)"}, absent: []string{"subj(was bombed, a base)"}},
		{name: "from which", text: "The base from which the rebels launched the attack was captured.",
			rels: []string{"obj(launched, the attack)", "subj(was captured, The base)"}},
		{name: "not: who, its own object", text: "Officers who tried to stop the march were attacked.",
			rels: []string{"obj(to stop, the march)", "subj(were attacked, Officers)"}},
	})
}

// TestSetOffSubjectPresent holds the present of a word that may be a
// noun right after a phrase set off by commas after the clause's subject
// (a participle's, a relative clause, a preposition's, an apposition):
// the verb, agreeing with the subject ("The resolution, drafted by France,
// demands an end to the fighting").
func TestSetOffSubjectPresent(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "after a participle", text: "The resolution, drafted by France, demands an end to the fighting.", named: []string{"France"}, names: []string{"France"},
			tags: []string{"demands/VBZ"}, rels: []string{"subj(demands, The resolution)", "obj(demands, an end)"}},
		{name: "after a relative clause", text: "The group, which controls the north, claims responsibility for the attack.",
			tags: []string{"claims/VBZ"}, rels: []string{"subj(claims, The group)"}},
		{name: "after a preposition's phrase, a plural", text: "The rebels, in a statement, claim control of the town.",
			tags: []string{"claim/VBP"}, rels: []string{"subj(claim, The rebels)"}},
		{name: "after an apposition", text: "Hamas, the Islamist group, claims the attack.", named: []string{"Hamas"}, names: []string{"Hamas"},
			tags: []string{"claims/VBZ"}, rels: []string{"subj(claims, Hamas)", "obj(claims, the attack)"}},
		{name: "not: a list", text: "The army, the police, militias and volunteers guard the border.",
			tags: []string{"militias/NNS", "guard/VBP"}},
	})
}

// TestOpeningParticipleSubject holds a participle clause that opens the
// sentence, alone or after "after", "before", "since": its subject is the
// main clause's, told after the comma ("After killing two soldiers, the
// gunmen fled"); after such an opener a word that may be a gerund, before
// its object, is the participle ("After meeting the prime minister"), and
// before a verb it stays the noun ("After fighting ended").
func TestOpeningParticipleSubject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "after, an object", text: "After killing two soldiers, the gunmen fled.",
			rels: []string{"subj(killing, the gunmen)", "obj(killing, two soldiers)"}},
		{name: "after meeting, a noun first in the table", text: "After meeting the prime minister, the envoy said progress had been made.",
			tags: []string{"meeting/VBG"}, rels: []string{"subj(meeting, the envoy)", "obj(meeting, the prime minister)"}},
		{name: "before, a name", text: "Before leaving Cairo, the minister met Sisi.", named: []string{"Cairo", "Sisi"}, names: []string{"Cairo", "Sisi"},
			rels: []string{"subj(leaving, the minister)"}},
		{name: "alone", text: "Citing security concerns, the government closed the border.",
			rels: []string{"subj(Citing, the government)"}},
		{name: "a passive participle takes its patient", text: "Backed by Russian air strikes, Syrian government forces advanced on Palmyra.", named: []string{"Syrian government forces", "Palmyra"}, names: []string{"Palmyra"},
			rels: []string{"subj(Backed, Syrian government forces)", "agent(Backed, Russian air strikes)"}},
		{name: "after a main clause", text: "He returned after meeting Putin in Moscow.", named: []string{"Putin", "Moscow"}, names: []string{"Putin", "Moscow"},
			tags: []string{"meeting/VBG"}, rels: []string{"subj(meeting, He)", "obj(meeting, Putin)"}},
		{name: "not: the noun before a verb", text: "After fighting ended, residents returned.",
			absent: []string{"subj(fighting, residents)"}},
		{name: "not: a determiner", text: "After the meeting, the envoy left.",
			tags: []string{"meeting/NN"}},
	})
}

// TestSubjectPronounPast holds a past form after a pronoun that can only
// be a subject ("they", "he") or after "it" that follows a noun: the past
// tense of a clause, never a participle on the pronoun ("a diplomat it
// accused of spying", "They left before voting ended").
func TestSubjectPronounPast(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a contact relative clause", text: "India expelled a Pakistani diplomat it accused of spying.", named: []string{"India"}, names: []string{"India"},
			tags: []string{"accused/VBD"}, rels: []string{"obj(expelled, a Pakistani diplomat)", "subj(accused, it)"}, absent: []string{"obj2(expelled, it)"}},
		{name: "before a clause opener", text: "They left before voting ended.",
			tags: []string{"left/VBD"}},
		{name: "not: an object pronoun", text: "Police seized it, officials said.", named: []string{"Police"},
			rels: []string{"obj(seized, it)"}},
	})
}

// TestAdverbialParticipleSubject holds a participle after "before",
// "after" or "while" that follows a verb's object: the verb's subject does
// it ("met the foreign minister before leaving for Cairo"); after "of" or
// "for" the object still does ("accused Somalia of backing the rebels").
func TestAdverbialParticipleSubject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "before leaving", text: "He met the foreign minister before leaving for Cairo.", named: []string{"Cairo"}, names: []string{"Cairo"},
			rels: []string{"subj(leaving, He)"}, absent: []string{"subj(leaving, the foreign minister)"}},
		{name: "after surrounding", text: "The troops killed two militants after surrounding the house.",
			rels: []string{"subj(surrounding, The troops)"}},
		{name: "while searching", text: "Police arrested the man while searching the area.", named: []string{"Police"},
			rels: []string{"subj(searching, Police)"}},
		{name: "not: accused of", text: "Kenya accused Somalia of backing the rebels.", named: []string{"Kenya", "Somalia"}, names: []string{"Kenya", "Somalia"},
			rels: []string{"subj(backing, Somalia)"}},
		{name: "not: thanked for", text: "Iran thanked Qatar for mediating.", named: []string{"Iran", "Qatar"}, names: []string{"Iran", "Qatar"},
			rels: []string{"subj(mediating, Qatar)"}},
	})
}

// TestBareVerbList holds a list of verbs with no object until the last
// ("detained, questioned and released the journalist"): every verb is the
// first one's subject's and takes the last one's object; a list of verb
// phrases keeps each its own object.
func TestBareVerbList(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "three verbs, one object", text: "Police detained, questioned and released the journalist.", named: []string{"Police"},
			rels: []string{"subj(questioned, Police)", "subj(released, Police)", "obj(detained, the journalist)", "obj(questioned, the journalist)"}},
		{name: "abducted, tortured and killed", text: "Gunmen abducted, tortured and killed three aid workers.",
			rels: []string{"subj(killed, Gunmen)", "obj(abducted, three aid workers)"}},
		{name: "not: verb phrases with their objects", text: "The rebels seized the town, looted shops and burned houses.",
			rels: []string{"obj(seized, the town)", "obj(looted, shops)", "obj(burned, houses)"}, absent: []string{"obj(seized, houses)"}},
	})
}

// TestAddingAfterReport holds a reporting participle after a comma that
// closes what was said ("said the country would not be intimidated,
// adding that"): it goes on the saying, whose subject says it, and so
// does an accusing participle ("said soldiers had tortured detainees,
// accusing the army of"); another
// participle after what was said stays with the clause that tells the act
// ("said troops had retaken the town, killing 30 rebels").
func TestAddingAfterReport(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "adding that", text: "The president said the country would not be intimidated, adding that the perpetrators would be punished.",
			rels: []string{"subj(adding, The president)"}, absent: []string{"subj(adding, the country)"}},
		{name: "saying", text: "The army said it had killed 20 militants, saying the operation would continue.",
			rels: []string{"subj(saying, The army)"}},
		{name: "not: an act's result", text: "The ministry said troops had retaken the town, killing 30 rebels.",
			rels: []string{"subj(killing, troops)", "obj(killing, 30 rebels)"}},
		{name: "accusing after what was said", text: "Amnesty International said on Wednesday that soldiers had tortured detainees, accusing the army of beating them.",
			rels: []string{"subj(accusing, Amnesty International)"}, absent: []string{"subj(accusing, soldiers)"}},
		{name: "charging after a that-clause", text: "The opposition said that police had fired on the crowd, charging the government with murder.",
			rels: []string{"subj(charging, The opposition)"}, absent: []string{"subj(charging, police)"}},
		{name: "not: an act's result after an accusation verb", text: "Officials said rebels had attacked the convoy, wounding three guards.",
			rels: []string{"subj(wounding, rebels)"}},
	})
}

// TestObjectRelativeThat holds "that" after a noun with no content clause,
// the object of a verb that takes no clause, before a subject and a verb
// with no object of its own: a relative pronoun whose clause's object is
// the noun ("retook the town that government troops had captured in
// May"), not a complementizer making the clause the verb's complement
// (the capture was hypothetical, a complement of "retook"). After a
// content noun, a reporting verb's object or before a clause with its own
// object, "that" stays the complementizer.
func TestObjectRelativeThat(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the town that troops had captured", text: "Rebels retook the town that government troops had captured in May.", times: []string{"May"},
			tags: []string{"that/WDT"}, clauses: "main relative"},
		{name: "the deal that it signed", text: "Iran violated the deal that it signed in 2015.", named: []string{"Iran"}, names: []string{"Iran"}, times: []string{"2015"},
			tags: []string{"that/WDT"}, clauses: "main relative"},
		{name: "weapons that the army had left behind", text: "The rebels seized weapons that the army had left behind.",
			tags: []string{"that/WDT"}, clauses: "main relative"},
		{name: "not: a reporting verb's object", text: "Officials told reporters that troops had withdrawn.",
			tags: []string{"that/IN"}, clauses: "main complement"},
		{name: "not: a content noun", text: "The army denied reports that soldiers had killed civilians.",
			tags: []string{"that/IN"}},
		{name: "not: a warning", text: "Iran warned Israel that it would respond.", named: []string{"Iran", "Israel"}, names: []string{"Iran", "Israel"},
			tags: []string{"that/IN"}},
	})
}

// TestChargedActGerund holds a word that may be a gerund or an adjective
// after "of" that follows a verb of charging and its object, or after
// "for" that follows any verb's object ("accused the army of killing
// civilians", "blamed Somalia for harbouring militants"): the gerund, whose
// subject is the object; after a noun with no verb before it, or "of"
// after another verb's object, it stays the adjective ("denied reports of
// growing unrest").
func TestChargedActGerund(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "accused of, two gerunds", text: "Human Rights Watch accused the army of killing civilians and burning villages.", named: []string{"Human Rights Watch"}, names: []string{"Human Rights Watch"},
			tags: []string{"killing/VBG"}, rels: []string{"subj(killing, the army)", "obj(killing, civilians)", "subj(burning, the army)"}},
		{name: "accused of, a name", text: "Washington has long accused Tehran of supporting terrorism.", named: []string{"Washington", "Tehran"}, names: []string{"Washington", "Tehran"},
			tags: []string{"supporting/VBG"}, rels: []string{"subj(supporting, Tehran)", "obj(supporting, terrorism)"}},
		{name: "not: reports of", text: "The army denied reports of growing unrest.",
			tags: []string{"growing/JJ"}},
		{name: "not: a noun's of", text: "The threat of rising prices worried the government.",
			tags: []string{"rising/JJ"}},
	})
}
