package pipeline

import "testing"

// TestCrowdsAct: joining protesters is protesting (141); a crowd that
// blocks or stops vehicles obstructs (144), while a state that blocks an
// aid convoy withholds aid (162x).
func TestCrowdsAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"soldiers joined the protesters", d, "Dozens of soldiers joined the protesters in Yerevan.", "141", "ARMMIL>ARMGOV", ""},
		{"police joined the crowds", "2019-04-09", "KHARTOUM, Sudan (AP) — Police officers joined the crowds outside the army headquarters.", "141", "SDNCOP>SDNGOV", ""},
		{"joined a march, as before", d, "Students joined the march against the government.", "141", "CVL>GOV", ""},
		{"protesters blocked a convoy", d, "Protesters blocked a convoy of army trucks.", "144", "OPP>MIL", ""},
		{"villagers stopped a train", d, "Villagers stopped a train carrying troops to the north.", "144", "CVL>MIL", ""},
		{"a state blocking aid is no protest", d, "Israel blocked an aid convoy to Gaza.", "144", "", ""},
		{"an army stopping a convoy is no protest", d, "The army stopped the convoy at the border.", "144", "", ""},
	})
}

// TestAuthoriseForce: a body that authorises a force, mission or
// deployment cooperates (050); authorising anything else is no event.
func TestAuthoriseForce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a force authorised, passive", d, "The force was authorised by the United Nations Security Council last Wednesday.", "050", "IGOUNO>", ""},
		{"authorised a mission", d, "The Security Council authorised an African Union mission in Somalia.", "050", "IGOUNO>SOM", ""},
		{"has authorized a deployment", d, "The Security Council has authorized the deployment of 5,000 troops.", "050", "IGOUNO>", ""},
		{"authorised to borrow: no event", d, "Parliament authorised the government to borrow money.", "050", "", ""},
	})
}

// TestSnipers: snipers are of the force named before them ("police
// snipers"), and firing on a crowd is repression (175).
func TestSnipers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police snipers fired on the crowd", d, "Police snipers fired on the crowd from rooftops.", "175", "COP>CVL", ""},
		{"army snipers shot dead protesters", d, "Army snipers shot dead two protesters.", "175", "MIL>OPP", ""},
		{"government snipers", "2014-02-20", "KYIV, Ukraine (AP) — Government snipers killed dozens of demonstrators in Kyiv.", "175", "UKRGOV>UKROPP", ""},
	})
}

// TestOrderedToAPlace: forces or warships ordered to or toward a place are
// deployed (154); troops ordered to do something are ordered (10x); an
// aircraft carrier is a warship, not an airline.
func TestOrderedToAPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a carrier group ordered toward", d, "The United States ordered a second aircraft carrier battle group toward Taiwan on Monday.", "154", "USA>TWN", ""},
		{"warships ordered to a sea", d, "Washington ordered warships to the eastern Mediterranean.", "154", "USAGOV>", ""},
		{"troops ordered to a border", d, "The general ordered troops to the border with Ukraine.", "154", "MIL>UKR", ""},
		{"ordered to withdraw is no deployment", d, "The president ordered troops to withdraw from the border.", "154", "", ""},
		{"a carrier sent", d, "The United States sent an aircraft carrier to the Gulf.", "154", "USA>", ""},
	})
}

// TestSeizedTerritory: taking a city or territory by force (192) is aimed
// at the state that held it: the government of the place's country; a
// town "in northern Mozambique" is in Mozambique, even where the gazetteer
// knows only a larger town of that name elsewhere (Palma, Spain).
func TestSeizedTerritory(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rebels seized a city", "2004-02-23", "Rebels seized the northern city of Cap-Haitien on Sunday.", "192", "HTIREB>HTIGOV", ""},
		{"insurgents captured a town", d, "Islamist insurgents captured the town of Palma in northern Mozambique.", "19", "MOZREB>MOZGOV", ""},
		{"a town in a country the gazetteer lacks", d, "Militants attacked Palma in Mozambique.", "190", "MOZREB>MOZ", ""},
		{"an army occupied a region", d, "Russian troops occupied the Zaporizhzhia region of Ukraine.", "192", "RUSMIL>UKR", ""},
		{"a country whose name opens with a direction", "2016-07-01", "Rebels attacked the town of Bor in South Sudan.", "190", "SSDREB>SSD", ""},
		{"a town in South Sudan seized", "2014-01-01", "Rebel forces seized the town of Malakal in South Sudan on Wednesday.", "192", "SSDREB>SSDGOV", ""},
		{"a town in the Central African Republic", "2020-01-01", "Rebels attacked the town of Birao in Central African Republic.", "190", "CAFREB>CAF", ""},
	})
}

