package pipeline

import "testing"

// TestRepressionSweep sweeps repression and public order, CAMEO 17
// (arrests, detentions, raids, bans, closures of media and parties,
// curfews, expulsions) and force against crowds (175), with the target the
// act falls on. Sentences are written for it: sources of many kinds
// (police, troops, juntas, authorities, courts, the named forces of many
// countries), targets named as people by their role (students,
// journalists, activists, lawmakers), as crowds, as groups, or as the
// buildings and outlets that stand for their owners ("the offices of the
// opposition party": the party; "the newspaper": the media); active and
// passive voices with and without an agent, event nouns done by light
// verbs ("launched a crackdown on"), tenses and word orders; and stories
// whose dateline gives the country of unnamed forces and crowds. Acts only
// threatened, planned, denied, refused or undone must not code as done.
// A want side may list codes joined by "/" (the sectors careful coders
// accept, as the owned sets' golds do), and a code ending in "*" stands for
// any sector of its country; the test's coder codes a country named as an
// actor by its bare code ("Iran banned": IRN), as newCoder does. The test
// counts, as TestWireSweep does.
func TestRepressionSweep(t *testing.T) {
	runSweep(t, "repression sweep", repressionSweep, repressionSweepFloor)
}

// repressionSweepFloor is the number of repression sweep rows that must pass.
const repressionSweepFloor = 147

