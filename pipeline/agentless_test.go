package pipeline

import "testing"

// Acts told with no agent: a release in the passive is by the captors the
// story told taking the captives, else by the state that held them; a
// protest noun that is the subject of a verb of breaking out or holding a
// place ("protests erupted in Iran") is the protesters' or strikers' of
// the country where it happens. Written for this project.

func TestAgentlessRelease(t *testing.T) {
	testLexRows(t, []lexRow{
		{"released after rebels seized them", "1994-05-02", "Rebels in eastern Zaire seized four Belgian aid workers last week. The hostages were released on Saturday.", "0841", "CODREB>BELCVL", ""},
		{"freed after gunmen kidnapped them", "2004-06-10", "Gunmen kidnapped two Italian engineers near Baghdad. The hostages were freed on Tuesday.", "0841", "UAF>ITACVL", ""},
		{"freed after bandits kidnapped them", "2019-08-20", "Bandits kidnapped 30 schoolgirls in northern Nigeria. The girls were freed on Sunday.", "0841", "NGACRM>CVL", ""},
		{"freed years after a kidnapping", "1987-01-25", "Islamic Jihad gunmen kidnapped an American journalist in Beirut. The journalist was freed in 1991.", "0841", "PSEREB>USAMED", ""},
		{"released a month after a kidnapping", "2022-02-10", "Colombian rebels kidnapped two Spanish engineers near the Venezuelan border. The engineers were released a month later.", "0841", "COLREB>ESPCVL", ""},
		{"released on bail after an arrest", "2003-04-01", "Police in Harare arrested 40 opposition activists on Monday. The activists were released on bail on Wednesday.", "0841", "ZWECOP>ZWEOPP", ""},
		{"crew released after pirates seized a ship", "2009-04-12", "Somali pirates seized a Greek tanker and its 25 Greek crew members in the Gulf of Aden. The crew were released after a ransom was paid.", "0841", "SOMCRM>GRC", ""},
		{"a captured soldier freed in an exchange", "2011-10-18", "Hamas militants captured an Israeli soldier, Gilad Shalit, in 2006. Shalit was freed on Tuesday in a prisoner exchange.", "0841", "PSEREB>ISRMIL", ""},
		{"a kidnapped general released", "1999-07-02", "Chechen rebels kidnapped a Russian general in Grozny. The general was released in 2000.", "0841", "RUSREB>RUSMIL", ""},
		// with no captor told, a prisoner a state held is freed by its government
		{"released from house arrest", "2010-11-13", "YANGON - Opposition leader Aung San Suu Kyi was released from house arrest on Saturday.", "0841", "MMRGOV>MMROPP", ""},
		{"freed after years in prison", "1990-02-11", "CAPE TOWN - Nelson Mandela was freed after 27 years in prison.", "0841", "ZAFGOV>ZAFOPP", ""},
		{"journalists released from prison", "2016-03-01", "ISTANBUL - Two Turkish journalists were released from prison on Friday.", "0841", "TURGOV>TURMED", ""},
		// hostages of no country, held by no one the story tells: no doer invented
		{"hostages released by no one told", d, "The hostages were released on Saturday.", "0841", "", ""},
	})
}

func TestAgentlessProtestNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protests erupted in a country", "2022-09-20", "Protests erupted in Iran after the death of a woman in custody.", "14", "IRNOPP>IRNGOV", ""},
		{"a general strike paralysed a country", "2019-11-22", "A general strike paralysed Colombia.", "143", "COLLAB>COLGOV", ""},
		{"a nationwide strike shut down a country", "2006-04-10", "A nationwide strike shut down Nepal for a third day.", "143", "NPLLAB>NPLGOV", ""},
		{"a general strike shut down a country", "1991-03-20", "A general strike shut down Bangladesh on Wednesday.", "143", "BGDLAB>BGDGOV", ""},
		{"demonstrations broke out across a country", "2011-01-26", "Demonstrations broke out across Egypt on Tuesday.", "14", "EGYOPP>EGYGOV", ""},
		{"demonstrations spread across a country", "2010-12-28", "Demonstrations spread across Tunisia after a street vendor set himself on fire.", "14", "TUNOPP>TUNGOV", ""},
		{"protests spread to cities", "2020-08-15", "Protests spread to several cities in Belarus.", "14", "BLROPP>BLRGOV", ""},
		{"riots broke out over pension cuts", "2018-04-19", "Riots broke out in Nicaragua over pension cuts.", "145", "NICOPP>NICGOV", ""},
		{"riots erupted in a capital", "1998-05-12", "Riots erupted in Jakarta after security forces shot dead four students.", "145", "IDNOPP>IDNGOV", ""},
		{"riots broke out as police clashed", "1993-09-28", "Riots broke out in Moscow as police clashed with supporters of parliament.", "145", "RUSOPP>RUSGOV", ""},
		{"street protests rocked a country", "1987-06-15", "Street protests rocked South Korea for a third week.", "14", "KOROPP>KORGOV", ""},
		{"protests swept a country", "2013-06-20", "Protests swept Brazil on Thursday as a million people marched.", "140", "BRAOPP>BRAGOV", ""},
		{"protests erupted in a region", "2016-08-09", "Anti-government protests erupted in Ethiopia's Oromia region.", "14", "ETHOPP>ETHGOV", ""},
		{"protests broke out over fares", "2019-10-18", "Protests broke out in Chile over a rise in metro fares.", "14", "CHLOPP>CHLGOV", ""},
		// not a protest: an air strike, one the story told before, what a protest did or is
		{"an air raid called a strike", "1981-06-09", "Israeli jets bombed Iraq's nuclear reactor on Sunday. The strike embarrassed President Anwar Sadat of Egypt.", "143", "", ""},
		{"air strikes hit positions", "2018-02-11", "Air strikes hit rebel positions near Idlib on Monday.", "143", "", ""},
		{"riots left people dead", "1980-11-01", "Riots left 12 people dead in Kenya.", "145", "", ""},
		{"protest as an idea", "2020-03-01", "Peaceful protest is part of democracy, the Thai prime minister said.", "140", "", ""},
		// (a protest told before that broke out at a time it tells is news of
		// its own, TestProtestOnset: "The protests began in March" is coded)
		{"protests the story told before", "2011-07-20", "The protests began after students marched in Santiago.", "140", "", ""},
	})
}

