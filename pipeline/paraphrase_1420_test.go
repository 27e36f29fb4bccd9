package pipeline

import "testing"

// The paraphrase audit of CAMEO roots 14-20: each leaf code news reports,
// told the ways wire services tell it (synonyms, phrasal verbs, event
// nouns carried by light verbs, passives with and without agents), written
// before reading the lexicon, with guard rows per root: the same words in
// a sense no event codes, negated or only hypothetical.

func TestParaphraseProtest(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// 141 demonstrate or rally
		{"rallied against a president", "2019-01-26", "Tens of thousands of protesters rallied in Caracas on Saturday against President Nicolas Maduro.", "14", "VENOPP>VENGOV", ""},
		{"marched through the streets", "2019-06-09", "Hundreds of thousands of people marched through the streets of Hong Kong on Sunday to protest against the extradition bill.", "14", "HKGCVL>HKGGOV", "paraphrase audit: fails at start (actor: Hong Kong gives the marchers no country; no target)"},
		{"took to the streets demanding he step down", "2019-01-03", "Demonstrators took to the streets of Khartoum on Thursday, demanding that President Omar al-Bashir step down.", "1411", "SDNOPP>SDNGOV", ""},
		{"staged a sit-in", "2013-12-01", "Opposition supporters staged a sit-in outside the government headquarters in Kiev on Sunday.", "14", "UKROPP>UKRGOV", ""},
		{"held a demonstration, students", "2018-04-09", "Hundreds of students held a demonstration in Dhaka on Monday against a quota system for government jobs.", "14", "BGDEDU>BGDGOV", "paraphrase audit: fails at start (actor: students coded CVL, not EDU)"},
		{"protests erupted", "2017-12-29", "Anti-government protests erupted in several Iranian cities on Friday.", "14", "IRNOPP>IRNGOV", "paraphrase audit: fails at start (actor: the country of 'Iranian cities' not given; 140, no target)"},
		{"gathered outside an embassy", "2014-04-28", "Protesters gathered outside the U.S. embassy in Manila on Monday to denounce the military agreement.", "14", "PHLCVL>USAGOV", ""},
		// 142 hunger strike
		{"went on hunger strike", "2021-03-31", "Jailed opposition leader Alexei Navalny went on hunger strike on Wednesday to demand proper medical care.", "142", "RUSOPP>RUSGOV", ""},
		{"launched a hunger strike", "2017-04-17", "More than 1,000 Palestinian prisoners launched a hunger strike in Israeli jails on Monday.", "142", "PSECVL>ISRGOV", ""},
		{"staged a hunger strike", "2011-08-16", "Anti-corruption activist Anna Hazare began a hunger strike in New Delhi on Tuesday.", "142", "INDOPP>INDGOV", ""},
		{"refused food", "2013-04-15", "Dozens of detainees at Guantanamo Bay have been on hunger strike for weeks.", "142", "CVL>USAGOV", "paraphrase audit: fails at start (actor: Guantanamo detainees coded CUBCVL, the target CUBGOV)"},
		// 143 strike or boycott
		{"staged a nationwide strike", "2012-01-11", "Nigerian workers staged a nationwide strike on Wednesday over the removal of fuel subsidies.", "143", "NGALAB>NGAGOV", ""},
		{"boycotted elections", "2014-01-05", "Bangladesh's main opposition parties boycotted Sunday's parliamentary elections.", "143", "BGDOPP>BGDGOV", ""},
		{"walked off the job", "2019-02-05", "Teachers walked off the job across Zimbabwe on Tuesday to demand higher pay.", "143", "ZWEEDU>ZWEGOV", "paraphrase audit: fails at start (actor: teachers coded CVL, not EDU)"},
		{"downed tools", "2019-12-05", "French rail workers downed tools on Thursday in protest against pension reforms.", "143", "FRALAB>FRAGOV", ""},
		{"went on strike", "2023-01-19", "Hundreds of thousands of workers went on strike across France on Thursday against President Emmanuel Macron's pension reform.", "143", "FRALAB>FRAGOV", ""},
		// 144 obstruct passage
		{"blocked roads", "2003-10-13", "Protesters blocked roads leading to La Paz on Monday, demanding the resignation of President Gonzalo Sanchez de Lozada.", "14", "BOLOPP>BOLGOV", ""},
		{"blockaded highways", "2020-12-08", "Farmers blockaded highways around New Delhi on Tuesday to protest against new farm laws.", "144", "INDAGR>INDGOV", "paraphrase audit: fails at start (actor: farmers coded CVL, not AGR)"},
		{"barricaded streets", "2019-10-08", "Demonstrators barricaded streets in Port-au-Prince on Tuesday, demanding the resignation of President Jovenel Moise.", "14", "HTIOPP>HTIGOV", ""},
		{"set up roadblocks", "2018-04-20", "Protesters set up roadblocks across Nicaragua on Friday against President Daniel Ortega's pension reform.", "14", "NICOPP>NICGOV", ""},
		// 145 riot
		{"clashed with police, hurling petrol bombs", "2008-12-06", "Protesters clashed with police in Athens on Saturday, hurling petrol bombs and stones.", "145", "GRCOPP>GRCCOP", ""},
		{"riots broke out", "2007-12-30", "Riots broke out in the Kenyan city of Kisumu on Sunday after President Mwai Kibaki was declared the winner.", "145", "KENOPP>KENGOV", ""},
		{"went on the rampage", "2021-07-12", "Rioters went on the rampage in Durban on Monday, looting shopping malls and torching warehouses.", "145", "ZAFCVL>ZAFGOV", ""},
		{"pelted security forces with stones", "2010-06-28", "Demonstrators pelted Indian security forces with stones in Srinagar on Monday.", "145", "INDOPP>INDMIL", ""},
		{"violent protests", "2022-07-09", "Angry crowds stormed the presidential palace in Colombo on Saturday, forcing President Gotabaya Rajapaksa to flee.", "145", "LKACVL>LKAGOV", ""},
		// guards
		{"guard: a march called off", d, "The organisers called off Sunday's march in the capital.", "141", "", ""},
		{"guard: shares rallied", d, "Shares in the company rallied on Monday after strong results.", "14", "", ""},
		{"guard: a striker scored", d, "The Barcelona striker scored twice on Sunday.", "14", "", ""},
		{"guard: would not boycott", "2014-01-01", "The opposition said it would not boycott the election.", "143", "", ""},
	})
}