// TestPeopleByTheirTrade: a nationality before a noun of ordinary people
// (youths, landowners, herdsmen, traders) names that country's civilians,
// not its government; "the party's youth league" stays the party's.
func TestPeopleByTheirTrade(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pensioners on hunger strike", d, "Tunisian pensioners began a hunger strike in front of the legislature.", "142", "TUNCVL>TUNGOV", ""},
		{"youths threw stones", d, "Palestinian youths threw stones at Israeli soldiers.", "145", "PSECVL>ISRMIL", ""},
		{"herdsmen attacked", d, "Nigerian herdsmen attacked a village.", "18", "NGACVL>", ""},
	})
}

// TestMissilesIntoZones: missiles fired into the sea or a target zone are
// a show of force (150); into a city, an attack (19x).
func TestMissilesIntoZones(t *testing.T) {
	testLexRows(t, []lexRow{
		{"into target zones", d, "The People's Liberation Army launched three ballistic missiles on Friday into target zones near Keelung.", "150", "CHNMIL>TWNGOV", ""},
		{"into a test zone", d, "North Korea fired two missiles into a test zone off its east coast.", "150", "PRK>", ""},
		{"into a city is an attack", d, "Russia launched missiles into Kyiv.", "19", "RUS>UKR", ""},
	})
}

// TestTroopsLanded: forces that land somewhere are deployed there (154);
// a leader who lands visits (042).
func TestTroopsLanded(t *testing.T) {
	testLexRows(t, []lexRow{
		{"marines landed at an airport", "2004-03-01", "The first U.S. Marines landed at the airport in Port-au-Prince on Sunday.", "154", "USAMIL>HTIGOV", ""},
		{"troops landed in a capital", d, "French troops landed in Mogadishu.", "154", "FRAMIL>SOMGOV", ""},
		{"paratroopers landed in a country", d, "Russian paratroopers landed in Kazakhstan.", "154", "RUSMIL>KAZGOV", ""},
		{"a leader landing visits", d, "Narendra Modi landed in Tel Aviv on Tuesday.", "042", "INDGOV>ISRGOV", ""},
	})
}

// TestTurnedBack: monitors, missions or journalists turned back or away
// have their movement restricted (191); "fighters" are of the agent
// before them ("rebel fighters" are rebels).
func TestTurnedBack(t *testing.T) {
	testLexRows(t, []lexRow{
		{"monitors turned back, passive", d, "OSCE monitors were turned back by rebel fighters on Sunday.", "191", "REB>IGOOSC", ""},
		{"journalists turned away", d, "Police turned away journalists at the border.", "191", "COP>MED", ""},
		{"migrants turned back are expelled", d, "The navy turned back a boat carrying migrants.", "174", "MIL>CVL", ""},
		{"rebel fighters are rebels", d, "Rebel fighters attacked the town.", "190", "REB>", ""},
		{"fighters alone are armed men", d, "Fighters attacked the town.", "190", "UAF>", ""},
	})
}

// TestSeizedCapital: a capital seized is territory (192), not a hostage
// (181); people seized are (181).
func TestSeizedCapital(t *testing.T) {
	testLexRows(t, []lexRow{
		{"seized a capital, before the day it rules", "2021-08-14", "The Taliban seized Kabul on Saturday.", "192", "AFGREB>AFGGOV", ""},
		{"captured a city", "2022-11-01", "Russian forces captured Kherson.", "192", "RUSMIL>UKRGOV", ""},
		{"seized soldiers are hostages", d, "Rebels seized two soldiers.", "181", "REB>MIL", ""},
		{"seized an envoy", d, "Gunmen seized the French ambassador.", "181", "UAF>FRAGOV", ""},
	})
}

// TestClubbedAndMassed: forces that club, bludgeon, beat, cane or whip
// protesters assault them (175), as forces that beat anyone do; a crowd of
// protesters that masses, converges on or throngs a place demonstrates
// (141) at whom the place is; a mass of troops or a club of friends is
// neither.
func TestClubbedAndMassed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police clubbed demonstrators", d, "Haitian police clubbed demonstrators outside the palace.", "175", "HTICOP>HTIOPP", ""},
		{"soldiers bludgeoned protesters", d, "Soldiers bludgeoned protesters in the square.", "175", "MIL>OPP", ""},
		{"soldiers beat protesters with rifle butts", d, "Soldiers beat the protesters with rifle butts.", "175", "MIL>OPP", ""},
		{"riot police whipped students", d, "Riot police whipped the protesting students.", "175", "COP>CVL", ""},
		{"not: clubbed together", d, "The families clubbed together to pay the fine.", "175", "", ""},
		{"demonstrators massed outside a consulate", d, "Thousands of demonstrators massed outside the Israeli consulate in Istanbul.", "141", "TURCVL>ISRGOV", ""},
		{"protesters converged on parliament", d, "Protesters converged on the parliament.", "141", "OPP>LEG", ""},
		{"not: troops massed", d, "Troops massed on the border.", "141", "", ""},
	})
}

