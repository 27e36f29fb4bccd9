package pipeline

import "testing"

// The rows below test the entries added to the lexicon files of roots 08, 14,
// 16 and 17 from a systematic pass over the CAMEO 1.1b3 codebook's codes and
// WordNet's synonyms of the heads the files already had: each family holds
// the wire phrasings of a group of codes and guard rows for the senses of the
// same words that are no such act.

func TestCodebookYieldDemands(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a demand complied with", d, "Serbia complied with the NATO demand to pull back its artillery.", "0832", "SRB>IGONATO", ""},
		{"a resolution complied with", d, "Iraq complied with the UN Security Council resolution.", "080", "IRQ>IGOUNO", ""},
		{"calls heeded", d, "The Sudanese army heeded the calls of the protesters.", "0832", "SDNMIL>SDNOPP", ""},
		{"bending to pressure", d, "The Chilean government bent to pressure from students.", "0832", "CHLGOV>CHLCVL", ""},
		{"surrendering to demands is no military surrender", d, "The Peruvian government surrendered to the demands of the farmers.", "0874", "", ""},
		{"a U-turn on a policy", d, "The Nigerian government made a U-turn on fuel prices.", "0832", "NGAGOV>NGAOPP", ""},
		{"a project put on hold", d, "Serbia put the lithium mining project on hold.", "0832", "SRB>SRBOPP", ""},
		{"troops put on alert are no project on hold", d, "Serbia put its troops on alert.", "08", "", ""},
		{"a price increase frozen", d, "The Nigerian government froze the fuel price increase.", "0832", "NGAGOV>NGAOPP", ""},
		{"assets frozen are no yielding", d, "The European Union froze Russian assets.", "08", "", ""},
		{"a decision revoked", d, "The Algerian government revoked its decision on the elections.", "0832", "DZAGOV>DZAOPP", ""},
		{"a dam project suspended", d, "Myanmar suspended the Chinese-backed dam project.", "0832", "MMR>MMROPP", ""},
		{"a warning heeded is no demand met", d, "Investors heeded the warnings of the central bank.", "08", "", ""},
	})
}

func TestCodebookYieldRestrictions(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exempted from sanctions", d, "Washington exempted Iraq from the sanctions on Iranian electricity.", "085", "USAGOV>IRQ", ""},
		{"a lockdown lifted", d, "China lifted the lockdown on Wuhan.", "081", "CHN>CHNCVL", ""},
		{"an internet blackout lifted", d, "Ethiopia lifted the internet blackout in Tigray.", "0811", "ETH>ETHCVL", ""},
		{"television stations reopened", d, "The Kenyan government reopened the three television stations.", "0811", "KENGOV>KENMED", ""},
		{"a school reopened is no press freedom", d, "The Kenyan government reopened the schools.", "08", "", ""},
		{"the opposition allowed to rally", d, "The Malaysian government allowed the opposition to hold rallies.", "0811", "MYSGOV>MYSOPP", ""},
		{"a party registered by the commission", d, "The Egyptian election commission registered the new opposition party.", "0812", "EGYGOV>EGYOPP", ""},
		{"a party registered by its founders", d, "Egyptian opposition activists registered a new party.", "08", "", ""},
		{"a dissident rehabilitated", d, "The Soviet authorities rehabilitated the dissident writer.", "0812", "RUSGOV>RUSOPP", ""},
		{"roads rehabilitated", d, "The Haitian government rehabilitated the roads.", "08", "", ""},
		{"an exile allowed home", d, "Zambia allowed the exiled opposition leader to return.", "0812", "ZMB>ZMBOPP", ""},
		{"an emergency decree revoked", d, "Thailand revoked the emergency decree on Thursday.", "0814", "THA>THACVL", ""},
		{"an emergency let lapse", d, "Egypt allowed the state of emergency to expire.", "0814", "EGY>EGYCVL", ""},
		{"women allowed to vote", d, "Kuwait allowed women to vote for the first time.", "0833", "KWT>KWTCVL", ""},
	})
}

