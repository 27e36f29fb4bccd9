package pipeline

import "testing"

// Targets of responses and of acts whose target is implied (issue 12,
// point 5): a phrasing matrix of short stories written for this test. Each
// answer names no target of its own; the target is who said, did, decided or
// owns what it answers.

func TestResponseTargetRemarks(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"rejected the remarks of a premier", "2021-06-01", "Greece's prime minister said on Monday that Turkey was violating Greek airspace. Turkey's foreign ministry rejected the remarks.", "12", "TURGOV>GRCGOV", ""},
		{"dismissed the comments, Asia", "2015-03-10", "India's foreign minister said Pakistan had sheltered the attackers. Pakistan dismissed the comments as baseless.", "111", "PAKGOV>INDGOV", ""},
		{"denounced the statement, Africa", "1998-07-02", "Uganda's president said Rwandan troops should leave Congo. Rwanda's government denounced the statement on Thursday.", "11", "RWAGOV>UGAGOV", ""},
		{"hit back at the comments", "2019-02-11", "Venezuela's foreign minister said the United States was planning an invasion. Washington hit back at the comments on Tuesday.", "11", "USAGOV>VENGOV", ""},
		{"slammed the remarks", "2017-09-20", "Iran's president said Israel was a cancer in the region. Israel's foreign ministry slammed the remarks.", "11", "ISRGOV>IRNGOV", ""},
		{"called the remarks unacceptable", "1989-05-05", "Hungary's premier said Romania was mistreating its ethnic Hungarians. Romania called the remarks unacceptable.", "11", "ROUGOV>HUNGOV", ""},
		{"criticised the speech", "2008-08-20", "Russia's president said Georgia had started the war. Georgia's government criticised the speech on Wednesday.", "11", "GEOGOV>RUSGOV", ""},
		{"rebuffed the offer", "2003-01-15", "North Korea's foreign ministry said it was ready to talk to Japan. Japan rebuffed the offer.", "12", "JPNGOV>PRKGOV", ""},
		{"turned down the proposal", "1994-11-03", "Ecuador's president proposed talks on the border with Peru. Peru turned down the proposal on Friday.", "12", "PERGOV>ECUGOV", ""},
		{"condemned the threats", "2013-04-09", "North Korea said it would strike American bases. South Korea condemned the threats on Tuesday.", "11", "KORGOV>PRKGOV", ""},
		{"brushed aside the warning", "2022-02-14", "NATO's secretary general warned Russia against invading Ukraine. Moscow brushed aside the warning.", "12", "RUSGOV>IGONATO", ""},
	})
}

func TestResponseTargetCharges(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"denied the accusation", "2018-03-14", "Britain accused Russia of poisoning a former spy. Moscow denied the accusation on Wednesday.", "016", "RUSGOV>GBRGOV", ""},
		{"dismissed the charges", "1996-10-01", "Sudan's government accused Eritrea of arming rebels. Eritrea dismissed the charges as lies.", "016", "ERIGOV>SDNGOV", ""},
		{"rejected the allegations, Latin America", "2009-07-22", "Colombia said Venezuela had supplied weapons to the FARC rebels. Caracas rejected the allegations.", "016", "VENGOV>COLGOV", ""},
		{"refuted the claims", "2016-08-30", "Turkey said Greek commandos had landed on a disputed islet. Athens refuted the claims on Tuesday.", "016", "GRCGOV>TURGOV", ""},
		{"denied the charge, Middle East", "1987-04-12", "Iraq accused Iran of using chemical weapons. Iran denied the charge.", "016", "IRNGOV>IRQGOV", ""},
		{"denied any involvement", "2021-07-08", "Haiti's police accused Colombian mercenaries of killing the president. Colombia's government denied any involvement.", "016", "COLGOV>HTICOP", ""},
		{"denied the reports", "2012-05-18", "Syria's opposition said Iranian troops were fighting in Homs. Tehran denied the reports.", "016", "IRNGOV>SYROPP", ""},
	})
}