var repressionSweep = []lexRow{
	// force against crowds (175): weapons of riot control, dispersal, beatings
	{"175 tear gas and water cannon to disperse", sweepDate, "Kenyan police fired tear gas and water cannon to disperse thousands of opposition supporters in Nairobi on Monday.", "175", "KENCOP>KENOPP", ""},
	{"175 dateline used tear gas to scatter students", sweepDate, "NAIROBI, Kenya (AP) — Police used tear gas on Tuesday to scatter hundreds of students who had gathered outside the university.", "175", "KENCOP>KENCVL/KENEDU", ""},
	{"175 riot police in a city fired at demonstrators", sweepDate, "Riot police in Caracas fired tear gas at demonstrators demanding new elections.", "175", "VENCOP>VENOPP/VENCVL", ""},
	{"175 troops broke up a rally by students", sweepDate, "Troops broke up a rally by students in the centre of Yangon on Friday.", "175", "MMRMIL>MMRCVL/MMREDU/MMROPP", ""},
	{"175 pronoun target after a gathering", sweepDate, "Hundreds of protesters gathered outside parliament in Tbilisi on Sunday. Officers fired tear gas to scatter them.", "175", "GEOCOP/GEOMIL>GEOOPP/GEOCVL", ""},
	{"175 live rounds into a crowd of mourners", sweepDate, "Security forces fired live rounds into a crowd of mourners in the city of Mandalay on Saturday.", "175|18", "MMRMIL/MMRCOP>MMRCVL", ""},
	{"175 fired on crowds in a named city", sweepDate, "Police fired on crowds in the city of Sialkot on Friday, witnesses said.", "175|18", "PAKCOP>PAKCVL", ""},
	{"175 soldiers opened fire on protesters", sweepDate, "Zimbabwean soldiers opened fire on protesters in Harare on Wednesday.", "175|18", "ZWEMIL>ZWEOPP/ZWECVL", ""},
	{"175 baton-charged farmers", sweepDate, "Police baton-charged a crowd of farmers on the highway outside New Delhi.", "175", "INDCOP>INDCVL", ""},
	{"175 water cannon against workers", sweepDate, "Police used water cannon against thousands of workers marching on the parliament in Seoul.", "175", "KORCOP>KORCVL/KORLAB", ""},
	{"175 dispersed a sit-in by supporters", sweepDate, "Egyptian security forces dispersed a sit-in by supporters of the ousted president in Cairo.", "175", "EGYMIL/EGYCOP>EGY*", ""},
	{"175 passive dispersed by police", sweepDate, "Thousands of demonstrators were dispersed by police firing tear gas in Khartoum on Thursday.", "175", "SDNCOP>SDNOPP/SDNCVL", ""},
	{"175 passive opposition rally broken up", sweepDate, "An opposition rally was broken up by riot police in Moscow on Saturday.", "175", "RUSCOP>RUSOPP", ""},
	{"175 tear gas at young people protesting", sweepDate, "Police in Lagos fired tear gas at hundreds of young people protesting against police brutality.", "175", "NGACOP>NGACVL/NGAOPP", ""},
	{"175 rubber bullets to break up a protest", sweepDate, "Indonesian police fired rubber bullets to break up a protest by Papuan students in Jayapura.", "175", "IDNCOP>IDNCVL/IDNEDU/IDNOPP", ""},
	{"175 live ammunition against demonstrators", sweepDate, "Security forces used live ammunition against demonstrators in Baghdad's Tahrir Square.", "175", "IRQMIL/IRQCOP>IRQOPP/IRQCVL", ""},
	{"175 dateline soldiers beat protesters", sweepDate, "HARARE, Zimbabwe (AP) — Soldiers beat protesters with batons and rifle butts on Monday.", "175|18", "ZWEMIL>ZWEOPP/ZWECVL", ""},
	{"175 dateline dispersed the march", sweepDate, "KAMPALA, Uganda (AP) — Police dispersed the march with tear gas on Tuesday.", "175", "UGACOP>UGA*", ""},
	{"175 water cannon on monks", sweepDate, "The army turned water cannon on crowds of Buddhist monks in Yangon.", "175", "MMRMIL>MMRREL/MMRCVL", ""},
	{"175 pronoun target of opposition supporters", sweepDate, "Opposition supporters gathered in Kinshasa on Saturday to demand that the president step down. Police fired tear gas to disperse them.", "175", "CODCOP>CODOPP", ""},
	{"175 stormed the protest camp", sweepDate, "BANGKOK (AP) — Soldiers stormed the protest camp outside Government House before dawn on Wednesday.", "175", "THAMIL>THAOPP/THACVL", ""},
	{"175 fronted time, police fired tear gas", sweepDate, "On Sunday, riot police in Istanbul fired tear gas and rubber pellets at thousands of people marching to Taksim Square.", "175", "TURCOP>TURCVL/TUROPP", ""},
	{"175 clubbed students", sweepDate, "Police clubbed students who were protesting against tuition fees in Santiago.", "175", "CHLCOP>CHLCVL/CHLEDU/CHLOPP", ""},
	{"175 stun grenades at marchers", sweepDate, "Riot police in Minsk hurled stun grenades at marchers on Sunday evening.", "175", "BLRCOP>BLROPP/BLRCVL", ""},
	{"175 present perfect used force", sweepDate, "Nicaraguan police have used excessive force against student protesters, the rights group said.", "175", "NICCOP>NICCVL/NICEDU/NICOPP", ""},
	{"175 forcibly removed demonstrators", sweepDate, "Riot police forcibly removed hundreds of demonstrators from the square in Kiev.", "175", "UKRCOP>UKROPP/UKRCVL", ""},
	{"175 beat journalists covering protest", sweepDate, "Plainclothes police beat two journalists covering the protest in Tehran.", "175|18", "IRNCOP>IRNMED", ""},
	{"175 cleared protesters from the streets", sweepDate, "Troops cleared protesters from the streets of Khartoum on Monday.", "175", "SDNMIL>SDNOPP/SDNCVL", ""},
	{"175 dateline fired on the crowd", sweepDate, "BAMAKO, Mali (Reuters) — Security forces fired on a crowd gathered outside the national assembly on Friday.", "175|18", "MLIMIL/MLICOP>MLICVL", ""},
	{"175 charged the crowd with batons", sweepDate, "Mounted police charged the crowd with batons outside the stadium in Conakry.", "175", "GINCOP>GINCVL", ""},

	// force against crowds: what must not code as done
	{"not 175 conditional tear gas", sweepDate, "Police said they would use tear gas if the protesters did not leave the square in Dhaka.", "175", "", ""},
	{"not 175 denied firing", sweepDate, "Police in Nairobi denied firing tear gas at the crowd.", "175", "", ""},
	{"not 175 did not open fire", sweepDate, "The army did not open fire on the protesters in Algiers, witnesses said.", "175", "", ""},
	{"not 175 protesters threw canisters back", sweepDate, "Protesters in Santiago threw tear gas canisters back at the police.", "175", "", ""},
	{"not 175 troops fired on rebel positions", sweepDate, "Government troops fired on rebel positions near the border with Rwanda.", "175", "", ""},
	{"not 175 ordered not to use force", sweepDate, "Police in Bangkok were ordered not to use force against the demonstrators.", "175", "", ""},
	{"not 175 threatened to disperse", sweepDate, "Pakistan's interior minister threatened to disperse the sit-in by force.", "175", "", ""},
	{"not 175 urged police to refrain", sweepDate, "The United Nations urged Bangladeshi police to refrain from using force against the students.", "175", "", ""},
	{"not 175 police were pelted", sweepDate, "Police in Paris were pelted with stones by youths.", "175", "", ""},
	{"not 175 plan to clear the camp", sweepDate, "Thai authorities are planning to clear the protest camp next week.", "175", "", ""},

	// arrests and detentions (173)
	{"173 arrested the editor", sweepDate, "Police arrested the editor of an independent newspaper in Harare on Monday.", "173", "ZWECOP>ZWEMED", ""},
	{"173 shut down and detained its editor", sweepDate, "ALGIERS, Algeria (AP) — Authorities shut down the newspaper and detained its editor.", "173", "DZAGOV>DZAMED", ""},
	{"173 rounded up young men", sweepDate, "SRINAGAR, India (AP) — Soldiers rounded up dozens of young men in the district on Friday.", "173", "INDMIL>INDCVL", ""},
	{"173 detained in a sweep of the capital", sweepDate, "ADDIS ABABA, Ethiopia (AP) — Hundreds were detained in a sweep of the capital over the weekend.", "173", "ETHCOP>ETHCVL", ""},
	{"173 detained opposition lawmakers", sweepDate, "Security forces detained three opposition lawmakers in Kampala on Tuesday.", "173", "UGAMIL/UGACOP>UGALEG/UGAOPP", ""},
	{"173 detained journalists in dawn raids", sweepDate, "Turkish police detained 20 journalists in dawn raids across Istanbul.", "173", "TURCOP>TURMED", ""},
	{"173 junta arrested party leaders", sweepDate, "YANGON, Myanmar (AP) — The junta arrested the leaders of the opposition party on Monday.", "173", "MMRGOV/MMRMIL>MMROPP/MMRPTY", ""},
	{"173 passive by police student leaders", sweepDate, "Two student leaders were arrested by police in Dhaka on Sunday.", "173", "BGDCOP>BGDOPP/BGDEDU/BGDCVL", ""},
	{"173 taken into custody", sweepDate, "CAIRO (AP) — Human rights activists were taken into custody outside the court on Wednesday.", "173", "EGYCOP>EGYOPP/EGYCVL", ""},
	{"173 arrested pro-democracy activists", sweepDate, "Police in Hong Kong arrested more than 50 pro-democracy activists on Wednesday.", "173", "HKGCOP>HKGOPP", ""},
	{"173 dateline passive activists detained", sweepDate, "MOSCOW (AP) — Dozens of activists were detained on Saturday.", "173", "RUSCOP>RUSOPP", ""},
	{"173 passive journalists arrested in a city", sweepDate, "Seven journalists were arrested in Istanbul on Monday.", "173", "TURCOP>TURMED", ""},
	{"173 passive by the security service", sweepDate, "BAKU, Azerbaijan (AP) — The editor of an opposition weekly was detained by the security service.", "173", "AZESPY/AZECOP>AZEMED", ""},
	{"173 dateline people arrested during protests", sweepDate, "NAIROBI, Kenya (AP) — More than 200 people were arrested during the protests.", "173", "KENCOP>KENCVL", ""},
	{"173 placed under house arrest", sweepDate, "HARARE, Zimbabwe (AP) — The opposition leader was placed under house arrest on Thursday.", "173", "ZWECOP/ZWEGOV/ZWEMIL>ZWEOPP", ""},
	{"173 Israeli troops arrested Palestinians", sweepDate, "Israeli troops arrested 12 Palestinians in raids across the West Bank overnight.", "173", "ISRMIL>PSECVL", ""},
	{"173 Saudi authorities arrested women's activists", sweepDate, "Saudi authorities arrested several prominent women's rights activists last month.", "173", "SAUGOV>SAUOPP/SAUCVL", ""},
	{"173 intelligence agents detained a lawmaker", sweepDate, "Venezuelan intelligence agents detained an opposition lawmaker in Caracas.", "173", "VENSPY>VENLEG/VENOPP", ""},
	{"173 fronted time police detained protesters", sweepDate, "On Sunday, police in Minsk detained more than 100 protesters.", "173", "BLRCOP>BLROPP/BLRCVL", ""},
	{"173 relative clause on the police", sweepDate, "The police, who had surrounded the building, arrested the party's leader in Lusaka.", "173", "ZMBCOP>ZMBPTY/ZMBOPP", ""},
	{"173 reported arrest of the mayor", sweepDate, "The newspaper reported that police in Istanbul had arrested the mayor.", "173", "TURCOP>TURGOV", ""},
	{"173 police chief arrested", sweepDate, "Soldiers arrested the police chief of the northern province of Kunduz.", "173", "AFGMIL>AFGCOP", ""},
	{"173 present perfect arrested dozens", sweepDate, "BUJUMBURA, Burundi (AP) — Police have arrested dozens of people in the capital since Friday.", "173", "BDICOP>BDICVL", ""},
	{"173 Chinese police detained a lawyer", sweepDate, "Chinese police detained a prominent human rights lawyer in Beijing on Friday.", "173", "CHNCOP>CHN*", ""},
	{"173 jailed bloggers", sweepDate, "A court in Hanoi jailed three bloggers for up to six years.", "173", "VNMJUD>VNM*", ""},
	{"173 picked up activists", sweepDate, "Plainclothes officers picked up two activists outside their homes in Havana.", "173", "CUBCOP>CUBOPP", ""},
	{"173 locked up opponents", sweepDate, "The regime in Asmara has locked up thousands of its opponents.", "173", "ERIGOV>ERIOPP", ""},
	{"173 made arrests of students", sweepDate, "Police made dozens of arrests among students at Tehran University.", "173", "IRNCOP>IRN*", ""},
	{"173 arrested strikers", sweepDate, "Police in Harare arrested 40 striking teachers.", "173", "ZWECOP>ZWE*", ""},
	{"173 nominal wave of arrests", sweepDate, "ANKARA, Turkey (AP) — Turkish police launched a wave of arrests against opposition journalists on Tuesday.", "173", "TURCOP>TURMED", ""},
	{"173 seized and beaten ambassadors", sweepDate, "The ambassadors of Cuba and Venezuela were briefly seized and beaten by soldiers in Tegucigalpa.", "173|18", "HNDMIL>CUB*/VEN*", ""},
	{"173 detained foreign journalists", sweepDate, "Egyptian police detained two Australian journalists in Cairo.", "173", "EGYCOP>AUSMED", ""},

	// arrests that must not code as done
	{"not 173 threatened to arrest", sweepDate, "Police in Kampala threatened to arrest anyone who joined the march.", "173", "", ""},
	{"not 173 denied detaining", sweepDate, "The Egyptian government denied that any journalists had been detained.", "173", "", ""},
	{"not 173 no plans to arrest", sweepDate, "Police said they had no plans to arrest the opposition leader in Harare.", "173", "", ""},
	{"not 173 ordered release", sweepDate, "A court in Istanbul ordered the release of the detained journalists.", "173", "", ""},
	{"not 173 will not arrest", sweepDate, "Kenyan police will not arrest peaceful protesters, the interior minister said.", "173", "", ""},
	{"not 173 escaped arrest", sweepDate, "The opposition leader escaped arrest by fleeing to the Zambian border.", "173", "", ""},
	{"not 173 called for arrest", sweepDate, "Protesters in Bangkok called for the arrest of the prime minister.", "173", "", ""},
	{"not 173 freed prisoners", sweepDate, "Myanmar's junta freed hundreds of political prisoners on Wednesday.", "173", "", ""},
	{"not 173 sought to avoid arrest", sweepDate, "Rebel leaders in Goma sought refuge in the church to avoid arrest.", "173", "", ""},

	// raids on homes and offices: the owner is the target
	{"17 raided the offices of a daily", sweepDate, "Police raided the offices of an independent daily in Minsk on Tuesday.", "17", "BLRCOP>BLRMED", ""},
	{"17 raided the opposition party's headquarters", sweepDate, "Security forces raided the headquarters of the main opposition party in Caracas.", "17", "VENMIL/VENCOP>VENOPP/VENPTY", ""},
	{"17 raided the home of a lawyer", sweepDate, "Armed police raided the home of a prominent human rights lawyer in Beijing on Friday.", "17", "CHNCOP>CHN*", ""},
	{"17 passive offices of the newspaper raided", sweepDate, "TEHRAN, Iran (AP) — The offices of the newspaper were raided by security agents on Monday.", "17", "IRN*>IRNMED", ""},
	{"17 carried out a raid on the opposition leader's home", sweepDate, "Police carried out a raid on the home of the opposition leader in Lusaka on Tuesday.", "17", "ZMBCOP>ZMBOPP", ""},
	{"17 searched the offices of a rights group", sweepDate, "Police searched the offices of a human rights group in Moscow.", "17", "RUSCOP>RUS*/NGO", ""},
	{"17 stormed the broadcaster", sweepDate, "Troops stormed the state broadcaster in Niamey and took it off the air.", "17", "NERMIL>NERMED/NERGOV", ""},
	{"17 raided the university dormitories", sweepDate, "Riot police raided student dormitories at the university in Tehran overnight.", "17|175", "IRNCOP>IRNCVL/IRNEDU", ""},
	{"17 raid on the newspaper's offices nominal", sweepDate, "A police raid on the offices of the opposition newspaper in Phnom Penh lasted four hours.", "17", "KHMCOP>KHMMED", ""},
	{"17 raided the party's offices pronoun", sweepDate, "The opposition party said police had raided its offices in Harare overnight.", "17", "ZWECOP>ZWEOPP/ZWEPTY", ""},

	// closing media (1721)
	{"1721 shut down an opposition newspaper", sweepDate, "Turkish authorities shut down an opposition newspaper and two television stations on Tuesday.", "1721", "TURGOV>TURMED", ""},
	{"1721 closed the last independent radio station", sweepDate, "BAMAKO, Mali (AP) — The military government closed the country's last independent radio station.", "1721", "MLIGOV/MLIMIL>MLIMED", ""},
	{"1721 banned reformist newspapers", sweepDate, "Iran banned two reformist newspapers on Sunday.", "1721", "IRN/IRNGOV>IRNMED", ""},
	{"1721 passive newspaper shut down by the authorities", sweepDate, "ALGIERS, Algeria (AP) — The newspaper was shut down by the authorities after it published the report.", "1721", "DZAGOV>DZAMED", ""},
	{"1721 took channels off the air", sweepDate, "CARACAS, Venezuela (AP) — The government took two private television channels off the air.", "1721", "VENGOV>VENMED", ""},
	{"1721 blocked social media", sweepDate, "DHAKA, Bangladesh (AP) — Authorities blocked access to social media across the country.", "1721", "BGDGOV>BGDCVL", ""},
	{"1721 ordered the closure of a station", sweepDate, "The Zambian government ordered the closure of an independent television station.", "1721", "ZMBGOV>ZMBMED", ""},
	{"1721 suspended a broadcaster", sweepDate, "Rwanda suspended the BBC's broadcasts in the Kinyarwanda language.", "1721", "RWA/RWAGOV>GBRMED/MED", ""},
	{"1721 censored the press", sweepDate, "The junta in Conakry censored the press and closed several radio stations.", "1721", "GINGOV/GINMIL>GINMED", ""},
	{"1721 shut down the internet", sweepDate, "Ethiopia shut down the internet across the Tigray region.", "1721", "ETH/ETHGOV>ETHCVL", ""},
	{"1721 banned demonstrations", sweepDate, "Authorities in Kinshasa banned all demonstrations in the capital.", "1721", "CODGOV>CODCVL/COD*", ""},
	{"1721 banned a rally planned by the opposition", sweepDate, "Georgian authorities banned a rally planned by the opposition for Saturday.", "1721|1722", "GEOGOV>GEOOPP", ""},

	// banning parties and activity (1722)
	{"1722 junta banned all political activity", sweepDate, "BAMAKO, Mali (AP) — The junta banned all political activity on Wednesday.", "1722|1721", "MLIGOV/MLIMIL>MLI*", ""},
	{"1722 court dissolved the opposition party", sweepDate, "Thailand's constitutional court dissolved the main opposition party on Friday.", "1722", "THAJUD>THAOPP/THAPTY", ""},
	{"1722 banned the opposition party from the election", sweepDate, "The military rulers of Niger banned the opposition party from contesting the election.", "1722", "NERGOV/NERMIL>NEROPP", ""},
	{"1722 passive party banned by the supreme court", sweepDate, "MOSCOW (AP) — The opposition party was banned by the supreme court on Thursday.", "1722", "RUSJUD>RUSOPP", ""},
	{"1722 outlawed a group", sweepDate, "Egypt outlawed the Muslim Brotherhood on Wednesday.", "1722", "EGY/EGYGOV>EGY*", ""},
	{"1722 disqualified candidates", sweepDate, "Iran's election council disqualified hundreds of reformist candidates.", "1722", "IRN/IRNGOV/IRNJUD>IRN*", ""},
	{"1722 barred the opposition leader", sweepDate, "The electoral commission in Kampala barred the opposition leader from the presidential race.", "1722", "UGAGOV>UGAOPP", ""},
	{"not 1722 refused to ban", sweepDate, "The court in Bangkok refused to ban the opposition party.", "1722", "", ""},
	{"not 1722 lifted the ban", sweepDate, "The junta in Bamako lifted its ban on political parties on Monday.", "1722", "", ""},
	{"not 1721 planned to ban the newspaper", sweepDate, "The Zambian government planned to ban the newspaper, officials said.", "1721", "", ""},
	{"not 1721 denied closing", sweepDate, "The information ministry in Addis Ababa denied closing the radio station.", "1721", "", ""},

	// curfews and cordons
	{"1723 army imposed a curfew on the city", sweepDate, "NIAMEY, Niger (AP) — The army imposed a curfew on the city after the riots.", "1723", "NERMIL>NERCVL", ""},
	{"1723 declared a dusk-to-dawn curfew", sweepDate, "Authorities in Colombo declared a dusk-to-dawn curfew in the capital.", "1723", "LKAGOV>LKACVL", ""},
	{"1723 passive curfew imposed", sweepDate, "A curfew was imposed in Bishkek by the interim government on Friday.", "1723", "KGZGOV>KGZCVL", ""},
	{"191 cordoned off the square", sweepDate, "Riot police cordoned off the main square in Minsk to stop opposition supporters from gathering.", "191|17", "BLRCOP>BLROPP", ""},
	{"191 sealed off the district", sweepDate, "Troops sealed off the opposition stronghold of Kibera in Nairobi.", "191|17", "KENMIL>KEN*", ""},
	{"191 surrounded the opposition leader's house", sweepDate, "Soldiers surrounded the house of the opposition leader in Harare on Tuesday.", "191|17", "ZWEMIL>ZWEOPP", ""},

	// expulsions and deportations (174)
	{"174 ordered the expulsion of aid workers", sweepDate, "Sudan ordered the expulsion of thirteen foreign aid groups from Darfur.", "174", "SDN/SDNGOV>NGO", ""},
	{"174 deported British journalists", sweepDate, "Russia deported two British journalists on Thursday.", "174", "RUS/RUSGOV>GBRMED", ""},
	{"174 expelled a correspondent", sweepDate, "BEIJING (AP) — Chinese authorities expelled a New York Times correspondent from the country.", "174", "CHNGOV>USAMED/MED", ""},
	{"174 passive deported by the authorities", sweepDate, "Hundreds of Haitian migrants were deported by the Dominican authorities.", "174", "DOMGOV>HTI*", ""},
	{"174 expelled the UN rights chief", sweepDate, "Uganda expelled the head of the UN human rights office.", "174", "UGA/UGAGOV>IGOUNO/UNO", ""},
	{"174 deportation of refugees nominal", sweepDate, "Thailand began the deportation of hundreds of Hmong refugees to Laos on Monday.", "174", "THA/THAGOV>LAO*/REF", ""},
	{"174 forced out a journalist", sweepDate, "Ethiopia expelled an Economist correspondent on Friday.", "174", "ETH/ETHGOV>MED/GBRMED", ""},
	{"not 174 threatened to expel", sweepDate, "Hungary threatened to expel foreign activists who aided migrants.", "174", "", ""},
	{"not 174 denied deporting", sweepDate, "Kenya denied deporting the opposition lawyer.", "174", "", ""},

	// crackdowns (175)
	{"175 launched a crackdown on the opposition", sweepDate, "MINSK, Belarus (AP) — The government launched a crackdown on the opposition after the disputed vote.", "175", "BLRGOV>BLROPP", ""},
	{"175 cracked down on protesters", sweepDate, "Iranian security forces cracked down on protesters in Tehran.", "175", "IRNMIL/IRNCOP>IRNOPP/IRNCVL", ""},
	{"175 intensified their crackdown on journalists", sweepDate, "BAKU, Azerbaijan (AP) — Authorities intensified their crackdown on independent journalists.", "175|173", "AZEGOV>AZEMED", ""},
	{"175 crackdown by security forces as subject", sweepDate, "A crackdown by security forces on student protesters in Dhaka left dozens injured.", "175", "BGD*>BGD*", ""},
	{"175 clamped down on dissent", sweepDate, "The Chinese authorities clamped down on dissent in Hong Kong.", "175", "CHNGOV>HKG*/CHN*", ""},
	{"175 crushed the uprising", sweepDate, "Syrian troops crushed the uprising in Hama.", "175|19", "SYRMIL>SYR*", ""},
	{"175 repressed the demonstrations", sweepDate, "The regime in Managua violently repressed the student demonstrations.", "175", "NICGOV>NIC*", ""},
	{"not 175 called for an end to the crackdown", sweepDate, "The European Union called for an end to the crackdown in Minsk.", "175", "", ""},
	{"not 175 vowed to crack down", sweepDate, "The Philippine president vowed to crack down on drug dealers.", "175", "", ""},
	{"not 175 condemned the crackdown", sweepDate, "Amnesty International condemned the crackdown on protesters in Tehran.", "175", "", ""},

	// story context: the dateline gives the country of crowds and forces
	{"story tear gas then arrests", sweepDate, "LA PAZ, Bolivia (AP) — Thousands of miners marched through the city on Monday. Police fired tear gas at the marchers and arrested 30 of them.", "175", "BOLCOP>BOLCVL/BOLOPP/BOLLAB", ""},
	{"story arrests of marchers", sweepDate, "LA PAZ, Bolivia (AP) — Thousands of miners marched through the city on Monday. Police fired tear gas at the marchers and arrested 30 of them.", "173", "BOLCOP>BOLCVL/BOLOPP/BOLLAB", ""},
	{"story crowd at a landmark", sweepDate, "DHAKA, Bangladesh (AP) — Police fired rubber bullets at a crowd outside the election commission on Sunday.", "175", "BGDCOP>BGDCVL", ""},
	{"story troops fired on the crowd", sweepDate, "CONAKRY, Guinea (AP) — Opposition supporters filled the stadium on Monday. Troops opened fire on the crowd, witnesses said.", "175|18", "GINMIL>GINOPP/GINCVL", ""},
	{"story the editor was detained", sweepDate, "HARARE, Zimbabwe (AP) — The Daily News has criticised the government for months. Its editor was detained on Friday.", "173", "ZWECOP>ZWEMED", ""},
	{"story they were arrested", sweepDate, "KAMPALA, Uganda (AP) — Three opposition lawmakers addressed a rally on Sunday. They were arrested as they left.", "173", "UGACOP>UGALEG/UGAOPP", ""},
	{"story students dispersed", sweepDate, "ABUJA, Nigeria (AP) — Students blocked the highway on Tuesday. Police dispersed them with tear gas.", "175", "NGACOP>NGACVL/NGAEDU", ""},
	{"story the newspaper shut", sweepDate, "PHNOM PENH, Cambodia (AP) — The Cambodia Daily printed its last issue on Monday after the government shut it down.", "1721", "KHMGOV>KHMMED", ""},
	{"story curfew after riots", sweepDate, "NAIROBI, Kenya (AP) — Rioters burned shops in the slums overnight. The government imposed a curfew on Tuesday.", "1723", "KENGOV>KENCVL", ""},
	{"story deported the activists", sweepDate, "MANAMA, Bahrain (AP) — Two American activists arrived to observe the trials. Authorities deported them on Thursday.", "174", "BHRGOV>USA*", ""},

	// more voices and word orders
	{"175 passive tear gas at protesters by police", sweepDate, "Tear gas was fired at protesters outside parliament in Tbilisi on Monday.", "175", "GEOCOP>GEOOPP/GEOCVL", ""},
	{"173 passive with the agent first", sweepDate, "Arrested on Monday by police in Caracas were two opposition councillors.", "173", "VENCOP>VENOPP/VENGOV", ""},
	{"173 detention of activists by police nominal subject", sweepDate, "The detention of six activists by police in Baku drew criticism from Washington.", "173", "AZECOP>AZEOPP", ""},
	{"173 participle after detention", sweepDate, "Police in Lome detained the opposition leader, accusing him of plotting a coup.", "173", "TGOCOP>TGOOPP", ""},
	{"173 conjoined verbs arrested and charged", sweepDate, "Hong Kong police arrested and charged four student activists on Thursday.", "173", "HKGCOP>HKGOPP/HKGEDU/HKGCVL", ""},
	{"175 conjoined fired and beat", sweepDate, "Police in Kinshasa fired tear gas and beat worshippers leaving a church.", "175|18", "CODCOP>CODCVL/CODREL", ""},
	{"174 expelled from the country after detention", sweepDate, "Burundi expelled the head of the UN rights office after detaining him for a day.", "174", "BDI/BDIGOV>IGOUNO/UNO", ""},
	{"173 soldiers detained villagers suspected", sweepDate, "Soldiers detained dozens of villagers suspected of helping the rebels in northern Mali.", "173", "MLIMIL>MLICVL", ""},
	{"175 dispersed with live fire", sweepDate, "Sudanese troops dispersed the sit-in outside army headquarters in Khartoum with live fire.", "175|18", "SDNMIL>SDN*", ""},
	{"1721 took over the state television", sweepDate, "Mutinous soldiers took over the state television station in Bamako.", "17", "MLIMIL>MLIMED/MLIGOV", ""},
}
