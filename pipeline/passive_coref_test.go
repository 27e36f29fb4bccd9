package pipeline

import "testing"

// Who a pronoun or a passive's agent is across coordinated clauses and
// sentences: "he" or "she" after a person told of unnamed by what they do
// ("a Malaysian tourist"), the "by" agent of the last of coordinated
// passives ("were beaten and detained by riot police"), and a partitive of
// a group named before ("three of the activists"). Written for this
// project.

// TestUnnamedPronoun: he, she, him and her stand for a person a story told
// of unnamed in the sentence before, when no person is named since.
func TestUnnamedPronoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"she: a tourist abducted, then released", "2016-05-10", "Abu Sayyaf militants abducted a Malaysian tourist in Sabah on Monday. She was released on Friday.", "0841", "PHLRAD>MYSCVL", ""},
		{"he: an engineer kidnapped, then freed", "2008-03-02", "Gunmen kidnapped a Chinese engineer in the Niger Delta. He was freed two weeks later.", "0841", "UAF>CHNCVL", ""},
		{"he: a priest abducted, then freed", "1992-07-14", "Guerrillas abducted a Spanish priest in northern Colombia. He was freed on Sunday.", "0841", "COLREB>ESPREL", ""},
		{"she: a journalist arrested, then freed on bail", "2019-02-11", "Police in Cairo arrested an Egyptian journalist on Sunday. She was freed on bail two days later.", "0841", "EGYCOP>EGYMED", ""},
		{"he: a businessman kidnapped, then released", "2001-11-20", "Rebels kidnapped a Lebanese businessman in Sierra Leone. He was released after a ransom was paid.", "0841", "SLEREB>LBNBUS", ""},
		{"he: an aid worker seized, then freed", "2013-06-05", "Militants seized a French aid worker in northern Mali. He was freed in April.", "0841", "MLIREB>FRACVL", ""},
		{"she: an activist detained, then released", "2021-03-08", "Security forces in Myanmar detained a prominent woman activist in Yangon. She was released on Monday.", "0841", "MMRMIL>MMROPP", ""},
		{"he: a student arrested, then released", "1985-09-03", "South African police arrested a black student in Soweto. He was released without charge on Thursday.", "0841", "ZAFCOP>ZAFCVL", ""},
		{"he: a missionary kidnapped, then freed", "1998-04-16", "Rebels in eastern Congo kidnapped an Italian missionary. He was freed a week later.", "0841", "CODREB>ITAREL", ""},
		{"she: a nurse abducted, then freed", "2014-10-02", "Boko Haram fighters abducted a Nigerian nurse near Maiduguri. She was freed in March.", "0841", "NGARAD>NGACVL", ""},
		{"him: an engineer kidnapped, police freed him", "2007-01-25", "Gunmen kidnapped a Japanese engineer in Karachi. Pakistani police later freed him in a raid.", "0841", "PAKCOP>JPNCVL", ""},
		{"her: a journalist seized, soldiers freed her", "2003-08-14", "Rebels seized a British journalist in Liberia. Nigerian peacekeepers freed her on Tuesday.", "0841", "NGAMIL>GBRMED", ""},
		{"he: a journalist kidnapped in Chechnya, then released", "1999-10-02", "Rebels in Chechnya kidnapped a Russian journalist in Grozny. He was released a year later.", "0841", "RUSREB>RUSMED", ""},
		{"she: a student arrested in Iran, then freed on bail", "2009-08-16", "Iranian authorities arrested a French student in Tehran. She was freed on bail in August.", "0841", "IRNGOV>FRACVL", ""},
		{"she: a nun detained by soldiers, then released", "1983-05-12", "Salvadoran soldiers detained an American nun near San Salvador. She was released the next day.", "0841", "SLVMIL>USAREL", ""},
		{"he: a journalist seized by rebels, then freed", "2015-04-03", "Houthi rebels seized an American journalist in Sanaa. He was freed in September.", "0841", "YEMREB>USAMED", ""},
		{"he: a diplomat abducted, then freed", "1989-02-20", "Hezbollah gunmen abducted a Norwegian diplomat in Beirut. He was freed on Friday.", "0841", "LBNRAD>NORGOV", ""},
		// put out of a land: by the state of those who held them
		{"he: a student arrested, then deported", "1985-09-03", "South African police arrested a British student in Johannesburg. He was deported on Thursday.", "174", "ZAFGOV>GBRCVL", ""},
		{"he: a journalist detained, then deported", "2017-03-02", "Turkish police detained a German journalist in Istanbul. He was deported on Friday.", "174", "TURGOV>DEUMED", ""},
		{"he: an activist arrested, then deported", "1988-01-13", "Israeli troops arrested a Palestinian activist in Hebron. He was deported to Lebanon on Wednesday.", "174", "ISRGOV>PSEOPP", ""},
		{"he: a worker arrested, then deported", "2013-11-05", "Saudi police arrested an Indian worker in Riyadh. He was deported a week later.", "174", "SAUGOV>INDCVL", ""},
		{"he: a businessman detained, then deported", "2009-06-22", "Kenyan authorities detained a Somali businessman in Nairobi. He was deported on Monday.", "174", "KENGOV>SOMBUS", ""},
		{"she: a migrant arrested, then deported", "1996-04-18", "Malaysian police arrested an Indonesian migrant in Johor. She was deported the next day.", "174", "MYSGOV>IDNCVL", ""},
		// of two told of unnamed, the first, as for people named
		{"he: the attacker, not the policeman attacked", "1992-03-10", "A Kurdish activist attacked a Turkish policeman in Diyarbakir. He was arrested on Sunday.", "173", "TURCOP>TUROPP", ""},
		{"she: the activist, not the officer slapped", "2012-07-03", "An Egyptian activist slapped a police officer in Cairo. She was arrested on Monday.", "173", "EGYCOP>EGYOPP", ""},
		{"he: the student, not the policeman attacked", "1979-08-15", "A Basque student attacked a Spanish policeman in Bilbao. He was detained on Friday.", "173", "ESPCOP>ESPCVL", ""},
		// a person named since is who "he" is, not the unnamed one
		{"a minister named since is he", "1995-06-20", "Chinese police arrested a Tibetan monk in Lhasa. Foreign Minister Qian Qichen later said he would not meet the Dalai Lama.", "125", "CHNGOV>CHNREL", ""},
	})
}

