package syntax

import (
	"strings"
	"testing"
)

// TestClauses holds families of sentences for constructions found wrong on
// the tuning half of the dev sets: the tags, clause kinds and relations a
// coder needs from each. A tag is checked as "word/TAG" in Tags' output.
func TestClauses(t *testing.T) {
	runClauseRows(t, []clauseRow{
		// a name written in capitals is a name, not the pronoun it spells
		{name: "the US in a serial list", text: "The US, Russia, and China met in Geneva.",
			named: []string{"US", "Russia", "China", "Geneva"}, tags: []string{"US/NNP"},
			rels: []string{"conj(The US, Russia)", "conj(The US, China)", "subj(met, The US)"}},
		{name: "the US after a preposition", text: "Ministers from the US and Canada signed the accord.",
			named: []string{"US", "Canada"}, tags: []string{"US/NNP"}, rels: []string{"conj(the US, Canada)"}},
		{name: "US opening the sentence", text: "US troops shelled the village.",
			named: []string{"US troops"}, tags: []string{"US/NNP"}, rels: []string{"subj(shelled, US troops)"}},
		{name: "the US as a speaker", text: "The US said Iraq had attacked Kuwait.",
			named: []string{"US", "Iraq", "Kuwait"}, tags: []string{"US/NNP"}, clauses: "main complement",
			rels: []string{"subj(said, The US)", "subj(had attacked, Iraq)"}},
		{name: "us in lower case stays a pronoun", text: "They told us the army had withdrawn.",
			tags: []string{"us/PRP"}},

		// a report verb, a phrase after it, then a clause with its own
		// subject: the report verb is the main verb and the clause what it says
		{name: "said on a day, then a pronoun", text: "Peru said on Friday it had returned the artefacts.",
			named: []string{"Peru", "it"}, times: []string{"Friday"}, tags: []string{"said/VBD"}, clauses: "main complement",
			rels: []string{"subj(said, Peru)", "comp(said, had returned)", "subj(had returned, it)"}},
		{name: "said on a day, then a named subject", text: "Armenia said on Tuesday Azerbaijani troops had shelled its villages.",
			named: []string{"Armenia", "Azerbaijani troops"}, times: []string{"Tuesday"}, tags: []string{"said/VBD"}, clauses: "main complement",
			rels: []string{"comp(said, had shelled)", "subj(had shelled, Azerbaijani troops)"}},
		{name: "said on a day, then a determiner", text: "The army said on Monday the rebels had attacked a convoy.",
			times: []string{"Monday"}, tags: []string{"said/VBD"}, clauses: "main complement",
			rels: []string{"subj(had attacked, the rebels)"}},
		{name: "announced in a place, then a pronoun", text: "Officials announced in Cairo they would hold talks.",
			named: []string{"Cairo"}, tags: []string{"announced/VBD"}, clauses: "main complement",
			rels: []string{"comp(announced, would hold)", "subj(would hold, they)"}},
		{name: "told reporters on a day, then a name", text: "Putin told reporters on Friday Russia would send troops.",
			named: []string{"Putin", "Russia"}, times: []string{"Friday"}, clauses: "main complement", rels: []string{"subj(would send, Russia)"}},
		{name: "a reduced relative before the main verb stays one", text: "The measures announced on Monday were criticized by the opposition.",
			times: []string{"Monday"}, tags: []string{"announced/VBN"}, clauses: "participial main"},
		{name: "a reduced relative with a prepositional phrase", text: "The students jailed for campaigning against Beijing were freed.",
			named: []string{"Beijing"}, tags: []string{"jailed/VBN"}},
		{name: "a zero relative after a place is still one", text: "Russia armed the militias in Syria he considers illegitimate.",
			named: []string{"Russia", "Syria"}, clauses: "main relative"},

		// "there" after a verb or a preposition is a place; before "be",
		// "have" or a modal it is the existential subject
		{name: "arrested there", text: "Four officers were arrested there on Monday.", tags: []string{"there/RB"}},
		{name: "deployed there since", text: "Troops have been deployed there since 2014.", tags: []string{"there/RB"}},
		{name: "from there", text: "From there, the convoy drove north.", tags: []string{"there/RB"}},
		{name: "after the object", text: "Police detained dozens there on Sunday.", tags: []string{"there/RB"}},
		{name: "opening the sentence, set off", text: "There, police fired tear gas.", tags: []string{"There/RB"}},
		{name: "there remain", text: "The talks ended, and there remain doubts.", tags: []string{"there/EX"}},
		{name: "there were", text: "There were clashes in the city.", tags: []string{"There/EX"}},
		{name: "said there was", text: "He said there was no evidence.", tags: []string{"there/EX"}},
		{name: "there would be", text: "Officials said there would be talks.", tags: []string{"there/EX"}},
		{name: "there seems", text: "There seems to be no deal.", tags: []string{"There/EX"}},
		{name: "is there", text: "Is there a deal?", tags: []string{"there/EX"}},
		{name: "and there is", text: "He lived there for years, and there is no sign he left.", tags: []string{"there/RB", "there/EX"}},

		// a quantifier floating after its subject ("both", "all", "each")
		// is no determiner of the verb after it
		{name: "both after the subject", text: "The two warlords both welcomed the Americans.",
			tags: []string{"both/RB", "welcomed/VBD"}, rels: []string{"obj(welcomed, the Americans)"}},
		{name: "all after a pronoun", text: "They all agreed to the plan.", tags: []string{"all/RB", "agreed/VBD"}},
		{name: "each after the subject", text: "The rebels each received a rifle.", tags: []string{"each/RB", "received/VBD"}},
		{name: "both after a relative clause set off", text: "The leaders, whose armies have fought for years, both signed the accord.",
			tags: []string{"whose/WP$", "both/RB", "signed/VBD"}, clauses: "relative main"},
		{name: "both before its noun stays a determiner", text: "He met the leaders, and both sides agreed.", tags: []string{"both/DT"}},
		{name: "all before the stays a determiner", text: "All the troops left.", tags: []string{"All/DT"}},
		{name: "both before a participle adjective", text: "Police freed both wounded men.", tags: []string{"both/DT"}},

		// a bare form after "and"/"or" that follows a participle on a noun
		// is a participle too, not a verb of the clause before it
		{name: "missing or detained", text: "The group said it had a list of 150 people missing or detained.",
			tags: []string{"detained/VBN"}, clauses: "main complement participial participial", rels: []string{"conj(missing, detained)"}},
		{name: "wounded or killed", text: "The report counted civilians wounded or killed in the raids.",
			tags: []string{"killed/VBN"}, clauses: "main participial participial", rels: []string{"conj(wounded, killed)"}},
		{name: "arrested or expelled", text: "Lawyers named the activists arrested or expelled since March.",
			tags: []string{"expelled/VBN"}, clauses: "main participial participial"},
		{name: "a finite verb after a participle with its own object stays finite", text: "Police stopped the men carrying rifles and arrested them.",
			tags: []string{"arrested/VBD"}, rels: []string{"subj(arrested, Police)"}},

		// a number's lead after a report verb ("at least", "up to", "more
		// than") opens the reported clause's subject, not a phrase of place
		{name: "said at least a number", text: "Officials said at least 40 civilians had been killed in the raids.",
			tags: []string{"said/VBD"}, clauses: "main complement", rels: []string{"subj(had been killed, at least 40 civilians)"}},
		{name: "reported up to a number", text: "The ministry reported up to 300 protesters were detained on Sunday.",
			times: []string{"Sunday"}, tags: []string{"reported/VBD"}, clauses: "main complement", rels: []string{"subj(were detained, up to 300 protesters)"}},
		{name: "claimed more than a number", text: "The rebels claimed more than 20 soldiers had surrendered.",
			tags: []string{"claimed/VBD"}, clauses: "main complement", rels: []string{"subj(had surrendered, more than 20 soldiers)"}},
		{name: "a participle before a number's lead stays one", text: "The soldiers stationed at least 20 km away were withdrawn.",
			tags: []string{"stationed/VBN"}, clauses: "participial main"},
		{name: "said at a place stays a report", text: "The minister said at a news conference that troops had withdrawn.",
			tags: []string{"said/VBD"}},

		// an object runs on through its "of" phrase to a second object
		{name: "called the seizure of its sailors an act", text: "Iran called the seizure of its sailors an act of piracy.",
			rels: []string{"obj(called, the seizure)", "obj2(called, an act)"}},
		{name: "called the arrest of a diplomat illegal", text: "Mexico called the arrest of its diplomat illegal.",
			rels: []string{"obj(called, the arrest)", "obj2(called, illegal)"}},
		{name: "named the head of the agency its envoy", text: "The council named the head of the agency its new envoy.",
			rels: []string{"obj(named, the head)", "obj2(named, its new envoy)"}},
		{name: "an of phrase after a place is no object", text: "Rebels seized the town of Goma on Monday.",
			times: []string{"Monday"}, rels: []string{"obj(seized, the town)"}},

		// a past form straight after a finite verb and before a noun is an
		// adjective: no verb follows a verb with nothing between
		{name: "found armed men", text: "Police found armed men in the house.",
			tags: []string{"armed/JJ"}, rels: []string{"obj(found, armed men)"}},
		{name: "released captured soldiers", text: "The rebels released captured soldiers on Sunday.",
			times: []string{"Sunday"}, tags: []string{"captured/JJ"}, rels: []string{"obj(released, captured soldiers)"}},
		{name: "after an auxiliary it stays a verb", text: "The rebels have captured soldiers near the border.",
			tags: []string{"captured/VBN"}},

		// "what" and a clause that names it ("condemned what she called
		// organised rioting"): the phrase it is called is the object
		{name: "condemned what she called rioting", text: "Carrie Lam condemned what she called organised rioting.",
			tags: []string{"organised/JJ"}, rels: []string{"obj(condemned, organised rioting)"}},
		{name: "denounced what it termed aggression", text: "Iran denounced what it termed Israeli aggression.",
			rels: []string{"obj(denounced, Israeli aggression)"}},
		{name: "launched what it described as a raid", text: "Israel launched what it described as a targeted raid on Jenin.",
			rels: []string{"obj(launched, a targeted raid)"}},
		{name: "condemned what they branded as a provocation", text: "Seoul condemned what it branded as a grave provocation.",
			rels: []string{"obj(condemned, a grave provocation)"}},
		{name: "what a verb says of its own object stays its own", text: "The army seized what it described as a weapons cache.",
			rels: []string{"obj(seized, a weapons cache)"}},

		// the noun after a verb of telling or urging is who is told: an
		// -ed verb straight after it is a participle on it, and what is
		// told or urged (that-clause, infinitive) is the telling verb's
		{name: "told reporters gathered, that", text: "The president told reporters gathered in the square that he would resign.",
			tags: []string{"gathered/VBN"}, rels: []string{"comp(told, would resign)", "subj(gathered, reporters)"}},
		{name: "told journalists assembled, that", text: "She told journalists assembled at the airport that the talks had failed.",
			tags: []string{"assembled/VBN"}, rels: []string{"comp(told, had failed)"}},
		{name: "told protesters gathered, to disperse", text: "Police told protesters gathered outside parliament to disperse.",
			tags: []string{"gathered/VBN"}, rels: []string{"comp(told, to disperse)", "subj(to disperse, protesters)"}},
		{name: "ordered soldiers posted, to withdraw", text: "The commander ordered soldiers posted near the border to withdraw.",
			tags: []string{"posted/VBN"}, rels: []string{"comp(ordered, to withdraw)"}},
		{name: "a participle's own purpose keeps it", text: "The UN urged troops sent to quell the riots to withdraw.",
			rels: []string{"comp(sent, to quell)"}},
		{name: "told with a zero that-clause: the second noun's verb", text: "The minister told reporters Russia had violated the ceasefire.", named: []string{"Russia"},
			tags: []string{"had/VBD"}, rels: []string{"comp(told, had violated)", "subj(had violated, Russia)"}},
		{name: "led by a country: no addressee", text: "A force led by Australia landed in the capital.",
			tags: []string{"landed/VBD"}},

		// "that" after a noun that has no content clause, with a subject
		// and a verb lacking its object, is a relative pronoun: the noun is
		// that verb's object, whether it is the sentence's subject or in an
		// "of" phrase; after a noun of content it opens the content
		{name: "subject noun, that-relative", text: "The deal that the rebels struck with the army collapsed.",
			tags: []string{"that/WDT", "collapsed/VBD"}, rels: []string{"obj(struck, The deal)", "subj(collapsed, The deal)"}},
		{name: "subject noun, that-relative with a time", text: "The truce that the two sides signed in May broke down.",
			tags: []string{"that/WDT"}, rels: []string{"obj(signed, The truce)", "subj(signed, the two sides)"}},
		{name: "of phrase, that-relative", text: "The strike was the price of a bargain that the unions struck with the government.",
			tags: []string{"that/WDT"}, rels: []string{"obj(struck, a bargain)"}},
		{name: "content noun keeps its clause", text: "Fears that the army would intervene grew.",
			tags: []string{"that/IN"}},
		{name: "a verb with its own object: content", text: "The hope that the rebels would free the hostages faded.",
			tags: []string{"that/IN"}},
		{name: "in a place that: what was told", text: "She told reporters in the capital that the talks had failed.",
			tags: []string{"that/IN"}, rels: []string{"comp(told, had failed)"}},

		// a word of when or where after a clause's noun is an adverb; an
		// adjective of state after the object ("left ... dead") stays one
		{name: "overnight at the end", text: "The two armies exchanged artillery fire overnight.",
			tags: []string{"overnight/RB"}, rels: []string{"obj(exchanged, artillery fire)"}},
		{name: "overnight before a comma", text: "Rebels shelled the town overnight, killing five.",
			tags: []string{"overnight/RB"}, rels: []string{"obj(shelled, the town)"}},
		{name: "nationwide", text: "Police arrested 40 people nationwide.", tags: []string{"nationwide/RB"}},
		{name: "an overnight raid", text: "An overnight raid killed five soldiers.", tags: []string{"overnight/JJ"}},
		{name: "dead stays", text: "The attack left 20 soldiers dead.", tags: []string{"dead/JJ"}},

		// a name after "the" modifies the noun after it: "the Rafah
		// crossing" is a noun phrase, not a name and a participle
		{name: "the NAME crossing", text: "Egypt reopened the Rafah crossing to let aid through.", named: []string{"Egypt", "Rafah"},
			tags: []string{"crossing/NN"}, rels: []string{"obj(reopened, the Rafah crossing)"}},
		{name: "the NAME NAME crossing", text: "Israel closed the Kerem Shalom crossing.", named: []string{"Israel", "Kerem Shalom"},
			tags: []string{"crossing/NN"}},
		{name: "a participle with its object stays one", text: "Troops entered the United States crossing the border.", named: []string{"United States"},
			tags: []string{"crossing/VBG"}},

		{name: "that-relative with joined subjects", text: "It was the latest of the launches that Tokyo and Seoul have condemned.", named: []string{"Tokyo", "Seoul"},
			tags: []string{"that/WDT"}, rels: []string{"obj(have condemned, the launches)"}},
		// a phrase set off after a clause names its act, and "that" after
		// it opens a relative clause whose object it is
		{name: "set-off phrase, that-relative", text: "The army shelled the town, a move that Kenya condemned.", named: []string{"army", "Kenya"},
			tags: []string{"that/WDT"}, rels: []string{"obj(condemned, a move)"}, clauses: "main relative"},
		{name: "set-off phrase, adverb before the verb", text: "Israel closed the crossing on Sunday, a decision that the UN sharply criticised.", named: []string{"Israel", "UN"}, times: []string{"Sunday"},
			tags: []string{"that/WDT"}, rels: []string{"obj(criticised, a decision)"}},
		{name: "set-off noun with a content clause stays", text: "The army shelled the town, a sign that the truce had collapsed.", named: []string{"army"},
			tags: []string{"that/IN"}, clauses: "main complement"},
		{name: "set-off phrase, the verb has its own object", text: "The army shelled the town, a move that angered Kenya.", named: []string{"army", "Kenya"},
			rels: []string{"obj(angered, Kenya)"}},
		{name: "content clause with joined subjects stays", text: "Fears that Tokyo and Seoul would retaliate grew.", named: []string{"Tokyo", "Seoul"},
			tags: []string{"that/IN"}},

		// a name, its description between commas, then "and" and another
		// name: two members, the description the first one's apposition
		{name: "name, description, and name", text: "Talks between Ali Shamkhani, an Iranian official, and Musaed al-Aiban ended.",
			named: []string{"Ali Shamkhani", "Musaed al-Aiban"}, rels: []string{"conj(Ali Shamkhani, Musaed al-Aiban)", "appos(Ali Shamkhani, an Iranian official)", "pobj(between, Musaed al-Aiban)"}},
		{name: "name, long description, and name", text: "Talks between Ali Shamkhani, the secretary of Iran's security council, and Musaed al-Aiban ended.",
			named: []string{"Ali Shamkhani", "Iran", "Musaed al-Aiban"}, rels: []string{"conj(Ali Shamkhani, Musaed al-Aiban)", "pobj(between, Musaed al-Aiban)"}},
		{name: "name, description, and name as subjects", text: "Ali Shamkhani, an Iranian official, and Musaed al-Aiban met in Beijing.",
			named: []string{"Ali Shamkhani", "Musaed al-Aiban", "Beijing"}, rels: []string{"conj(Ali Shamkhani, Musaed al-Aiban)", "appos(Ali Shamkhani, an Iranian official)"}},
		{name: "a new clause after a name's description", text: "Police arrested Ali Shamkhani, a senior official, and Musaed al-Aiban fled.",
			named: []string{"Ali Shamkhani", "Musaed al-Aiban"}, rels: []string{"subj(fled, Musaed al-Aiban)"}},
		{name: "a list of names stays a list", text: "Kenya, the United States and Britain condemned the coup.",
			named: []string{"Kenya", "United States", "Britain"}, rels: []string{"conj(Kenya, the United States)", "conj(Kenya, Britain)"}},
		{name: "description, name, and another", text: "The president, Ali Bongo, and his son were detained.",
			named: []string{"Ali Bongo"}, rels: []string{"appos(The president, Ali Bongo)"}},

		// after a noun's preposition, an -ing word with no object of its
		// own is the act's noun ("a pause in fighting")
		{name: "a pause in fighting", text: "Israel agreed to a four-day pause in fighting.", named: []string{"Israel"}, tags: []string{"fighting/NN"}},
		{name: "a lull in fighting on a day", text: "There was a lull in fighting on Sunday.", tags: []string{"fighting/NN"}},
		{name: "accused of supporting X stays a verb", text: "Rebels were accused of supporting the coup.", tags: []string{"supporting/VBG"}},
		{name: "accused X of an act with no object stays a verb", text: "Iran accused Britain of meddling.", named: []string{"Iran", "Britain"}, tags: []string{"meddling/VBG"}},

		// a relative clause set off by commas closes at its comma: the verb
		// after ", and" is joined to the clause the relative sits in
		{name: "set-off relative then and", text: "Soldiers forced their way into the court, where the judges had hidden, and took away the chief justice.",
			clauses: "main relative main", rels: []string{"subj(took away, Soldiers)"}},
		{name: "who-relative then and", text: "Police arrested the editor, who had criticised the army, and closed the newspaper.",
			clauses: "main relative main", rels: []string{"subj(closed, Police)"}},
		{name: "relative with no comma before and stays", text: "The judges who had hidden and waited were taken away.",
			rels: []string{"conj(had hidden, waited)"}},

		// a number after a verb opens its object; a participle after the
		// number describes the object's noun
		{name: "released three jailed militants", text: "India released three jailed Kashmiri militants.", named: []string{"India"},
			tags: []string{"jailed/JJ"}, clauses: "main"},
		{name: "said two soldiers killed: a verb after its subject", text: "The army said two soldiers killed three militants.",
			tags: []string{"killed/VBD"}},

		// "what" opens a free relative that is an object: "to" before it
		// marks an infinitive, and the noun phrase after the relative's
		// verb says what "what" is called (a second object)
		{name: "to protest what they called", text: "Thousands marched to protest what they called a rigged election.",
			tags: []string{"to/TO", "protest/VB"}, rels: []string{"obj(to protest, a rigged election)"}},
		{name: "struck what X called", text: "Jets struck what the army called a training camp.",
			rels: []string{"obj(struck, a training camp)"}},

		// an infinitive after a passive is its subject's, never a time's
		{name: "deployed on a day to protect", text: "Nigerian troops were deployed on Monday to protect the border.",
			named: []string{"Nigerian troops"}, times: []string{"Monday"}, rels: []string{"subj(to protect, Nigerian troops)"}},
		{name: "sent to a place to protect", text: "French troops were sent to Mali to protect civilians.",
			named: []string{"French troops", "Mali"}, rels: []string{"subj(to protect, French troops)"}},
		{name: "staged by someone on a day to protest", text: "The rally staged by students on 15 October to protest the decision was banned.",
			times: []string{"15 October"}, rels: []string{"subj(to protest, The rally)"}},
		{name: "urged by another to release", text: "Iran was urged by the UN to release the sailors.",
			named: []string{"Iran", "UN"}, rels: []string{"subj(to release, Iran)"}},

		// "as" before a subject and its verb opens a clause; it is no
		// adjective of the noun after it
		{name: "as with a plural subject", text: "The talks collapsed as rebels attacked the capital.",
			tags: []string{"as/IN", "attacked/VBD"}, clauses: "main adverbial", rels: []string{"subj(attacked, rebels)", "obj(attacked, the capital)"}},
		{name: "as after a comma", text: "Serbia eased the curfew, as authorities in Croatia cracked down on nationalists.",
			named: []string{"Serbia", "Croatia"}, tags: []string{"as/IN"}, clauses: "main adverbial", rels: []string{"subj(cracked down, authorities)"}},
		{name: "as before protesters", text: "Police arrested ten people as protesters marched on parliament.",
			tags: []string{"as/IN", "marched/VBD"}, clauses: "main adverbial", rels: []string{"subj(marched, protesters)"}},
		{name: "as a preposition stays one", text: "He served as foreign minister until 2010.",
			tags: []string{"as/IN"}, clauses: "main"},
		{name: "a nationality still modifies its noun", text: "Indian and Chinese troops clashed.",
			tags: []string{"Indian/JJ", "Chinese/JJ"}},

		// a gerund after its preposition belongs to it, also after "and":
		// no verb joined to the clause's own
		{name: "and of attacking", text: "China accused Indian troops of crossing the border and of attacking Chinese soldiers.",
			clauses: "main participial participial"},
		{name: "and for attacking", text: "Police arrested the activist for insulting the king and for attacking officers.",
			clauses: "main participial participial"},
		{name: "two verbs joined stay joined", text: "Rebels ousted and killed the governor.",
			clauses: "main main", rels: []string{"conj(ousted, killed)"}},

		// "once" before a subject and its verb opens a clause; before a
		// verb or "again" it is an adverb
		{name: "once before an adjective and a noun", text: "The rebels said they would disarm once foreign troops took control.",
			tags: []string{"once/IN"}, clauses: "main complement adverbial", rels: []string{"subj(took, foreign troops)"}},
		{name: "once opening the sentence", text: "Once the troops withdraw, the rebels will return.",
			tags: []string{"Once/IN"}, clauses: "adverbial main"},
		{name: "once before a determiner", text: "The talks will resume once the ceasefire holds.",
			tags: []string{"once/IN"}, clauses: "main adverbial"},
		{name: "once before a verb stays an adverb", text: "Rebels once controlled the city.",
			tags: []string{"once/RB"}, clauses: "main"},
		{name: "once again stays an adverb", text: "Fighting erupted once again in the capital.",
			tags: []string{"once/RB"}},
		{name: "was once a stronghold", text: "The city was once a rebel stronghold.",
			tags: []string{"once/RB"}, clauses: "main"},
	})
}

