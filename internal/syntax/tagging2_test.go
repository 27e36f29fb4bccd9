package syntax

import "testing"

// TestTagging2 holds the tag rows of issue 11's part-of-speech errors.
func TestTagging2(t *testing.T) {
	runClauseRows(t, []clauseRow{
		// the last word of a name of several words, before a word likelier
		// a verb, is the name's head; a one-word name still modifies
		{name: "Union set up", text: "The European Union set up a fund for refugees.", named: []string{"European Union"},
			tags: []string{"Union/NNP", "set/VBD", "up/RP"}, rels: []string{"subj(set up, The European Union)", "obj(set up, a fund)"}},
		{name: "Thai accused", text: "Pheu Thai accused the government of corruption.", named: []string{"Pheu Thai", "government"},
			tags: []string{"Thai/NNP", "accused/VBD"}, clauses: "main"},
		{name: "Front accused", text: "The Broad Front accused the president of fraud.", named: []string{"Broad Front", "president"},
			tags: []string{"Front/NNP", "accused/VBD"}, clauses: "main"},
		{name: "Front set up", text: "The Polisario Front set up camps in Tindouf.", named: []string{"Polisario Front", "Tindouf"},
			tags: []string{"Front/NNP", "set/VBD"}, clauses: "main"},
		{name: "Hungary set up", text: "Hungary set up a fence on the border.", named: []string{"Hungary"},
			tags: []string{"Hungary/NNP", "set/VBD", "up/RP"}, clauses: "main"},
		{name: "Hungary let", text: "Hungary let the migrants board trains.", named: []string{"Hungary"},
			tags: []string{"Hungary/NNP", "let/VBD", "board/VB"}},
		{name: "a name, then a compound adjective: no object, no verb", text: "Saudi led coalition forces have bombed Sanaa.", named: []string{"Saudi", "Sanaa"},
			tags: []string{"led/JJ"}, clauses: "main"},
		{name: "a one-word name still modifies", text: "Thai troops crossed the border.", named: []string{"Thai"},
			tags: []string{"Thai/JJ", "crossed/VBD"}},
		// after a preposition a bare noun is no subject: a noun-or-verb
		// word after it, before the phrase ends, is a plural noun; after
		// "that" or an opener it may still be the verb
		{name: "against tax rises,", text: "The activists came to support a campaign against tax rises, their lawyer said.",
			tags: []string{"rises/NNS"}, clauses: "main infinitive report"},
		{name: "over tax rises in", text: "Anger over tax rises in the capital grew.", tags: []string{"rises/NNS", "grew/VBD"}},
		{name: "not after that", text: "He warned that inflation rises.", tags: []string{"rises/VBZ"}},
		{name: "not after an opener", text: "Police fired as pressure mounts.", tags: []string{"mounts/VBZ"}},
		// after a past verb's noun and "and", a word with no past form
		// before a noun that ends the phrase is another noun of the list
		{name: "shotguns and tear gas at", text: "Police fired shotguns and tear gas at youths.", tags: []string{"tear/NN", "gas/NN"}, clauses: "main"},
		{name: "batons and tear gas to", text: "Police used batons and tear gas to disperse the crowd.", tags: []string{"tear/NN"}},
		{name: "a second past verb stays", text: "Protesters threw stones and set fire to cars.", tags: []string{"set/VBD"}},
		{name: "a verb with its particle stays a verb", text: "Protesters throw stones and tear down posters.", tags: []string{"down/RP"}},
		// a singular noun takes no plural verb: a noun-or-verb word after
		// one, before a name, is the phrase's head; after a plural it may
		// be the verb
		{name: "guerrilla group Hezbollah have", text: "Israel and the Lebanese guerrilla group Hezbollah have agreed to a truce.",
			tags: []string{"group/NN", "Hezbollah/NNP", "agreed/VBN"}},
		{name: "rebel force Seleka seized", text: "The rebel force Seleka seized Bangui on Sunday.",
			tags: []string{"force/NN", "seized/VBD"}, rels: []string{"obj(seized, Bangui)"}},
		{name: "opposition front Alianza", text: "The opposition front Alianza announced a boycott.",
			tags: []string{"front/NN", "announced/VBD"}},
		{name: "plural subject keeps the verb", text: "The rebels group the captives by nationality.",
			tags: []string{"group/VBP"}, rels: []string{"obj(group, the captives)"}},
		{name: "plural subject keeps the verb, ship", text: "Smugglers ship the weapons across the lake.",
			tags: []string{"ship/VBP"}},
		// an -ing word after a plural noun, or set off by commas after one,
		// is a participle about it; before a noun it modifies the noun
		{name: "leaders meeting here", text: "African leaders meeting here on Tuesday suspended Niger.", named: []string{"Niger"},
			tags: []string{"meeting/VBG", "suspended/VBD"}, rels: []string{"subj(suspended, African leaders)", "obj(suspended, Niger)"}},
		{name: "leaders, meeting here,", text: "The leaders, meeting here for a summit, demanded a ceasefire.",
			tags: []string{"meeting/VBG", "demanded/VBD"}, rels: []string{"subj(demanded, The leaders)"}},
		{name: "her as an object", text: "The court found her guilty of fraud and freed her on Monday.",
			tags: []string{"her/PRP", "guilty/JJ"}},
		{name: "her as an owner", text: "Her party welcomed her first speech.",
			tags: []string{"Her/PRP$", "her/PRP$"}},
		{name: "briefly is an adverb", text: "Ambassadors were briefly seized and beaten by soldiers.",
			tags: []string{"briefly/RB", "seized/VBN"}},
		{name: "the second participle's subject is the first's", text: "The court found her guilty of importing radios and breaking rules.",
			rels: []string{"subj(importing, her)", "subj(breaking, her)"}},
		{name: "a participle after as", text: "The UN condemned the verdict as politically motivated and called for her release.",
			tags: []string{"motivated/JJ", "called/VBD"}, rels: []string{"subj(called, The UN)"}},
		{name: "rejected as rigged", text: "The opposition rejected the results as rigged.", tags: []string{"rigged/JJ"}, clauses: "main"},
		{name: "a noun-only base form whose inflections are verbs", text: "France has been trying to broker a ceasefire.", named: []string{"France"},
			tags: []string{"to/TO", "broker/VB"}, rels: []string{"obj(to broker, a ceasefire)"}},
		{name: "the noun stays a noun", text: "The broker sold the shares.", tags: []string{"broker/NN", "sold/VBD"}},
		{name: "a country first in a list", text: "Brazil, Colombia and Mexico offered to mediate.", named: []string{"Brazil", "Colombia", "Mexico"}, names: []string{"Brazil", "Colombia", "Mexico"},
			tags: []string{"Brazil/NNP"}, rels: []string{"conj(Brazil, Colombia)", "subj(offered, Brazil)"}},
		{name: "meeting rooms", text: "In Brussels, meeting rooms were closed.", named: []string{"Brussels"},
			tags: []string{"meeting/NN"}},
		// a gerund after a determiner or a possessive, before a
		// preposition, is a noun
		{name: "Israel's killing of", text: "Hamas condemned Israel's killing of the commander.", named: []string{"Hamas", "Israel"},
			tags: []string{"killing/NN"}, rels: []string{"poss(killing, Israel 's)"}},
		{name: "the killing of", text: "The killing of the journalist sparked protests.", tags: []string{"killing/NN", "sparked/VBD"},
			rels: []string{"subj(sparked, The killing)"}},
		{name: "the army's shooting of", text: "Rights groups condemned the army's shooting of protesters.", tags: []string{"shooting/NN"}},
		{name: "Iran's hanging of", text: "Critics condemned Iran's hanging of two protesters.", named: []string{"Iran"}, tags: []string{"hanging/NN"}},
		// also one the word table knows only as a verb form
		{name: "the sacking of", text: "Lawyers condemned the sacking of the judges.", tags: []string{"sacking/NN"}, rels: []string{"obj(condemned, the sacking)"}},
		{name: "the storming of", text: "The president called the storming of the legislature treasonous.", tags: []string{"storming/NN"}},
		{name: "the jailing of", text: "The bloc condemned the jailing of three activists.", tags: []string{"jailing/NN"}},
		{name: "a gerund before its object stays a verb", text: "Police began storming the building.", tags: []string{"storming/VBG"}},
		// "to" after the object of a verb's preposition is an infinitive's
		{name: "called on both sides to compromise", text: "The UN called on both sides to compromise.", named: []string{"UN"},
			tags: []string{"to/TO", "compromise/VB"}, clauses: "main infinitive"},
		{name: "appealed to Somalia to share", text: "Kenya appealed to Somalia to share information.", named: []string{"Kenya", "Somalia"},
			tags: []string{"to/TO", "share/VB"}, rels: []string{"obj(to share, information)"}},
		{name: "called on the junta to share", text: "The bloc called on the junta to share power.", tags: []string{"share/VB"}},
		{name: "called on two joined to compromise", text: "Germany called on Serbia and Kosovo to compromise.", named: []string{"Germany", "Serbia", "Kosovo"},
			tags: []string{"to/TO", "compromise/VB"}},
		// a base-verb-and-noun word after a singular noun and its
		// determiner is a compound's head; in what was said too, before its verb
		{name: "the missile launch", text: "Japan condemned the missile launch.", named: []string{"Japan"},
			tags: []string{"launch/NN"}, clauses: "main", rels: []string{"obj(condemned, the missile launch)"}},
		{name: "the ballistic missile launch drew", text: "The ballistic missile launch drew protests.", tags: []string{"launch/NN", "drew/VBD"},
			rels: []string{"subj(drew, The ballistic missile launch)"}},
		{name: "a possessor's missile launch", text: "Seoul condemned Iran's missile launch on Sunday.", named: []string{"Seoul", "Iran"},
			tags: []string{"launch/NN"}, clauses: "main"},
		{name: "said the rocket launch violated", text: "Seoul said the rocket launch violated UN resolutions.", named: []string{"Seoul", "UN"},
			tags: []string{"launch/NN", "violated/VBD"}, rels: []string{"subj(violated, the rocket launch)"}},
		// an acronym name after a verb joins a plural noun after it; a
		// singular noun after it is a second object
		{name: "allowed UN weapons inspectors", text: "Iraq allowed UN weapons inspectors to return.", named: []string{"Iraq", "UN"},
			rels: []string{"obj(allowed, UN weapons inspectors)"}},
		{name: "expelled AU monitors", text: "Sudan expelled AU monitors from Darfur.", named: []string{"Sudan", "AU", "Darfur"},
			rels: []string{"obj(expelled, AU monitors)"}},
		{name: "welcomed NATO peacekeepers", text: "Kosovo welcomed NATO peacekeepers.", named: []string{"Kosovo", "NATO"},
			rels: []string{"obj(welcomed, NATO peacekeepers)"}},
		{name: "gave UN access stays two", text: "The army gave UN access to the camps.", named: []string{"UN"},
			absent: []string{"obj(gave, UN access)"}},
		// "unban" is given as data: its forms are verbs with its lemma
		{name: "unbanned", text: "The court unbanned the party.", tags: []string{"unbanned/VBD"}, clauses: "main"},
		{name: "unbans", text: "The council unbans the party.", tags: []string{"unbans/VBZ"}, clauses: "main"},
		{name: "is unbanning", text: "The junta is unbanning parties.", tags: []string{"unbanning/VBG"}, clauses: "main"},
		{name: "will unban", text: "The junta will unban parties.", tags: []string{"unban/VB"}, clauses: "main"},
		// a bare infinitive after the object of let, make, help: the object
		// is its subject; a possessive is no object ("made his appeal")
		{name: "let weapons inspectors return", text: "Iraq agreed to let weapons inspectors return.", named: []string{"Iraq"},
			tags: []string{"return/VB"}, rels: []string{"subj(return, weapons inspectors)"}},
		{name: "let aid trucks enter", text: "Egypt let aid trucks enter Gaza.", named: []string{"Egypt", "Gaza"},
			tags: []string{"enter/VB"}, clauses: "main infinitive", rels: []string{"comp(let, enter)", "subj(enter, aid trucks)", "obj(let, aid trucks)"}},
		{name: "made the protesters leave", text: "Police made the protesters leave the square.",
			tags: []string{"leave/VB"}, rels: []string{"subj(leave, the protesters)", "obj(leave, the square)"}},
		{name: "let Albanians return", text: "Serbia let Kosovo Albanians return home.", named: []string{"Serbia", "Kosovo Albanians"},
			tags: []string{"return/VB"}, rels: []string{"subj(return, Kosovo Albanians)"}},
		{name: "made his appeal stays a noun", text: "Kaliman made his appeal hours after the vote.", named: []string{"Kaliman", "his"},
			tags: []string{"appeal/NN"}, clauses: "main"},
		{name: "helped the peace process stays a noun", text: "Egypt helped the peace process.", named: []string{"Egypt"},
			tags: []string{"process/NN"}, clauses: "main"},
	})
}
