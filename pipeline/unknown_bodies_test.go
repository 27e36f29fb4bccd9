package pipeline

import "testing"

// TestUnknownBodies: a capitalised name the knowledge lacks whose last
// word (or first, before "for" or "of") is Front or Movement names a
// political body (PTY) of the sentence's or story's country; a known name
// keeps its own code.
func TestUnknownBodies(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a salvation front", d, "ALGIERS, Algeria -- The National Salvation Front called for protests against the government.", "02", "DZAPTY>DZAGOV", ""},
		{"an agent noun inside the name", d, "ALGIERS, Algeria -- The Socialist Forces Front accused the army of a coup.", "11", "DZAPTY>DZAMIL", ""},
		{"a renewal movement", d, "LOME, Togo -- The Democratic Renewal Movement rejected the election results.", "12", "TGOPTY>TGOGOV", ""},
		{"front first, then for", d, "BAMAKO, Mali -- The Front for the Liberation of Azawad condemned the attack.", "11", "MLIPTY>", ""},
		{"a known front keeps its code", d, "RABAT, Morocco -- The Polisario Front rejected the plan.", "12", "ESHREB>", ""},
	})
}

// TestUnknownBodiesByHeadNoun: the noun that ends a capitalised name
// the knowledge lacks (or stands before its first "for" or "of") gives
// the body its sector, from agents.txt: parties and alliances PTY,
// councils and juntas GOV, armies, guards and brigades MIL, liberation
// armies and fronts and resistance movements REB, associations and
// societies NGO, federations LAB; an agent noun inside the name gives
// its own; the country is the one the name holds, else the sentence's or
// the story's. A country's adjective and the noun alone, a name the
// knowledge has and a known agent of many words are read as before.
func TestUnknownBodiesByHeadNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an alliance accuses", d, "DAKAR, Senegal -- The Patriotic Alliance accused the police of torturing its members.", "112", "SENPTY>SENCOP", ""},
		{"a union, head first before for", d, "NIAMEY, Niger -- The Union for Democratic Renewal rejected the election results on Sunday.", "12", "NERPTY>NERGOV", ""},
		{"a league condemns in the past perfect", d, "CONAKRY, Guinea -- The Democratic League had condemned the arrests of its leaders.", "11", "GINPTY>", ""},
		{"a rally: the noun before of, not the last", d, "LOME, Togo -- The Rally of Progressive Forces accused the government of fraud.", "11", "TGOPTY>TGOGOV", ""},
		{"a council before for", d, "NIAMEY, Niger -- The Supreme Council for National Renewal put the president under arrest.", "17", "NERGOV>NERGOV", ""},
		{"a council of officers detains", d, "NIAMEY, Niger -- The Supreme Restoration Council detained the president at his residence.", "173", "NERGOV>NERGOV", ""},
		{"a military council: the agent inside", d, "BAMAKO, Mali -- The Military Transition Council arrested the prime minister.", "173", "MLIMIL>MLIGOV", ""},
		{"a workers' union: the plural before the apostrophe", d, "ERBIL, Iraq -- The Kurdish Workers' Union accused the government of theft.", "11", "IRQCVL>IRQGOV", ""},
		{"a brigade attacks", d, "TRIPOLI, Libya -- The Green Valley Brigade attacked a police station.", "19", "LBYMIL>LBYCOP", ""},
		{"an army of a place", d, "JUBA, South Sudan -- The People's Army of Unity shelled the town on Tuesday.", "19", "SSDMIL>", ""},
		{"an association, of the story's country", d, "NAIROBI, Kenya -- The Lawyers Society demanded the release of the detained judges.", "10", "NGOKEN>KENJUD", ""},
		{"a federation strikes", d, "LIMA, Peru -- The Miners Federation called a strike against the government.", "143", "PERLAB>PERGOV", ""},
		{"a country held in the name", d, "LONDON -- The Kenyan Patriotic Alliance accused the British government of interference.", "11", "KENPTY>GBRGOV", ""},
		{"the sentence's place before the story's", d, "DAKAR, Senegal -- In Bamako, the Patriotic Alliance accused the army of fraud.", "11", "MLIPTY>MLIMIL", ""},
		{"a country's possessive before the name", d, "LONDON -- Kenya's Patriotic Alliance accused the British government of interference.", "11", "KENPTY>GBRGOV", ""},
		{"what the body owns is its own", d, "DAKAR, Senegal -- The Patriotic Alliance's fighters attacked a police station.", "19", "SENPTY>SENCOP", ""},
		{"a liberation army is rebels", d, "LAGOS, Nigeria -- The Ogoni Liberation Army attacked the barracks on Tuesday.", "19", "NGAREB>", ""},
		{"a revolutionary army before of", d, "LAGOS, Nigeria -- The Revolutionary Army of the South kidnapped two oil workers.", "18", "NGAREB>NGACVL", ""},
		{"a resistance movement", d, "BANGUI, Central African Republic -- The Lobaye Resistance Movement attacked a police station.", "19", "CAFREB>CAFCOP", ""},
		{"a country's name inside a region's is not the body's country", d, "LAGOS, Nigeria -- The Niger Delta Liberation Army attacked the barracks.", "19", "NGAREB>", ""},
		{"a new council is not the known council named before", d, "NEW YORK -- The Security Council met on Monday. In Benghazi the Patriotic Council accused the army of killings.", "11", "LBYGOV>LBYMIL", ""},
		{"a capitalised preposition opens no name", d, "DAKAR, Senegal -- On Monday the Patriotic Alliance accused the police of torture.", "11", "SENPTY>SENCOP", ""},
		{"the rebels' council is the rebels'", d, "BENGHAZI, Libya -- The rebels' National Council accused the army of shelling homes.", "11", "LBYREB>LBYMIL", ""},
		{"a spokesman for the rebels' council", d, "BENGHAZI, Libya -- Salem Fituri, a spokesman for the rebels' Transitional Council, accused the army of shelling homes.", "11", "LBYREB>LBYMIL", ""},
		{"the government's council keeps its own sector", d, "KHARTOUM, Sudan -- The government's Supreme Council arrested two journalists.", "17", "SDNGOV>SDNMED", ""},
		{"a state's army by its adjective is read as before", d, "KABUL -- The Afghan National Army attacked Taliban positions in Helmand.", "19", "AFGMIL>AFGREB", ""},
		{"a known agent of two words is read as before", d, "DAMASCUS, Syria -- The Republican Guard shelled the town of Douma.", "19", "SYRMIL>SYR", ""},
		{"a country's adjective and the noun alone is no body", d, "KABUL -- The Soviet Union invaded Afghanistan in 1979.", "", "", ""},
		{"a newspaper's name is no body", d, "ALBANY, New York -- The Times Union accused the governor of corruption.", "11", "", ""},
		{"a day's name is no body", d, "HAVANA, Cuba -- The May Day Rally denounced the embargo.", "11", "", ""},
		{"a state's long name is the state", d, "KABUL -- The Union of Soviet Socialist Republics accused Pakistan of arming the rebels.", "11", "RUS>PAK", ""},
		{"a body of the past the knowledge has", d, "GENEVA -- The League of Nations condemned Italy for invading Ethiopia.", "11", "IGO>ITA", ""},
		{"a negated act names the body but codes nothing", d, "DAKAR, Senegal -- The Patriotic Alliance did not accuse the police of torture.", "11", "", ""},
	})
}