// TestSharedPassiveAgent: the "by" agent of the last of passives joined by
// a conjunction or a list's commas is every one's.
func TestSharedPassiveAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"beaten and detained by riot police: the beating", "2011-02-15", "Journalists were beaten and detained by riot police in Bahrain.", "175", "BHRCOP>BHRMED", ""},
		{"beaten and detained by riot police: the detention", "2011-02-15", "Journalists were beaten and detained by riot police in Bahrain.", "173", "BHRCOP>BHRMED", ""},
		{"beaten and arrested by soldiers", "1989-06-05", "Students were beaten and arrested by soldiers in Beijing.", "175", "CHNMIL>CHNCVL", ""},
		{"harassed and beaten by police", "2020-08-12", "Opposition supporters were harassed and beaten by police in Minsk.", "175", "BLRCOP>BLROPP", ""},
		{"rounded up and detained by troops", "1982-11-03", "Dozens of villagers were rounded up and detained by Guatemalan troops.", "173", "GTMMIL>GTMCVL", ""},
		{"arrested and deported by the authorities", "2007-08-20", "Three Pakistani migrants were arrested and deported by Saudi authorities.", "173", "SAUGOV>PAKCVL", ""},
		{"arrested and expelled by the government", "1995-10-12", "Two Nigerian activists were arrested and expelled by the Kenyan government.", "173", "KENGOV>NGAOPP", ""},
		{"abducted and killed by militants", "2004-09-20", "Two Turkish truck drivers were abducted and killed by militants in Iraq.", "181", "IRQREB>TURCVL", ""},
		{"kidnapped and held by pirates", "2010-03-30", "Eight Thai fishermen were kidnapped and held for ransom by Somali pirates.", "181", "SOMCRM>THACVL", ""},
		{"arrested and later released by the navy", "2005-01-01", "Two Indian fishermen were arrested and later released by the Pakistani navy.", "173", "PAKMIL>INDCVL", ""},
		{"rounded up and beaten by soldiers", "2017-09-05", "Dozens of Rohingya villagers were rounded up and beaten by Myanmar soldiers.", "173", "MMRMIL>MMRCVL", ""},
		{"attacked and beaten by settlers", "2021-10-18", "Palestinian farmers were attacked and beaten by Israeli settlers near Nablus.", "18", "ISRCVL>PSECVL", ""},
		{"tortured and killed by soldiers", "1986-02-11", "Eleven villagers were tortured and killed by government soldiers in northern Uganda.", "1822", "UGAMIL>UGACVL", ""},
		{"abducted and beaten by militiamen", "2008-07-30", "Two Ethiopian aid workers were abducted and beaten by Somali militiamen.", "181", "SOMUAF>ETHCVL", ""},
		{"arrested and deported by the authorities: the arrest", "2013-06-11", "Hundreds of Haitians were arrested and deported by Dominican authorities.", "173", "DOMGOV>HTICVL", ""},
		// each passive keeps an agent of its own
		{"beaten by police and detained by soldiers", "1988-10-07", "A journalist was beaten by police and detained by soldiers in Algiers.", "173", "DZAMIL>DZAMED", ""},
		{"shot and wounded by police", "2018-04-09", "Two protesters were shot and wounded by police in Managua.", "18", "NICCOP>NICOPP", ""},
	})
}