// TestForceNounAfterArmedGroup: a state's force noun ("forces", "troops",
// "soldiers") after an armed group's noun or another force's names that
// group's or force's men ("rebel forces" are rebels, "police forces"
// police); after a state's body or a nationality it stays the army.
func TestForceNounAfterArmedGroup(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rebel forces", d, "Rebel forces shelled the town of Kidal.", "19", "MLIREB>MLI", ""},
		{"insurgent troops as object", d, "Colombian soldiers killed six insurgent troops near the border.", "19", "COLMIL>COLREB", ""},
		{"rebel soldiers passive", d, "The airport was seized by rebel soldiers on Monday.", "19", "REB>", ""},
		{"police forces", d, "Nigerian police forces arrested 20 protesters in Lagos.", "173", "NGACOP>NGAOPP", ""},
		{"government forces stay the army", d, "Syrian government forces shelled the town of Idlib.", "19", "SYRMIL>SYR", ""},
		{"nationality forces stay the army", d, "Ethiopian forces shelled the town of Adigrat.", "19", "ETHMIL>ETH", ""},
	})
}

// TestLeavingCountry: forces, armed groups or a mission that leave a
// country withdraw (087); a leader who leaves one ends a visit, and
// someone who flees or a plane that takes off retreats from no one.
func TestLeavingCountry(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops left a country", d, "French troops left Mali in August.", "087", "FRAMIL>MLI", ""},
		{"soldiers left a country", d, "The last U.S. soldiers left Afghanistan on Monday.", "087", "USAMIL>AFG", ""},
		{"inspectors left a capital", d, "U.N. weapons inspectors left Baghdad on Wednesday.", "087", "IGOUNO>IRQGOV", ""},
		{"a leader left a capital", d, "The Chinese president left Moscow on Friday.", "087", "", ""},
		{"an opposition leader fled", d, "The opposition candidate left Belarus for Lithuania after the vote.", "087", "", ""},
		{"a plane left a capital", d, "The plane left Kathmandu for New Delhi.", "087", "", ""},
	})
}

// TestFailedAttempts: failing to do an act of cooperation refuses it
// (12x); failing at an act of conflict refuses nothing, and the act is
// not done.
func TestFailedAttempts(t *testing.T) {
	testLexRows(t, []lexRow{
		{"failed to ratify a treaty", d, "The Senate failed to ratify the treaty.", "127", "LEG>", ""},
		{"failed to release prisoners", d, "Israel failed to release the prisoners.", "1243", "ISR>", ""},
		{"failed to capture a town: no refusal", d, "Rebels failed to capture the town of Kidal.", "12", "", ""},
		{"failed to capture a town: no capture", d, "Rebels failed to capture the town of Kidal.", "192", "", ""},
		{"failed to arrest: no refusal", d, "Police failed to arrest the suspects.", "12", "", ""},
		{"failed to shoot down: no refusal", d, "Air defences failed to shoot down the drones over Kyiv.", "12", "", ""},
	})
}

// TestEmbassyStaffExpelled: embassy employees and staffers ordered out or
// expelled are diplomats expelled (161); a company's employee is not.
func TestEmbassyStaffExpelled(t *testing.T) {
	testLexRows(t, []lexRow{
		{"embassy employee ordered to leave", d, "Moscow ordered a Moldovan embassy employee to leave.", "161", "RUSGOV>MDAGOV", ""},
		{"embassy staffers expelled", d, "Poland expelled two Russian embassy staffers.", "161", "POL>RUSGOV", ""},
		{"embassy official expelled", d, "Estonia expelled a Russian embassy official on Monday.", "161", "EST>RUSGOV", ""},
		{"a company employee", d, "The company ordered an employee to leave the building.", "161", "", ""},
	})
}

// TestExportRate: exports to a buyer are trade (061); a rate ("barrels a
// day") is no second object naming a buyer.
func TestExportRate(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exported to a buyer", d, "Iran exported oil to China in May.", "061", "IRN>CHN", ""},
		{"a rate, no buyer", d, "Libya exports about 1.6 million barrels of oil a day.", "061", "", ""},
		{"a rate a year", d, "Ukraine exports 40 million tonnes of grain a year.", "061", "", ""},
	})
}