func TestResponseTargetAttacks(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"condemned the attack after an air raid", "2006-07-14", "Israeli jets bombed Beirut's airport on Thursday. Lebanon's government condemned the attack.", "11", "LBNGOV>ISRGOV", ""},
		{"denounced the shelling", "2014-08-25", "Russian artillery shelled Ukrainian positions near Donetsk. Ukraine denounced the shelling.", "11", "UKRGOV>RUSGOV", ""},
		{"condemned the killing", "2020-01-04", "An American drone killed Iran's top general in Baghdad. Iran condemned the killing.", "11", "IRNGOV>USAGOV", ""},
		{"condemned the raid, Africa", "1986-04-16", "American warplanes bombed Tripoli on Tuesday. The Arab League condemned the raid.", "11", "IGOARL>USAGOV", ""},
		{"deplored the incursion", "2000-06-10", "Ethiopian troops crossed into Eritrea on Saturday. Eritrea deplored the incursion.", "11", "ERIGOV>ETHGOV", ""},
		{"condemned the strike, same sentence", "2019-05-05", "Egypt condemned the air strike that Israeli jets carried out on Gaza.", "11", "EGYGOV>ISRMIL", ""},
		{"condemned the bombing", "1999-04-08", "NATO warplanes bombed the Chinese embassy in Belgrade. China condemned the bombing.", "11", "CHNGOV>IGONATO", ""},
	})
}

func TestResponseTargetApprovals(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"welcomed the decision", "2018-06-01", "Ethiopia's government decided to give the town of Badme to Eritrea. Eritrea welcomed the decision.", "051", "ERIGOV>ETHGOV", ""},
		{"welcomed the release", "2011-10-18", "Hamas freed the Israeli soldier Gilad Shalit. Israel welcomed the release.", "051", "ISRGOV>PSEREB", ""},
		{"hailed the deal", "2015-07-14", "Iran signed a nuclear deal with six world powers. Syria hailed the deal on Tuesday.", "051", "SYRGOV>IRNGOV", ""},
		{"praised the move", "1990-02-12", "South Africa freed Nelson Mandela. Zambia praised the move.", "051", "ZMBGOV>ZAFGOV", ""},
		{"welcomed the withdrawal", "1989-02-15", "The Soviet Union withdrew its last troops from Afghanistan. Pakistan welcomed the withdrawal.", "051", "PAKGOV>RUSGOV", ""},
		{"applauded the announcement", "2023-03-10", "Saudi Arabia agreed to restore ties with Iran. Iraq applauded the announcement on Friday.", "051", "IRQGOV>SAUGOV", ""},
	})
}

func TestResponseTargetRetaliation(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"retaliated for the sanctions", "2014-08-06", "The European Union imposed sanctions on Russia. Moscow retaliated for the sanctions with a ban on food imports.", "16", "RUSGOV>IGOEUR", ""},
		{"responded to the expulsions by expelling", "2018-03-17", "Britain expelled 23 Russian diplomats. Russia responded by expelling 23 British diplomats.", "161", "RUSGOV>GBRGOV", ""},
		{"called the move a provocation", "2016-09-09", "North Korea tested a nuclear device on Friday. South Korea called the move a provocation.", "11", "KORGOV>PRKGOV", ""},
		{"called the sanctions illegal", "2019-01-28", "The United States imposed sanctions on Venezuela's state oil company. Venezuela called the sanctions illegal.", "11", "VENGOV>USAGOV", ""},
	})
}

func TestResponseTargetOwned(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"seized a tanker of a flag state", "2019-07-20", "Iran seized a British-flagged tanker in the Strait of Hormuz.", "171", "IRNGOV>GBRBUS", ""},
		{"raided the offices of the opposition party", "2021-02-10", "Police raided the offices of Cambodia's main opposition party.", "17", "KHMCOP>KHMOPP", ""},
		{"shelled a Ukrainian town", "2022-03-02", "Russian forces shelled the Ukrainian town of Kharkiv.", "19", "RUSMIL>UKRGOV", ""},
		{"raided a newspaper's offices", "2016-03-05", "Turkish police raided the offices of an opposition newspaper in Istanbul.", "17", "TURCOP>TURMED", ""},
	})
}

func TestResponseTargetAgainstAbstract(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"protested against the election result", "2020-08-10", "Thousands of Belarusians protested against the election result in Minsk.", "14", "BLRCVL>BLRGOV", ""},
		{"demonstrated against the government's reforms", "2023-03-07", "French unions demonstrated against the government's pension reforms.", "14", "FRALAB>FRAGOV", ""},
		{"rallied against the law", "2019-06-12", "Hundreds of thousands of people in Hong Kong rallied against the extradition law.", "14", "HKGCVL>HKGGOV", ""},
		{"marched against the coup", "2021-02-08", "Myanmar's army seized power on Monday. Thousands of teachers marched against the coup in Yangon.", "14", "MMRCVL>MMRMIL", ""},
	})
}

