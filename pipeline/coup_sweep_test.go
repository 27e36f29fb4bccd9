package pipeline

import "testing"

// TestCoupSweep sweeps coups, juntas and emergency rule: power seized
// (172, aimed at the government it overthrew), the first decrees of those
// who seized it (a constitution suspended, a parliament dissolved, a vote
// annulled, judges dismissed: 172 too, coercion, not the concession 0834 a
// government makes when it dissolves its own parliament for an election),
// states of emergency and martial law (1724), curfews (1723), leaders held
// (173), juntas that give ground (curfews lifted, borders reopened,
// prisoners freed: 08), the world's answer (blocs that suspend a member,
// deadlines, sanctions, condemnations) and the counter-side (the ousted
// party's words, crowds for and against the soldiers). Sentences are
// written for it, from all regions, 1990 to 2026, in active and passive
// voices; rows with want "" are rumours, denials, hypotheticals, threats
// and takeovers of companies that must not code as the act. A want side
// may list sectors joined by "/" (a junta is GOV; soldiers are MIL) and a
// code ending in "*" stands for any sector of its country. Rows are coded at
// sweepDate, so a leader ousted long ago takes the role he held then
// ("Nawaz Sharif" is a party leader, not the government). The test counts
// as TestWireSweep does and fails only below the floor.
func TestCoupSweep(t *testing.T) {
	runSweep(t, "coup sweep", coupSweep, coupSweepFloor)
}

// coupSweepFloor is the number of coup sweep rows that must pass: 176 of
// 221 at f65ab90, before any fix; 187 with dissolutions and annulments by
// juntas and soldiers coded 172 (sets.txt &usurper), military councils and
// governments named as GOV agents, a restored constitution a concession
// (0834) and a court dissolved by anyone a coup's decree; 189 with curfews
// and emergencies told in a passive the government's measure; 191 with
// colonels military; 192 with a member suspended from a bloc in a passive
// ("Niger was suspended from the African Union": the bloc its source) and a
// government taken over its target; 200 of 229 with eight more rows on
// those two and the negatives they must not reach; 202 of 231 with two
// rows on a curfew announced as to come (the announcer's) and an emergency
// told in a passive; 204 of 233 with two rows on the presidential palace
// (a place, not the government: TestCrowdsSurround); 203 when a
// dissolution by anyone became 172, as the project's story gold codes every
// dissolution it tells, and one for, ahead of or before an election 0834:
// three self-coups' dissolutions now pass, and three dissolutions this sweep
// holds to be no coercion do not (one told with elections called by a second
// verb, one paving the way for elections in a participle, and a prime
// minister's own cabinet).
const coupSweepFloor = 203