func TestParaphraseMobilize(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// 152 military alert
		{"put forces on high alert", "2019-02-27", "Pakistan put its armed forces on high alert on Wednesday.", "152", "PAKGOV>", ""},
		{"placed troops on alert", "2014-03-01", "Russia placed troops in its western military district on combat alert on Saturday.", "152", "RUSGOV>", ""},
		{"raised the alert level", "2010-11-23", "South Korea raised its military alert to the highest level after the shelling of Yeonpyeong island.", "152", "KORGOV>", ""},
		// 151 police alert
		{"police on high alert", "2017-08-10", "Police were put on high alert in Nairobi on Thursday ahead of the announcement of the election results.", "151", "KENCOP>KENGOV", ""},
		// 154 mobilise armed forces
		{"massed troops on a border", "2021-11-15", "Russia has massed tens of thousands of troops near its border with Ukraine.", "154", "RUSGOV>UKRGOV", ""},
		{"mobilised reservists", "2020-09-27", "Armenia mobilised its reservists and declared martial law on Sunday.", "154", "ARMGOV>", ""},
		{"deployed additional troops", "2019-02-28", "India deployed additional troops along the Line of Control on Thursday.", "154", "INDGOV>", ""},
		{"dispatched an aircraft carrier", "2017-04-09", "The United States dispatched an aircraft carrier strike group to the Korean peninsula.", "154", "USAGOV>KORGOV", ""},
		{"beefed up presence", "2016-07-08", "NATO agreed to beef up its military presence in the Baltic states and Poland.", "154", "IGONATO>POLGOV", ""},
		{"sent troops, passive", "2022-02-24", "Thousands of Belarusian troops were sent to the border with Ukraine.", "154", "BLRMIL>UKRGOV", ""},
		{"called up reservists", "2022-09-21", "President Vladimir Putin called up 300,000 reservists on Wednesday.", "154", "RUSGOV>", ""},
		// 153 police power
		{"deployed riot police", "2020-08-10", "The government deployed thousands of riot police in Minsk on Monday ahead of new protests.", "153", "BLRGOV>", "paraphrase audit: fails at start (target: the government is its own target)"},
		// guards
		{"guard: a computer system deployed", d, "Police deployed a new computer system to track stolen cars.", "15", "", ""},
		{"guard: no plans to mass troops", "2021-11-20", "The Kremlin said Russia had no plans to mass troops on the border.", "154", "", ""},
		{"guard: a party mobilised voters", d, "The ruling party mobilised its voters ahead of the election.", "15", "", ""},
		{"guard: could send troops", "2014-03-01", "Russia could send troops to Crimea, officials warned.", "154", "", ""},
	})
}