func TestResponseTargetPhrasings(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// answers to words said before
		{"lashed out at the remarks", "2010-11-02", "Japan's prime minister said the islands belonged to Japan. China lashed out at the remarks on Tuesday.", "11", "CHNGOV>JPNGOV", ""},
		{"took exception to the comments", "1992-03-04", "Armenia's president said Azerbaijan was starving Karabakh. Azerbaijan took exception to the comments.", "11", "AZEGOV>ARMGOV", ""},
		{"took exception to a speech, Latin America", "1982-04-20", "Argentina's foreign minister said the islands would never be British again. Britain took exception to the speech.", "11", "GBRGOV>ARGGOV", ""},
		{"lashed out at a named author's remarks: the author", "2016-11-10", "Germany's chancellor spoke in Berlin on Monday. Mexico lashed out at the remarks by the American president.", "11", "MEXGOV>USAGOV", ""},
		{"lashed out at an actor: the actor", "2016-11-10", "Germany's chancellor spoke in Berlin on Monday. Mexico lashed out at Washington on Tuesday.", "11", "MEXGOV>USAGOV", ""},
		{"took exception to comments a possessor owns", "2001-03-02", "Kenya's president spoke on Monday. Uganda took exception to Tanzania's comments.", "11", "UGAGOV>TZAGOV", ""},
		{"condemned the rhetoric", "2017-08-09", "North Korea's army said it would fire missiles toward Guam. Japan condemned the rhetoric.", "11", "JPNGOV>PRKMIL", ""},
		{"shrugged off the criticism", "2005-06-20", "Britain urged Zimbabwe to halt the demolitions. Zimbabwe's government shrugged off the criticism.", "016", "ZWEGOV>GBRGOV", ""},
		{"welcomed the announcement of a speaker", "1993-09-10", "Israel's prime minister announced that Israel would recognise the PLO. Egypt welcomed the announcement.", "051", "EGYGOV>ISRGOV", ""},
		{"hailed the pledge", "2021-04-22", "China's president pledged to cut emissions. Britain hailed the pledge on Thursday.", "051", "GBRGOV>CHNGOV", ""},
		// the doer of a deed
		{"voiced outrage over the killing", "2011-05-03", "American commandos killed Osama bin Laden in Abbottabad. Pakistan voiced outrage over the killing.", "11", "PAKGOV>USAGOV", ""},
		{"protested the arrest", "2019-01-05", "Chinese police arrested two Canadian citizens. Canada protested the arrests.", "140", "CANGOV>CHNCOP", ""},
		{"lodged a protest over the seizure", "2019-07-21", "Iran seized a Swedish-owned tanker in the Gulf. Sweden lodged a protest over the seizure.", "114", "SWEGOV>IRNGOV", ""},
		{"vowed to avenge the killing", "2020-01-03", "An American drone killed Iran's top general in Baghdad. Iran vowed to avenge the killing.", "13", "IRNGOV>USAGOV", ""},
		{"vowed revenge for the raid", "1986-04-15", "American warplanes bombed Tripoli. Libya vowed revenge for the raid.", "13", "LBYGOV>USAMIL", ""},
		// acts answering requests and offers
		{"defied the ultimatum", "1999-03-23", "NATO gave Yugoslavia an ultimatum to accept the peace plan. Belgrade defied the ultimatum.", "12", "SRBGOV>IGONATO", ""},
		{"backed the proposal", "2015-09-30", "Russia proposed a coalition against the Islamic State. Iran backed the proposal.", "05", "IRNGOV>RUSGOV", ""},
	})
}

