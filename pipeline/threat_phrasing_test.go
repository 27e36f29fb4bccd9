package pipeline

import "testing"

// TestThreatPhrasing is a matrix of the ways wire copy tells a threat (CAMEO
// root 13): a threat to act, a warning of what will follow, a vow of
// revenge, an ultimatum or a deadline, a fate held out, force said to answer.
// Each phrasing has rows with other actors, regions, decades and tenses;
// the code is the one a CAMEO coder gives, or its root where the exact code
// is a judgement call, with the dyad exactly.
func TestThreatPhrasing(t *testing.T) {
	testLexRows(t, threatPhrasingRows)
}

var threatPhrasingRows = []lexRow{
	// threatened to + an act of the threatener's own
	{"threatened to sanction: Turkey", "2000-02-04", "Turkey threatened on Friday to impose sanctions on Austria.", "1312", "TUR>AUT", ""},
	{"threatened to sanction: US", "2019-05-10", "The United States has threatened to impose fresh sanctions on Venezuela's oil industry.", "1312", "USA>VEN", ""},
	{"threatened to cut aid: US", "2013-07-05", "Washington threatened to cut off military aid to Egypt.", "1311", "USAGOV>EGY", ""},
	{"threatened to cut aid: EU", "1997-03-11", "The European Union threatened to suspend development aid to Kenya.", "1311", "IGOEUR>KEN", ""},
	{"threatened to cut ties: Morocco", "2021-08-20", "Morocco threatened to sever diplomatic ties with Algeria.", "1313", "MAR>DZA", ""},
	{"threatened to cut ties: Iran", "1988-03-02", "Iran threatened to break off relations with Britain over the book.", "1313", "IRN>GBR", ""},
	{"threatened to expel: Russia", "2018-03-15", "Russia threatened to expel British diplomats.", "1313", "RUS>GBRGOV", ""},
	{"threatened to use force: China", "2005-03-14", "China has repeatedly threatened to use force against Taiwan.", "13", "CHN>TWN", ""},
	{"threatened to use force: Argentina", "1982-04-20", "Argentina threatened to use force against the British fleet.", "13", "ARG>GBR", ""},
	{"threatened to attack: Iraq", "1990-07-25", "Iraq threatened to attack Kuwait over oil production.", "13", "IRQ>KWT", ""},
	{"threatened to invade: Turkey", "2019-10-01", "Turkey threatened to invade northern Syria.", "13", "TUR>SYR", ""},
	{"threatened to shoot down: Turkey", "2012-06-30", "Turkey threatened to shoot down Syrian aircraft that approached its border.", "13", "TUR>SYRMIL", ""},
	{"threatened to blockade: China", "1996-03-08", "China threatened to blockade Taiwan's ports.", "1381", "CHN>TWN", ""},
	{"threatened to arrest: Zimbabwe", "2008-04-10", "The Zimbabwean government threatened to arrest opposition leaders.", "137", "ZWEGOV>ZWEOPP", ""},
	{"threatened to arrest: police", "2011-02-01", "Egyptian police threatened to arrest the protesters.", "137", "EGYCOP>EGYOPP", ""},
	{"threatened to boycott: opposition", "2015-09-03", "The Tanzanian opposition threatened to boycott the elections.", "133", "TZAOPP>TZAGOV", ""},
	{"threatened to strike: unions", "1999-05-03", "Nigerian oil unions threatened to go on strike.", "133", "NGALAB>NGAGOV", ""},
	{"threatened to quit talks: rebels", "2016-06-01", "The rebels threatened to pull out of the peace talks with the government.", "13", "REB>GOV", ""},
	{"threatened to walk out: Colombia", "2002-01-09", "The FARC threatened to walk out of the talks with the Colombian government.", "13", "COLREB>COLGOV", ""},
	// threatened + an act noun, with or without "with"
	{"threatened sanctions: EU", "2020-08-14", "The European Union threatened Belarus with new sanctions.", "1312", "IGOEUR>BLR", ""},
	{"threatened sanctions: US headline", "1986-01-07", "US threatens Libya with economic sanctions", "1312", "USA>LBY", ""},
	{"threatened war: Iraq", "1990-07-18", "Iraq threatened war against Kuwait.", "13", "IRQ>KWT", ""},
	{"threatened war: North Korea", "2013-03-07", "North Korea threatened South Korea with war.", "13", "PRK>KOR", ""},
	{"threatened military action: Turkey", "1998-10-05", "Turkey threatened military action against Syria.", "13", "TUR>SYR", ""},
	{"threatened military action: Venezuela", "2015-09-01", "Venezuela threatened Guyana with military action.", "13", "VEN>GUY", ""},
	{"threatened retaliation: Iran", "2022-11-01", "Iran threatens Israel with retaliation", "13", "IRN>ISR", ""},
	{"threatened reprisals: rebels", "1994-04-12", "The Rwandan Patriotic Front threatened reprisals against the government army.", "13", "RWAREB>RWAMIL", ""},
	// warned of consequences, warned X of
	{"warned of consequences: China", "2001-04-03", "China warned Japan of serious consequences.", "130", "CHN>JPN", ""},
	{"warned of consequences: Ethiopia", "2020-06-20", "Ethiopia warned Egypt of grave consequences over the dam.", "130", "ETH>EGY", ""},
	{"warned of consequences: US", "2013-08-27", "The United States warned Syria it would face consequences.", "130", "USA>SYR", ""},
	{"warned of sanctions: EU", "2021-01-18", "The European Union warned Russia of new sanctions.", "1312", "IGOEUR>RUS", ""},
	{"warned of war: Pyongyang", "2017-08-09", "North Korea warned the United States of war.", "13", "PRK>USA", ""},
	// warned X against
	{"warned against: India", "2019-03-01", "India warned Pakistan against any misadventure along the border.", "130", "IND>PAK", ""},
	{"warned against: EU", "1998-06-11", "The European Union warned Serbia against using force in Kosovo.", "130", "IGOEUR>SRB", ""},
	{"warned against: Moscow", "2021-12-01", "Russia has warned NATO against deploying troops in Ukraine.", "130", "RUS>IGONATO", ""},
	// vowed to retaliate, avenge, revenge
	{"vowed to retaliate: Pakistan", "2019-02-26", "Pakistan vowed to retaliate against India.", "13", "PAK>IND", ""},
	{"vowed to retaliate: Iran", "2020-01-04", "Iran has vowed to retaliate against the United States.", "13", "IRN>USA", ""},
	{"vowed to avenge: Hamas", "2004-03-22", "Hamas vowed to avenge the killing of its leader by Israel.", "138", "PSEREB>", ""},
	{"vowed to avenge: Taliban", "2011-05-03", "The Taliban vowed to avenge his death by attacking American forces.", "138", "AFGREB>", ""},
	{"vowed revenge: Hezbollah", "2008-02-14", "Hezbollah vowed revenge against Israel.", "130", "LBNRAD>ISR", ""},
	{"vowed revenge: Kenya", "2013-09-24", "Kenya's president vowed revenge against the Shabaab militants.", "130", "KENGOV>SOMRAD", ""},
	{"swore revenge: militants", "1985-06-20", "The Shiite militia swore revenge against Israel.", "130", "UAF>ISR", ""},
	// issued an ultimatum, gave until, set a deadline
	{"issued an ultimatum: NATO", "1994-02-09", "NATO issued an ultimatum to the Bosnian Serbs.", "139", "IGONATO>BIH", ""},
	{"issued an ultimatum: Saudi Arabia", "2017-06-23", "Saudi Arabia issued an ultimatum to Qatar.", "139", "SAU>QAT", ""},
	{"issued an ultimatum: junta", "2023-08-10", "The army issued a 48-hour ultimatum to the rebels.", "139", "MIL>REB", ""},
	{"gave until: UN", "1990-11-29", "The Security Council gave Iraq until January 15 to withdraw from Kuwait.", "139", "IGOUNO>IRQ", ""},
	{"gave until: ECOWAS", "2023-07-30", "ECOWAS gave the Niger junta until Sunday to reinstate the president.", "139", "IGOWAF>NERGOV", ""},
	{"gave hours: army", "2023-08-10", "The army gave the rebels 48 hours to surrender.", "139", "MIL>REB", ""},
	{"gave hours: Poland", "1988-05-02", "The Polish government gave the striking miners 48 hours to return to work.", "139", "POLGOV>POLCVL", ""},
	{"gave days: Security Council", "1991-04-10", "The Security Council gave Iraq 15 days to report on its weapons.", "139", "IGOUNO>IRQ", ""},
	{"gave a week: Kenya", "2011-10-20", "Kenya gave the Somali militants a week to return the hostages.", "139", "KEN>SOMREB", ""},
	{"gave days: NATO", "1994-02-09", "NATO gave the Bosnian Serbs ten days to pull back their heavy guns.", "139", "IGONATO>BIH", ""},
	{"set a deadline: AU", "2021-04-30", "The African Union set a deadline for Chad's military council to hand over power.", "139", "IGOAFR>TCDGOV", ""},
	// force said to answer, not to hesitate
	{"respond with force: Beijing", "2004-12-20", "China said it would respond with force to any move by Taiwan toward independence.", "13", "CHN>TWN", ""},
	{"respond militarily: Venezuela", "2008-03-03", "Venezuela said it would respond militarily to any Colombian incursion.", "13", "VEN>COL", ""},
	{"would not hesitate: Israel", "2012-03-05", "Israel warned that it would not hesitate to strike Iran's nuclear sites.", "138", "ISR>IRN", ""},
	{"would not hesitate: Ukraine", "2014-04-15", "Ukraine said it would not hesitate to use force against the separatists.", "138", "UKR>UKRREB", ""},
	{"vowed a crushing response: Armenia", "2020-09-28", "Armenia vowed a crushing response to any Azerbaijani attack.", "13", "ARM>AZE", ""},
	{"warned of a strong response: Russia", "2022-05-12", "Russia warned Finland of a strong response if it joined NATO.", "13", "RUS>FIN", ""},
	// a fate held out: pay a price, pay dearly
	{"pay a heavy price: Iran", "2024-04-02", "Iran warned that Israel would pay a heavy price for the strike.", "130", "IRN>ISR", ""},
	{"pay a heavy price: Sudan", "1995-07-12", "The Sudanese army warned that the rebels would pay a heavy price.", "130", "SDNMIL>SDNREB", ""},
	{"pay dearly: Hezbollah", "2006-07-12", "Hezbollah warned that Israel would pay dearly for its raids.", "130", "LBNRAD>ISR", ""},
	{"pay dearly: Pakistan", "2016-09-20", "Pakistan warned that India would pay dearly for any aggression.", "130", "PAK>IND", ""},
	// more threats of a measure: curfew, emergency, a ban
	{"threatened a curfew: Sri Lanka", "1983-07-27", "The Sri Lankan government threatened to impose a curfew in Colombo.", "1323", "LKAGOV>LKACVL", ""},
	{"threatened an emergency: Thailand", "2010-03-20", "The Thai government threatened to declare a state of emergency in Bangkok.", "1324", "THAGOV>THACVL", ""},
	{"threatened a ban: Turkey", "2008-03-14", "Turkey's chief prosecutor threatened to ban the ruling party.", "1322", "TURJUD>TURPTY", ""},
	{"threatened a ban: Algeria", "1991-06-04", "The Algerian government threatened to outlaw the Islamic Salvation Front.", "13", "DZAGOV>DZAOPP", ""},
	// warned it would retaliate, vowed to crush
	{"warned it would retaliate: North Korea", "2016-03-07", "North Korea warned that it would retaliate against any American strike.", "13", "PRK>USA", ""},
	{"warned it would retaliate: India", "1999-06-02", "India warned it would retaliate if Pakistani troops crossed the line of control.", "13", "IND>PAKMIL", ""},
	{"vowed to crush: Sri Lanka", "2008-01-03", "The Sri Lankan president vowed to crush the Tamil Tigers.", "13", "LKAGOV>LKAREB", ""},
	{"vowed to crush: Nigeria", "2014-05-06", "Nigeria's army vowed to crush Boko Haram.", "13", "NGAMIL>NGARAD", ""},
	// threats as nouns and in the passive
	{"a threat of sanctions issued: US", "2018-08-01", "The United States issued a threat of sanctions against Turkey.", "13", "USA>TUR", ""},
	{"threatened, passive: Syria", "2013-09-01", "Syria was threatened with military strikes by the United States.", "13", "USA>SYR", ""},
	{"threatened, passive: Cuba", "1962-10-25", "Cuba was threatened with invasion by the United States.", "13", "USA>CUB", ""},
	// revenge taken or exacted, vowed: a threat; told as done, the blow itself
	{"take revenge: Hezbollah", "2006-07-20", "Hezbollah vowed to take revenge on Israel.", "13", "LBNRAD>ISR", ""},
	{"exact revenge: Iran", "2020-01-05", "Iran vowed to exact revenge on the United States.", "13", "IRN>USA", ""},
	{"take revenge: Tigers", "1996-02-01", "The Tamil Tigers vowed to take revenge on the Sri Lankan army.", "13", "LKAREB>LKAMIL", ""},
	{"exact vengeance: Boko Haram", "2015-03-01", "Boko Haram vowed to exact vengeance on the Nigerian army.", "13", "NGARAD>NGAMIL", ""},
	{"take revenge, will: Colombia", "1989-09-01", "The drug cartel said it would take revenge on the Colombian government.", "13", "COLCRM>COLGOV", ""},
	{"revenge taken is force, not a threat", "1999-01-01", "Rebels took revenge on government troops.", "13", "", ""},
	{"revenge taken is force", "1999-01-01", "Rebels took revenge on government troops.", "19", "REB>MIL", ""},
	// a befitting reply: given, retaliation; vowed or warned of, a threat
	{"befitting reply vowed: Pakistan", "2019-02-27", "Pakistan vowed to give a befitting reply to India.", "13", "PAK>IND", ""},
	{"befitting response vowed: Bangladesh", "2009-02-27", "Bangladesh vowed to give a befitting response to Myanmar.", "13", "BGD>MMR", ""},
	{"fitting reply warned: India", "2020-07-15", "India warned China of a fitting reply.", "13", "IND>CHN", ""},
	{"befitting reply warned: Pakistan army", "2017-05-10", "The Pakistani army warned India of a befitting reply.", "13", "PAKMIL>IND", ""},
	{"crushing response promised: Iran", "2019-06-21", "Iran promised a crushing response to any American attack.", "13", "IRN>USA", ""},
	{"befitting reply given is force", "2018-01-20", "Indian troops gave a befitting reply to Pakistani shelling.", "19", "INDMIL>PAK", ""},
	// a response vowed, a hard response promised
	{"vowed a military response: Russia", "2021-12-03", "Russia vowed a military response to any NATO expansion into Ukraine.", "13", "RUS>IGONATO", ""},
	{"vowed a firm response: China", "2019-07-09", "China vowed a firm response to the American arms sale to Taiwan.", "13", "CHN>USA", ""},
	{"pledged a harsh response: Israel", "2008-02-28", "Israel pledged a harsh response to the rocket fire from Gaza.", "13", "ISR>PSE", ""},
	{"promised a strong response: Turkey", "2006-10-12", "Turkey promised a strong response to the French vote on the Armenian genocide.", "13", "TUR>FRA", ""},
	{"vowed a response: North Korea", "2016-03-08", "North Korea vowed a merciless response to the South Korean drills.", "13", "PRK>KOR", ""},
	{"a response promised to a letter is no threat", "2005-01-01", "The ministry promised a response to the letter within a week.", "13", "", ""},
	// a warning sent, a party put on notice
	{"sent a warning: US", "2017-08-08", "The United States sent a stern warning to North Korea.", "13", "USA>PRK", ""},
	{"sent a warning: Beijing", "1995-07-21", "China sent a warning to Taiwan.", "13", "CHN>TWN", ""},
	{"sent a warning, two objects: Moscow", "2009-01-02", "Russia sent Ukraine a warning over its gas debts.", "13", "RUS>UKR", ""},
	{"put on notice: US", "2013-09-10", "The United States put Syria on notice.", "13", "USA>SYR", ""},
	{"put on notice, passive: Iran", "2017-02-02", "Iran was put on notice by the United States.", "13", "USA>IRN", ""},
	{"a message sent is no threat", "2017-02-02", "The ministry sent a message to China.", "13", "", ""},
	// paying dearly held out
	{"pay dearly: Iran", "2020-01-03", "Iran warned that the United States would pay dearly.", "130", "IRN>USA", ""},
	{"pay dearly: rebels", "1997-05-01", "The rebels said the army would pay dearly for the massacre.", "130", "REB>MIL", ""},
	{"pay dearly: North Korea", "2010-11-24", "North Korea warned that South Korea would pay dearly if it continued the drills.", "130", "PRK>KOR", ""},
	{"pay dearly: Russia", "2022-10-09", "Russia said Ukraine would pay dearly for the attack on the bridge.", "130", "RUS>UKR", ""},
	{"paid dearly told as done is no threat", "2007-01-01", "Israel paid dearly for the war in Lebanon.", "13", "", ""},
	// measures or action against a party its own side says it will take
	{"will take measures against: Russia", "2018-03-20", "Russia said it would take retaliatory measures against Britain.", "130", "RUS>GBR", ""},
	{"vowed to take measures against: China", "2016-08-10", "China vowed to take all necessary measures against Taiwan.", "130", "CHN>TWN", ""},
	{"will take action against: EU", "2021-01-10", "The European Commission said it would take action against Poland.", "130", "IGOEUR>POL", ""},
	{"will take countermeasures: Turkey", "2020-08-26", "Turkey will take countermeasures against Greece, the minister said.", "130", "TUR>GRC", ""},
	{"will take tough measures: Nigeria", "2006-02-20", "The Nigerian army said it would take tough measures against the militants.", "130", "NGAMIL>NGAREB", ""},
	{"action taken is no threat", "2021-01-10", "The European Commission took action against Poland.", "13", "", ""},
	{"measures against a thing are no threat", "2021-01-10", "The government will take measures against inflation.", "13", "", ""},
	// a lesson to be taught
	{"teach a lesson vowed: China", "1999-07-10", "China vowed to teach Taiwan a lesson.", "130", "CHN>TWN", ""},
	{"teach a lesson warned: Iran", "2019-05-10", "Iran warned it would teach Israel a lesson.", "13", "IRN>ISR", ""},
	{"teach a lesson said: India", "2016-09-20", "India said it would teach Pakistan a lesson.", "13", "IND>PAK", ""},
	{"teach a lesson vowed: Ethiopia", "1998-06-10", "The Ethiopian prime minister vowed to teach Eritrea a lesson.", "13", "ETHGOV>ERI", ""},
	{"teach a lesson said: Beijing", "1979-02-10", "Beijing said it would teach Hanoi a lesson.", "13", "CHNGOV>VNMGOV", ""},
	{"a lesson taught is no threat", "1979-03-10", "China taught Vietnam a lesson.", "13", "", ""},
	{"voters teaching a lesson is no threat", "2019-07-10", "Voters taught the ruling party a lesson.", "13", "", ""},
	// a response warned of, no party named
	{"warned of a response: Serbia", "2003-01-22", "Serbia warned of an adequate response.", "130", "SRB>", ""},
	{"warned of countermeasures: Russia", "2007-06-01", "Russia warned of countermeasures.", "130", "RUS>", ""},
	{"warned of a crushing response: Iran", "2019-05-12", "Iran warned of a crushing response.", "13", "IRN>", ""},
	{"warned of a firm response: China", "2010-01-30", "China warned of a firm response.", "13", "CHN>", ""},
	{"warned of retribution: North Korea", "2013-03-05", "North Korea warned of retribution.", "13", "PRK>", ""},
	{"consequences for growth are no threat", "2018-01-22", "The IMF warned of consequences for growth.", "13", "", ""},
}