func TestParaphraseSanction(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// 161 break relations
		{"severed diplomatic ties", "2016-01-03", "Saudi Arabia severed diplomatic ties with Iran on Sunday.", "161", "SAUGOV>IRNGOV", ""},
		{"cut diplomatic relations", "2017-06-05", "Bahrain cut diplomatic relations with Qatar on Monday.", "161", "BHRGOV>QATGOV", ""},
		{"broke off relations", "2018-05-01", "Morocco broke off diplomatic relations with Iran on Tuesday.", "161", "MARGOV>IRNGOV", ""},
		{"suspended relations", "2012-09-07", "Canada suspended diplomatic relations with Iran on Friday and closed its embassy in Tehran.", "161", "CANGOV>IRNGOV", ""},
		{"cut ties", "2021-12-10", "Nicaragua cut ties with Taiwan on Thursday and switched recognition to Beijing.", "161", "NICGOV>TWNGOV", ""},
		{"downgraded relations", "2011-09-02", "Turkey downgraded its diplomatic relations with Israel on Friday.", "161", "TURGOV>ISRGOV", ""},
		// 162 aid
		{"suspended military aid", "2018-01-04", "The United States suspended military aid to Pakistan on Thursday.", "1622", "USAGOV>PAKGOV", ""},
		{"froze aid", "2023-07-29", "The European Union froze its budget support to Niger after the coup.", "1621", "IGOEUR>NERGOV", ""},
		{"halted economic assistance", "2009-09-03", "Washington halted economic assistance to Honduras on Thursday.", "1621", "USAGOV>HNDGOV", ""},
		{"cut off aid", "2014-02-24", "Britain cut off aid to Uganda over its anti-gay law.", "162", "GBRGOV>UGAGOV", ""},
		{"aid was suspended, passive", "2021-08-25", "World Bank aid to Afghanistan was suspended after the Taliban takeover.", "162", "IGOWBK>AFGGOV", "paraphrase audit: fails at start (actor: the World Bank named before aid is no owner the passive reads)"},
		// 163 sanctions
		{"slapped sanctions", "2018-04-06", "The United States slapped sanctions on seven Russian oligarchs on Friday.", "163", "USAGOV>RUSBUS", ""},
		{"imposed an arms embargo", "2020-10-02", "The European Union imposed an arms embargo on Belarus.", "163", "IGOEUR>BLRGOV", ""},
		{"blacklisted companies", "2019-05-15", "The United States blacklisted Huawei on Wednesday.", "163", "USAGOV>CHNBUS", ""},
		{"tightened sanctions", "2012-01-23", "The European Union tightened sanctions against Iran on Monday with an oil embargo.", "163", "IGOEUR>IRNGOV", ""},
		{"froze assets", "2022-02-25", "Britain froze the assets of President Vladimir Putin on Friday.", "163", "GBRGOV>RUSGOV", ""},
		// 164 halt negotiations
		{"broke off talks", "2018-05-16", "North Korea broke off high-level talks with South Korea on Wednesday.", "164", "PRKGOV>KORGOV", ""},
		{"suspended peace talks", "2019-01-18", "Colombia's government suspended peace talks with the ELN on Friday after a car bombing in Bogota.", "164", "COLGOV>COLREB", ""},
		{"pulled out of talks", "2016-04-18", "The Syrian opposition pulled out of peace talks in Geneva on Monday.", "164", "SYROPP>", ""},
		{"walked out of negotiations", "2014-04-01", "The Palestinians walked out of negotiations with Israel on Tuesday.", "164", "PSE>ISRGOV", ""},
		// 166 expel or withdraw
		{"expelled aid agencies", "2009-03-04", "Sudan expelled 13 international aid agencies from Darfur on Wednesday.", "1663", "SDNGOV>NGO", ""},
		{"ordered peacekeepers to leave", "2023-06-16", "Mali ordered the UN peacekeeping mission to leave the country without delay.", "1661", "MLIGOV>IGOUNO", ""},
		{"kicked out inspectors", "1997-11-13", "Iraq kicked out American weapons inspectors on Thursday.", "1662", "IRQGOV>USA", "paraphrase audit: fails at start (target: the inspectors' nationality not read)"},
		// guards
		{"guard: ties restored", "2023-03-10", "Saudi Arabia and Iran restored diplomatic ties on Friday.", "161", "", ""},
		{"guard: could impose sanctions", "2014-03-05", "The European Union could impose sanctions on Russia, diplomats said.", "163", "", ""},
		{"guard: the firm cut its prices", d, "The company cut its prices on Monday.", "16", "", ""},
		{"guard: did not suspend aid", "2021-02-05", "Japan did not suspend its aid to Myanmar.", "162", "", ""},
	})
}