func TestCodebookYieldDissent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a rally cancelled by its organisers", d, "The Pakistani opposition cancelled its rally in Islamabad.", "082", "PAKOPP>PAK", ""},
		{"rallies cancelled by towns are banned", d, "Several German towns cancelled rallies by Turkish ministers.", "082", "", ""},
		{"a protest march postponed", d, "The Bangladeshi opposition postponed its protest march.", "082", "BGDOPP>BGDGOV", ""},
		{"a hunger strike broken off", d, "The jailed Russian activist broke off his hunger strike.", "082", "RUSOPP>RUSGOV", ""},
		{"a boycott of parliament lifted", d, "The Kenyan opposition lifted its boycott of parliament.", "082", "KENOPP>KENLEG", ""},
		{"a boycott of goods lifted is eased sanctions", d, "Saudi Arabia lifted its boycott of Qatari goods.", "082", "", ""},
		{"protesters lift their blockade", d, "The truckers lifted their blockade of the border crossing.", "082", "CVL>", ""},
		{"a state's blockade lifted is no dissent", d, "Saudi Arabia lifted its blockade of Qatar.", "082", "", ""},
		{"barricades removed by protesters", d, "Protesters removed the barricades from the main highway.", "082", "OPP>", ""},
	})
}

func TestCodebookYieldOffice(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a resignation submitted", d, "The Tunisian prime minister submitted his resignation to the president.", "0831", "TUNGOV>TUNGOV", ""},
		{"a resignation handed in", d, "The Italian prime minister handed in his resignation.", "0831", "ITAGOV>ITAOPP", ""},
		{"a budget submitted is no resignation", d, "The Tunisian prime minister submitted his budget to parliament.", "08", "", ""},
		{"elections brought forward", d, "The Peruvian president brought forward the elections.", "0834", "PERGOV>PEROPP", ""},
		{"elections scheduled", d, "The Malian junta scheduled elections for February.", "0834", "MLIGOV>MLIOPP", ""},
		{"a date set for elections", d, "The Guinean junta set a date for elections.", "0834", "GINGOV>GINOPP", ""},
		{"a date set for talks", d, "The Guinean junta set a date for talks with the opposition.", "0834", "", ""},
		{"multiparty democracy introduced", d, "Zambia introduced multiparty democracy in 1990.", "0834", "ZMB>ZMBOPP", ""},
	})
}

func TestCodebookYieldRelease(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a former president paroled", d, "Peru paroled the former president.", "0841", "PER>GOV", ""},
		{"discharged from detention", d, "Israel discharged the Palestinian lawmaker from administrative detention.", "0841", "ISR>PSELEG", ""},
		{"a patient discharged", d, "The hospital discharged the patient on Monday.", "08", "", ""},
		{"a jailed blogger pardoned is forgiven", d, "Belarus pardoned the jailed blogger.", "0841", "", ""},
		{"frozen funds released", d, "South Korea released frozen Iranian funds.", "0842", "KOR>IRN", ""},
		{"a passport returned", d, "Egypt returned the passport of the human rights activist.", "0842", "EGY>", ""},
		{"the Red Cross let visit", d, "The Saudi authorities allowed the Red Cross to visit the detainees.", "086", "SAUGOV>NGO", ""},
		{"restrictions on aid lifted", d, "Ethiopia lifted restrictions on aid to Tigray.", "0863", "ETH>ETH", ""},
	})
}

func TestCodebookYieldForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an alert lowered", d, "North Korea lowered the alert level of its troops.", "087", "PRK>PRKMIL", ""},
		{"a base evacuated", d, "The United States evacuated its base in Niger.", "087", "USA>NER", ""},
		{"citizens evacuated are no retreat", d, "The United States evacuated its citizens from Niger.", "087", "", ""},
		{"positions vacated by troops", d, "Indian troops vacated their positions on the ridge.", "087", "INDMIL>", ""},
		{"positions abandoned", d, "The Iraqi soldiers abandoned their positions in Mosul.", "0874", "IRQMIL>IRQ", ""},
		{"a town fled by troops", d, "Government troops fled Kunduz.", "0874", "AFGMIL>AFG", ""},
		{"a town fled by civilians", d, "Thousands of civilians fled Kunduz.", "0874", "", ""},
		{"forces falling back", d, "The Ukrainian forces fell back to new positions.", "0874", "UKRMIL>", ""},
		{"chemical weapons destroyed", d, "Syria destroyed its chemical weapons stockpile.", "0873", "SYR>", ""},
		{"a depot destroyed is an attack", d, "Ukraine destroyed a Russian ammunition depot.", "0873", "", ""},
		{"a weapons program dismantled", d, "Libya dismantled its nuclear weapons program.", "0873", "LBY>", ""},
		{"missiles scrapped", d, "Ukraine scrapped its nuclear missiles.", "0873", "UKR>", ""},
	})
}