// TestUnknownBodyAgain: "the" and the noun of a new body's name refer
// back to it ("the league", "the council"), but not to one over a body
// the knowledge has, and "the army" stays the state's.
func TestUnknownBodyAgain(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the league", d, "CONAKRY, Guinea -- The Democratic Renewal League called for protests on Monday. The league accused the police of killing two students.", "112", "GINPTY>GINCOP", ""},
		{"the union, a sentence later", d, "NIAMEY, Niger -- The Union for Renewal won most seats. On Monday the union accused the army of fraud.", "11", "NERPTY>NERMIL", ""},
		{"the council", d, "NIAMEY, Niger -- The Supreme Council for National Renewal seized power. The council arrested the president.", "173", "NERGOV>NERGOV", ""},
		{"the council stays the known one", d, "NEW YORK -- The Security Council imposed sanctions on Libya. Ali Senussi, a spokesman for the Patriotic Council, thanked the council.", "051", "USAGOV>IGOUNO", ""},
		{"the army stays the state's", d, "LAGOS, Nigeria -- The Revolutionary Army of Kaduna attacked the barracks. The army shelled the rebels' camp.", "19", "NGAMIL>NGAREB", ""},
	})
}

// TestPersonOfUnknownBody: a person the knowledge lacks tied to a body read
// from its name, or to a party whose name many countries' parties bear, by
// "whose", an apposition or a relative clause of heading, is of that body,
// in the country Settle gives the body; so is one set off before the agent
// another owns ("X, the rebels' commander,"), and "X" again later.
func TestPersonOfUnknownBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"whose union", d, "DAKAR, Senegal -- Amadou Ndiaye, whose Union for Renewal came second, denounced the decree.", "11", "SENPTY>SENGOV", ""},
		{"leader of, in apposition", d, "NIAMEY, Niger -- Moussa Tanja, leader of the Renewal Alliance, accused the army of fraud.", "11", "NERPTY>NERMIL", ""},
		{"a spokesman for", d, "LOME, Togo -- Kossi Agbeko, a spokesman for the Patriotic League, condemned the arrests.", "11", "TGOPTY>", ""},
		{"who heads", d, "CONAKRY, Guinea -- Mamadou Bah, who heads the Lawyers Society, accused the police of torture.", "11", "NGOGIN>GINCOP", ""},
		{"the leader of a party many countries' parties name", d, "NIAMEY, Niger -- Moussa Tanja, leader of the Democratic Alliance, accused the army of fraud.", "11", "NERPTY>NERMIL", ""},
		{"a spokesman for such a party, unnamed", d, "LONDON -- A spokesman for the Labour Party criticised the prime minister.", "11", "GBRPTY>GBRGOV", ""},
		{"the rebels' commander in apposition, then his surname", d, "BAMAKO, Mali -- Karim Haddad, the rebels' commander, threatened the army. Haddad later accused the army of massacres.", "11", "MLIREB>MLIMIL", ""},
		{"the group's spokesman after a named group", d, "BAMAKO, Mali -- Ansar Dine seized the town of Kidal on Monday. Seydou Kanouté, the group's spokesman, accused the army of massacres.", "11", "MLIRAD>MLIMIL", ""},
		{"the alliance's leader in apposition", d, "DAKAR, Senegal -- Amadou Ndiaye, the Patriotic Alliance's leader, met the president on Monday. Ndiaye later criticised the government.", "11", "SENPTY>SENGOV", ""},
		{"a kinsman in apposition is of no one", d, "DAKAR, Senegal -- Amadou Ndiaye, the victim's brother, criticised the police.", "11", "", ""},
		{"the body's leader, named after", d, "DAKAR, Senegal -- The Patriotic Alliance's leader, Amadou Ndiaye, criticised the president.", "11", "SENPTY>SENGOV", ""},
	})
}