func TestParaphraseCoerce(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// 1711 confiscate, 1712 destroy property
		{"seized farms", "2000-08-01", "Zimbabwean authorities seized hundreds of white-owned farms.", "1711", "ZWEGOV>", "paraphrase audit: fails at start (subcode: seize gives 171, not 1711)"},
		{"confiscated property", "2021-05-01", "Police confiscated the printing presses of the independent newspaper.", "1711", "COP>MED", "paraphrase audit: fails at start (subcode: confiscate gives 171, not 1711)"},
		{"demolished a home", "2015-10-06", "Israeli forces demolished the homes of two Palestinian attackers in east Jerusalem on Tuesday.", "1712", "ISRMIL>PSEUAF", ""},
		{"bulldozed houses", "2016-02-03", "Israeli bulldozers razed Palestinian homes in the Jordan Valley.", "1712", "ISRGOV>PSECVL", ""},
		{"torched villages", "2017-09-01", "Soldiers torched Rohingya villages in Rakhine state.", "1712", "MMRMIL>MMRCVL", ""},
		// 1721 political freedoms
		{"shut down the internet", "2020-06-30", "The Ethiopian government shut down the internet across the country on Tuesday.", "1721", "ETHGOV>ETHCVL", ""},
		{"blocked access to Twitter", "2014-03-21", "Turkey blocked access to Twitter on Friday.", "1721", "TURGOV>USABUS", ""},
		{"banned public gatherings", "2020-03-20", "Authorities in Kampala banned public gatherings on Friday.", "1721", "UGAGOV>UGACVL", ""},
		{"shut down a newspaper", "2017-09-04", "The Cambodian government shut down the Cambodia Daily newspaper on Monday.", "1721", "KHMGOV>KHMMED", ""},
		// 1722 ban parties
		{"dissolved the opposition party", "2020-02-21", "Thailand's Constitutional Court dissolved the opposition Future Forward party on Friday.", "1722", "THAJUD>THAPTY", ""},
		{"outlawed a group", "2013-12-25", "Egypt's government outlawed the Muslim Brotherhood on Wednesday.", "1722", "EGYGOV>EGYOPP", ""},
		{"barred from running", "2021-02-02", "The electoral commission barred opposition leader Ousmane Sonko from the presidential race.", "1722", "SENGOV>SENOPP", ""},
		// 1723 curfew
		{"imposed a curfew", "2019-04-22", "Sri Lanka imposed a nationwide curfew on Monday after the Easter bombings.", "1723", "LKAGOV>LKACVL", ""},
		{"a curfew declared, passive", "2020-06-01", "A curfew was declared in Minneapolis on Monday.", "1723", "USAGOV>USACVL", ""},
		// 1724 emergency
		{"declared a state of emergency", "2018-02-16", "Ethiopia declared a state of emergency on Friday.", "1724", "ETHGOV>ETHCVL", ""},
		{"imposed martial law", "2014-05-20", "Thailand's army imposed martial law on Tuesday.", "1724", "THAMIL>THACVL", ""},
		{"slapped an emergency", "2016-07-20", "President Recep Tayyip Erdogan slapped a three-month state of emergency on Turkey on Wednesday.", "1724", "TURGOV>TURGOV", ""},
		// 173 arrest, detain, charge
		{"rounded up activists", "2019-01-16", "Police rounded up dozens of opposition activists in Harare on Wednesday.", "173", "ZWECOP>ZWEOPP", ""},
		{"detained a journalist", "2023-03-30", "Russia's security service detained Wall Street Journal reporter Evan Gershkovich on Thursday.", "173", "RUSSPY>USAMED", "paraphrase audit: fails at start (actor: a Wall Street Journal reporter coded RUSMED)"},
		{"charged a former president", "2018-03-16", "Prosecutors charged former President Jacob Zuma with corruption on Friday.", "1121", "ZAFJUD>ZAFOPP", ""},
		{"ordered the arrest", "2018-07-03", "An Ecuadorean judge ordered the arrest of former President Rafael Correa on Tuesday.", "173", "ECUJUD>ECUOPP", ""},
		{"taken into custody", "2022-11-04", "Police took dozens of protesters into custody in Tehran.", "173", "IRNCOP>IRNOPP", ""},
		{"arrested, passive with agent", "2023-05-09", "Former Prime Minister Imran Khan was arrested by paramilitary forces in Islamabad on Tuesday.", "173", "PAKMIL>PAKOPP", ""},
		// 174 deport
		{"deported nationals", "2021-02-23", "Malaysia deported 1,086 Myanmar nationals on Tuesday.", "174", "MYSGOV>MMRCVL", "paraphrase audit: fails at start (actor: Myanmar nationals coded MMRGOV)"},
		{"expelled diplomats", "2018-03-14", "Britain expelled 23 Russian diplomats on Wednesday.", "161", "GBRGOV>RUSGOV", ""},
		{"sent back migrants", "2015-06-20", "The Dominican Republic deported hundreds of Haitians.", "174", "DOMGOV>HTICVL", ""},
		// 175 violent repression
		{"fired tear gas at protesters", "2023-07-07", "Police fired tear gas at protesters in Nairobi on Friday.", "175", "KENCOP>KENOPP", ""},
		{"cracked down on demonstrators", "2009-06-20", "Iranian security forces cracked down on demonstrators in Tehran on Saturday.", "175", "IRNMIL>IRNOPP", ""},
		{"used water cannon to disperse", "2014-09-28", "Hong Kong police used tear gas and water cannon to disperse pro-democracy protesters.", "175", "HKGCOP>HKGOPP", ""},
		{"broke up a rally", "2011-12-10", "Riot police broke up an opposition rally in Moscow with batons.", "175", "RUSCOP>RUSOPP", ""},
		// guards
		{"guard: lifted the curfew", "2019-04-25", "Sri Lanka lifted the curfew on Thursday.", "1723", "", ""},
		{"guard: no one arrested", d, "Police did not arrest anyone.", "173", "", ""},
		{"guard: could detain", d, "Police could detain the protesters, the minister warned.", "173", "", ""},
		{"guard: seized the lead", d, "The Spanish cyclist seized the lead on Tuesday.", "17", "", ""},
	})
}

