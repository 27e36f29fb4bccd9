package pipeline

import "testing"

// TestAuditQuotes audits quotations and attributions as wire copy words
// them, written before reading the coder: fronted quotations framed by
// "X said" or an inverted "said X", "told reporters", "wrote on X",
// "posted on Facebook", "in an interview with", "according to", "added",
// "was quoted as saying", quotations split by their attribution, partial
// quotations ('called the move "a provocation"', 'vowed to "crush"'),
// first-person pronouns standing for the speaker's side, and stories
// whose quotation names its speaker only as "he" or "the minister" of an
// earlier sentence. The guards are quotations of no act: praise of a
// meeting, chanted slogans, titles of books and films.
func TestAuditQuotes(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// fronted quotation, inverted attribution
		{"said X: a demand", "2005-06-01", `"Washington must end its blockade of Cuba," said Cuban Foreign Minister Felipe Perez Roque.`, "10", "CUBGOV>USAGOV", ""},
		{"said X: a demand to stop", "2002-01-10", `"Pakistan must stop cross-border terrorism," said Indian Prime Minister Atal Bihari Vajpayee.`, "10", "INDGOV>PAKGOV", ""},
		{"said X: blame", "2002-03-28", `"The Palestinian Authority is responsible for this massacre," said Israeli Prime Minister Ariel Sharon.`, "112", "ISRGOV>PSEGOV", ""},
		{"said X: a threat", "2016-05-27", `"Russia will respond to any deployment of missiles in Romania," said Russian Foreign Minister Sergei Lavrov.`, "13", "RUSGOV>ROUGOV", "quote audit: fails at start (lexicon: \"respond to\" a deployment is no threat)"},
		{"said X: we will hit back", "2019-09-21", `"We will hit back hard at any country that attacks Iran," said Revolutionary Guards commander Hossein Salami.`, "13", "IRNMIL>", "quote audit: fails at start (lexicon: \"hit back at\" is read as 111, not a threat)"},
		// fronted quotation, X said
		{"X said: a fate", "2002-11-08", `"Iraq will face serious consequences if it does not disarm," President George W. Bush said.`, "13", "USAGOV>IRQGOV", ""},
		{"X said: we reject", "2000-12-28", `"We reject the American proposal," Palestinian negotiator Saeb Erekat said.`, "12", "PSEGOV>USAGOV", ""},
		{"X said: never accept", "1993-08-20", `"We will never accept the partition of Bosnia," Bosnian President Alija Izetbegovic said.`, "12", "BIHGOV>", "quote audit: fails at start (lexicon: \"will never accept\" is no refusal)"},
		{"X said: an accusation", "2012-07-12", `"Rwanda is arming the M23 rebels," Congolese government spokesman Lambert Mende said.`, "112", "CODGOV>RWAGOV", "quote audit: fails at start (tagger: \"is arming\" reads arming as a noun)"},
		{"X said: pay for crimes", "2003-03-18", `"Saddam Hussein will pay for his crimes," British Prime Minister Tony Blair said.`, "13", "GBRGOV>IRQGOV", ""},
		{"X said: an appeal", "2010-11-24", `"We call on both sides to exercise maximum restraint," U.N. Secretary-General Ban Ki-moon said.`, "02", "IGOUNO>", ""},
		{"X said: I appeal", "2012-08-30", `"I appeal to the FARC to lay down their arms," Colombian President Juan Manuel Santos said.`, "02", "COLGOV>COLREB", "quote audit: fails at start (tagger: \"I appeal\" reads appeal as a noun)"},
		{"X said: a conditional threat", "1996-01-30", `"If Turkey lands troops on Imia, we will respond with force," Greek Defence Minister Gerasimos Arsenis said.`, "13", "GRCGOV>TURGOV", ""},
		{"X said: a denial", "2011-02-07", `"We did not fire a single shell into Thai territory," Cambodian Defence Minister Tea Banh said.`, "016", "KHMGOV>", "quote audit: fails at start (denial: \"we did not fire\" in a fronted quotation gives 194 negated, no 016)"},
		// told reporters / Reuters / state TV / parliament
		{"told reporters: a victim's claim", "2000-05-14", `"Ethiopian troops have shelled our positions near Barentu," Eritrean Information Minister Beyene Tekie told reporters.`, "112", "ERIGOV>ETHMIL", ""},
		{"told parliament: a fate", "2010-05-24", `"North Korea will pay dearly for this attack," South Korean Defence Minister Kim Tae-young told parliament.`, "13", "KORGOV>PRKGOV", ""},
		{"told Reuters: blame", "2005-02-16", `"Syria is behind the assassination," Lebanese opposition leader Walid Jumblatt told Reuters.`, "112", "LBNOPP>SYRGOV", "quote audit: fails at start (actor: Jumblatt is LBNPTY (his party), want arguable)"},
		{"told the BBC: a demand", "2007-03-28", `"Iran must release our sailors and marines immediately," British Foreign Secretary Margaret Beckett told the BBC.`, "10", "GBRGOV>IRNGOV", ""},
		{"told state television: a denial", "2018-03-13", `"Russia has nothing to do with the poisoning," Kremlin spokesman Dmitry Peskov told state television.`, "016", "RUSGOV>", ""},
		{"told reporters: colon, we demand", "1999-04-02", `Yugoslav Foreign Minister Zivadin Jovanovic told reporters: "NATO must stop the bombing of our country."`, "10", "SRBGOV>IGONATO", ""},
		// wrote on Twitter / X / Telegram, posted on Facebook
		{"wrote on X: a demand", "2023-10-20", `"Hamas must release all the hostages now," U.S. Secretary of State Antony Blinken wrote on X.`, "10", "USAGOV>PSEREB", ""},
		{"wrote on Twitter: rejection", "2018-05-08", `"Iran will not renegotiate the nuclear deal," Iranian Foreign Minister Mohammad Javad Zarif wrote on Twitter.`, "12", "IRNGOV>", "quote audit: fails at start (lexicon: \"will not renegotiate\" is no refusal)"},
		{"wrote on Telegram: a victim's claim", "2022-08-11", `"Russian troops are shelling the Zaporizhzhia nuclear plant," Ukrainian President Volodymyr Zelenskiy wrote on Telegram.`, "112", "UKRGOV>RUSMIL", ""},
		{"posted on Facebook: an accusation", "2020-11-04", `"Eritrea is helping the rebels in Tigray," Ethiopian Prime Minister Abiy Ahmed posted on Facebook.`, "112", "ETHGOV>ERIGOV", "quote audit: fails at start (attribution: \"posted on Facebook\" is no report; helping rebels is 070 aid)"},
		{"tweeted: a threat", "2017-08-08", `"North Korea best not make any more threats to the United States," President Donald Trump tweeted.`, "13", "USAGOV>PRKGOV", "quote audit: fails at start (lexicon: \"best not make threats\" is no warning)"},
		// in an interview with, according to
		{"in an interview: an accusation", "2015-10-11", `"Turkey is supporting terrorists in Syria," Syrian President Bashar al-Assad said in an interview with Russian television.`, "112", "SYRGOV>TURGOV", "quote audit: fails at start (judgement: \"supporting terrorists\" is 051 support, no accusation)"},
		{"in an interview: rejection", "2019-08-20", `"India will not accept any mediation on Kashmir," Indian Foreign Minister Subrahmanyam Jaishankar said in an interview with CNN.`, "12", "INDGOV>", ""},
		{"according to X, quoted: an accusation", "2007-06-01", `According to Iraqi Foreign Minister Hoshyar Zebari, "Iran is arming the militias in Basra."`, "112", "IRQGOV>IRNGOV", "quote audit: fails at start (attribution: a quotation after \"According to X,\" frames nothing; tagger: \"is arming\")"},
		{"quote according to X: a demand", "1998-03-05", `"Belgrade must withdraw its special police from Kosovo," according to U.S. Secretary of State Madeleine Albright.`, "10", "USAGOV>SRBGOV", "quote audit: fails at start (attribution: \"must\" in a quotation told \"according to\" X is no demand (087 hypothetical))"},
		// was quoted as saying
		{"was quoted as saying: a demand", "1996-03-08", `Chinese Premier Li Peng was quoted as saying, "Taiwan must abandon its separatist activities."`, "10", "CHNGOV>TWNGOV", ""},
		{"quoted by state media: a threat", "2013-03-07", `North Korea's army chief was quoted by state media as saying, "We will turn Washington into a sea of fire."`, "13", "PRKMIL>USAGOV", ""},
		// split quotation
		{"split quotation: demand in the second part", "2009-01-05", `"This is a dangerous moment," Egyptian President Hosni Mubarak said, "and Israel must lift the siege of Gaza."`, "10", "EGYGOV>ISRGOV", ""},
		{"split quotation: rejection in the second part", "2008-07-19", `"The talks were useful," Iranian negotiator Saeed Jalili said, "but we reject any suspension of enrichment."`, "12", "IRNGOV>", ""},
		{"split quotation: accusation in the first part", "2014-07-18", `"Ukraine shot down the plane," the rebel leader Alexander Borodai said, "and Kiev must answer for it."`, "112", "UKRREB>UKRGOV", "quote audit: fails at start (convention: a rebel speaker's claim of an untargeted act accuses no one)"},
		// partial quotations
		{"called X a provocation", "2010-01-30", `China called the American arms sale to Taiwan "a dangerous provocation."`, "11", "CHNGOV>USAGOV", "quote audit: fails at start (judgement: \"called X a provocation\" is read as 041 call, also unquoted)"},
		{"vowed to crush", "2008-01-03", `Sri Lankan President Mahinda Rajapaksa vowed to "crush" the Tamil Tiger rebels.`, "13", "LKAGOV>LKAREB", ""},
		{"threatened: a sea of fire", "1994-03-19", `North Korea threatened to turn Seoul into "a sea of fire."`, "13", "PRKGOV>KORGOV", ""},
		{"described as economic terrorism", "2019-05-09", `Iran's foreign ministry described the American sanctions as "economic terrorism."`, "11", "IRNGOV>USAGOV", ""},
		{"accused of piracy", "2020-08-12", `Greece accused Turkey of "piracy" in the eastern Mediterranean.`, "112", "GRCGOV>TURGOV", ""},
		{"rejected as baseless", "2019-02-15", `Pakistan rejected India's accusations as "baseless."`, "016", "PAKGOV>INDGOV", ""},
		{"demanded an unconditional release", "2014-05-06", `Nigerian President Goodluck Jonathan demanded the "unconditional release" of the schoolgirls.`, "10", "NGAGOV>NGACVL", ""},
		// first person in quotes: the speaker's side
		{"our air defences", "2020-02-24", `"Our air defences shot down a Turkish drone over Idlib," the Syrian army said.`, "19", "SYRMIL>TURMIL", "quote audit: fails at start (first person: \"our air defences\" in a quotation has no actor)"},
		{"we will defend our people", "2006-07-13", `"We will respond to any Israeli attack on our villages," Hezbollah leader Hassan Nasrallah said.`, "13", "LBNREB>ISRMIL", "quote audit: fails at start (lexicon: \"respond to\" an attack is no threat)"},
		{"we claim responsibility", "2013-09-22", `"We carried out the attack on the Westgate mall," an al-Shabaab spokesman told Reuters.`, "015", "SOMREB>", "quote audit: fails at start (convention: \"we carried out the attack\" codes the attack (180 SOMRAD), not 015)"},
		{"we will not negotiate", "2001-09-20", `"We will not hand over Osama bin Laden," the Taliban ambassador Abdul Salam Zaeef said.`, "12", "AFGGOV>IMGRAD", ""},
		// acts told by a quotation in a story: he, she, the minister
		{"story: the minister said", "2024-04-02", "Iran warns Israel\n\nTEHRAN, Iran —\n\nIranian Foreign Minister Hossein Amir-Abdollahian spoke to reporters on Tuesday.\n\n\"Israel will face a crushing response,\" the minister said.", "13", "IRNGOV>ISRGOV", "quote audit: fails at start (lexicon: \"will face a crushing response\" is no threat)"},
		{"story: he said, an accusation", "2022-10-18", "Zelenskiy speaks\n\nKYIV, Ukraine —\n\nPresident Volodymyr Zelenskiy addressed the nation on Tuesday night.\n\n\"Russian forces are deliberately destroying our power plants,\" he said.", "112", "UKRGOV>RUSMIL", "quote audit: fails at start (lexicon: \"destroying power plants\" is no act)"},
		{"story: he said, a demand", "2010-05-24", "Seoul demands apology\n\nSEOUL, South Korea —\n\nSouth Korean President Lee Myung-bak met his security advisers on Monday.\n\n\"North Korea must apologise for the sinking of the Cheonan,\" he said.", "10", "KORGOV>PRKGOV", ""},
		{"story: she said, a rejection", "2021-10-12", "Kenya rejects ruling\n\nNAIROBI, Kenya —\n\nKenyan Foreign Minister Raychelle Omamo spoke after the ruling.\n\n\"We reject Somalia's claims to our waters,\" she said.", "12", "KENGOV>SOMGOV", "quote audit: fails at start (lexicon: \"reject claims\" is read as a denial of a charge (016))"},
		{"story: he added, a threat", "1999-05-30", "Pakistan warns\n\nISLAMABAD, Pakistan —\n\nPakistani Foreign Minister Sartaj Aziz spoke to reporters on Sunday.\n\n\"The situation in Kargil is serious,\" he said. \"India will pay a heavy price for any attack on Pakistan,\" he added.", "13", "PAKGOV>INDGOV", ""},
		{"story: the spokesman said, a denial", "2017-04-06", "Syria denies attack\n\nDAMASCUS, Syria —\n\nSyrian Foreign Minister Walid al-Moualem held a news conference on Thursday.\n\n\"The Syrian army did not use chemical weapons,\" he said.", "016", "SYRGOV>", "quote audit: fails at start (denial: \"the Syrian army did not use chemical weapons\" in a quotation gives no 016)"},
		{"story: the president told reporters, an appeal", "1994-04-10", "Appeal for calm\n\nKIGALI, Rwanda —\n\nThe interim president, Theodore Sindikubwabo, spoke on the radio on Sunday.\n\n\"I appeal to all Rwandans to stop the killings,\" he told reporters.", "02", "RWAGOV>RWACVL", "quote audit: fails at start (tagger: \"I appeal\" reads appeal as a noun)"},
		// guards: quotations of no act
		{"guard: a good meeting", "2018-10-26", `"It was a good meeting," Japanese Prime Minister Shinzo Abe said.`, "04", "", ""},
		{"guard: we had frank talks, no threat", "2018-10-26", `"We had frank and useful talks," said Chinese Premier Li Keqiang.`, "13", "", ""},
		{"guard: a chanted slogan", "2019-11-04", `Protesters outside the former U.S. embassy in Tehran chanted "Death to America."`, "18", "", ""},
		{"guard: a slogan on a banner", "2011-02-01", `Crowds in Cairo carried banners reading "The people want the fall of the regime."`, "17", "", ""},
		{"guard: a book title", "2004-03-22", `Richard Clarke's book "Against All Enemies" went on sale on Monday.`, "19", "", ""},
		{"guard: a memoir title with a refusal", "2012-09-10", `Her memoir, "We Will Never Surrender," was published in Kabul.`, "12", "", ""},
		{"guard: a film title", "2014-12-20", `Sony cancelled the release of "The Interview," a comedy about a plot to kill Kim Jong Un.`, "18", "", ""},
		{"guard: no military solution", "2016-02-12", `"There is no military solution to the conflict in Syria," the U.N. envoy Staffan de Mistura said.`, "19", "", ""},
		{"guard: not at war", "2003-01-20", `"We are not at war with anyone," the president said.`, "19", "", ""},
	})
}