// TestPersonOfWhoseBody: a person the knowledge lacks, followed by
// "whose" and a body, is of that body: "X, whose Socialist Forces Front
// finished second, condemned".
func TestPersonOfWhoseBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"whose front", d, "ALGIERS, Algeria -- Jean Doe, whose Socialist Forces Front finished second, condemned the cancellation of the vote.", "11", "DZAPTY>", ""},
		{"whose party", d, "LOME, Togo -- Kofi Mensah, whose party won most seats, accused the police of torture.", "11", "TGOPTY>TGOCOP", ""},
		{"whose son is no body", d, "LIMA, Peru -- Maria Torres, whose son was killed, accused the army of a cover-up.", "11", "", ""},
	})
}

// TestLedByNamedAgent: "Armed men led by a failed businessman, George
// Speight, were holding ..." has the armed men as the clause's subject,
// not the name set off inside the participle's phrase, and the men are
// their named leader's, of Fiji (TestLedArmedMen).
func TestLedByNamedAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed men led by a described name", d, "SUVA, Fiji -- Armed men led by a failed businessman, George Speight, were holding the prime minister hostage inside parliament.", "18", "FJIUAF>FJIGOV", ""},
	})
}

// TestAcronymAgentsInCapitals: an agent written as an acronym ("PM")
// names its agent only in capitals: "10 p.m." is a time, so a curfew
// "from 10 p.m." falls on the people, not on a prime minister.
func TestAcronymAgentsInCapitals(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a curfew from 10 p.m.", d, "SANTIAGO, Chile -- The army imposed a curfew from 10 p.m. on Saturday.", "1723", "CHLMIL>CHLCVL", ""},
		{"the PM in capitals", d, "LONDON -- The PM condemned the attack on the embassy.", "11", "GBRGOV>GOV", ""},
	})
}

// TestCoordinatedStatesAreNoBody: two states a capitalised run joins by
// "and" ("the United States and the Soviet Union") are two actors, not a
// new body named by the last word of the second state's name ("Union"):
// the later words of a name the knowledge has are not the body's own.
func TestCoordinatedStatesAreNoBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"two superpowers sign", "1987-12-08", "The United States and the Soviet Union signed a treaty banning medium-range missiles.", "057", "USA>RUS", ""},
		{"talks between them", "1985-11-19", "GENEVA -- Talks between the United States and the Soviet Union resumed on Tuesday.", "04", "USA>RUS", ""},
		{"guarantors after with, in a relative clause", "1988-04-14", "The accords, which Kabul and Islamabad signed with the United States and the Soviet Union as guarantors, took effect in May.", "057", "PAKGOV>USA", ""},
		{"the second state named first", "1990-01-10", "The Soviet Union and the United Arab Emirates accused Iraq of massing troops on the border.", "11", "ARE>IRQ", ""},
		{"a state of two words before the second", "1972-02-21", "China held talks with the United Kingdom and the Soviet Union on trade.", "04", "CHN>RUS", ""},
		{"mediators of a dispute", "1979-03-26", "Egypt thanked the United States and the Soviet Union for their help.", "051", "EGY>RUS", ""},
	})
}