func TestParaphraseAssault(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// 181 abduct, hijack, hostage
		{"kidnapped schoolgirls", "2014-04-15", "Boko Haram militants kidnapped more than 200 schoolgirls from a school in Chibok.", "181", "NGARAD>NGACVL", ""},
		{"hijacked a tanker", "2008-11-17", "Somali pirates hijacked a Saudi oil tanker on Saturday.", "181", "SOMCRM>SAUGOV", ""},
		{"seized hostages", "2013-01-16", "Islamist militants seized dozens of foreign hostages at a gas plant in Algeria on Wednesday.", "181", "RAD>CVL", ""},
		{"abducted, passive with agent", "2019-04-01", "Two aid workers were abducted by gunmen in northern Mali.", "181", "MLIUAF>NGO", "paraphrase audit: fails at start (actor: aid workers coded CVL, not NGO)"},
		{"took captive", "2023-10-07", "Hamas gunmen took about 240 people captive in southern Israel.", "181", "PSEREB>ISRCVL", ""},
		// 182 beat, 1822 torture, 1823 kill
		{"beat a journalist", "2021-01-10", "Security agents beat a journalist covering the protest in Kampala.", "182", "UGACOP>UGAMED", ""},
		{"assaulted, passive", "2020-03-05", "Opposition supporters were assaulted by ruling party youths in Harare.", "182", "ZWECVL>ZWEOPP", ""},
		{"tortured detainees", "2004-04-30", "American soldiers tortured Iraqi detainees at Abu Ghraib prison.", "1822", "USAMIL>IRQCVL", "paraphrase audit: fails at start (actor: Iraqi detainees coded IRQGOV)"},
		{"lynched by a mob", "2018-07-01", "A mob lynched five men in the Indian state of Maharashtra on Sunday.", "1823", "INDCVL>INDCVL", "paraphrase audit: fails at start (actor: 'Indian state' read as IOT)"},
		// 183 bombing
		{"suicide bomber blew himself up", "2023-01-30", "A suicide bomber blew himself up in a mosque in Peshawar on Monday, killing dozens of policemen.", "1831", "RAD>PAKCOP", ""},
		{"suicide attack", "2017-05-31", "A suicide attack killed at least 90 people in Kabul on Wednesday.", "1831", "AFGUAF>AFGCVL", ""},
		{"detonated a car bomb", "2019-01-17", "The ELN detonated a car bomb at a police academy in Bogota on Thursday.", "1832", "COLREB>COLGOV", ""},
		{"a roadside bomb killed soldiers", "2010-06-21", "Taliban militants killed three British soldiers with a roadside bomb in Helmand.", "1833", "AFGREB>GBRMIL", ""},
		{"bombed a hotel", "2019-07-12", "Al-Shabaab militants bombed a hotel in the southern Somali city of Kismayo on Friday.", "183", "SOMRAD>SOMGOV", ""},
		// 185 attempt, 186 assassinate
		{"tried to assassinate", "2022-11-03", "A gunman tried to assassinate former Prime Minister Imran Khan at a rally on Thursday.", "185", "UAF>PAKOPP", ""},
		{"survived an assassination attempt", "2018-08-04", "Venezuelan President Nicolas Maduro survived an assassination attempt on Saturday.", "185", "VENUAF>VENGOV", ""},
		{"assassinated a president", "2021-07-07", "Gunmen assassinated Haitian President Jovenel Moise at his home on Wednesday.", "186", "UAF>HTIGOV", ""},
		{"shot dead a governor", "2011-01-04", "A bodyguard shot dead the governor of Pakistan's Punjab province, Salman Taseer, on Tuesday.", "18", "PAKCOP>PAKGOV", "paraphrase audit: fails at start (syntax: 'the governor of Pakistan's Punjab province' split, no event)"},
		// guards
		{"guard: a plot foiled", "2020-10-08", "The FBI foiled a plot to kidnap Michigan Governor Gretchen Whitmer.", "181", "", ""},
		{"guard: a bomb threat", d, "The airport received a bomb threat on Monday.", "183", "", ""},
		{"guard: a concert hijacked", d, "The debate was hijacked by fringe issues.", "181", "", ""},
		{"guard: no kidnapping", d, "Police said the woman had not been kidnapped.", "181", "", ""},
	})
}

