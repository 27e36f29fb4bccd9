package pipeline

import "testing"

// TestCoverYieldAidSupport holds the words the cover audit of roots 08, 07,
// 05 and 14 (TestAuditCover0514) found missing or too broad: remains handed
// over or returned, a state of emergency or curfew scrapped, abolished or
// repealed, loans written off or forgiven, a party defended at a forum, and
// the senses that are no act: a podium stepped down from, a room marched
// into.
func TestCoverYieldAidSupport(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"remains handed over", "2018-07-27", "North Korea handed over the remains of 55 American soldiers to the United States on Friday.", "0841", "PRKGOV>USAGOV", ""},
		{"remains returned", "1995-06-20", "Vietnam returned the remains of three American servicemen to the United States on Tuesday.", "0841", "VNMGOV>USAMIL", ""},
		{"state of emergency scrapped", "2018-07-18", "Turkey scrapped its two-year state of emergency on Wednesday.", "0814", "TURGOV>TURCVL", ""},
		{"state of emergency abolished", "2018-06-05", "Ethiopia's parliament abolished the state of emergency on Tuesday.", "0814", "ETHLEG>ETHCVL", ""},
		{"martial law repealed", "2015-04-01", "Thailand's junta repealed martial law on Wednesday.", "0814", "THAGOV>THACVL", ""},
		{"curfew revoked", "2016-08-30", "Indian authorities revoked the curfew in Srinagar on Tuesday.", "0813", "INDGOV>INDCVL", ""},
		{"scrapping only demanded", "2018-06-05", "The Ethiopian opposition demanded that the government scrap the state of emergency.", "0814", "", ""},
		{"loans written off", "2018-09-03", "China wrote off Cameroon's interest-free loans on Monday.", "071", "CHNGOV>CMRGOV", ""},
		{"loans forgiven", "2014-07-11", "Russia forgave Cuba's Soviet-era loans on Friday.", "071", "RUSGOV>CUBGOV", ""},
		{"debt written off", "2019-12-02", "France wrote off Senegal's debt on Monday.", "071", "FRAGOV>SENGOV", ""},
		{"defended at the UN", "2017-09-05", "China defended North Korea at the United Nations on Tuesday.", "052", "CHNGOV>PRKGOV", ""},
		{"defended in the Security Council", "2018-04-14", "Russia defended Syria in the Security Council on Saturday.", "052", "RUSGOV>SYRGOV", ""},
		{"defended at a summit", "2022-11-15", "India defended Russia at the G20 summit on Tuesday.", "052", "INDGOV>RUSGOV", ""},
		{"defended with troops stays protection", "2013-01-14", "French troops defended the Malian government on Monday.", "074", "FRAMIL>MLIGOV", ""},
		{"stepped down", "2019-04-11", "Sudanese President Omar al-Bashir stepped down on Thursday.", "0831", "SDNGOV>SDNOPP", ""},
		{"stepped down from a post", "2019-12-01", "Iraqi Prime Minister Adel Abdul Mahdi stepped down from his post on Sunday.", "0831", "IRQGOV>IRQOPP", ""},
		{"stepped down from the podium", d, "The Nigerian president stepped down from the podium after his speech.", "08", "", ""},
		{"stepped down from the stage", d, "The Kenyan minister stepped down from the stage and shook hands.", "08", "", ""},
		{"marched in a city", "2019-10-25", "Thousands of Iraqis marched in Baghdad on Friday.", "141", "IRQCVL>IRQGOV", ""},
		{"marched into a square", "2011-02-11", "Thousands of Egyptian protesters marched into Tahrir Square on Friday.", "141", "EGYOPP>EGYGOV", ""},
		{"marched into the room", d, "The Egyptian president marched into the room and sat down.", "14", "", ""},
		{"marched into the hall", d, "The Ghanaian general marched into the hall and took his seat.", "14", "", ""},
	})
}