// A state's protest of a deed with no actor of its own answers who did it;
// a crowd's protest stays aimed at its own government.
func TestResponseTargetProtest(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"protested the expulsion", "1985-09-14", "Britain expelled 25 Soviet diplomats. The Soviet Union protested the expulsion.", "140", "RUSGOV>GBRGOV", ""},
		{"protested the expulsion, Middle East", "2017-06-12", "Egypt expelled Qatar's ambassador on Monday. Qatar protested the expulsion.", "140", "QATGOV>EGYGOV", ""},
		{"protested the seizure, Asia", "2017-05-23", "The Indonesian navy seized 12 Vietnamese fishing boats near the Natuna islands. Vietnam protested the seizure on Tuesday.", "140", "VNMGOV>IDNMIL", ""},
		{"has protested the closure", "2010-06-01", "Israel closed the Rafah crossing. Egypt has protested the closure.", "140", "EGYGOV>ISRGOV", ""},
		{"protested against the ban, Latin America", "2008-03-03", "Colombia banned Ecuadorean trucks from its roads. Ecuador's government protested against the ban.", "14", "ECUGOV>COLGOV", ""},
		{"protested the move", "1996-03-09", "China fired missiles into the sea near Taiwan. Taiwan protested the move.", "140", "TWNGOV>CHNGOV", ""},
		{"a crowd's protest of its state's decision", "1993-07-05", "Nigeria's military government annulled the presidential election in June. Students in Lagos protested the decision.", "140", "NGACVL>NGAGOV", ""},
		{"a crowd's protest of a decision no one was told making", "2024-01-29", "Thousands of farmers protested the decision in Paris on Monday.", "140", "FRACVL>FRAGOV", ""},
	})
}

// A lede that tells the denial before the charge: the denial answers the
// first charge told after it against the denier's country.
func TestResponseTargetLede(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"rejected accusations, the accuser named later", "2023-09-25", "BELGRADE, Serbia (AP) \u2014 Serbia's president on Monday rejected accusations that Belgrade had armed the gunmen. Kosovo's prime minister accused Serbia of organising the attack on the police patrol.", "016", "SRBGOV>XKXGOV", ""},
		{"dismissed the allegations, Europe", "2018-03-14", "Moscow on Wednesday dismissed the allegations as absurd. Britain's prime minister accused Russia of poisoning a former spy in Salisbury.", "016", "RUSGOV>GBRGOV", ""},
		{"rejected the charges, Asia", "2019-02-16", "ISLAMABAD (Reuters) - Pakistan rejected the charges on Friday. India's foreign ministry accused Pakistan of sheltering the militants behind the attack in Kashmir.", "016", "PAKGOV>INDGOV", ""},
		{"denied the claims, Latin America", "2009-07-28", "Venezuela's government denied the claims on Tuesday. Colombia's president accused Caracas of harbouring rebel leaders.", "016", "VENGOV>COLGOV", ""},
		{"dismissed the accusations, Middle East", "2019-06-14", "Iran's foreign ministry dismissed the accusations. The United States accused Iran of attacking two tankers in the Gulf of Oman.", "016", "IRNGOV>USAGOV", ""},
		{"denied the allegations, Africa", "2012-11-22", "Rwanda denied the allegations on Thursday. A United Nations report accused Rwanda of backing the M23 rebels in eastern Congo.", "016", "RWAGOV>IGOUNO", ""},
		{"a later charge against another country answers nothing", "2019-02-16", "Pakistan rejected the charges on Friday. India's foreign ministry accused Bangladesh of sheltering the militants.", "016", "PAKGOV>", ""},
		{"a charge told before still comes first", "2018-03-14", "Britain accused Russia of poisoning a former spy. Moscow denied the accusation on Wednesday. France later accused Russia of hacking its elections.", "016", "RUSGOV>GBRGOV", ""},
	})
}

// An answer told as a gerund after "by" ("responded by imposing
// sanctions") is the act, aimed, when it names no one, at who last acted
// against its subject.
func TestResponseTargetByMeans(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"reacted by closing its airspace", "1994-02-17", "Greece closed its border with Macedonia. Macedonia reacted by closing its own airspace.", "191", "MKDGOV>GRCGOV", ""},
		{"responded by imposing sanctions", "2015-11-28", "Turkey shot down a Russian warplane near the Syrian border. Russia responded by imposing sanctions on Turkey.", "163", "RUSGOV>TURGOV", ""},
		{"retaliated by firing rockets", "2021-05-11", "Israeli jets struck targets in Gaza overnight. Hamas retaliated by firing rockets at Israel.", "19", "PSEREB>ISRGOV", ""},
		{"hit back by blocking roads", "2019-10-04", "Ecuador's president raised fuel prices on Tuesday. Indigenous protesters hit back by blocking roads into Quito.", "14", "ECUOPP>ECUGOV", ""},
		{"has responded by freezing assets", "1979-11-14", "Iranian students seized the American embassy in Tehran. The United States has responded by freezing Iranian assets.", "16", "USAGOV>IRNGOV", ""},
	})
}