func TestParaphraseFight(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// 190 conventional force
		{"launched an offensive", "2014-07-17", "Israel launched a ground offensive in the Gaza Strip on Thursday.", "19", "ISRMIL>PSEGOV", ""},
		{"stormed a rebel town", "2016-12-13", "Syrian government troops stormed the last rebel-held districts of Aleppo on Tuesday.", "19", "SYRMIL>SYRREB", ""},
		{"ambushed a convoy", "2019-08-01", "Rebels ambushed an army convoy in northern Mali on Thursday.", "19", "MLIREB>MLIMIL", ""},
		{"attacked positions", "2020-11-04", "Tigrayan forces attacked a federal army base on Wednesday.", "19", "ETHREB>ETHMIL", ""},
		{"fighting erupted between", "2023-04-15", "Fighting erupted between the Sudanese army and the Rapid Support Forces in Khartoum on Saturday.", "19", "SDNMIL>SDNREB", ""},
		// 191 blockade
		{"imposed a blockade", "2007-06-15", "Israel imposed a blockade on the Gaza Strip after Hamas seized control.", "191", "ISRGOV>PSEGOV", ""},
		{"blockaded ports", "2017-11-06", "The Saudi-led coalition blockaded Yemen's ports on Monday.", "191", "SAUMIL>YEMGOV", ""},
		{"sealed off a town", "2011-04-25", "Syrian troops sealed off the southern town of Deraa on Monday.", "191", "SYRMIL>SYRGOV", ""},
		// 192 occupy
		{"annexed Crimea", "2014-03-18", "Russia annexed Crimea from Ukraine on Tuesday.", "192", "RUSGOV>UKRGOV", ""},
		{"invaded and occupied", "1990-08-02", "Iraqi troops invaded and occupied Kuwait on Thursday.", "19", "IRQMIL>KWTGOV", ""},
		{"seized a city", "2012-11-20", "M23 rebels seized the eastern Congolese city of Goma on Tuesday.", "192", "CODREB>CODGOV", ""},
		{"captured a town", "2022-05-21", "Russian forces captured the city of Mariupol on Saturday.", "192", "RUSMIL>UKRGOV", ""},
		// 193 small arms
		{"exchanged gunfire", "2017-12-12", "Soldiers and rebels exchanged gunfire in the Central African Republic on Tuesday.", "193", "CAFMIL>CAFREB", ""},
		{"opened fire on", "2019-06-03", "Sudanese security forces opened fire on a protest camp in Khartoum on Monday.", "175", "SDNMIL>SDNCVL", ""},
		{"shot dead protesters", "2021-03-27", "Myanmar's security forces shot dead more than 100 protesters on Saturday.", "175", "MMRMIL>MMROPP", ""},
		// 194 artillery, tanks
		{"shelled targets", "2006-07-20", "Israeli artillery shelled targets in southern Lebanon on Thursday.", "194", "ISRMIL>LBNGOV", ""},
		{"pounded with artillery", "2022-03-09", "Russian forces pounded Mariupol with artillery on Wednesday.", "194", "RUSMIL>UKRGOV", "paraphrase audit: fails at start (target: Mariupol read as UKRMIL)"},
		{"traded mortar fire", "2018-01-20", "Indian and Pakistani troops traded mortar fire across the Line of Control on Saturday.", "194", "INDMIL>PAKMIL", ""},
		{"fired rockets at", "2021-05-11", "Palestinian militants fired hundreds of rockets at Israel on Tuesday.", "194", "PSEREB>ISRGOV", ""},
		// 195 aerial
		{"warplanes bombed", "2001-10-07", "American warplanes bombed Taliban positions in Afghanistan on Sunday.", "195", "USAMIL>AFGGOV", ""},
		{"launched air strikes", "2015-03-26", "Saudi Arabia launched air strikes against Houthi rebels in Yemen on Thursday.", "195", "SAUMIL>YEMREB", ""},
		{"a drone strike killed", "2020-01-03", "A US drone strike killed Iranian General Qassem Soleimani in Baghdad on Friday.", "195", "USAMIL>IRNMIL", ""},
		{"jets struck targets", "2019-01-21", "Israeli jets struck Iranian targets in Syria on Monday.", "195", "ISRMIL>IRNGOV", ""},
		// 196 ceasefire violation
		{"violated the ceasefire", "2020-10-18", "Armenian forces violated the ceasefire on Sunday, Azerbaijan's defence ministry said.", "196", "ARMMIL>AZE", ""},
		{"broke the truce", "2015-02-18", "Separatist rebels broke the truce and seized the town of Debaltseve.", "196", "UKRREB>UKRGOV", ""},
		// guards
		{"guard: attacked a plan", d, "The opposition attacked the plan as unworkable.", "19", "", ""},
		{"guard: fired workers", d, "The company fired 200 workers on Monday.", "19", "", ""},
		{"guard: did not fire", "2019-06-01", "The army did not fire on the protesters.", "19", "", ""},
		{"guard: Brazil beat Argentina", d, "Brazil beat Argentina 2-1 in the final on Sunday.", "1", "", ""},
		{"guard: a ceasefire took hold", "2020-11-10", "A ceasefire brokered by Russia took hold in Nagorno-Karabakh on Tuesday.", "196", "", ""},
	})
}

