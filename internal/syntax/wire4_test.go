package syntax

import "testing"

// TestAdverbNotParticiple holds adverbs the lexicon also lists as past
// participles ("largely"): after a form of "be" they modify the verb that
// follows; they make no passive of their own.
func TestAdverbNotParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a progressive", text: "The truce was largely holding on Sunday.", times: []string{"Sunday"},
			tags: []string{"largely/RB", "holding/VBG"}, clauses: "main"},
		{name: "a passive after it", text: "The border crossings were largely closed to trucks.",
			tags: []string{"largely/RB", "closed/VBN"}, clauses: "main"},
		{name: "a present, a plural subject", text: "Government forces are largely in control of the city.",
			tags: []string{"largely/RB"}, clauses: "main"},
		{name: "before the verb, no auxiliary", text: "Western states largely ignored the appeal.",
			tags: []string{"largely/RB", "ignored/VBD"}, rels: []string{"subj(ignored, Western states)", "obj(ignored, the appeal)"}},
		{name: "not: a true participle after be keeps its passive", text: "The town was largely destroyed by shelling.",
			tags: []string{"largely/RB", "destroyed/VBN"}},
	})
}

// TestVerbBeforeOpenedClause holds a past form after the subject, before
// a clause opener ("after", "because", "since") with a subject and a past
// tense of its own: the past form is the sentence's verb, the later one
// the opened clause's. An auxiliary after the opener's phrase, or a verb
// after the opened clause, is the sentence's verb, and the form before is
// a participle.
func TestVerbBeforeOpenedClause(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "after, a compound subject in the clause", text: "The ruling coalition collapsed after the finance minister resigned.",
			tags: []string{"collapsed/VBD", "resigned/VBD"}, clauses: "main adverbial", rels: []string{"subj(collapsed, The ruling coalition)"}},
		{name: "after, a name", text: "The deal fell apart after Iran withdrew.", named: []string{"Iran"}, names: []string{"Iran"},
			tags: []string{"fell/VBD", "withdrew/VBD"}, clauses: "main adverbial"},
		{name: "because, an object in the clause", text: "The talks stalled because the rebels rejected the offer.",
			tags: []string{"stalled/VBD", "rejected/VBD"}, clauses: "main adverbial", rels: []string{"subj(stalled, The talks)", "subj(rejected, the rebels)"}},
		{name: "since, a plural subject", text: "Prices soared since the government devalued the currency.",
			tags: []string{"soared/VBD"}, clauses: "main adverbial"},
		{name: "a verb with no participle", text: "The government fell after the army withdrew its support.",
			tags: []string{"fell/VBD"}, clauses: "main adverbial"},
		{name: "not: an auxiliary after the opener's phrase", text: "The men detained after the riots were freed on bail.",
			tags: []string{"detained/VBN", "were/VBD"}},
		{name: "not: a verb after the opened clause", text: "Soldiers wounded since the offensive began were flown to Kabul.", named: []string{"Kabul"}, names: []string{"Kabul"},
			tags: []string{"wounded/VBN", "began/VBD", "were/VBD"}},
		{name: "not: an opener's noun phrase with no verb", text: "Protesters gathered after the funeral in the capital.",
			tags: []string{"gathered/VBD"}, clauses: "main"},
	})
}

// TestParticipleOnSubjectNoAddressee holds a verb of urging or demanding
// as a participle on the subject ("protesters demanding reforms"): the noun
// after it is its object, not an addressee with a participle of its own,
// so the past form that follows is the clause's verb. After a finite verb
// of telling the noun is the addressee and the form a participle.
func TestParticipleOnSubjectNoAddressee(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "demanding, an intransitive verb", text: "Workers demanding higher wages clashed with riot police.",
			tags: []string{"demanding/VBG", "clashed/VBD"}, rels: []string{"subj(clashed, Workers)"}},
		{name: "demanding, a verb of motion", text: "Students demanding reforms marched to the palace.",
			tags: []string{"marched/VBD"}, clauses: "participial main"},
		{name: "urging, a determiner in the object", text: "Activists urging a boycott gathered outside the embassy.",
			tags: []string{"gathered/VBD"}, rels: []string{"subj(gathered, Activists)"}},
		{name: "asking, a transitive verb", text: "Farmers asking for subsidies blocked the highway.",
			tags: []string{"blocked/VBD"}, rels: []string{"subj(blocked, Farmers)", "obj(blocked, the highway)"}},
		{name: "not: a finite verb of telling", text: "The president urged troops stationed there to withdraw.",
			tags: []string{"urged/VBD", "stationed/VBN"}},
		{name: "not: a finite verb of telling, a plural subject", text: "Officials told reporters gathered at the airport that talks would resume.",
			tags: []string{"told/VBD", "gathered/VBN"}},
	})
}