// Forces that cross a boundary line with no country after it: told by the
// other side, the act falls on the speaker's country.
func TestResponseTargetCrossedLine(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"crossed the median line", "2022-08-09", "TAIPEI, Taiwan (AP) \u2014 Taiwan's defence ministry said 20 Chinese warplanes crossed the median line of the Taiwan Strait on Tuesday.", "154", "CHNMIL>TWN", ""},
		{"crossed the demarcation line", "2024-06-11", "SEOUL (AP) \u2014 North Korean soldiers crossed the demarcation line briefly on Tuesday, South Korea's military said.", "154", "PRKMIL>KOR", ""},
		{"crossed the border, Caucasus", "2022-09-13", "Armenia's defence ministry said Azerbaijani troops had crossed the border near Jermuk.", "154", "AZEMIL>ARM", ""},
		{"troops crossed the boundary line", "2008-08-05", "Georgia said Russian troops crossed the administrative boundary line on Monday.", "154", "RUSMIL>GEO", ""},
		{"jets crossed the border, 1990s", "1996-01-30", "Greece's military said six Turkish jets crossed the border over the Evros river.", "154", "TURMIL>GRC", ""},
		{"refugees who cross a border show no force", "2004-05-02", "Thousands of refugees crossed the border into Chad.", "154", "", ""},
	})
}

// A show of force by a state's forces that names no one and no place is
// aimed at the story's other side, as its government's would be.
func TestResponseTargetForcesCounterpart(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"troops crossed the border after a charge", "1999-05-28", "Pakistan accused India of aggression. Indian troops crossed the border on Friday.", "154", "INDMIL>PAKGOV", ""},
		{"warships began drills", "2023-04-10", "Taiwan accused China of bullying on Monday. Chinese warships began live-fire drills on Tuesday.", "150", "CHNMIL>TWNGOV", ""},
		{"troops mobilised, Africa", "1998-05-14", "Ethiopia accused Eritrea of invading its territory. Ethiopian troops mobilised along the border.", "154", "ETHMIL>ERIGOV", ""},
		{"troops mobilised near the frontier, Caucasus", "2020-07-14", "Armenia accused Azerbaijan of shelling its villages. Azerbaijani troops mobilised near the frontier on Tuesday.", "154", "AZEMIL>ARMGOV", ""},
		{"naval exercises, 1990s", "1996-01-29", "Greece accused Turkey of violating its airspace. Turkish warships began naval exercises on Monday.", "150", "TURMIL>GRCGOV", ""},
		{"a deployment at home in a story of one country stays there", "2014-05-20", "BANGKOK (AP) \u2014 Thai troops deployed across Bangkok on Monday after the army chief declared martial law.", "154", "THAMIL>THAGOV", ""},
	})
}

// A plan, an initiative or terms told before are someone's words: approved
// or rejected with no author named, they answer who put them forward.
func TestResponseTargetPlan(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"endorsed the plan", "2002-03-28", "Saudi Arabia's crown prince proposed a peace plan on Monday. The Arab League endorsed the plan.", "051", "IGOARL>SAUGOV", ""},
		{"endorsed the terms", "2002-02-20", "Norway's envoy proposed a ceasefire on Monday. The Tamil Tigers endorsed the terms.", "051", "LKAREB>NORGOV", ""},
		{"rejected the plan", "2006-07-25", "France proposed a plan for a ceasefire in Lebanon. Israel rejected the plan.", "12", "ISRGOV>FRAGOV", ""},
		{"backed the plan", "2015-10-12", "Russia unveiled a peace plan for Syria on Monday. Turkey backed the plan.", "051", "TURGOV>RUSGOV", ""},
		{"welcomed the initiative, Latin America", "1987-08-10", "Costa Rica's president proposed a regional peace plan. Nicaragua's government endorsed the initiative.", "051", "NICGOV>CRIGOV", ""},
		{"a plan its owner names keeps its owner", "2019-09-11", "Germany's chancellor spoke on Monday. Jordan condemned Israel's plan to annex the Jordan Valley.", "111", "JORGOV>ISRGOV", ""},
	})
}