func TestParaphraseMassViolence(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// 201 mass expulsion
		{"drove out an ethnic group", "2017-09-10", "Myanmar's army drove more than 300,000 Rohingya out of Rakhine state.", "201", "MMRMIL>MMRCVL", "paraphrase audit: fails at start (lexicon: driving a people out of a region codes nothing)"},
		{"expelled ethnic Albanians", "1999-04-01", "Serb forces expelled hundreds of thousands of ethnic Albanians from Kosovo.", "201", "SRBMIL>XKXCVL", ""},
		// 202 mass killings
		{"massacred men and boys", "1995-07-13", "Bosnian Serb forces massacred some 8,000 Muslim men and boys in Srebrenica.", "202", "BIHMIL>BIHCVL", "paraphrase audit: fails at start (target: Muslim men and boys read as the government)"},
		{"slaughtered civilians", "1994-04-20", "Hutu militias slaughtered hundreds of thousands of Tutsis in Rwanda.", "202", "RWAUAF>RWA", ""},
		{"carried out a massacre", "2022-04-03", "Russian troops carried out a massacre of civilians in Bucha.", "202", "RUSMIL>UKRCVL", ""},
		// 203 ethnic cleansing
		{"carried out ethnic cleansing", "1992-08-01", "Bosnian Serb forces carried out ethnic cleansing in eastern Bosnia.", "203", "BIHMIL>BIHGOV", ""},
		// 2041 chemical weapons
		{"used sarin on", "2013-08-21", "Syrian government forces used sarin gas on rebel-held Ghouta on Wednesday.", "2041", "SYRMIL>SYRREB", ""},
		{"gassed Kurds", "1988-03-16", "Iraqi forces gassed thousands of Kurds in Halabja.", "2041", "IRQMIL>IRQCVL", "paraphrase audit: fails at start (actor: Kurds coded IRQGOV)"},
		{"a chemical attack", "2018-04-07", "Syrian government forces carried out a chemical attack on Douma on Saturday.", "2041", "SYRMIL>SYRGOV", ""},
		// guards
		{"guard: accused of ethnic cleansing", "2017-09-11", "The United Nations accused Myanmar of ethnic cleansing.", "203", "", ""},
		{"guard: denied using chemical weapons", "2018-04-09", "Syria denied using chemical weapons in Douma.", "2041", "", ""},
		{"guard: a massacre feared", d, "Aid groups warned that a massacre could happen.", "202", "", ""},
	})
}
