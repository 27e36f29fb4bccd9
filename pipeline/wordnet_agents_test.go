package pipeline

import "testing"

// The agent nouns these tests cover were drawn from WordNet 3.0's nouns for
// persons and groups (soldier, policeman, insurgent, criminal, assailant,
// radical, official, protester, religious person, faction, sect): those of
// political news that named no actor, each given the sector of its sense in
// the news. Each family also has rows of another sense, which stay as they were.

// TestWordNetForceAgents: soldiers, ranks and police named by nouns the
// knowledge lacked ("conscripts", "a brigadier", "cops").
func TestWordNetForceAgents(t *testing.T) {
	const d = "2012-03-10"
	testLexRows(t, []lexRow{
		{"conscripts", d, "Eritrean conscripts shelled Ethiopian positions near the border.", "19", "ERIMIL>ETH", ""},
		{"troopers", d, "Russian troopers raided a Georgian village overnight.", "19", "RUSMIL>GEOCVL", ""},
		{"a brigadier", d, "A Pakistani brigadier accused India of violating the ceasefire.", "112", "PAKMIL>IND", ""},
		{"jawans", d, "Indian jawans fired on Pakistani posts in Kashmir.", "19", "INDMIL>PAK", ""},
		{"naval officers are no police", d, "Iranian naval officers seized a British tanker.", "17", "IRNMIL>GBR", ""},
		{"cops", d, "Kenyan cops arrested twelve Somali traders in Nairobi.", "173", "KENCOP>SOMCVL", ""},
		{"constables", d, "Nigerian constables beat the protesters.", "18", "NGACOP>NGAOPP", ""},
		{"a brigadier named is a soldier", d, "Brigadier Kamal Hassan accused India of shelling Pakistani villages.", "112", "MIL>IND", ""},
	})
}

// TestWordNetArmedAgents: armed men, rebels and criminals named by nouns
// the knowledge lacked ("marauders", "revolutionaries", "poachers").
func TestWordNetArmedAgents(t *testing.T) {
	const d = "2012-03-10"
	testLexRows(t, []lexRow{
		{"revolutionaries", d, "Libyan revolutionaries attacked the town of Bani Walid.", "19", "LBYREB>LBY", ""},
		{"marauders", d, "Sudanese marauders raided Chadian villages.", "19", "SDNUAF>TCDCVL", ""},
		{"irregulars", d, "Serbian irregulars attacked Bosnian villages.", "18", "SRBUAF>BIHCVL", ""}, // villages: 18-assault's attack obj:village (19 while "Bosnian" ended its own phrase)
		{"poachers", d, "Kenyan poachers killed two rangers.", "19", "KENCRM>", ""},
		{"cattle rustlers", d, "Ugandan cattle rustlers attacked Kenyan herders.", "18", "UGACRM>KENCVL", ""},
		{"drug lords", d, "Mexican drug lords threatened the Guatemalan government.", "13", "MEXCRM>GTMGOV", ""},
		{"fundamentalists", d, "Algerian fundamentalists attacked a French school.", "18", "DZARAD>FRACVL", ""},
		{"the Islamist sect is radical", d, "The Nigerian Islamist sect bombed a church in Jos.", "18", "NGARAD>NGACVL", ""},
		{"a sect", d, "A Japanese sect attacked the Tokyo subway with nerve gas.", "20", "JPNREL>", ""},
		{"factions are their army's", d, "Rival Libyan army factions clashed in Tripoli.", "19", "LBYMIL>LBY", ""},
		{"a faction is its party's", d, "A faction of the Kenyan ruling party accused the president of fraud.", "11", "KENPTY>KENGOV", ""},
		{"agents of change are no one", d, "Kenyan youths, agents of change, accused the police of brutality.", "11", "KENCVL>KENCOP", ""},
		{"the operators of a plant are a firm's", d, "The operators of the Japanese plant accused the regulator of delay.", "112", "JPN>GOV", ""},
	})
}

// TestWordNetGroupAgents: groups named by nouns the knowledge lacked (WordNet
// 3.0's organization, military unit and police), none of whose words named an
// agent before ("hit squads", "the general staff", "the constabulary").
func TestWordNetGroupAgents(t *testing.T) {
	const d = "2012-03-10"
	testLexRows(t, []lexRow{
		{"hit squads", d, "Colombian hit squads killed three union leaders.", "18", "COLUAF>COLLAB", ""},
		{"the general staff", d, "The Russian general staff accused NATO of provocations.", "11", "RUSMIL>IGONATO", ""},
		{"the constabulary", d, "The Jamaican constabulary arrested twelve gang members.", "173", "JAMCOP>JAMCRM", ""},
		{"revolutionary groups", d, "Iranian revolutionary groups attacked the British embassy.", "19", "IRNREB>GBRGOV", ""},
		{"fedayeen", d, "Iraqi fedayeen ambushed an American convoy.", "19", "IRQUAF>USA", ""},
		{"staff alone names no one", d, "The hospital staff accused the police of beating patients.", "112", "", ""},
	})
}

// TestWordNetLeaderAgents: leaders and officials named by nouns the knowledge
// lacked or read as heads of state ("technocrats",
// "prelates", "community leaders"; "cardinal" stays out: "the cardinal rule").
func TestWordNetLeaderAgents(t *testing.T) {
	const d = "2012-03-10"
	testLexRows(t, []lexRow{
		{"technocrats", d, "Italian technocrats accused the unions of blocking reform.", "11", "ITAGOV>ITALAB", ""},
		{"a prelate", d, "A Nigerian prelate accused the army of killing civilians.", "11", "NGAREL>NGAMIL", ""},
		{"spiritual leaders are clerics", d, "Tibetan spiritual leaders accused China of repression.", "11", "REL>CHN", ""},
		{"community leaders are civilians", d, "Kenyan community leaders accused the police of brutality.", "11", "KENCVL>KENCOP", ""},
		{"strike leaders", d, "South African strike leaders accused the mine owners of lying.", "11", "ZAFLAB>", ""},
		{"leaders alone stay heads", d, "African leaders accused the West of meddling.", "11", "GOV>", ""},
	})
}