// TestShotDownAircraft: any aircraft shot down is force on its owner
// (190): bombers, gunships, balloons as well as jets.
func TestShotDownAircraft(t *testing.T) {
	testLexRows(t, []lexRow{
		{"bomber shot down", d, "Turkish F-16 fighters shot down a Russian bomber near the Syrian border.", "190", "TURMIL>RUSMIL", ""},
		{"gunship shot down", d, "Rebels shot down an army gunship over Kidal.", "190", "MLIREB>MLIMIL", ""},
		{"balloon shot down", d, "An American fighter jet shot down a Chinese balloon off the coast.", "190", "USAMIL>CHN", ""},
	})
}

// TestDismissedAs: dismissing a measure as something is a judgement of
// it, aimed at whoever took it (111); dismissing an accusation as
// baseless is a denial (016).
func TestDismissedAs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"dismissed sanctions as a plot", d, "The EU imposed sanctions on Zimbabwe. Zimbabwe's government dismissed the sanctions as a plot by former colonial powers.", "111", "ZWEGOV>IGOEUR", ""},
		{"dismissed the vote as a farce", d, "The opposition dismissed the referendum as a farce.", "111", "OPP>", ""},
		{"dismissed accusations: a denial", d, "Iran dismissed the accusations as baseless.", "111", "", ""},
	})
}

// TestOrderToOwnForcesUncoded: an order to one's own forces is no demand between
// parties, whether or not the lexicon codes the act ordered; an order to
// another country is (10).
func TestOrderToOwnForcesUncoded(t *testing.T) {
	testLexRows(t, []lexRow{
		{"own air force, uncoded act", "1996-09-04", "Iraq's president ordered his air force to ignore both zones.", "10", "", ""},
		{"own troops, uncoded act", d, "Russia's defence minister ordered Russian troops to stay alert.", "10", "", ""},
		{"another country", d, "Russia ordered Ukraine to withdraw its troops.", "10", "RUS>UKR", ""},
	})
}

// TestCrowdsBreakInAndCamp: a crowd that breaks into a building storms it
// (145); protesters camped somewhere hold a sit-in (144); thieves who
// break in and soldiers who camp do neither.
func TestCrowdsBreakInAndCamp(t *testing.T) {
	testLexRows(t, []lexRow{
		{"demonstrators broke into headquarters", d, "Thousands of Romanian demonstrators broke into the party headquarters in Bucharest.", "145", "ROUOPP>ROUPTY", ""},
		{"protesters broke into a ministry", d, "Protesters broke into the Kenyan foreign ministry in Nairobi.", "145", "KENOPP>KENGOV", ""},
		{"protesters camped", d, "Nepali protesters have camped on the bridge at Birgunj since September.", "144", "NPLOPP>NPLGOV", ""},
		{"thieves broke in", d, "Thieves broke into the museum in Cairo.", "145", "", ""},
		{"soldiers camped", d, "Kenyan soldiers camped near the border.", "144", "", ""},
	})
}

// TestOneSideNotMutual: coordinated subjects that are one actor ("Nigerian
// troops and soldiers") act on no one when the act names no target; two
// actors ("Indian and Chinese troops clashed") act on each other.
func TestOneSideNotMutual(t *testing.T) {
	testLexRows(t, []lexRow{
		{"one actor twice", d, "Nigerian troops and soldiers clashed near Maiduguri on Monday.", "190", "NGAMIL>NGA", ""},
		{"two actors", d, "Indian and Chinese troops clashed in Ladakh on Monday.", "190", "INDMIL>CHNMIL", ""},
	})
}

// TestRefusedUncodedAct: a refusal of an act the lexicon does not code is
// aimed at whom the act would be done to ("refused to obey the
// president", "refused to heed the junta's order"); one of a coded act
// keeps that act's target; declining to comment refuses no one.
func TestRefusedUncodedAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"refused to obey the president", "2009-03-01", "Malagasy army officers refused to obey President Marc Ravalomanana.", "12", "MDGMIL>MDGGOV", ""},
		{"refused to heed the junta", d, "Malian protesters refused to heed the junta's order.", "12", "MLIOPP>MLIGOV", ""},
		{"refused to recognise Kosovo", d, "Russia refused to recognise Kosovo.", "12", "RUS>XKX", ""},
		{"refused to comment", d, "The Malian army refused to comment on the report.", "12", "", ""},
	})
}
