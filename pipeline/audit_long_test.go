package pipeline

import "testing"

// TestAuditLong is an audit of long wire sentences (30-50 words) with two
// or three acts each, written before reading the lexicon or the syntax: an
// act and its response, acts joined by 'and', 'while', 'after' or 'as', a
// relative clause with its own act, a participle of result, reported
// speech, fronted time and place phrases, appositions and passive acts
// with their agents. Each act is one row on the same text.
func TestAuditLong(t *testing.T) {
	const (
		s01 = "Russian troops shelled residential districts of Kharkiv on Tuesday, killing at least nine civilians, prompting Ukrainian President Volodymyr Zelenskiy to ask the United States for more air defence systems to protect the country's cities."
		s02 = "American and British warplanes bombed air defence sites in southern Iraq on Wednesday, and Baghdad accused Washington of waging an undeclared war against the Iraqi people, the official Iraqi News Agency reported later in the day."
		s03 = "Israeli police arrested dozens of Palestinian protesters outside the Al-Aqsa mosque in Jerusalem on Friday after the demonstrators threw stones at officers, and Jordan condemned the raid as a flagrant violation of international law."
		s04 = "Sergey Lavrov, Russia's foreign minister, met his Turkish counterpart Mevlut Cavusoglu in Moscow on Thursday and praised Ankara's efforts to mediate, while warning Washington against sending long-range missiles to Kyiv."
		s05 = "In a statement released on Sunday, the Iranian foreign ministry said Israel had carried out the attack on the Natanz nuclear facility and vowed that Tehran would take revenge at a time of its choosing."
		s06 = "The Ethiopian government, which declared a six-month state of emergency on Tuesday, accused Tigrayan forces of killing more than 100 civilians in the town of Chenna and urged the United Nations to condemn the massacre."
		s07 = "Police in Nairobi fired tear gas at thousands of opposition supporters who were protesting against rising food prices on Wednesday, and President William Ruto accused opposition leader Raila Odinga of inciting violence."
		s08 = "Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday, and the two leaders signed 15 agreements on trade and investment as Brazil sought to expand its exports to China."
		s09 = "A suicide bomber blew himself up at a police checkpoint in the Afghan city of Kandahar on Monday, killing seven policemen, and the Taliban claimed responsibility for the attack in a message sent to reporters."
		s10 = "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, the South Korean military said, days after Seoul and Washington began joint military exercises that Pyongyang called a rehearsal for invasion."
		s11 = "The European Union imposed sanctions on 14 Belarusian officials on Monday over the forced landing of a Ryanair jet, and President Alexander Lukashenko denounced the measures as economic war against his country."
		s12 = "Pakistani troops killed 11 militants in a raid on a hideout in North Waziristan on Sunday, the army said in a statement, a day after insurgents ambushed a military convoy in the region, killing four soldiers."
		s13 = "German Chancellor Angela Merkel telephoned Russian President Vladimir Putin on Saturday and urged him to use his influence on separatists in eastern Ukraine to secure the release of the detained observers, her spokesman said."
		s14 = "Egyptian security forces detained more than 200 people in Cairo on Friday as protesters demanding the resignation of President Abdel Fattah al-Sisi took to the streets, a human rights group said."
		s15 = "Turkish warplanes struck Kurdish militant targets in northern Iraq overnight, the defence ministry said on Wednesday, and the Iraqi foreign ministry summoned the Turkish ambassador to protest the violation of its sovereignty."
		s16 = "Venezuelan President Nicolas Maduro expelled the top U.S. diplomat in Caracas on Tuesday, accusing him of conspiring with the opposition, and Washington responded by ordering two Venezuelan diplomats to leave the United States."
		s17 = "The Indian army said on Tuesday that Pakistani troops had violated the ceasefire along the Line of Control in Kashmir, and that Indian soldiers had retaliated, killing three Pakistani soldiers in the exchange of fire."
		s18 = "French President Emmanuel Macron, who arrived in Beirut on Thursday, promised Lebanon emergency aid after the massive explosion at the port and called on Lebanese leaders to carry out deep political reforms."
		s19 = "Saudi-led coalition aircraft bombed a market in northern Yemen on Monday, killing at least 20 civilians, the Houthi movement's health ministry said, as United Nations envoy Martin Griffiths urged both sides to return to talks."
		s20 = "After weeks of negotiations mediated by Egypt, Israel and Hamas agreed on Thursday to a ceasefire in the Gaza Strip, and the Israeli army lifted restrictions on movement in towns near the border."
		s21 = "Sudanese soldiers opened fire on demonstrators outside the army headquarters in Khartoum early on Monday, killing at least 30 people, and the opposition alliance suspended all contacts with the ruling military council."
		s22 = "Philippine President Rodrigo Duterte on Monday threatened to cut ties with the International Criminal Court after its prosecutor opened a preliminary examination into the killings of thousands of drug suspects by police."
		s23 = "The Iraqi parliament voted on Sunday to expel American troops from the country, two days after a U.S. drone strike killed Iranian general Qassem Soleimani at Baghdad airport, and Iran vowed harsh revenge."
		s24 = "Colombian rebels of the FARC released four soldiers they had held for more than a year on Saturday, handing them over to a Red Cross delegation, and President Juan Manuel Santos thanked Brazil for its help."
		s25 = "A car bomb exploded outside a government building in the Somali capital Mogadishu on Saturday, killing at least 15 people, and the al Shabaab militant group said it had carried out the attack."
		s26 = "Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in in Tokyo on Monday, and the two leaders agreed to cooperate on North Korea while Moon urged Japan to apologise for wartime forced labour."
		s27 = "Thousands of Georgian protesters rallied outside parliament in Tbilisi on Thursday after lawmakers passed a bill on foreign agents, and the United States warned Georgia that the law threatened its path to the European Union."
		s28 = "Mexican police arrested the mayor of Iguala and his wife in Mexico City on Tuesday, accusing them of ordering the attack on students who disappeared in September, the attorney general's office said."
		s29 = "During a visit to Kabul on Wednesday, U.S. Defense Secretary Robert Gates praised Afghan President Hamid Karzai for progress against corruption, and pledged that American troops would keep training the Afghan army."
		s30 = "Sri Lankan troops captured the last rebel stronghold in the northeast on Sunday, the military said, as the Tamil Tiger rebels accused the army of shelling civilians trapped in a narrow strip of coast."
		s31 = "Nigerian soldiers rescued 76 girls abducted by Boko Haram militants from a school in the northern town of Dapchi, and President Muhammadu Buhari praised the armed forces for the rescue on Wednesday."
		s32 = "Armenian and Azerbaijani forces exchanged heavy fire along their border overnight, killing at least 49 soldiers, and Russia urged both sides to respect the ceasefire it had brokered, the Kremlin said on Tuesday."
		s33 = "The United Nations Security Council condemned the military coup in Myanmar on Thursday and called for the release of Aung San Suu Kyi, who was detained by the army in a raid on her home in Naypyitaw."
		s34 = "Yugoslav troops were accused by ethnic Albanian leaders on Saturday of massacring 45 villagers in the Kosovo village of Racak, and the United States demanded that President Slobodan Milosevic allow war crimes investigators into the province."
		s35 = "Greek police clashed with rioters in central Athens on Sunday as parliament debated new austerity measures, and Prime Minister George Papandreou appealed to lawmakers to approve the package to secure a European Union loan."
		s36 = "Somali pirates hijacked a Greek-owned tanker off the coast of Oman on Thursday and took its crew of 25 hostage, the European Union naval force said, a week after they freed a Danish cargo ship."
		s37 = "Libyan rebels accused forces loyal to Moamer Kadhafi of shelling the besieged city of Misrata on Saturday, killing 12 people, as NATO aircraft struck government tanks near the town of Brega."
		s38 = "Thai army chief Prayuth Chan-ocha, who seized power in a coup two weeks ago, ordered the release of former prime minister Yingluck Shinawatra on Friday, while soldiers detained dozens of protesters in Bangkok."
		s39 = "Zimbabwean President Robert Mugabe rejected criticism from Britain over the seizure of white-owned farms on Monday, accusing Prime Minister Tony Blair of meddling in Zimbabwe's affairs, as police arrested two opposition lawmakers in Harare."
		s40 = "Hungarian border police used tear gas and water cannon against hundreds of migrants trying to break through a fence on the border with Serbia on Wednesday, and Serbia protested to Budapest over the force used."
	)
	rows := []lexRow{
		{"01 shelling, toll", "2022-03-01", s01, "18", "RUSMIL>UKRCVL", ""},
		{"01 ask for aid prompted", "2022-03-01", s01, "02", "UKRGOV>USAGOV", ""},
		{"02 bombed sites", "1998-12-20", s02, "19", "USAMIL>IRQMIL", ""},
		{"02 accused after and", "1998-12-20", s02, "11", "IRQGOV>USAGOV", ""},
		{"03 arrested protesters", "2021-05-07", s03, "17", "ISRCOP>PSEOPP", ""},
		{"03 threw stones after", "2021-05-07", s03, "14", "PSEOPP>ISRCOP", "long-sentence audit: fails at start (ACTOR ACROSS MENTIONS: 'the demonstrators' after 'Palestinian protesters' is PSECVL, not linked back)"},
		{"03 condemned raid", "2021-05-07", s03, "11", "JORGOV>ISRGOV", ""},
		{"04 met, apposition", "2022-08-04", s04, "04", "RUSGOV>TURGOV", ""},
		{"04 praised", "2022-08-04", s04, "05", "RUSGOV>TURGOV", ""},
		{"04 warning while", "2022-08-04", s04, "13", "RUSGOV>USAGOV", ""},
		{"05 said Israel attacked", "2021-04-11", s05, "18", "ISRMIL>IRN", ""},
		{"05 vowed revenge", "2021-04-11", s05, "13", "IRNGOV>ISRGOV", "long-sentence audit: fails at start (SUBJECT OF A CONJOINED VERB: 'said Israel had carried out ... and vowed' gives the vow to Israel, the embedded subject)"},
		{"06 accused, relative clause", "2021-11-02", s06, "11", "ETHGOV>ETHREB", ""},
		{"06 urged the UN", "2021-11-02", s06, "02", "ETHGOV>IGOUNO", ""},
		{"07 tear gas at supporters", "2023-03-20", s07, "17", "KENCOP>KENOPP", ""},
		{"07 accused opposition leader", "2023-03-20", s07, "11", "KENGOV>KENOPP", ""},
		{"08 hosted", "2023-04-14", s08, "04", "CHNGOV>BRAGOV", ""},
		{"08 signed agreements", "2023-04-14", s08, "05", "CHNGOV>BRAGOV", ""},
		{"09 bomber toll", "2011-06-06", s09, "18", "RAD>AFGCOP", ""},
		{"10 fired missiles", "2022-03-24", s10, "15", "PRKGOV>", ""},
		{"10 called exercises rehearsal", "2022-03-24", s10, "11", "PRKGOV>KORGOV", "long-sentence audit: fails at start (RELATIVE CLAUSE: 'exercises that Pyongyang called a rehearsal for invasion' yields no act)"},
		{"11 imposed sanctions", "2021-06-21", s11, "16", "IGOEUR>BLRGOV", ""},
		{"11 denounced", "2021-06-21", s11, "11", "BLRGOV>IGOEUR", ""},
		{"12 troops killed militants", "2019-05-26", s12, "19", "PAKMIL>PAKREB", ""},
		{"12 ambush, toll", "2019-05-26", s12, "19", "PAKREB>PAKMIL", ""},
		{"13 telephoned", "2014-05-03", s13, "04", "DEUGOV>RUSGOV", ""},
		{"13 urged him", "2014-05-03", s13, "02", "DEUGOV>RUSGOV", ""},
		{"14 detained as", "2019-09-20", s14, "17", "EGYMIL>EGYCVL", ""},
		{"14 protesters demanding", "2019-09-20", s14, "14", "EGYOPP>EGYGOV", ""},
		{"15 struck targets", "2020-06-17", s15, "19", "TURMIL>IRQREB", ""},
		{"15 summoned ambassador", "2020-06-17", s15, "11", "IRQGOV>TURGOV", ""},
		{"16 expelled diplomat", "2013-10-01", s16, "16", "VENGOV>USAGOV", ""},
		{"16 accusing participle", "2013-10-01", s16, "11", "VENGOV>USAGOV", ""},
		{"16 responded by ordering", "2013-10-01", s16, "16", "USAGOV>VENGOV", ""},
		{"17 said violated ceasefire", "2018-01-16", s17, "19", "PAKMIL>IND", ""},
		{"17 retaliated, killing", "2018-01-16", s17, "19", "INDMIL>PAKMIL", ""},
		{"18 promised aid, relative clause", "2020-08-06", s18, "03", "FRAGOV>LBNGOV", ""},
		{"18 called on leaders", "2020-08-06", s18, "02", "FRAGOV>LBNGOV", ""},
		{"19 bombed market, toll", "2018-08-13", s19, "18", "SAUMIL>YEMCVL", ""},
		{"19 envoy urged as", "2018-08-13", s19, "02", "IGOUNO>YEMREB", ""},
		{"20 agreed ceasefire", "2021-05-20", s20, "0356", "ISRGOV>PSEREB", ""}, // a truce agreed to: an intent (TestTruceAgreed)
		{"20 lifted restrictions", "2021-05-20", s20, "08", "ISRMIL>PSECVL", ""},
		{"21 opened fire, toll", "2019-06-03", s21, "17", "SDNMIL>SDNOPP", ""},
		{"21 suspended contacts", "2019-06-03", s21, "16", "SDNOPP>SDNGOV", ""},
		{"22 threatened to cut ties", "2018-02-12", s22, "13", "PHLGOV>IGOICC", ""},
		{"23 voted to expel", "2020-01-05", s23, "17", "IRQLEG>USAMIL", ""},
		{"23 drone strike killed", "2020-01-05", s23, "19", "USAMIL>IRNMIL", ""},
		{"23 vowed revenge", "2020-01-05", s23, "13", "IRNGOV>USAGOV", "long-sentence audit: fails at start (IMPLICIT TARGET: an objectless vow takes Iraq from the first clause, not the U.S. of the strike)"},
		{"24 released soldiers", "2013-04-20", s24, "08", "COLREB>COLMIL", ""},
		{"24 thanked Brazil", "2013-04-20", s24, "05", "COLGOV>BRAGOV", ""},
		{"25 car bomb toll", "2019-03-23", s25, "18", "SOMREB>SOMGOV", "long-sentence audit: fails at start (CLAIM: 'a car bomb exploded ... and al Shabaab said it had carried out the attack': the claimer is not the bomber; 180 SOMGOV> with no target)"},
		{"26 met", "2019-05-06", s26, "04", "JPNGOV>KORGOV", ""},
		{"26 agreed to cooperate", "2019-05-06", s26, "03", "JPNGOV>KORGOV", ""},
		{"26 urged to apologise while", "2019-05-06", s26, "02", "KORGOV>JPNGOV", ""},
		{"27 rallied", "2024-05-16", s27, "14", "GEOOPP>GEOGOV", ""},
		{"27 warned Georgia", "2024-05-16", s27, "13", "USAGOV>GEOGOV", ""},
		{"28 arrested mayor", "2014-11-04", s28, "17", "MEXCOP>MEXGOV", ""},
		{"28 accusing them", "2014-11-04", s28, "11", "MEXCOP>MEXGOV", "long-sentence audit: fails at start (PARTICIPLE OBJECT: 'arrested the mayor ... and his wife ..., accusing them of': the pronoun finds no antecedent, no 11 event)"},
		{"29 praised Karzai, fronted visit", "2010-03-10", s29, "05", "USAGOV>AFGGOV", ""},
		{"29 pledged training", "2010-03-10", s29, "03", "USAGOV>AFGMIL", "long-sentence audit: fails at start (COMPLEMENT TARGET: 'pledged that American troops would keep training the Afghan army' aims at AFGGOV, the first clause's object)"},
		{"30 captured stronghold", "2009-05-17", s30, "19", "LKAMIL>LKAREB", ""},
		{"30 accused army as", "2009-05-17", s30, "11", "LKAREB>LKAMIL", ""},
		{"31 abducted, passive agent", "2018-03-21", s31, "18", "NGARAD>NGACVL", ""},
		{"31 praised armed forces", "2018-03-21", s31, "05", "NGAGOV>NGAMIL", ""},
		{"32 exchanged fire, toll", "2020-09-29", s32, "19", "ARMMIL>AZEMIL", ""},
		{"32 urged both sides", "2020-09-29", s32, "02", "RUSGOV>ARMMIL", ""},
		{"33 condemned coup", "2021-02-04", s33, "11", "IGOUNO>MMRMIL", "long-sentence audit: fails at start (NOMINAL ACT: 'condemned the military coup in Myanmar' has no target; the coup's agent is not read)"},
		{"33 called for release", "2021-02-04", s33, "02", "IGOUNO>MMRMIL", ""},
		{"33 detained by the army, relative clause", "2021-02-04", s33, "17", "MMRMIL>MMROPP", ""},
		{"34 passive accused by", "1999-01-16", s34, "11", "KOSOPP>SRBMIL", "long-sentence audit: fails at start (ACTOR: 'ethnic Albanian leaders' in 1999 coded XKXGOV (the passive and its agent are read right))"},
		{"34 demanded that", "1999-01-16", s34, "10", "USAGOV>SRBGOV", ""},
		{"35 clashed with rioters", "2011-06-26", s35, "17", "GRCCOP>GRCCVL", ""},
		{"35 appealed to lawmakers", "2011-06-26", s35, "02", "GRCGOV>GRCLEG", ""},
		{"36 hijacked tanker", "2012-05-10", s36, "18", "SOMCRM>GRCBUS", ""},
		{"36 freed ship a week after", "2012-05-10", s36, "08", "SOMCRM>DNKBUS", "long-sentence audit: fails at start (ACTOR: 'a Danish cargo ship' coded DNKGOV, not DNKBUS)"},
		{"37 accused of shelling", "2011-04-16", s37, "11", "LBYREB>LBYMIL", ""},
		{"38 ordered release, relative clause", "2014-06-06", s38, "08", "THAMIL>THAGOV", ""},
		{"38 soldiers detained while", "2014-06-06", s38, "17", "THAMIL>THAOPP", ""},
		{"39 rejected criticism", "2001-03-12", s39, "12", "ZWEGOV>GBRGOV", ""},
		{"39 accusing Blair", "2001-03-12", s39, "11", "ZWEGOV>GBRGOV", ""},
		{"39 police arrested as", "2001-03-12", s39, "17", "ZWECOP>ZWELEG", ""},
		{"40 tear gas on migrants", "2015-09-16", s40, "17", "HUNCOP>REF", "long-sentence audit: fails at start (ACTOR: 'migrants' coded HUNCVL, not REF)"},
		{"40 Serbia protested", "2015-09-16", s40, "11", "SRBGOV>HUNGOV", ""},
	}
	testLexRowsWith(t, defaultCoder(t), rows)
}