// Force or a measure given back "with" what it is ("hit back with air
// strikes", "responded with sanctions of its own"): the act, aimed, when
// it names no one, at who last acted against the one answering.
func TestResponseTargetHitBackWith(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"hit back with air strikes", "1998-06-05", "Ethiopian troops shelled the Eritrean town of Zalambessa. Eritrea hit back with air strikes on Mekele.", "195", "ERIMIL>ETHMIL", ""},
		{"responded with air strikes", "2006-07-12", "Hezbollah fighters captured two Israeli soldiers on Wednesday. Israel responded with air strikes on Thursday.", "195", "ISRMIL>LBNRAD", ""},
		{"retaliated with air raids", "2020-01-08", "Iranian missiles struck American bases in Iraq. The United States retaliated with air raids.", "195", "USAMIL>IRNMIL", ""},
		{"hit back with tariffs", "2018-07-06", "The United States raised tariffs on Chinese goods. Beijing hit back with tariffs on American soybeans.", "163", "CHNGOV>USAGOV", ""},
		{"responded with sanctions of its own", "2014-08-01", "The European Union imposed sanctions on Russian banks. Moscow responded with sanctions of its own.", "163", "RUSGOV>IGOEUR", ""},
		{"a strike given back is no air strike", "2013-03-04", "Police raided the offices of the opposition newspaper. The editors responded with a strike.", "195", "", ""},
	})
}

// A measure short of force (quad class 4) given back to another state's
// forces falls on their government; a threat of force keeps the forces.
func TestResponseTargetMeasureOnForces(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"responded by imposing sanctions", "2015-11-28", "Turkey shot down a Russian warplane near the Syrian border. Russia responded by imposing sanctions.", "163", "RUSGOV>TURGOV", ""},
		{"retaliated by freezing assets", "2019-07-20", "Iranian forces seized a British tanker in the Gulf. Britain retaliated by freezing Iranian assets.", "163", "GBRGOV>IRNGOV", ""},
		{"responded by recalling its ambassador", "2016-04-20", "Chinese coast guard ships rammed a Philippine boat. Manila responded by recalling its ambassador.", "161", "PHLGOV>CHNGOV", ""},
		{"retaliated by suspending trade", "2019-02-16", "Pakistani troops killed three Indian soldiers in Kashmir. India retaliated by suspending trade.", "163", "INDGOV>PAKGOV", ""},
		{"hit back by banning entry", "2018-11-30", "Russian troops seized Ukrainian ships near Crimea. Kyiv hit back by banning Russian men from entering Ukraine.", "17", "UKRGOV>RUSGOV", ""},
		{"a threat of force keeps the forces", "2008-03-03", "Colombian troops crossed into Ecuador and killed a rebel leader. Ecuador's president warned that he would respond militarily.", "13", "ECUGOV>COLMIL", ""},
	})
}

// A lede that tells the answer to words before the words: it answers the
// first verbal act of conflict told after it against the answerer's country.
func TestResponseTargetLedeWords(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"rejected the remarks, told later", "2021-06-01", "ANKARA (Reuters) - Turkey's foreign ministry on Tuesday rejected the remarks as baseless. Greece's prime minister had accused Turkey of violating Greek airspace.", "12", "TURGOV>GRCGOV", ""},
		{"lashed out at the comments, told later", "2021-06-01", "China lashed out at the comments on Friday. Japan's defence minister criticised China's military build-up in a speech in Tokyo.", "111", "CHNGOV>JPNGOV", ""},
		{"condemned the statement, told later", "2014-04-01", "Moscow condemned the statement on Monday. NATO's secretary general had accused Russia of destabilising Ukraine.", "111", "RUSGOV>IGONATO", ""},
		{"dismissed the criticism, told later", "2020-07-01", "Beijing dismissed the criticism on Wednesday. The United States criticised China's crackdown in Hong Kong.", "12", "CHNGOV>USAGOV", ""},
		{"rejected the warning, told later", "2012-09-28", "Iran rejected the warning. Israel's prime minister warned Iran against enriching uranium.", "12", "IRNGOV>ISRGOV", ""},
		{"words against another country answer nothing", "2012-09-28", "Iran rejected the warning. Israel's prime minister warned Syria against moving weapons.", "12", "IRNGOV>", ""},
	})
}