// TestNounOrAdjectiveHead holds a word that may be a noun or an adjective
// ("suspect", "chief", "accused", "local") after a determiner and before a
// word that cannot go on with its phrase (an auxiliary, a past tense, a
// preposition, a comma): it is the phrase's noun, and the verb after it
// stays a verb. Before a noun it modifies the noun.
func TestNounOrAdjectiveHead(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "an auxiliary after it", text: "The suspect had fled across the border.",
			tags: []string{"suspect/NN", "had/VBD", "fled/VBN"}, rels: []string{"subj(had fled, The suspect)"}},
		{name: "a past tense after it", text: "The chief resigned on Friday.", times: []string{"Friday"},
			tags: []string{"chief/NN", "resigned/VBD"}, clauses: "main"},
		{name: "a modal after it", text: "A suspect will appear in court next week.",
			tags: []string{"suspect/NN", "will/MD"}, clauses: "main"},
		{name: "an object, then a preposition", text: "Police detained the suspect at the airport.",
			tags: []string{"suspect/NN"}, rels: []string{"obj(detained, the suspect)"}},
		{name: "a passive", text: "The accused was convicted of treason.",
			tags: []string{"accused/NN", "convicted/VBN"}, clauses: "main"},
		{name: "a comma after it", text: "The suspect, a 30-year-old man, fled on foot.",
			tags: []string{"suspect/NN", "fled/VBD"}},
		{name: "not: a noun after it", text: "The suspect vehicle exploded near the gate.",
			tags: []string{"suspect/JJ", "vehicle/NN", "exploded/VBD"}},
		{name: "not: an adjective before a noun", text: "The radical cleric fled the country.",
			tags: []string{"radical/JJ", "cleric/NN", "fled/VBD"}},
	})
}

// TestAdjectiveAfterCount holds a word that may be an adjective or a
// noun between a count and a noun ("$400 million military aid package"):
// it describes the noun, so the noun after it, which may also be a verb,
// stays in the phrase. A count with no noun after the word keeps the word
// as its noun ("deployed 400 military to the border").
func TestAdjectiveAfterCount(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a sum of money, a compound after it", text: "Washington announced a new $400 million military aid package for Kyiv.",
			tags: []string{"military/JJ", "aid/NN", "package/NN"}, clauses: "main", rels: []string{"obj(announced, a new $ 400 million military aid package)"}},
		{name: "a count, a plural", text: "Japan sent two military aid flights to Jordan.",
			tags: []string{"military/JJ", "aid/NN", "flights/NNS"}, clauses: "main"},
		{name: "a count, a subject", text: "Two chief negotiators met in Doha on Monday.", times: []string{"Monday"},
			tags: []string{"chief/JJ", "negotiators/NNS", "met/VBD"}, rels: []string{"subj(met, Two chief negotiators)"}},
		{name: "a mention the actor stage read", text: "Washington announced a $400 million military aid package.", named: []string{"Washington", "military"}, names: []string{"Washington"},
			tags: []string{"military/JJ", "aid/NN", "package/NN"}, clauses: "main"},
		{name: "not: a mention before a preposition", text: "The army deployed 400 military to the border.", named: []string{"military"},
			tags: []string{"military/NN"}},
		{name: "not: a verb after the word", text: "One official said the talks would resume.",
			tags: []string{"official/NN", "said/VBD"}},
		{name: "not: a preposition after the word", text: "The army deployed 400 military to the border.",
			tags: []string{"military/NN"}},
	})
}