// TestAgentlessPassive guards the implied agents of passives that name no
// doer (issue 12, point 3): the police, courts or government of the
// target's country or the story's.
func TestAgentlessPassive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"arrested, from the dateline", "2021-03-05", "DAKAR, March 5 - Opposition leader Ousmane Sonko was arrested on Friday.", "173", "SENCOP>SENOPP", ""},
		{"arrested at home", "1998-09-20", "KUALA LUMPUR - Former deputy prime minister Anwar Ibrahim was arrested at his home on Sunday.", "173", "MYSCOP>MYSOPP", ""},
		{"detained after an election", "2020-08-10", "MINSK - Hundreds of demonstrators were detained after the election.", "173", "BLRCOP>BLROPP", ""},
		{"sentenced to house arrest", "2009-08-11", "YANGON - Opposition leader Aung San Suu Kyi was sentenced to 18 months of house arrest.", "116", "MMRJUD>MMROPP", ""},
		{"jailed for years", "1986-03-15", "JOHANNESBURG - Two anti-apartheid activists were jailed for ten years.", "116", "ZAFJUD>ZAFOPP", ""},
		{"a newspaper banned", "2016-07-20", "ANKARA - A pro-Kurdish newspaper was banned on Wednesday.", "1721", "TURGOV>TURMED", ""},
		{"a party banned", "2023-06-01", "The opposition party was banned in Nicaragua last year.", "1722", "NICGOV>NICOPP", ""},
	})
}

// TestAgentlessThreatToProtesters: a measure held out over "anyone who
// joined the march" falls on the protesters a relative clause names by
// their protest (policy.tsv's mass=), of the country where it happens.
func TestAgentlessThreatToProtesters(t *testing.T) {
	testLexRows(t, []lexRow{
		{"detention of anyone who joined a rally", "2011-02-03", "MANAMA, Feb 3 (Reuters) - Police warned that anyone who joined the rally would be detained.", "137", "BHRCOP>BHROPP", ""},
		{"arrest of anyone who joined a march", "2018-09-01", "HARARE, Sept 1 (Reuters) - Police warned that anyone who joined the march would be arrested.", "137", "ZWECOP>ZWEOPP", ""},
		{"arrest told by said", "1996-11-20", "BELGRADE, Nov 20 (Reuters) - Police said anyone who joined the protest would be arrested.", "137", "SRBCOP>SRBOPP", ""},
		{"detention of anyone who took part", "2012-03-02", "MOSCOW, March 2 (AP) - Police warned that anyone who took part in the rally would be detained.", "137", "RUSCOP>RUSOPP", ""},
		{"the march placed in its clause", "2018-09-01", "Police warned that anyone who joined the march in Harare would be arrested.", "137", "ZWECOP>ZWEOPP", ""},
	})
}

// TestAgentlessExpelledFrom: an expulsion or deportation told in the
// passive with no doer is by the country it puts people out of
// (policy.tsv's outof), not the target's own.
func TestAgentlessExpelledFrom(t *testing.T) {
	testLexRows(t, []lexRow{
		{"migrants expelled from a neighbour", "1983-01-20", "Ghanaian migrants were expelled from Nigeria in their hundreds.", "174", "NGAGOV>GHACVL", ""},
		{"migrants deported from a country named with the", "2015-06-20", "Hundreds of Haitian migrants were deported from the Dominican Republic last week.", "174", "DOMGOV>HTICVL", ""},
		{"a reporter expelled", "2001-02-18", "An American reporter was expelled from Zimbabwe.", "174", "ZWEGOV>USAMED", ""},
		{"refugees expelled in the 1990s", "1996-12-20", "Rwandan refugees were expelled from Tanzania in 1996.", "174", "TZAGOV>RWAREF", ""},
		{"a journalist deported", "2016-07-25", "A Chinese journalist was deported from India on Monday.", "174", "INDGOV>CHNMED", ""},
		{"diplomats expelled from a country", "2018-08-03", "Two Russian diplomats were expelled from Norway on Friday.", "161", "NORGOV>RUSGOV", ""},
		{"diplomats expelled in the 1990s", "1994-08-01", "Five Iranian diplomats were expelled from Argentina in 1994.", "161", "ARGGOV>IRNGOV", ""},
	})
}