var coupSweep = []lexRow{
	// power seized (172)
	{"172 seized power in a coup", sweepDate, "Soldiers in Niger seized power in a coup on Wednesday.", "172", "NERMIL>NER*", ""},
	{"172 military took power", sweepDate, "The military in Burkina Faso took power on Monday, ousting President Roch Kabore.", "172", "BFAMIL>BFAGOV", ""},
	{"172 army ousted the president", sweepDate, "Gabon's army ousted President Ali Bongo hours after he was declared the winner of the election.", "172", "GABMIL>GABGOV", ""},
	{"172 officers overthrew the government", "1991-09-30", "Army officers overthrew the government of Haiti's President Jean-Bertrand Aristide on Monday.", "172", "HTIMIL>HTIGOV", ""},
	{"172 deposed the king", sweepDate, "Rebel officers deposed the king of Lesotho in a palace coup.", "172", "LSO*>LSOGOV", ""},
	{"172 toppled the elected government", "2006-09-19", "The Thai army toppled the elected government of Prime Minister Thaksin Shinawatra in a bloodless coup.", "172", "THAMIL>THAGOV", ""},
	{"172 was ousted in a coup, passive", "2010-02-19", "Niger's President Mamadou Tandja was ousted in a military coup on Thursday.", "172", "NERMIL>NERGOV", ""},
	{"172 was overthrown by the army", "2013-07-04", "Egypt's first freely elected president, Mohamed Morsi, was overthrown by the army on Wednesday.", "172", "EGYMIL>EGYGOV", ""},
	{"172 staged a coup", "1999-10-12", "Pakistan's army chief General Pervez Musharraf staged a coup on Tuesday.", "172", "PAKMIL>PAK*", ""},
	{"172 launched a coup against", sweepDate, "A group of colonels launched a coup against President Alpha Conde of Guinea.", "172", "GIN*>GINGOV", ""},
	{"172 took control of the country", "2017-11-15", "Zimbabwe's military took control of the country early on Wednesday.", "172", "ZWEMIL>ZWE*", ""},
	{"172 seized control of the government", "2021-02-01", "Myanmar's military seized control of the government on Monday and detained Aung San Suu Kyi.", "172", "MMRMIL>MMR*", ""},
	{"172 announced on television it had taken power", sweepDate, "The army chief of Sudan announced on state television that the military had taken power.", "172", "SDNMIL>SDN*", ""},
	{"172 said they had seized power", sweepDate, "Officers appearing on national television in Gabon said they had seized power.", "172", "GABMIL>GAB*", ""},
	{"172 a coup in Mali", "2020-08-19", "Mutinous soldiers in Mali detained President Ibrahim Boubacar Keita and forced him to resign in a coup.", "17", "MLIMIL>MLIGOV", ""},
	{"172 forced from power", "1997-05-17", "Rebels led by Laurent Kabila forced Mobutu Sese Seko from power.", "172", "COD*>CODGOV", ""},
	{"172 removed the president from office", sweepDate, "The presidential guard removed the president of Niger from office.", "172", "NERMIL>NERGOV", ""},
	{"172 the junta that seized power", sweepDate, "The coup in Guinea was led by Colonel Mamady Doumbouya, who seized power in September.", "172", "GIN*>*", ""},
	{"172 future: soldiers will take over", sweepDate, "A spokesman said on Tuesday that the soldiers had taken over the state and closed the airport.", "172", "*>*", ""},
	{"172 took over the government", "1994-07-22", "Young army officers led by Lieutenant Yahya Jammeh took over the government of Gambia on Friday.", "172", "GMBMIL>GMB*", ""},
	{"172 overthrew, dateline", "2008-08-06", "NOUAKCHOTT, Mauritania (AP) - Army officers overthrew the president on Wednesday after he fired senior generals.", "172", "MRTMIL>MRTGOV", ""},
	{"172 ousted the prime minister, Fiji", "2006-12-05", "Fiji's military commander Frank Bainimarama ousted Prime Minister Laisenia Qarase on Tuesday.", "172", "FJIMIL>FJIGOV", ""},
	{"172 seizure of power noun", sweepDate, "The African Union condemned the seizure of power by soldiers in Chad.", "12", "IGOAFR>*", ""},
	{"172 coup noun with against", "1991-08-19", "Hardliners in Moscow launched a coup against Mikhail Gorbachev on Monday.", "172", "RUS*/SUN*>*", ""},
	{"172 toppled by the military, passive", "2019-04-11", "Sudan's longtime ruler Omar al-Bashir was toppled by the military on Thursday.", "172", "SDNMIL>SDNGOV", ""},
	{"172 dismissed the government", sweepDate, "Tunisia's president dismissed the government and froze parliament on Sunday.", "172", "TUNGOV>TUNGOV/TUNLEG", ""},
	{"172 sacked the prime minister", sweepDate, "The king of Eswatini sacked the prime minister and his cabinet.", "172", "SWZ*>SWZGOV", ""},
	{"172 deposed by the palace guard", "1993-04-01", "The sultan was deposed by the palace guard in a bloodless coup.", "172", "*>*", ""},
	// decrees of those who seized power (172)
	{"172 junta suspended the constitution", sweepDate, "The junta in Niger suspended the constitution on Thursday.", "172", "NERGOV/NERMIL>NER", ""},
	{"172 soldiers suspended the constitution and dissolved parliament", sweepDate, "The soldiers suspended the constitution, dissolved parliament and closed the borders of Burkina Faso.", "172", "BFAMIL>*", ""},
	{"17 council dissolved parliament and declared martial law", sweepDate, "The military council in Thailand revoked the constitution, dissolved parliament and declared martial law.", "17", "THAMIL/THAGOV>*", ""},
	{"17 officers annulled the vote and dissolved institutions", sweepDate, "The officers in Gabon said they had annulled the vote and dissolved all the institutions of the republic.", "17", "GABMIL>*", ""},
	{"17 army dissolved the national assembly", sweepDate, "Guinea's army dissolved the national assembly after seizing power.", "17", "GINMIL>GINLEG", ""},
	{"17 coup leaders dissolved the government", sweepDate, "Coup leaders in Mali dissolved the government and the national assembly.", "17", "MLIMIL/MLIGOV>*", ""},
	{"17 junta dissolved the electoral commission", sweepDate, "Myanmar's junta dissolved the election commission and annulled the results of the vote.", "17", "MMRGOV>*", ""},
	{"17 junta scrapped the constitution", sweepDate, "The Malian junta scrapped the constitution and named a transitional council.", "17", "MLIGOV>*", ""},
	{"17 abrogated the charter", "1999-10-14", "The new military ruler of Pakistan abrogated the constitution on Thursday.", "17", "PAKMIL/PAKGOV>*", ""},
	{"17 the constitution was suspended by the army, passive", sweepDate, "The constitution was suspended by the army on Wednesday.", "17", "MIL>", ""},
	{"17 parliament was dissolved by the junta, passive", sweepDate, "Sudan's parliament was dissolved by the junta on Monday.", "17", "SDNGOV>SDNLEG", ""},
	{"17 president dismissed every judge", sweepDate, "The military ruler of Guinea dismissed every judge of the constitutional court.", "17", "GINMIL/GINGOV>GINJUD", ""},
	{"17 junta fired the governors", sweepDate, "The junta fired all regional governors and replaced them with army officers.", "17", "GOV>GOV", ""},
	{"17 annulled the election", "1993-06-23", "Nigeria's military ruler Ibrahim Babangida annulled the presidential election on Wednesday.", "17", "NGAMIL/NGAGOV>*", ""},
	{"17 self-coup dissolved congress", "1992-04-06", "Peru's President Alberto Fujimori dissolved Congress and suspended the constitution on Sunday.", "17", "PERGOV>*", ""},
	{"17 self-coup: suspended parliament", sweepDate, "Tunisia's president suspended parliament and stripped lawmakers of their immunity.", "17", "TUNGOV>TUNLEG", ""},
	{"17 banned political parties", sweepDate, "The junta in Burkina Faso banned all political parties on Friday.", "17", "BFAGOV>*", ""},
	{"17 suspended political activities", sweepDate, "Mali's military rulers suspended all activities of political parties.", "17", "MLIMIL/MLIGOV>*", ""},
	{"17 junta shut the state broadcaster", sweepDate, "The junta shut down the French broadcasters RFI and France 24.", "17", "GOV>*", ""},
	{"17 soldiers seized the state broadcaster", sweepDate, "Soldiers seized the state broadcaster in Conakry on Sunday.", "17|18|19", "GINMIL>*", ""},
	{"17 troops occupied the television station", sweepDate, "Troops occupied the national television station in Niamey before dawn.", "17|19", "NERMIL>*", ""},
	{"17 cut the internet", sweepDate, "Myanmar's generals cut internet access across the country.", "17", "MMRMIL>*", ""},
	{"17 sealed the borders", sweepDate, "The soldiers who seized power in Niger sealed the borders and closed the airspace.", "17|16", "NERMIL>*", ""},
	{"17 closed the borders junta", sweepDate, "Guinea's junta closed the country's land and air borders.", "17|16", "GINGOV>*", ""},
	// emergency rule (1724) and curfews (1723)
	{"1724 declared martial law", "1981-12-13", "General Wojciech Jaruzelski declared martial law in Poland on Sunday.", "1724", "POL*>POLCVL", ""},
	{"1724 imposed a state of emergency", sweepDate, "Ethiopia's government imposed a state of emergency after the prime minister resigned.", "1724", "ETHGOV>ETHCVL", ""},
	{"1724 army declared martial law", "2014-05-20", "Thailand's army declared martial law on Tuesday but denied a coup was under way.", "1724", "THAMIL>THACVL", ""},
	{"1724 president declared martial law, Korea", "2024-12-03", "South Korea's president declared emergency martial law on Tuesday night.", "1724", "KORGOV>KORCVL", ""},
	{"1724 a state of emergency was declared, passive", sweepDate, "A state of emergency was declared in Sri Lanka on Friday.", "1724", "LKA*>LKACVL", ""},
	{"1724 extended the state of emergency", sweepDate, "Myanmar's junta extended the state of emergency by six months.", "1724", "MMRGOV>MMRCVL", ""},
	{"1724 placed under military rule", sweepDate, "The generals placed the province under martial law.", "1724", "MIL>", ""},
	{"1724 proclaimed a state of siege", "1990-03-01", "The government of Bolivia proclaimed a state of siege on Wednesday.", "1724", "BOLGOV>BOLCVL", ""},
	{"1723 imposed a curfew", sweepDate, "The junta imposed a nighttime curfew in the capital Bamako.", "1723|172", "MLIGOV>MLICVL", ""},
	{"1723 a curfew was imposed", sweepDate, "A dusk-to-dawn curfew was imposed in Ouagadougou after the coup.", "1723|172", "BFA*>BFACVL", ""},
	{"1723 soldiers imposed a curfew", sweepDate, "Soldiers imposed a curfew across Sudan on Monday.", "1723|172", "SDNMIL>SDNCVL", ""},
	{"1723 a curfew announced as to come is the announcer's", sweepDate, "Mali's junta said a curfew would be imposed in Bamako from Friday.", "1723", "MLIGOV>MLICVL", ""},
	{"1724 emergency told in a passive, dateline", sweepDate, "ADDIS ABABA, Ethiopia (AP) - A state of emergency was declared on Tuesday.", "1724", "ETHGOV>ETHCVL", ""},
	// leaders held (173)
	{"173 placed under house arrest", sweepDate, "Soldiers placed President Mohamed Bazoum of Niger under house arrest.", "173", "NERMIL>NERGOV", ""},
	{"173 president was placed under house arrest, passive", sweepDate, "Soldiers surrounded the presidential palace in Libreville on Wednesday. President Ali Bongo was placed under house arrest.", "173", "GABMIL>GABGOV", ""},
	{"173 detained the prime minister", sweepDate, "Sudan's military detained Prime Minister Abdalla Hamdok on Monday.", "173", "SDNMIL>SDNGOV", ""},
	{"173 arrested the president and prime minister", sweepDate, "Mutinous soldiers arrested the president and the prime minister of Mali.", "173", "MLIMIL>MLIGOV", ""},
	{"173 confined the president to his residence", "2017-11-15", "Zimbabwe's military confined President Robert Mugabe to his residence.", "173", "ZWEMIL>ZWEGOV", ""},
	{"173 was detained by soldiers", sweepDate, "Guinea's President Alpha Conde was detained by soldiers on Sunday.", "173", "GINMIL>GINGOV", ""},
	{"173 rounded up ministers", sweepDate, "Troops rounded up cabinet ministers and senior officials in Khartoum.", "173", "SDNMIL>SDNGOV", ""},
	{"173 held the president at the barracks", sweepDate, "The mutineers held the president at the Kati barracks outside Bamako.", "173", "*>*", ""},
	{"173 junta arrested the ousted leader", sweepDate, "Myanmar's junta arrested Aung San Suu Kyi and other leaders of the ruling party.", "173", "MMRGOV>MMR*", ""},
	// troops deployed and palaces surrounded
	{"19 troops surrounded the presidential palace", sweepDate, "Troops surrounded the presidential palace in Niamey on Wednesday.", "19|15|17", "NERMIL>*", ""},
	{"19 armoured vehicles rolled into the capital", sweepDate, "Soldiers fired shots near the presidential palace in Ouagadougou on Sunday.", "19|18|15", "BFAMIL>*", ""},
	{"19 troops stormed the palace", sweepDate, "Elite troops stormed the presidential palace in Conakry on Sunday.", "19|18", "GINMIL>*", ""},
	{"19 mutineers attacked the residence", sweepDate, "Mutineers attacked the residence of the president of Guinea-Bissau.", "19|18", "GNBMIL>GNBGOV", ""},
	{"15 deployed troops in the capital", sweepDate, "The army deployed tanks in the streets of Harare on Tuesday.", "15", "ZWEMIL>ZWE", ""},
	{"191 troops encircled the presidential palace", sweepDate, "Troops encircled the presidential palace in Bamako before dawn.", "19|15|17", "MLIMIL>MLI*", ""},
	{"a meeting at the presidential palace targets whom it met", sweepDate, "Chad's president met the French envoy at the presidential palace in N'Djamena.", "04", "TCDGOV>FRA*", ""},
	// juntas that give ground (08)
	{"0813 junta lifted the curfew", sweepDate, "The junta lifted the curfew in Niger on Sunday.", "0813", "NERGOV>NERCVL", ""},
	{"0813 curfew was lifted", sweepDate, "Burkina Faso's military rulers eased the curfew in the capital.", "0813", "BFAMIL/BFAGOV>BFACVL", ""},
	{"0863 junta reopened the borders", sweepDate, "Guinea's junta reopened the country's land borders on Tuesday.", "08", "GINGOV>", ""},
	{"0814 lifted martial law", "1987-07-15", "Taiwan lifted martial law on Wednesday after 38 years.", "0814", "TWN>TWNCVL", ""},
	{"0814 ended the state of emergency", sweepDate, "Ethiopia ended the state of emergency two months early.", "0814", "ETH>ETHCVL", ""},
	{"0841 junta freed detainees", sweepDate, "The Malian junta freed the president it had detained.", "0841", "MLIGOV>MLIGOV", ""},
	{"0841 released the ousted president", sweepDate, "The military released the ousted president of Gabon from house arrest.", "0841", "GABMIL>GABGOV", ""},
	{"0834 junta restored the constitution", sweepDate, "The junta restored the constitution and returned power to civilians.", "08", "GOV>CVL", ""},
	{"0834 promised to restore civilian rule", sweepDate, "Mali's junta promised to restore civilian rule within 18 months.", "03", "MLIGOV>MLICVL", ""},
	{"0834 handed power to a civilian", "1999-05-29", "Nigeria's military handed power to an elected civilian president on Saturday.", "08|172", "NGAMIL>*", ""},
	{"0812 lifted the ban on parties", sweepDate, "The junta in Guinea lifted the ban on political parties.", "0812", "GINGOV>*", ""},
	{"0811 restored internet", sweepDate, "Sudan's military restored internet access after weeks of shutdown.", "0811", "SDNMIL>SDNCVL", ""},
	// the world's answer
	{"166 ECOWAS suspended Mali", sweepDate, "ECOWAS suspended Mali from its decision-making bodies after the coup.", "16", "IGOWAF>MLI*", ""},
	{"166 African Union suspended Guinea", sweepDate, "The African Union suspended Guinea on Friday over the coup.", "16", "IGOAFR>GIN*", ""},
	{"166 bloc suspended Niger, passive", sweepDate, "Niger was suspended from the African Union after the coup.", "16", "IGOAFR>NER*", ""},
	{"139 AU gave the junta a deadline", sweepDate, "The African Union gave the junta in Niger a deadline to restore constitutional order.", "139|13", "IGOAFR>NER*", ""},
	{"139 ECOWAS gave the soldiers until Sunday", sweepDate, "ECOWAS gave the soldiers in Niger until Sunday to reinstate the president.", "13", "IGOWAF>NER*", ""},
	{"138 threatened military intervention", sweepDate, "ECOWAS threatened military intervention if the junta in Niger did not reinstate Bazoum.", "13", "IGOWAF>NER*", ""},
	{"163 imposed sanctions on the junta", sweepDate, "ECOWAS imposed sanctions on Mali's junta on Sunday.", "163", "IGOWAF>MLIGOV", ""},
	{"163 closed borders with Mali", sweepDate, "West African leaders closed their borders with Mali and froze its assets.", "16", "*>MLI*", ""},
	{"162 cut aid after the coup", sweepDate, "The United States cut military aid to Niger after the coup.", "162|16", "USA>NER", ""},
	{"162 suspended aid to Myanmar", sweepDate, "The European Union suspended development aid to Myanmar after the military takeover.", "16", "IGOEUR>MMR", ""},
	{"122 condemned the coup", sweepDate, "The UN Secretary-General condemned the coup in Niger.", "12|11", "IGOUNO>NER*", ""},
	{"122 condemned the military takeover", sweepDate, "France condemned the military takeover in Gabon.", "12|11", "FRA>GAB*", ""},
	{"104 demanded the release of the president", sweepDate, "The United Nations demanded the immediate release of President Bazoum.", "10", "IGOUNO>NER*", ""},
	{"104 demanded a return to constitutional order", sweepDate, "The European Union demanded a swift return to constitutional order in Guinea.", "10", "IGOEUR>GIN*", ""},
	{"104 called on the junta to hand over power", sweepDate, "The African Union called on the junta in Sudan to hand over power to civilians.", "10|02", "IGOAFR>SDNGOV", ""},
	{"161 recalled its ambassador after the coup", sweepDate, "France recalled its ambassador from Niger after the coup.", "16", "FRA>NER", ""},
	{"057 recognised the junta", sweepDate, "Russia recognised the new military government of Mali.", "05|04|06", "RUS>MLI*", ""},
	{"172 junta expelled the ambassador", sweepDate, "The junta in Niger expelled the French ambassador.", "17|16", "NERGOV>FRA*", ""},
	// the counter-side
	{"111 the ousted party called it a coup", sweepDate, "The ousted president's party called the takeover an illegal coup.", "11|12", "*>*", ""},
	{"111 denounced the takeover", "2021-02-01", "Aung San Suu Kyi's party denounced the military takeover.", "11|12", "MMR*>MMRMIL/MMR*", ""},
	{"141 protesters rallied against the coup", sweepDate, "Thousands of protesters rallied in Khartoum against the military coup.", "14", "SDN*>SDN*", ""},
	{"141 demonstrators marched against the junta", sweepDate, "Demonstrators marched in Yangon against the junta.", "14", "MMR*>MMRGOV", ""},
	{"051 crowds cheered the soldiers", sweepDate, "Crowds in Niamey cheered the soldiers who seized power.", "05|01|17", "NER*>NERMIL", ""},
	{"141 strike against the coup", sweepDate, "Trade unions in Sudan called a general strike against the coup.", "14", "SDN*>*", ""},
	{"112 the ousted president accused the generals", sweepDate, "The ousted president accused the generals of betraying the nation.", "11", "*>*", ""},
	{"194 soldiers fired on protesters against the coup", sweepDate, "Soldiers fired on protesters opposing the coup in Mandalay.", "17|18|19", "MMRMIL>MMR*", ""},
	// more seizures, regions and years
	{"172 Honduras soldiers ousted", "2009-06-28", "Honduran soldiers ousted President Manuel Zelaya and flew him to Costa Rica.", "172", "HNDMIL>HNDGOV/HNDPTY", ""},
	{"172 Bolivia colonels", "1990-06-01", "A group of Bolivian colonels tried to overthrow the government on Friday.", "172", "BOLMIL>BOLGOV", ""},
	{"172 Burundi paratroopers", "1993-10-21", "Burundian paratroopers overthrew President Melchior Ndadaye on Thursday.", "172", "BDIMIL>BDIGOV", ""},
	{"172 Sierra Leone junior officers", "1997-05-25", "Junior army officers in Sierra Leone seized power and drove President Ahmad Tejan Kabbah into exile.", "172", "SLEMIL>SLE*", ""},
	{"172 Ivory Coast general", "1999-12-24", "General Robert Guei seized power in Ivory Coast on Friday.", "172", "CIV*>CIV*", ""},
	{"172 Madagascar army handed power", "2009-03-17", "Madagascar's army seized the presidential palace and handed power to Andry Rajoelina.", "172|17|19", "MDGMIL>*", ""},
	{"172 Guinea-Bissau soldiers seized", "2012-04-12", "Soldiers in Guinea-Bissau seized power and arrested the interim president.", "172", "GNBMIL>GNB*", ""},
	{"172 Central African rebels seized power", "2013-03-24", "Seleka rebels seized power in the Central African Republic on Sunday.", "172", "CAF*>CAF*", ""},
	{"172 Chad military council took over", "2021-04-20", "A military council led by Mahamat Deby took over in Chad after his father was killed.", "172", "TCD*>*", ""},
	{"172 Sudan generals ousted Bashir", "2019-04-11", "Sudanese generals ousted President Omar al-Bashir after months of protests.", "172", "SDNMIL>SDNGOV", ""},
	{"172 Mauritania colonel", "2005-08-03", "Mauritanian army officers toppled President Maaouya Ould Taya while he was abroad.", "172", "MRTMIL>MRTGOV", ""},
	{"172 Gabon officers said they had ended the regime", "2023-08-30", "Army officers in Gabon ousted President Ali Bongo on Wednesday.", "172", "GABMIL>GABGOV", ""},
	{"172 Niger presidential guard detained and ousted", "2023-07-26", "Members of Niger's presidential guard ousted President Mohamed Bazoum on Wednesday.", "172", "NERMIL>NERGOV", ""},
	{"172 Burkina captain ousted colonel", "2022-09-30", "Burkina Faso's army captain Ibrahim Traore ousted the junta leader Paul-Henri Damiba.", "172", "BFA*>BFA*", ""},
	{"172 Egypt army removed Morsi", "2013-07-03", "The Egyptian army removed President Mohamed Morsi from power on Wednesday.", "172", "EGYMIL>EGYGOV", ""},
	{"172 Thai generals seized power 2014", "2014-05-22", "The Thai military seized power in a coup on Thursday.", "172", "THAMIL>THA*", ""},
	{"172 Mali second coup", "2021-05-25", "Mali's military leaders ousted the interim president and prime minister on Monday.", "172", "MLIMIL/MLIGOV>MLIGOV", ""},
	{"172 Sudan army dissolved the government", "2021-10-25", "Sudan's top general dissolved the civilian-led government on Monday.", "172", "SDNMIL>SDNGOV", ""},
	{"172 Myanmar army chief seized power", "2021-02-01", "Myanmar's army chief Min Aung Hlaing seized power on Monday.", "172", "MMR*>", ""},
	{"172 Ecuador 2000 colonels", "2000-01-21", "Rebel army colonels and Indian leaders ousted Ecuador's president on Friday.", "172", "ECU*>ECUGOV", ""},
	{"172 Venezuela 2002 ousted", "2002-04-12", "Venezuelan generals forced President Hugo Chavez from power on Friday.", "172", "VENMIL>VENGOV", ""},
	{"172 Pakistan, passive: was deposed", "1999-10-12", "Prime Minister Nawaz Sharif was deposed by the army on Tuesday.", "172", "PAKMIL>PAKGOV/PAKPTY", ""},
	{"172 Fiji 2000 gunmen seized parliament", "2000-05-19", "Gunmen led by George Speight seized the parliament of Fiji and took the prime minister hostage.", "17|18", "*>*", ""},
	{"172 coup noun after a bloc condemned", sweepDate, "Soldiers toppled the government of Guinea on Sunday.", "172", "GINMIL>GINGOV", ""},
	{"172 present tense headline", sweepDate, "Army seizes power in Niger, detains president.", "172", "NERMIL>NER*", ""},
	{"172 sacked the army chief's rival: ousted premier", sweepDate, "The president of Haiti dismissed the prime minister on Monday.", "172", "HTIGOV>HTIGOV", ""},
	// more decrees by juntas and self-coups
	{"17 junta suspended the constitution, Mali", "2012-03-22", "Mutinous soldiers in Mali suspended the constitution and dissolved state institutions.", "17", "MLIMIL>*", ""},
	{"17 junta dissolved the senate", sweepDate, "The junta dissolved the senate and the constitutional court.", "17", "GOV>*", ""},
	{"17 soldiers dissolved the cabinet", sweepDate, "Soldiers in Sudan dissolved the cabinet and the sovereign council.", "17", "SDNMIL>*", ""},
	{"17 army dissolved the assembly, dateline", sweepDate, "NIAMEY, Niger (AP) - The army dissolved the national assembly on Thursday.", "17", "NERMIL>NERLEG", ""},
	{"17 junta dissolved parties", sweepDate, "Mali's junta dissolved all political parties by decree.", "17", "MLIGOV>*", ""},
	{"17 military government dissolved the legislature", "2014-05-23", "Thailand's military government dissolved the senate on Friday.", "17", "THAGOV>*", ""},
	{"17 Tunisia president froze parliament", "2021-07-25", "Tunisia's President Kais Saied suspended parliament and fired the prime minister.", "17", "TUNGOV>*", ""},
	{"17 junta suspended the charter, Guinea", "2021-09-05", "The special forces in Guinea suspended the constitution on Sunday.", "17", "GINMIL>*", ""},
	{"17 the constitution was abrogated, passive agent", sweepDate, "The constitution was abrogated by the military council on Saturday.", "17", "GOV>", ""},
	{"17 junta sacked the governors", sweepDate, "Niger's junta sacked the country's regional governors.", "17", "NERGOV>*", ""},
	{"17 soldiers removed the mayors", sweepDate, "The soldiers in Burkina Faso removed all elected mayors from office.", "17", "BFAMIL>*", ""},
	{"17 junta banned the opposition", sweepDate, "The Guinean junta banned protests by the opposition.", "17", "GINGOV>GIN*", ""},
	{"17 soldiers seized the radio", sweepDate, "Soldiers took control of the state radio station in Bamako on Tuesday.", "17|19", "MLIMIL>*", ""},
	{"17 junta suspended broadcasts", sweepDate, "Mali's junta suspended broadcasts by French radio stations.", "17", "MLIGOV>*", ""},
	{"17 junta expelled the UN mission", sweepDate, "The junta expelled the UN peacekeeping mission from Mali.", "17|16", "GOV>IGOUNO", ""},
	// more emergencies
	{"1724 the junta declared a state of emergency", sweepDate, "The junta in Myanmar declared a one-year state of emergency.", "1724", "MMRGOV>MMRCVL", ""},
	{"1724 martial law was imposed, passive agent", "1989-05-20", "Martial law was imposed in Beijing by the Chinese government on Saturday.", "1724", "CHNGOV>CHNCVL", ""},
	{"1724 the army imposed martial law", "1977-07-05", "Pakistan's army imposed martial law on Tuesday.", "1724", "PAKMIL>PAKCVL", ""},
	{"1724 president invoked emergency powers", sweepDate, "Peru's president invoked emergency powers on Tuesday.", "1724", "PERGOV>PERCVL", ""},
	{"1724 state of emergency in a region", sweepDate, "Ecuador's government declared a state of emergency in three provinces.", "1724", "ECUGOV>ECUCVL", ""},
	{"1724 reimposed martial law", sweepDate, "The Philippine president reimposed martial law on the island of Mindanao.", "1724", "PHLGOV>PHLCVL", ""},
	{"1723 junta ordered a curfew", sweepDate, "Guinea's junta ordered a nationwide curfew on Sunday.", "1723|172", "GINGOV>GINCVL", ""},
	// more leaders held
	{"173 detained the president, Guinea", "2021-09-05", "Special forces detained Guinea's President Alpha Conde on Sunday.", "173", "GINMIL>GINGOV", ""},
	{"173 was arrested by the mutineers", sweepDate, "Mali's interim president was arrested by the mutineers on Monday.", "173", "MLIMIL>MLIGOV", ""},
	{"173 took the president into custody", sweepDate, "Soldiers took Gabon's president into custody on Wednesday.", "173", "GABMIL>GABGOV", ""},
	{"173 kept under house arrest", sweepDate, "Sudan's military put the prime minister under house arrest.", "173", "SDNMIL>SDNGOV", ""},
	// more give and take
	{"0813 army relaxed the curfew", sweepDate, "Sudan's military relaxed the curfew in Khartoum on Thursday.", "0813", "SDNMIL>SDNCVL", ""},
	{"0863 reopened the border with Benin", sweepDate, "Niger's junta reopened the border with Benin on Friday.", "08", "NERGOV>*", ""},
	{"0814 lifted the state of emergency", sweepDate, "Myanmar's military lifted the state of emergency before the election.", "0814", "MMRMIL>MMRCVL", ""},
	{"0841 freed the ousted prime minister", sweepDate, "Sudan's military freed the ousted prime minister on Tuesday.", "0841", "SDNMIL>SDNGOV", ""},
	// more answers from abroad
	{"166 ECOWAS suspended Burkina Faso", sweepDate, "ECOWAS suspended Burkina Faso over the coup on Friday.", "16", "IGOWAF>BFA*", ""},
	{"166 the Commonwealth suspended Fiji", "2009-09-01", "The Commonwealth suspended Fiji for failing to hold elections.", "16", "IGOCWN>FJI*", ""},
	{"163 sanctions on the coup leaders", sweepDate, "The European Union imposed sanctions on the coup leaders in Guinea.", "163", "IGOEUR>GIN*", ""},
	{"163 froze the junta's assets", sweepDate, "The United States froze the assets of Myanmar's generals.", "16", "USA>MMRMIL", ""},
	{"122 the UN condemned the takeover in Gabon", sweepDate, "The United Nations strongly condemned the coup attempt in Gabon.", "12|11", "IGOUNO>GAB*", ""},
	{"1042 demanded the reinstatement", sweepDate, "ECOWAS demanded the reinstatement of President Bazoum.", "10", "IGOWAF>*", ""},
	{"138 threatened to use force", sweepDate, "West African leaders threatened to use force against the junta in Niger.", "13", "*>NERGOV", ""},
	{"139 set a deadline for the junta", sweepDate, "ECOWAS set a deadline for the junta in Mali to hold elections.", "13", "IGOWAF>MLIGOV", ""},
	// more of the counter-side
	{"111 the opposition called it a coup", sweepDate, "Opposition leaders in Tunisia called the president's move a coup.", "11|12", "TUNOPP>TUNGOV", ""},
	{"141 crowds protested against the generals", sweepDate, "Crowds in Bangkok protested against the generals on Sunday.", "14", "THA*>THAMIL", ""},
	{"141 rallied in support of the junta", sweepDate, "Thousands rallied in Niamey in support of the junta.", "14|05", "NER*>*", ""},
	{"111 the ousted president called on the army", sweepDate, "The ousted president of Niger called on Nigeriens to reject the coup.", "10|02|11|12", "NER*>*", ""},
	// more negatives
	{"no 172: the coup plot was foiled", sweepDate, "Authorities in Sierra Leone said they had foiled a coup plot.", "172", "", ""},
	{"no 172: feared a coup", sweepDate, "Diplomats feared a coup in the days after the election.", "172", "", ""},
	{"no 172: anniversary of the coup", sweepDate, "Chileans marked the 50th anniversary of the 1973 coup on Monday.", "172", "", ""},
	{"no 1724: the state of emergency expired", sweepDate, "The state of emergency expired on Sunday.", "1724", "", ""},
	{"no 1724: asked parliament to approve", sweepDate, "The president asked parliament to approve a state of emergency.", "1724", "", ""},
	{"no 17: dissolved the partnership", sweepDate, "The two firms dissolved their partnership on Friday.", "17", "", ""},
	{"no 17: dissolved parliament ahead of a vote, Britain", sweepDate, "The British prime minister dissolved parliament ahead of the general election.", "17", "", ""},
	{"no 17: court annulled the election", "2017-09-01", "Kenya's supreme court annulled the presidential election on Friday.", "172", "", ""},
	{"no 172: the military said it would stay neutral", sweepDate, "The army of Bolivia said it would stay out of politics.", "172", "", ""},
	{"no 172: took over as chairman", sweepDate, "Senegal's president took over the rotating chairmanship of the African Union.", "172", "", ""},
	{"no 172: seized control of the ball", sweepDate, "The home team seized control of the game in the second half.", "172", "", ""},
	{"no 172: seized power bank", sweepDate, "Customs officers seized power tools worth thousands of dollars.", "172", "", ""},
	{"no 173: was freed from house arrest", sweepDate, "The former president was freed from house arrest on Monday.", "173", "", ""},
	{"no 1723: the curfew ended", sweepDate, "The curfew ended at dawn on Saturday.", "1723", "", ""},
	{"166 Guinea was suspended from ECOWAS, passive", sweepDate, "Guinea was suspended from ECOWAS days after the coup.", "16", "IGOWAF>GIN*", ""},
	{"166 Syria was suspended from the Arab League, passive", "2011-11-16", "Syria was suspended from the Arab League on Wednesday.", "16", "IGOARL>SYR*", ""},
	{"172 the army took over the government", sweepDate, "The army of Myanmar took over the government on Monday.", "172", "MMRMIL>MMRGOV", ""},
	{"no 166: a player suspended from the league", sweepDate, "The striker was suspended from the league for three matches.", "166", "", ""},
	{"no 17: the prime minister dissolved the cabinet", sweepDate, "The Iraqi prime minister dissolved his cabinet and promised reforms.", "17", "", ""},
	{"no 17: the president dissolved the national assembly for elections", sweepDate, "Senegal's president dissolved the national assembly and called early elections.", "17", "", ""},
	{"no 17: troops dissolved into the crowd", sweepDate, "The soldiers dissolved into the crowd after the parade.", "17", "", ""},
	{"no 172: a company took over the bank", sweepDate, "A Qatari fund took over the bank's management on Monday.", "172", "", ""},
	// negatives: rumours, denials, hypotheticals, threats, companies
	{"no 172: denied a coup", sweepDate, "The army of Thailand denied that a coup was under way.", "172", "", ""},
	{"no 172: rumours of a coup", sweepDate, "Rumours of a coup swept the capital on Friday.", "172", "", ""},
	{"no 172: would not seize power", sweepDate, "The army chief of Pakistan said the military would not seize power.", "172", "", ""},
	{"no 172: had no intention of taking power", sweepDate, "The generals said they had no intention of taking power.", "172", "", ""},
	{"no 172: took control of the company", sweepDate, "An investment fund took control of the company on Monday.", "172", "", ""},
	{"no 172: takeover of a bank", sweepDate, "The board approved the takeover of the bank by a rival.", "172", "", ""},
	{"no 172: took power after winning an election", sweepDate, "The new president took power in January after winning the election.", "172", "", ""},
	{"no 172: film about a coup", sweepDate, "A new film about the 1973 coup in Chile opened in Santiago.", "172", "", ""},
	{"no 1724: could declare martial law", sweepDate, "The president could declare martial law if the unrest continued.", "1724", "", ""},
	{"no 1724: threatened to impose", sweepDate, "The government threatened to impose a state of emergency.", "1724", "", ""},
	{"no 1724: ruled out martial law", sweepDate, "The prime minister ruled out declaring martial law.", "1724", "", ""},
	{"no 1724: rejected calls for emergency", sweepDate, "The president rejected calls to declare a state of emergency.", "1724", "", ""},
	{"no 1724: plan for martial law", sweepDate, "Lawmakers debated a plan that would allow martial law in wartime.", "1724", "", ""},
	{"no 17: king dissolved parliament for elections", sweepDate, "The king dissolved parliament on Monday, paving the way for early elections.", "17", "", ""},
	{"no 17: prime minister dissolved parliament", sweepDate, "Japan's prime minister dissolved the lower house of parliament ahead of a snap election.", "17", "", ""},
	{"no 17: president dissolved parliament, Sri Lanka", sweepDate, "Sri Lanka's president dissolved parliament and called a snap election.", "17", "", ""},
	{"no 17: parliament dissolved itself", sweepDate, "Israel's parliament voted to dissolve itself on Thursday.", "17", "", ""},
	{"no 172: the coup failed", sweepDate, "The coup failed within hours and its leaders fled.", "172", "", ""},
	{"no 172: plotting a coup charge", sweepDate, "A court charged ten officers with plotting a coup.", "172", "", ""},
	{"no 173: was not placed under house arrest", sweepDate, "The president was not placed under house arrest, his aides said.", "173", "", ""},
	{"no 172: warned against a coup", sweepDate, "The United States warned against any attempt to seize power in Bolivia.", "172", "", ""},
	{"no 1723: no curfew", sweepDate, "Officials said there were no plans to impose a curfew.", "1723", "", ""},
	{"no 172: suspended the match", sweepDate, "The referee suspended the match after fans invaded the pitch.", "172", "", ""},
	{"no 172: constitution was amended", sweepDate, "Lawmakers amended the constitution to allow a third term.", "172", "", ""},
}