// TestObjectRelativeThatMore holds "that" after a noun, opening a relative
// clause whose object the noun is, where the clause's verb is followed by
// what is no object of its own: a time ("had abandoned a day earlier"), or
// a will's verb ("pledged", "promised", "offered") with its party after
// "to". An infinitive after a will's verb, or a verb of saying, keeps the
// complement reading.
func TestObjectRelativeThatMore(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a time after the verb", text: "Rebels seized the town that government troops had abandoned a day earlier.", times: []string{"a day earlier"},
			tags: []string{"that/WDT"}, clauses: "main relative"},
		{name: "a time after the verb, the noun a subject", text: "The bridge that the army destroyed last week was rebuilt.", times: []string{"last week"},
			tags: []string{"that/WDT", "was/VBD"}, clauses: "relative main"},
		{name: "pledged to a party", text: "The aid that Japan pledged to Ukraine will be delivered in May.", named: []string{"Japan", "Ukraine"}, names: []string{"Japan", "Ukraine"},
			tags: []string{"that/WDT"}, clauses: "relative main"},
		{name: "promised to a party, a plural", text: "The weapons that Iran promised to Russia arrived on Monday.", named: []string{"Iran", "Russia"}, names: []string{"Iran", "Russia"}, times: []string{"Monday"},
			tags: []string{"that/WDT", "arrived/VBD"}, rels: []string{"subj(arrived, The weapons)"}},
		{name: "not: a noun whose clause is its content", text: "Kyiv welcomed the promise that Japan pledged to keep.",
			tags: []string{"that/IN"}},
		{name: "not: a verb of saying", text: "Officials told reporters that troops had withdrawn to the border.",
			tags: []string{"that/IN"}},
	})
}

// TestPastFormAfterCopula holds a past form after a verb of being other
// than "be" ("remain", "become", "seem"): a state, an adjective, not a
// second past tense nor an act of its own, also with an adverb between.
func TestPastFormAfterCopula(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "remains, a name", text: "Libya remains divided between rival governments.", named: []string{"Libya"}, names: []string{"Libya"},
			tags: []string{"remains/VBZ", "divided/JJ"}},
		{name: "remain, a plural, a place", text: "Two aid workers remain detained in Yemen.", named: []string{"Yemen"}, names: []string{"Yemen"},
			tags: []string{"remain/VBP", "detained/JJ"}, clauses: "main"},
		{name: "remained, a time", text: "The border crossing remained closed on Sunday.", times: []string{"Sunday"},
			tags: []string{"remained/VBD", "closed/JJ"}},
		{name: "an adverb between", text: "The country remains deeply divided over the deal.",
			tags: []string{"deeply/RB", "divided/JJ"}},
		{name: "became, a particle", text: "The negotiations became bogged down over prisoners.",
			tags: []string{"became/VBD", "bogged/JJ"}},
		{name: "not: be keeps its passive", text: "Two journalists were detained in Tehran.", named: []string{"Tehran"}, names: []string{"Tehran"},
			tags: []string{"were/VBD", "detained/VBN"}, clauses: "main"},
		{name: "not: a past tense after a noun", text: "The remaining rebels surrendered on Monday.", times: []string{"Monday"},
			tags: []string{"surrendered/VBD"}, clauses: "main"},
	})
}

// TestInfinitiveAfterSeeming holds "to" after a verb of seeming
// ("appeared", "seemed") before a word that is a noun first ("retreat",
// "collapse"): an infinitive, whose verb is the act; "to" before a noun
// phrase stays a preposition.
func TestInfinitiveAfterSeeming(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "appeared, no object", text: "The army appeared to retreat from the town.",
			tags: []string{"to/TO", "retreat/VB"}, clauses: "main infinitive"},
		{name: "seemed, a time", text: "The talks seemed to collapse on Monday.", times: []string{"Monday"},
			tags: []string{"to/TO", "collapse/VB"}},
		{name: "appears, a present", text: "The truce appears to hold despite sporadic fighting.",
			tags: []string{"to/TO", "hold/VB"}},
		{name: "not: a noun phrase after to", text: "The troops appeared to the crowd at dawn.",
			tags: []string{"to/IN"}},
		{name: "not: a noun after be", text: "The vote was a blow to reform.",
			tags: []string{"to/IN"}},
	})
}