// TestCoverWordNet holds words for acts of roots 08, 07, 05 and 14 found by
// listing WordNet's synonyms of the news senses of the lexicon's heads that
// no entry had: acquiesce and assent to demands, ferry and hand out aid (and
// the parcels it comes in), subsidise, champion, swarm; with guards in their
// other senses.
func TestCoverWordNet(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"acquiesced to demands", "2011-03-01", "Jordan's government acquiesced to the protesters' demands on Sunday.", "0832", "JORGOV>JOROPP", ""},
		{"acquiesced alone", "1990-02-01", "Moscow acquiesced after weeks of pressure from Washington.", "080", "RUSGOV>", ""},
		{"assented to a demand", "2017-11-02", "The Kenyan government assented to the opposition's demand for early elections on Thursday.", "0832", "KENGOV>KENOPP", ""},
		{"ferried aid", "2004-12-30", "The Indian navy ferried food and medicine to Sri Lanka on Thursday.", "073", "INDMIL>LKAGOV", ""},
		{"ferried aid to a rebel region", "2021-07-10", "The UN ferried relief supplies to Tigray on Saturday.", "073", "IGOUNO>ETHCVL", ""},
		{"handed out food parcels", "2023-10-24", "Turkish volunteers handed out food parcels in Gaza on Tuesday.", "073", "TURCVL>PSECVL", ""},
		{"sent food baskets", "2023-05-02", "The United Arab Emirates sent 10,000 food baskets to Sudan on Tuesday.", "073", "AREGOV>SDNGOV", ""},
		{"subsidised", "2022-03-14", "The French government subsidised fuel for fishermen on Monday.", "071", "FRAGOV>", ""},
		{"championed a bid", "2008-04-02", "Britain championed Ukraine's bid for NATO membership at the Bucharest summit.", "051", "GBRGOV>UKRGOV", ""},
		{"championed a party", "2020-10-05", "Turkey championed Azerbaijan in its war with Armenia.", "051", "TURGOV>AZEGOV", ""},
		{"swarmed the streets", "2020-11-14", "Thousands of protesters swarmed the streets of Lima on Saturday.", "141", "PEROPP>PERGOV", ""},
		{"the ferry is no aid", d, "A Greek ferry carried 300 passengers to Crete on Monday.", "07", "", ""},
		{"handed out leaflets is no aid", d, "Iranian activists handed out leaflets in Tehran on Monday.", "07", "", ""},
		{"tourists swarmed no protest", d, "Tourists swarmed the beaches of Spain this summer.", "14", "", ""},
		{"assent to a bill is no yielding", "2019-07-30", "Kenya's president assented to the finance bill on Tuesday.", "08", "", ""},
	})
}

// TestCoverCountOfCount holds a count of a count ("tens of thousands of
// Georgians") as the subject of a complement after a reporting verb: before,
// the reporting verb took the first count as its object and the act had no
// source; the audit row "14 protested after said" found it.
func TestCoverCountOfCount(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"tens of thousands protested after said", "2024-05-13", "Police said tens of thousands of Georgians protested outside parliament in Tbilisi on Monday.", "14", "GEOCVL>GEOGOV", ""},
		{"hundreds of thousands marched after said", "2019-10-25", "Officials said hundreds of thousands of Iraqis marched in Baghdad on Friday.", "14", "IRQCVL>IRQGOV", ""},
		{"tens of thousands rallied after reported", "2023-05-27", "Witnesses reported that tens of thousands of Serbs rallied in Belgrade against President Aleksandar Vucic.", "14", "SRBCVL>SRBGOV", ""},
		{"dozens of rebels freed after said", "2015-03-02", "Officials said dozens of Houthi rebels had freed three Saudi pilots on Monday.", "08", "YEMREB>SAUGOV", ""},
		{"thousands of people after said", "2020-01-01", "Police said thousands of Chileans marched in Santiago on Friday.", "14", "CHLCVL>CHLGOV", ""},
		{"tens of thousands without a report", "2020-01-01", "Tens of thousands of Chileans marched in Santiago on Friday.", "14", "CHLCVL>CHLGOV", ""},
		{"said with a count as object", "2020-01-01", "The Chilean ministry said tens of thousands of dollars were missing.", "14", "", ""},
	})
}

// TestCoverCallOffPullOut holds dissent given up (a campaign of protests or
// strikes called off: 082; a labour strike called off alone is none) and a boycott by candidates pulled
// out of or withdrawn from an election (143), with guards: a military or an
// election campaign called off is neither.
func TestCoverCallOffPullOut(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"campaign of strikes called off", "2006-04-24", "Nepal's opposition called off its campaign of strikes on Monday.", "082", "NPLOPP>NPLGOV", ""},
		{"labour strike called off is no 082", "2018-03-01", "Nigerian doctors called off their strike on Thursday.", "082", "", ""},
		{"campaign of civil disobedience called off", "2007-01-12", "Lebanon's opposition called off its campaign of civil disobedience on Friday.", "082", "LBNOPP>LBNGOV", ""},
		{"candidates pulled out of an election", "2014-01-05", "Bangladesh's opposition pulled its candidates out of the election on Sunday.", "143", "BGDOPP>BGDGOV", ""},
		{"candidates withdrawn from a vote", "2017-10-10", "Kenya's opposition withdrew its candidates from the vote on Tuesday.", "143", "KENOPP>KENGOV", ""},
		{"military campaign called off is no 082", d, "The Nepalese army called off its campaign against the rebels.", "082", "", ""},
		{"election campaign called off is no 08", d, "The ruling party in Kenya called off its election campaign after the attack.", "08", "", ""},
		{"candidates named for an election is no boycott", d, "Kenya's opposition named its candidates for the election on Monday.", "14", "", ""},
	})
}