func TestCodebookProtestDissent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a president heckled", d, "Opposition lawmakers heckled the Kenyan president.", "140", "KENLEG>KENGOV", ""},
		{"a president booed", d, "Protesters booed the Brazilian president.", "140", "BRAOPP>BRAGOV", ""},
		{"a prime minister jeered", d, "Crowds jeered the Lebanese prime minister.", "140", "LBNCVL>LBNGOV", ""},
		{"a referee booed is no protest", d, "Fans booed the referee on Sunday.", "14", "", ""},
		{"agitating against laws", d, "Indian farmers agitated against the farm laws.", "140", "INDCVL>INDGOV", ""},
		{"a campaign of civil disobedience", d, "The Indian opposition launched a campaign of civil disobedience.", "140", "INDOPP>INDGOV", ""},
		{"a campaign of vaccination", d, "The Indian health ministry launched a campaign of vaccination.", "14", "", ""},
	})
}

func TestCodebookProtestStreets(t *testing.T) {
	testLexRows(t, []lexRow{
		{"coming out onto the streets", d, "Hundreds of thousands of Chileans came out onto the streets.", "141", "CHLCVL>CHLGOV", ""},
		{"spilling onto the streets", d, "Protesters spilled onto the streets of Caracas.", "141", "VENOPP>VENGOV", ""},
		{"flooding into the streets", d, "Crowds flooded into the streets of Khartoum.", "141", "SDNCVL>SDNGOV", ""},
		{"descending on a capital", d, "Thousands of protesters descended on Washington.", "141", "USAOPP>USAGOV", ""},
		{"parading through a capital", d, "Thousands of opposition supporters paraded through Nairobi.", "141", "KENOPP>KENGOV", ""},
		{"soldiers parading", d, "Russian soldiers paraded through Moscow.", "14", "", ""},
		{"a plane descending on an airport", d, "The Turkish plane descended on the airport.", "14", "", ""},
		{"a hartal called", d, "The opposition called a hartal in Dhaka.", "143", "BGDOPP>BGDGOV", ""},
		{"a bandh called", d, "Indian farmers' unions called a nationwide bandh.", "143", "INDLAB>INDGOV", ""},
	})
}

func TestCodebookProtestObstruction(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a highway sealed off by protesters", d, "Protesters sealed off the main highway.", "144", "OPP>", ""},
		{"an area sealed off by police", d, "Kenyan police sealed off the area.", "14", "", ""},
		{"a highway cut off by farmers", d, "Farmers cut off the Pan-American Highway.", "144", "CVL>", ""},
		{"an airport shut down by protesters", d, "Protesters shut down the international airport in Bangkok.", "144", "THAOPP>THAGOV", ""},
		{"an airport shut down by the government", d, "The Thai government shut down the airport.", "14", "", ""},
		{"chained to the gates", d, "Activists chained themselves to the gates of the ministry.", "144", "OPP>GOV", ""},
		{"traffic paralysed", d, "Demonstrators paralyzed traffic in central Lima.", "144", "PEROPP>PERGOV", ""},
	})
}

func TestCodebookCoerceProperty(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a neighbour bullied", d, "China bullied the Philippines in the South China Sea.", "170", "CHN>PHL", ""},
		{"land appropriated", d, "The Israeli authorities appropriated Palestinian land.", "171", "ISRGOV>PSE", ""},
		{"funds appropriated by parliament are no seizure", d, "The Kenyan parliament appropriated funds for schools.", "171", "", ""},
		{"assets sequestered", d, "A Russian court sequestered the assets of the Danish company.", "171", "RUSJUD>DNKBUS", ""},
		{"houses set ablaze", d, "Soldiers set ablaze the houses of the villagers.", "1712", "MIL>CVL", ""},
		{"homes wrecked", d, "Soldiers wrecked the homes of the villagers.", "1712", "MIL>CVL", ""},
		{"shops looted by soldiers", d, "Congolese soldiers looted the shops in Goma.", "1712", "CODMIL>COD", ""},
		{"shops looted by rioters", d, "Rioters looted the shops in Johannesburg.", "1712", "", ""},
	})
}