// TestRelativeAfterAge holds a relative pronoun after a name and an age
// set off by commas ("Ahmed Hassan, 34, who"): the pronoun stands for the
// name. A number that is itself the object ("arrested 34, who") stays the
// antecedent.
func TestRelativeAfterAge(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the subject, a passive", text: "Omar Khalid, 29, who was wounded in the raid, said soldiers fired first.", named: []string{"Omar Khalid"}, names: []string{"Omar Khalid"},
			rels: []string{"subj(was wounded, Omar Khalid)", "subj(said, Omar Khalid)"}, absent: []string{"subj(was wounded, 29)"}},
		{name: "the object, an active verb", text: "The dead included Sara Haddad, 41, who ran a clinic in the town.", named: []string{"Sara Haddad"}, names: []string{"Sara Haddad"},
			rels: []string{"subj(ran, Sara Haddad)"}, absent: []string{"subj(ran, 41)"}},
		{name: "not: a count as the object", text: "Police arrested 34, who were later released.",
			rels: []string{"subj(were later released, 34)"}},
	})
}

// TestSetOffParticipleJoinedNouns holds a participle set off by commas
// after the subject whose phrase joins two nouns ("armed with rifles and
// grenades,"): it is still a participle on the subject, and the verb after
// the closing comma is the clause's, with the subject's phrase as its
// subject.
func TestSetOffParticipleJoinedNouns(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "armed with two plurals", text: "The gunmen, armed with rifles and grenades, stormed the hotel.",
			tags: []string{"armed/VBN", "stormed/VBD"}, clauses: "participial main", rels: []string{"subj(stormed, The gunmen)", "obj(stormed, the hotel)"}},
		{name: "backed by two plurals", text: "The army, backed by militias and tanks, retook the town.",
			tags: []string{"backed/VBN", "retook/VBD"}, rels: []string{"subj(retook, The army)"}},
		{name: "arrested in two names, a passive after", text: "The reporter, arrested in Cairo and Alexandria, was freed on bail.", named: []string{"Cairo", "Alexandria"}, names: []string{"Cairo", "Alexandria"},
			tags: []string{"arrested/VBN"}, rels: []string{"subj(was freed, The reporter)"}},
		{name: "not: a clause joined after the comma", text: "The rebels, armed with rifles, and the soldiers clashed.",
			rels: []string{"subj(clashed, the soldiers)"}},
	})
}

// TestAdverbBeforeTime holds a word that may be an adjective or an adverb
// ("late", "early") straight before a time, after no determiner: an
// adverb that says when in the time, not a noun phrase of its own (no
// object of the verb). After a determiner it stays an adjective.
func TestAdverbBeforeTime(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "late, a passive", text: "Rockets were fired at the town late Tuesday.", times: []string{"Tuesday"},
			tags: []string{"late/RB"}, absent: []string{"obj(were fired, late)"}},
		{name: "early, an intransitive verb", text: "The troops withdrew from the village early Monday.", times: []string{"Monday"},
			tags: []string{"early/RB"}},
		{name: "early, after an object", text: "The navy fired two missiles early Thursday, officials said.", times: []string{"Thursday"},
			tags: []string{"early/RB"}, rels: []string{"obj(fired, two missiles)"}},
		{name: "not: after a determiner", text: "The late president was buried on Sunday.", times: []string{"Sunday"},
			tags: []string{"late/JJ"}},
		{name: "not: no time after it", text: "The talks ended late in the evening.",
			tags: []string{"ended/VBD"}},
	})
}

// TestCompoundIngHead holds an -ing word that is also a noun after a
// compound that a determiner opens ("the Rafah border crossing"), before
// the clause's verb or a lone adverb at the clause's end: the compound's
// head noun, not a participle. With an object after it, it stays a
// participle.
func TestCompoundIngHead(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "a subject, a past tense after", text: "The Rafah border crossing reopened on Monday.", times: []string{"Monday"},
			tags: []string{"crossing/NN", "reopened/VBD"}, clauses: "main", rels: []string{"subj(reopened, The Rafah border crossing)"}},
		{name: "an object, an adverb after", text: "Egypt closed the Rafah border crossing indefinitely.", named: []string{"Egypt"}, names: []string{"Egypt"},
			tags: []string{"crossing/NN"}, clauses: "main", rels: []string{"obj(closed, the Rafah border crossing)"}},
		{name: "an adjective in the compound, a passive after", text: "The main border crossing was closed to trucks.",
			tags: []string{"crossing/NN", "was/VBD"}, clauses: "main"},
		{name: "not: an object after it", text: "The police officer guarding the gate was killed.",
			tags: []string{"guarding/VBG"}, clauses: "participial main"},
		{name: "not: no determiner before the compound", text: "Police officers guarding the embassy fired shots.",
			tags: []string{"guarding/VBG"}},
	})
}

