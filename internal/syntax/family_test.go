package syntax

import "testing"

// famRow is a clause row of the wire family, with the reason it is not
// yet held ("" when it is).
type famRow struct {
	clauseRow
	skip string
}

func row(name, text string, named []string, rels, absent []string) famRow {
	return famRow{clauseRow: clauseRow{name: name, text: text, named: named, names: named, rels: rels, absent: absent}}
}

// at gives a row the times the date stage finds in its text.
func (r famRow) at(times ...string) famRow {
	r.times = times
	return r
}

// not marks a row not yet held, with the reason.
func (r famRow) not(reason string) famRow {
	r.skip = reason
	return r
}

func runFamily(t *testing.T, rows []famRow) {
	t.Helper()
	for _, r := range rows {
		if r.skip != "" {
			t.Run(r.name, func(t *testing.T) { t.Skip(r.skip) })
			continue
		}
		runClauseRows(t, []clauseRow{r.clauseRow})
	}
}

// TestWireFamily holds the wire constructions that every later stage reads
// subjects, objects and clauses from: a phrase between a relative pronoun
// and its verb, reported speech interrupted or inverted, appositions with
// ages and titles, verb phrases joined across a comma, participial and
// absolute openers, "along with" in a subject, partitives and quantities,
// and other common shapes.
func TestWireFamily(t *testing.T) {
	n := func(s ...string) []string { return s }
	runFamily(t, []famRow{
		// a phrase between a relative pronoun and its verb: the pronoun
		// is the verb's subject, the noun before it never its object
		row("who on a day", "Erdogan, who on Monday compared the strikes to genocide, said Turkey would respond.", n("Erdogan", "Turkey"),
			n("subj(compared, Erdogan)", "obj(compared, the strikes)", "subj(said, Erdogan)"), n("obj(compared, Erdogan)")).at("Monday"),
		row("who last week", "The minister, who last week ordered the raids, resigned on Tuesday.", nil,
			n("subj(ordered, The minister)", "obj(ordered, the raids)", "subj(resigned, The minister)"), n("obj(ordered, The minister)")).at("last week", "Tuesday"),
		row("which in a year", "The militia, which in 2019 seized the oil fields, attacked the port.", nil,
			n("subj(seized, The militia)", "obj(seized, the oil fields)", "subj(attacked, The militia)"), n("obj(seized, The militia)")).at("2019"),
		row("who earlier this month", "The general, who earlier this month threatened the rebels, visited the front.", nil,
			n("subj(threatened, The general)", "obj(threatened, the rebels)", "subj(visited, The general)"), n("obj(threatened, The general)")).at("earlier this month"),
		row("who for weeks have", "Protesters, who for weeks have blocked the highway, clashed with police.", nil,
			n("subj(have blocked, Protesters)", "obj(have blocked, the highway)", "subj(clashed, Protesters)"), n("obj(have blocked, Protesters)")),
		row("which on a day, a name", "The army, which on Friday shelled the town, denied the report.", nil,
			n("subj(shelled, The army)", "obj(shelled, the town)", "subj(denied, The army)"), n("obj(shelled, The army)")).at("Friday"),
		row("which since a month has", "Kenya, which since March has hosted the talks, expelled two diplomats.", n("Kenya"),
			n("subj(has hosted, Kenya)", "obj(has hosted, the talks)", "subj(expelled, Kenya)"), n("obj(has hosted, Kenya)")).at("March"),
		row("who in a statement", "The opposition leader, who in a statement accused the government of fraud, called for protests.", nil,
			n("subj(accused, The opposition leader)", "obj(accused, the government)", "subj(called, The opposition leader)"), n("obj(accused, The opposition leader)")),
		row("who late on a day", "The police, who late on Saturday detained the activists, released them on Sunday.", nil,
			n("subj(detained, The police)", "obj(detained, the activists)", "subj(released, The police)"), n("obj(detained, The police)")).at("Saturday", "Sunday"),
		row("who at dawn", "The rebels, who at dawn stormed the barracks, killed three soldiers.", nil,
			n("subj(stormed, The rebels)", "obj(stormed, the barracks)", "subj(killed, The rebels)"), n("obj(stormed, The rebels)")),
		row("which in a month", "The court, which in May sentenced the journalist, upheld the ruling.", nil,
			n("subj(sentenced, The court)", "obj(sentenced, the journalist)", "subj(upheld, The court)"), n("obj(sentenced, The court)")).at("May"),
		row("which someone said", "The strike, which Israel said targeted a commander, killed four people.", n("Israel"),
			n("subj(said, Israel)", "subj(targeted, The strike)", "obj(targeted, a commander)", "comp(said, targeted)", "subj(killed, The strike)"),
			n("obj(said, The strike)")),
		row("who police say", "The man, who police say attacked the guards, was arrested.", nil,
			n("subj(say, police)", "subj(attacked, The man)", "obj(attacked, the guards)", "subj(was arrested, The man)"), n("obj(say, The man)")),
		row("not: whom someone detained", "The men, whom police detained on Friday, were released.", nil,
			n("obj(detained, The men)", "subj(detained, police)"), nil).at("Friday"),
		row("no phrase between, a control", "The man who ordered the raids was arrested.", nil,
			n("subj(ordered, The man)", "obj(ordered, the raids)", "subj(was arrested, The man)"), nil),
		row("who yesterday", "The governor, who yesterday dismissed the police chief, faces protests.", nil,
			n("subj(dismissed, The governor)", "obj(dismissed, the police chief)"), n("obj(dismissed, The governor)")).at("yesterday"),

		// a word that may open a clause, between a subject and its verb:
		// with only that verb ahead it is a preposition
		row("which until last year", "The militia, which until last year controlled the port, withdrew.", nil,
			n("subj(controlled, The militia)", "obj(controlled, the port)", "subj(withdrew, The militia)"), nil).at("last year"),
		row("who before an event", "The rebels, who before the truce had shelled the city, agreed to talks.", nil,
			n("subj(had shelled, The rebels)", "obj(had shelled, the city)"), n("subj(had shelled, the truce)")),
		row("a subject, since a day", "The army since Monday has arrested 300 people.", nil,
			n("subj(has arrested, The army)", "obj(has arrested, 300 people)"), nil).at("Monday"),
		row("a subject, after an event", "Police after the vote detained the opposition leader.", nil,
			n("subj(detained, Police)", "obj(detained, the opposition leader)"), n("subj(detained, the vote)")),
		row("not: after a verb it opens a clause", "The talks resumed after the rebels freed the hostages.", nil,
			n("subj(resumed, The talks)", "subj(freed, the rebels)"), nil),
		row("not: a clause and then the main one", "Hours after the rebels attacked the base, the army launched a counteroffensive.", nil,
			n("subj(attacked, the rebels)", "subj(launched, the army)"), nil),

		// reported speech interrupted or inverted: the report's subject is
		// its speaker, the clause around it keeps its own subject
		row("interrupted by the ministry said", "The attack, the ministry said, was planned abroad.", nil,
			n("subj(said, the ministry)", "subj(was planned, The attack)"), nil),
		row("interrupted by officials said", "The talks, officials said, will resume next week.", nil,
			n("subj(said, officials)", "subj(will resume, The talks)"), nil),
		{clauseRow: clauseRow{name: "interrupted, the clause kinds", text: "The plan, the minister said, had failed.", clauses: "report main",
			rels: []string{"subj(had failed, The plan)", "attrib(had failed, the minister)"}}},
		row("interrupted, the subject's prepositional phrase", "The head of the agency, officials said, has resigned.", nil,
			n("subj(has resigned, The head)", "subj(said, officials)"), n("subj(has resigned, the agency)")),
		row("not: a subject after the frame", "In the north, the army said, troops struck a convoy.", nil,
			n("subj(struck, troops)", "subj(said, the army)"), n("subj(struck, the north)")),
		row("not: an object before the frame", "Police arrested the men, the ministry said, and seized weapons.", nil,
			n("subj(arrested, Police)", "subj(said, the ministry)"), n("subj(seized, the men)")),
		row("interrupted, the speaker's phrase and a place after the report", "The Taliban, a spokesman for the group said on Twitter, captured the district.", n("Taliban"),
			n("subj(said, a spokesman)", "subj(captured, The Taliban)"), nil),
		row("interrupted, a time after the report", "The rebels, officials said on Monday, had seized the airport.", nil,
			n("subj(said, officials)", "subj(had seized, The rebels)"), nil).at("Monday"),
		row("interrupted, a report with its hearer", "Iran, the minister told parliament, will not retreat.", n("Iran"),
			n("subj(told, the minister)", "subj(will not retreat, Iran)"), nil),
		row("interrupted, a name before", "Israel, the army said, struck targets in Gaza.", n("Israel", "Gaza"),
			n("subj(said, the army)", "subj(struck, Israel)", "obj(struck, targets)"), nil),
		row("interrupted by he added", "The ceasefire, he added, would hold.", nil,
			n("subj(added, he)", "subj(would hold, The ceasefire)"), nil),
		row("quote, said the minister", "\"We will respond,\" said the minister.", nil,
			n("subj(said, the minister)", "subj(will respond, We)"), nil),
		row("quote, said a spokesman for", "\"The border is closed,\" said a spokesman for the army.", nil,
			n("subj(said, a spokesman)", "subj(is closed, The border)"), nil),
		row("no quote, said the prime minister", "The government will not negotiate, said the prime minister.", nil,
			n("subj(said, the prime minister)", "subj(will not negotiate, The government)"), nil),
		row("no quote, said witnesses", "Troops fired on the crowd, said witnesses.", nil,
			n("subj(said, witnesses)", "subj(fired, Troops)"), nil),
		row("quote, the general said", "\"The strikes will continue,\" the general said.", n("general"),
			n("subj(said, the general)", "subj(will continue, The strikes)"), nil),
		row("a clause, a spokesman said on a day", "Police arrested five men, a spokesman said on Monday.", nil,
			n("subj(arrested, Police)", "obj(arrested, five men)", "subj(said, a spokesman)"), nil),
		row("according to", "The rebels had withdrawn, according to the ministry.", nil,
			n("subj(had withdrawn, The rebels)"), nil),
		row("said the spokesman, who", "Russia will retaliate, said the spokesman, who declined to give details.", n("Russia"),
			n("subj(said, the spokesman)", "subj(will retaliate, Russia)", "subj(declined, the spokesman)"), nil),
		row("quote, the ministry said in a statement", "\"We condemn the attack,\" the ministry said in a statement.", nil,
			n("subj(condemn, We)", "obj(condemn, the attack)", "subj(said, the ministry)"), nil),
		row("a clause, the statement said", "Troops will stay in the region, the statement said.", nil,
			n("subj(will stay, Troops)", "subj(said, the statement)"), nil),

		row("said, a participle on the complement's subject", "Police said a man arrested on Sunday had confessed to the killing.", nil,
			n("subj(had confessed, a man)", "comp(said, had confessed)", "subj(arrested, a man)"), n("obj(said, a man)")).at("Sunday"),
		row("said, a passive participle with its agent", "Iranian officials said the tanker seized by British forces was carrying oil.", nil,
			n("subj(was carrying, the tanker)", "comp(said, was carrying)", "agent(seized, British forces)"), n("obj(said, the tanker)")),
		row("not: said with an object and a participle after", "The ministry named the soldiers killed in the attack.", nil,
			n("obj(named, the soldiers)"), nil),

		// appositions with ages and titles before the verb: the name is
		// the subject
		row("name, age, title", "Maria Lopez, 47, the head of the teachers union, was detained on Friday.", n("Maria Lopez"),
			n("subj(was detained, Maria Lopez)"), n("subj(was detained, 47)")),
		row("name, age", "Ahmed Said, 33, was sentenced to five years.", n("Ahmed Said"),
			n("subj(was sentenced, Ahmed Said)"), n("subj(was sentenced, 33)")),
		row("noun, age", "The activist, 29, was released on bail.", nil,
			n("subj(was released, The activist)"), n("subj(was released, 29)")),
		row("name, age, a commander of", "Omar Khalid, 45, a commander of the militia, surrendered to the army.", n("Omar Khalid"),
			n("subj(surrendered, Omar Khalid)"), n("subj(surrendered, 45)")),
		row("an object with an age", "Police arrested Ahmed Said, 33, on Friday.", n("Ahmed Said"),
			n("obj(arrested, Ahmed Said)"), nil).at("Friday"),
		row("not: a count after a preposition", "The toll rose to 40, the highest this year.", nil,
			n("subj(rose, The toll)"), n("appos(the toll, 40)", "appos(40, the highest)")),
		row("name, age, active verb and object", "Peter Novak, 62, a former mayor, criticised the verdict.", n("Peter Novak"),
			n("subj(criticised, Peter Novak)", "obj(criticised, the verdict)"), n("subj(criticised, 62)")),
		row("the suspect, a student", "The suspect, a 24-year-old student, was charged with murder.", nil,
			n("subj(was charged, The suspect)"), nil).not("two common nouns in apposition are linked only when one is an actor's mention"),
		row("name, a senior official in", "Li Wei, a senior official in the ministry, met the delegation.", n("Li Wei"),
			n("subj(met, Li Wei)", "obj(met, the delegation)"), nil),
		row("name, the governor of", "John Okafor, the governor of Lagos state, condemned the attack.", n("John Okafor", "Lagos"),
			n("subj(condemned, John Okafor)", "obj(condemned, the attack)"), nil).not("a place name before 'state' splits its phrase, and the split noun takes the subject"),
		row("name, the leader of", "Hassan Nasrallah, the leader of Hezbollah, warned Israel.", n("Hassan Nasrallah", "Hezbollah", "Israel"),
			n("subj(warned, Hassan Nasrallah)", "obj(warned, Israel)"), nil),
		{clauseRow: clauseRow{name: "name, possessive title", text: "Sergei Ivanov, Russia's deputy foreign minister, criticised the sanctions.",
			named: n("Sergei Ivanov", "Russia's deputy foreign minister"), names: n("Sergei Ivanov"),
			rels: n("subj(criticised, Sergei Ivanov)", "obj(criticised, the sanctions)")}},
		row("two men, aged", "Two men, aged 19 and 22, were arrested in Paris.", n("Paris"),
			n("subj(were arrested, Two men)"), nil).not("'aged 19 and 22' between commas is no apposition yet"),
		row("an apposition with a relative", "The envoy, a former general who served in Iraq, arrived in Kabul.", n("Iraq", "Kabul"),
			n("subj(arrived, The envoy)"), nil),

		// verb phrases joined, across a comma too: each verb has the
		// shared subject and its own object
		row("objects joined, then a verb after a comma", "The rebels seized the airport and the port, and cut the road.", nil,
			n("subj(seized, The rebels)", "obj(seized, the airport)", "subj(cut, The rebels)", "obj(cut, the road)"), nil),
		row("two verbs", "Troops surrounded the town and arrested the mayor.", nil,
			n("subj(arrested, Troops)", "obj(arrested, the mayor)"), nil),
		row("two verbs, a partitive object", "Police fired tear gas and detained dozens of protesters.", nil,
			n("subj(detained, Police)", "obj(detained, dozens)"), nil),
		row("three verbs", "The army shelled the village, killed ten civilians and destroyed a school.", nil,
			n("subj(killed, The army)", "obj(killed, ten civilians)", "subj(destroyed, The army)", "obj(destroyed, a school)"), nil),
		row("but did not", "Iran condemned the strike but did not retaliate.", n("Iran"),
			n("subj(did not retaliate, Iran)"), nil),
		row("two verbs, a time after", "The government expelled the ambassador and closed the embassy on Monday.", nil,
			n("subj(closed, The government)", "obj(closed, the embassy)"), nil),
		row("kidnapped and demanded", "Militants kidnapped the workers and demanded a ransom.", nil,
			n("subj(demanded, Militants)", "obj(demanded, a ransom)"), nil),
		row("three verbs, a prepositional phrase last", "Protesters burned tyres, blocked roads and threw stones at police.", nil,
			n("subj(blocked, Protesters)", "subj(threw, Protesters)", "obj(threw, stones)"), nil),
		row("four verbs", "Gunmen stormed the hotel, seized hostages, set fire to cars and fled.", nil,
			n("subj(seized, Gunmen)", "subj(set, Gunmen)", "subj(fled, Gunmen)", "obj(seized, hostages)"), nil),
		row("three verbs, a passive-looking last", "The militia captured the town, looted shops and burned the market.", nil,
			n("subj(looted, The militia)", "subj(burned, The militia)"), nil),
		row("not: each clause its own subject", "Troops shelled the town, rebels fired back and civilians fled.", nil,
			n("subj(shelled, Troops)", "subj(fired back, rebels)"), n("subj(fired back, Troops)", "conj(shelled, fired back)")),
		row("not: a relative clause ends at the comma", "Chad, one of the states that backed the junta, expelled the envoy and closed the border.", n("Chad"),
			n("subj(expelled, Chad)", "subj(closed, Chad)"), n("conj(backed, expelled)")),
		row("not: no closing and", "Troops shelled the town, killing two people.", nil,
			n("subj(shelled, Troops)"), n("conj(shelled, killing)")),
		row("not: two clauses", "Israel struck Gaza, and Hamas fired rockets at Tel Aviv.", n("Israel", "Gaza", "Hamas", "Tel Aviv"),
			n("subj(fired, Hamas)", "subj(struck, Israel)"), n("subj(fired, Israel)")),
		row("a participle after the clause", "Gunmen attacked a police station, killing four officers.", nil,
			n("subj(attacked, Gunmen)", "obj(attacked, a police station)", "obj(killing, four officers)"), nil),

		// a passive repeated after "and" without its auxiliary
		row("were killed and five wounded", "Three soldiers were killed and five wounded in the attack.", nil,
			n("subj(were killed, Three soldiers)", "subj(wounded, five)", "conj(were killed, wounded)"), n("obj(were killed, five)")),
		row("were arrested and a counted noun injured", "Two policemen were arrested and 12 civilians injured on Sunday.", nil,
			n("subj(were arrested, Two policemen)", "subj(injured, 12 civilians)"), nil).at("Sunday"),
		row("not: an active verb with its object", "Two soldiers were killed and rebels seized the town.", nil,
			n("subj(seized, rebels)", "obj(seized, the town)"), n("conj(were killed, seized)")),
		row("not: a verb with no past participle", "Five soldiers were wounded and 200 troops withdrew.", nil,
			n("subj(withdrew, 200 troops)"), n("conj(were wounded, withdrew)")),

		// a participle set off by commas after the subject: the subject
		// is the participle's too
		row("backed by, between commas", "The army, backed by Russian mercenaries, retook the town.", nil,
			n("subj(backed, The army)", "agent(backed, Russian mercenaries)", "subj(retook, The army)"), nil),
		row("angered by, between commas", "Protesters, angered by the verdict, attacked a police station.", nil,
			n("subj(angered, Protesters)", "subj(attacked, Protesters)"), nil),
		row("arrested in a month, a passive main verb", "The journalist, arrested in March, was released on Monday.", nil,
			n("subj(arrested, The journalist)", "subj(was released, The journalist)"), nil).at("March", "Monday"),
		row("the head of, between commas", "The leader of the militia, wanted for war crimes, surrendered.", nil,
			n("subj(wanted, The leader)", "subj(surrendered, The leader)"), n("subj(wanted, the militia)")),
		row("not: after an object", "Police arrested the activist, accused of treason, on Monday.", nil,
			n("obj(arrested, the activist)"), nil).at("Monday"),

		// participial and absolute openers: the subject after the comma
		// is the main verb's
		row("citing", "Citing security concerns, the government banned the rally.", nil,
			n("subj(banned, the government)", "obj(banned, the rally)"), nil),
		row("accused of", "Accused of corruption, the minister resigned.", nil,
			n("subj(resigned, the minister)"), nil),
		row("backed by", "Backed by air strikes, government forces retook the town.", nil,
			n("subj(retook, government forces)", "obj(retook, the town)"), nil),
		row("with the talks stalled", "With the talks stalled, Iran expelled two inspectors.", n("Iran"),
			n("subj(expelled, Iran)", "obj(expelled, two inspectors)"), n("subj(stalled, the talks)")),
		row("with elections approaching", "With elections approaching, the president sacked the cabinet.", nil,
			n("subj(sacked, the president)", "obj(sacked, the cabinet)"), nil),
		row("speaking in a place", "Speaking in Brussels, the NATO chief warned Russia.", n("Brussels", "NATO chief", "Russia"),
			n("subj(warned, the NATO chief)", "obj(warned, Russia)"), nil),
		row("fearing", "Fearing reprisals, thousands of villagers fled to the border.", nil,
			n("subj(fled, thousands)"), nil),
		row("after meeting", "After meeting the envoy, the rebels released the hostages.", nil,
			n("subj(released, the rebels)", "obj(released, the hostages)"), nil),
		row("angered by", "Angered by the verdict, protesters stormed the court.", nil,
			n("subj(stormed, protesters)", "obj(stormed, the court)"), nil),
		row("having lost", "Having lost the vote, the prime minister resigned.", nil,
			n("subj(resigned, the prime minister)"), nil),
		row("with the army deployed", "With the army deployed in the streets, the opposition called off the march.", nil,
			n("subj(called off, the opposition)", "obj(called off, the march)"), nil),

		// "along with", "together with", "as well as" in a subject: both
		// nouns are the subject
		row("along with, commas", "Russia, along with China, vetoed the resolution.", n("Russia", "China"),
			n("subj(vetoed, Russia)", "conj(Russia, China)", "obj(vetoed, the resolution)"), nil),
		row("together with, commas", "France, together with Germany, proposed new sanctions.", n("France", "Germany"),
			n("subj(proposed, France)", "conj(France, Germany)"), nil),
		row("as well as, no commas", "The United States as well as Britain condemned the coup.", n("The United States", "Britain"),
			n("subj(condemned, The United States)", "conj(The United States, Britain)"), nil),
		row("as well as, commas", "Egypt, as well as Qatar, mediated the talks.", n("Egypt", "Qatar"),
			n("subj(mediated, Egypt)", "conj(Egypt, Qatar)"), nil),
		row("along with, plural nouns", "The UN, along with aid groups, criticised the blockade.", n("UN"),
			n("subj(criticised, The UN)", "conj(The UN, aid groups)"), nil),
		row("along with after a joined subject", "Turkey and Iran, along with Russia, signed the agreement.", n("Turkey", "Iran", "Russia"),
			n("subj(signed, Turkey)", "conj(Turkey, Russia)"), nil),
		row("along with, no commas", "Police along with soldiers raided the camp.", nil,
			n("subj(raided, Police)", "conj(Police, soldiers)", "obj(raided, the camp)"), n("obl(raided, with)")),
		row("together with, a passive", "The mayor, together with two aides, was arrested.", nil,
			n("subj(was arrested, The mayor)", "conj(The mayor, two aides)"), nil),
		row("not: along with after an object", "Troops arrested the mayor, along with his aides, on Monday.", nil,
			n("obj(arrested, the mayor)"), n("conj(the mayor, his aides)")),
		row("a reported subject with along with", "Officials said the army, along with militias, attacked the town.", nil,
			n("subj(said, Officials)", "subj(attacked, the army)", "conj(the army, militias)"), nil),
		row("a reported subject with a participle between commas", "Officials said the army, backed by Russian jets, attacked the town.", nil,
			n("subj(said, Officials)", "subj(attacked, the army)", "subj(backed, the army)", "comp(said, attacked)"), n("obj(said, the army)", "subj(backed, Officials)")),
		row("a reported subject with a prepositional phrase between commas", "Officials said the army, in a rare move, attacked the town.", nil,
			n("subj(attacked, the army)", "comp(said, attacked)"), n("obj(said, the army)")),
		row("not: a reported object then a new clause", "Officials told the army, in a letter, that troops must withdraw.", nil,
			n("subj(told, Officials)", "obj(told, the army)"), nil),
		row("not: along with after the verb", "The minister arrived along with his wife.", nil,
			n("subj(arrived, The minister)"), n("conj(The minister, his wife)")),
		row("not: as well as after an object", "Troops seized weapons as well as ammunition.", nil,
			n("subj(seized, Troops)", "obj(seized, weapons)"), n("subj(seized, ammunition)")),

		// quantities and partitives: the quantity heads the phrase, its
		// "of" phrase names who
		row("dozens of, passive", "Dozens of protesters were arrested.", nil,
			n("subj(were arrested, Dozens)", "pobj(of, protesters)"), nil),
		row("two of, object", "Police detained two of the men.", nil,
			n("subj(detained, Police)", "obj(detained, two)", "pobj(of, the men)"), nil),
		row("one of, passive", "One of the soldiers was killed.", nil,
			n("subj(was killed, One)", "pobj(of, the soldiers)"), nil),
		row("hundreds of, active", "Hundreds of students marched on the ministry.", nil,
			n("subj(marched, Hundreds)", "pobj(of, students)"), nil),
		row("thousands of, object", "The army evacuated thousands of residents.", nil,
			n("obj(evacuated, thousands)", "pobj(of, residents)"), nil),
		row("some of, active", "Some of the rebels surrendered their weapons.", nil,
			n("subj(surrendered, Some)", "obj(surrendered, their weapons)"), nil),
		row("at least, a number", "At least 12 people were killed in the blast.", nil,
			n("subj(were killed, At least 12 people)"), nil),
		row("more than, a number", "More than 200 migrants were rescued by the coast guard.", nil,
			n("subj(were rescued, More than 200 migrants)", "agent(were rescued, the coast guard)"), nil),
		row("a number of", "A number of journalists were detained.", nil,
			n("subj(were detained, A number)", "pobj(of, journalists)"), nil),
		row("a group of", "A group of gunmen abducted the priest.", nil,
			n("subj(abducted, A group)", "obj(abducted, the priest)"), nil),

		// a noun and its infinitive as the subject: the noun is the
		// subject, the phrase after the infinitive its object
		row("the decision to, passive", "The decision to expel the diplomats was condemned by Moscow.", n("Moscow"),
			n("subj(was condemned, The decision)", "obj(to expel, the diplomats)", "agent(was condemned, Moscow)"), n("subj(was condemned, the diplomats)")),
		row("the move to, active", "The move to close the embassy angered Beijing.", n("Beijing"),
			n("subj(angered, The move)", "obj(to close, the embassy)", "obj(angered, Beijing)"), nil),
		row("efforts to, perfect", "Efforts to free the hostages have stalled.", nil,
			n("subj(have stalled, Efforts)", "obj(to free, the hostages)"), nil),
		row("a possessor's decision to", "The government's decision to ban the party drew protests.", nil,
			n("subj(drew, decision)", "obj(to ban, the party)"), n("subj(drew, the party)")),
		row("the infinitive's object through a preposition", "The decision to pull out of the talks was condemned by Washington.", n("Washington"),
			n("subj(was condemned, The decision)"), n("subj(was condemned, the talks)")),
		row("not: a verb's infinitive keeps its object", "Moscow condemned the decision to expel the diplomats.", n("Moscow"),
			n("subj(condemned, Moscow)", "obj(condemned, the decision)", "obj(to expel, the diplomats)"), nil),
		row("not: an infinitive after a verb, then a clause", "Russia wants to expel the diplomats, officials said.", n("Russia"),
			n("subj(wants, Russia)", "obj(to expel, the diplomats)", "subj(said, officials)"), nil),

		// a passive inverted after its participle
		{clauseRow: clauseRow{name: "also arrested was", text: "Also arrested was the party's deputy leader.",
			tags: n("arrested/VBN"), rels: n("subj(arrested, deputy leader)"), absent: n("obj(was, deputy leader)")}},
		{clauseRow: clauseRow{name: "also killed were", text: "Also killed were two policemen.",
			tags: n("killed/VBN"), rels: n("subj(killed, two policemen)")}},
		{clauseRow: clauseRow{name: "not: a participle opener with a comma", text: "Also wounded, the soldier was flown to Kabul.", named: n("Kabul"),
			rels: n("subj(was flown, the soldier)")}},

		// other common wire shapes
		row("a passive with its agent", "The journalist was arrested by police in Cairo.", n("Cairo"),
			n("subj(was arrested, The journalist)", "agent(was arrested, police)"), nil),
		row("accused someone of", "The ministry accused Turkey of violating its airspace.", n("Turkey"),
			n("subj(accused, The ministry)", "obj(accused, Turkey)"), nil),
		row("urged someone to", "The UN urged both sides to resume talks.", n("UN"),
			n("subj(urged, The UN)", "obj(urged, both sides)"), nil),
		row("held talks with", "The president held talks with the opposition on Sunday.", nil,
			n("subj(held, The president)", "obj(held, talks)"), nil),
		row("a time first", "On Tuesday, the army arrested the mayor.", nil,
			n("subj(arrested, the army)", "obj(arrested, the mayor)"), nil),
		row("a place first", "In Baghdad, gunmen killed two policemen.", n("Baghdad"),
			n("subj(killed, gunmen)", "obj(killed, two policemen)"), nil),
		row("said that", "The minister said that the army had withdrawn.", nil,
			n("subj(said, The minister)", "subj(had withdrawn, the army)"), nil),
		row("a negation", "The rebels did not attack the town.", nil,
			n("subj(did not attack, The rebels)", "obj(did not attack, the town)"), nil),
		row("a modal future", "The government will expel the diplomats.", nil,
			n("subj(will expel, The government)", "obj(will expel, the diplomats)"), nil),
		row("a present perfect", "Protesters have occupied the square.", nil,
			n("subj(have occupied, Protesters)", "obj(have occupied, the square)"), nil),
	})
}