func TestCodebookCoerceOffice(t *testing.T) {
	testLexRows(t, []lexRow{
		{"direct rule imposed", d, "India imposed direct rule on Kashmir.", "172", "IND>INDGOV", ""},
		{"citizenship revoked", d, "Bahrain revoked the citizenship of 72 dissidents.", "172", "BHR>BHROPP", ""},
		{"military rule imposed", d, "The Thai junta imposed military rule on the country.", "1724", "THAGOV>THACVL", ""},
		{"a party suspended", d, "The Tunisian government suspended the Islamist party.", "1722", "TUNGOV>TUNPTY", ""},
		{"a state suspended by its bloc", d, "The African Union suspended Niger.", "1722", "", ""},
		{"a candidacy rejected by the commission", d, "The electoral commission rejected the candidacy of the opposition leader.", "1722", "GOV>OPP", ""},
		{"a candidacy rejected by voters", d, "Kenyan voters rejected the opposition leader.", "1722", "", ""},
	})
}

func TestCodebookCoerceFreedoms(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a news site blocked", d, "Russia blocked the independent news site.", "1721", "RUS>RUSCVL", ""},
		{"the internet throttled", d, "Iranian authorities throttled the internet.", "1721", "IRNGOV>IRNCVL", ""},
		{"a platform by name alone", d, "Russia blocked Telegram.", "1721", "", ""},
		{"restrictions on NGOs", d, "India imposed restrictions on NGOs.", "1721", "IND>NGO", ""},
		{"restrictions on firms are trade", d, "India imposed restrictions on Chinese companies.", "1721", "", ""},
		{"held without charge", d, "Egyptian authorities held the journalist without charge.", "173", "EGYGOV>EGYMED", ""},
		{"forcibly returned", d, "Thailand forcibly returned the Uighur refugees to China.", "174", "THA>REF", ""},
		{"refugees returned home", d, "Thousands of Syrian refugees returned home.", "174", "", ""},
	})
}

func TestCodebookCoerceRepression(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sprayed with water cannon", d, "Police sprayed the protesters with water cannon.", "175", "COP>OPP", ""},
		{"tear gas unleashed", d, "Riot police unleashed tear gas on the demonstrators.", "175", "COP>OPP", ""},
		{"demonstrators kettled", d, "British police kettled the demonstrators in London.", "175", "GBRCOP>GBROPP", ""},
		{"force used against demonstrators", d, "Police used force against the demonstrators in Dhaka.", "175", "BGDCOP>BGDOPP", ""},
		{"force used against rebels", d, "The Malian army used force against the rebels.", "175", "", ""},
		{"crops sprayed", d, "Colombian police sprayed the coca crops with herbicide.", "175", "", ""},
		{"a revolt quashed", d, "The Bahraini army quashed the uprising.", "175", "BHRMIL>BHRCVL", ""},
		{"a rebellion subdued", d, "Government troops subdued the rebellion in Tajikistan.", "175", "TJKMIL>TJKOPP", ""},
		{"dissent stifled", d, "The Egyptian government stifled dissent.", "1721", "EGYGOV>EGYCVL", ""},
		{"a conviction quashed is no repression", d, "The Egyptian court quashed the conviction of the journalist.", "175", "", ""},
	})
}

func TestCodebookCoerceDispersal(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a crowd dispersed by police", d, "Riot police dispersed hundreds of opposition supporters.", "175", "COP>OPP", ""},
		{"protesters dispersed by police, passive", d, "The protesters were dispersed by police.", "175", "COP>OPP", ""},
		{"a crowd in Minsk dispersed", d, "Police dispersed the crowd in Minsk.", "175", "BLRCOP>BLRCVL", ""},
		{"protesters who disperse repress no one", d, "The Armenian protesters dispersed peacefully on Tuesday.", "175", "", ""},
		{"a crowd that disperses after a rally", d, "Thousands of Kenyan protesters dispersed after the rally.", "175", "", ""},
		{"students who disperse", d, "The students dispersed at nightfall.", "175", "", ""},
	})
}