// clauseRow is a sentence and what its analysis must hold: tags, clause
// kinds in order ("" to skip), relations present and absent.
type clauseRow struct {
	name    string
	text    string
	named   []string
	names   []string // of named, the names (not agent nouns)
	times   []string
	tags    []string
	clauses string
	rels    []string
	absent  []string
}

func runClauseRows(t *testing.T, rows []clauseRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			s := sentenceNames(t, tc.text, tc.named, tc.names, tc.times)
			tags := " " + Tags(s) + " "
			for _, w := range tc.tags {
				if !strings.Contains(tags, " "+w+" ") {
					t.Errorf("tags: got %s, want %s", tags, w)
				}
			}
			if tc.clauses != "" {
				var kinds []string
				for _, c := range s.Analysis.Clauses {
					kinds = append(kinds, c.Kind.String())
				}
				if got := strings.Join(kinds, " "); got != tc.clauses {
					t.Errorf("clauses: got %q, want %q", got, tc.clauses)
				}
			}
			if m := missing(s, tc.rels); len(m) > 0 {
				t.Errorf("missing relations %v\nin %s\n%s", m, Relations(s), Chunks(s))
			}
			for _, r := range tc.absent {
				if len(missing(s, []string{r})) == 0 {
					t.Errorf("got relation %s, want none\nin %s", r, Relations(s))
				}
			}
		})
	}
}