// TestPartitiveOfGroup: "three of the activists", "five of the
// missionaries" told after the group is part of that group.
func TestPartitiveOfGroup(t *testing.T) {
	testLexRows(t, []lexRow{
		{"three of the activists released", "1999-05-01", "Police in Nairobi arrested 12 Kenyan opposition activists on Monday. Three of the activists were released on Wednesday.", "0841", "KENCOP>KENOPP", ""},
		{"some of the students freed", "2014-04-20", "Soldiers detained 40 Venezuelan students in Caracas. Some of the students were freed on Friday.", "0841", "VENMIL>VENCVL", ""},
		{"six of the workers released", "2006-02-22", "Nigerian militants seized nine foreign oil workers in the Delta. Six of the workers were released on Wednesday.", "0841", "NGAREB>CVL", ""},
		{"two of the journalists freed", "1986-03-10", "Islamic Jihad gunmen kidnapped four French journalists in Beirut. Two of the journalists were freed in 1988.", "0841", "PSEREB>FRAMED", ""},
		{"four of the hostages freed", "2002-06-04", "Colombian rebels kidnapped 12 oil workers in Arauca. Four of the hostages were freed on Sunday.", "0841", "COLREB>COLCVL", ""},
		// a number of a group named only by what its members are
		{"five of the missionaries released", "2021-11-22", "Gangsters kidnapped 17 American missionaries near Port-au-Prince in October. Five of the missionaries were released on Sunday.", "0841", "HTICRM>USAREL", ""},
		{"ten of the peasants released", "1980-11-20", "Guatemalan soldiers detained 25 peasants near Huehuetenango. Ten of the peasants were released on Monday.", "0841", "GTMMIL>GTMCVL", ""},
		{"eleven of the unionists released", "1987-06-14", "South African police detained 40 black trade unionists in Johannesburg. Eleven of the unionists were released on Friday.", "0841", "ZAFCOP>ZAFCVL", ""},
		{"a hundred and four of the girls freed", "2018-01-09", "Boko Haram fighters abducted 110 Nigerian schoolgirls from Dapchi. One hundred and four of the girls were freed in March.", "0841", "NGARAD>NGACVL", ""},
		{"four of the villagers released", "1994-08-30", "Russian troops detained 12 Chechen villagers near Grozny. Four of the villagers were released the same day.", "0841", "RUSMIL>RUSCVL", ""},
		{"two of the tourists freed", "2000-05-03", "Abu Sayyaf gunmen abducted 21 foreign tourists from a resort in Sabah. Two of the tourists were freed in July.", "0841", "PHLRAD>CVL", ""},
		{"ten of the fishermen released", "2012-07-01", "The Indian coast guard detained 30 Sri Lankan fishermen. Ten of the fishermen were released on Sunday.", "0841", "INDCOP>LKACVL", ""},
	})
}