// TestSubjectPastAsideWithClause holds a noun phrase set off by commas
// after the subject whose phrase ends in a clause of its own ("the
// deadliest since the truce took effect"): the verb after the closing
// comma takes the noun before the aside as its subject.
func TestSubjectPastAsideWithClause(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "the deadliest since", text: "The bombing, the deadliest since the truce took effect, killed 12 soldiers.",
			rels: []string{"subj(killed, The bombing)", "subj(took, the truce)"}},
		{name: "the first since, no object", text: "The talks, the first since the war began, ended without agreement.",
			rels: []string{"subj(ended, The talks)"}},
		{name: "the largest since, a name in the clause", text: "The rally, the largest since Ruto took office, drew thousands.", named: []string{"Ruto"}, names: []string{"Ruto"},
			rels: []string{"subj(drew, The rally)", "subj(took, Ruto)"}},
		{name: "not: a clause after the verb", text: "Rebels attacked the town after troops withdrew.",
			rels: []string{"subj(attacked, Rebels)", "subj(withdrew, troops)"}},
	})
}

// TestSubjectPastAdverbAside holds an aside of an adverb and a noun
// between commas after the subject ("mostly civilians"): it says what the
// subject's members were, and the verb after it takes the noun before it
// as subject.
func TestSubjectPastAdverbAside(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "mostly, a passive", text: "More than 100 people, mostly civilians, were killed in the strikes.",
			rels: []string{"subj(were killed, More than 100 people)"}, absent: []string{"subj(were killed, civilians)"}},
		{name: "mainly, an active verb", text: "About 300 migrants, mainly Afghans, crossed the border.",
			rels: []string{"subj(crossed, About 300 migrants)", "obj(crossed, the border)"}},
		{name: "not: an adverb alone between commas", text: "The rebels, reportedly, seized the town.",
			rels: []string{"subj(seized, The rebels)"}},
	})
}

// TestPastAfterCountMore holds a past form after a count and "more"
// ("Hundreds more fled"): the count and "more" are the subject, the past
// form its verb, not an adjective on a noun to come.
func TestPastAfterCountMore(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "hundreds more, a preposition after", text: "Hundreds more fled across the border into Chad.", named: []string{"Chad"}, names: []string{"Chad"},
			tags: []string{"fled/VBD"}, clauses: "main", rels: []string{"subj(fled, Hundreds)"}},
		{name: "thousands more, an object after", text: "Thousands more fled the fighting on Sunday.", times: []string{"Sunday"},
			tags: []string{"fled/VBD"}, clauses: "main"},
		{name: "not: a noun after the count and more", text: "Two more soldiers died in hospital.",
			tags: []string{"died/VBD"}, rels: []string{"subj(died, Two more soldiers)"}},
	})
}

// TestGappedPassiveQuantity holds a second participle after "and" and a
// quantity that heads its phrase ("and dozens wounded"): it repeats the
// passive before it without its auxiliary, as after a number; with an
// object of its own it is active.
func TestGappedPassiveQuantity(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "dozens, a place after", text: "Three people were killed and dozens wounded in the blast.",
			clauses: "main main", rels: []string{"subj(wounded, dozens)"}, tags: []string{"wounded/VBN"}},
		{name: "hundreds, at the end", text: "Ten protesters were killed and hundreds injured.",
			tags: []string{"injured/VBN"}, clauses: "main main"},
		{name: "not: an object after it", text: "Two soldiers were killed and dozens attacked the base.",
			tags: []string{"attacked/VBD"}, rels: []string{"subj(attacked, dozens)", "obj(attacked, the base)"}},
	})
}
