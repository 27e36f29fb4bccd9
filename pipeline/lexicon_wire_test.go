package pipeline

import "testing"

// Less common wire verbs for acts the lexicon already codes under other
// heads: elections put off, parties designated terrorist, ships sunk,
// observers sent, ties renewed.

func TestLexiconElectionPutOff(t *testing.T) {
	testLexRows(t, []lexRow{
		{"postponed indefinitely", d, "The junta in Niamey postponed the elections indefinitely.", "1721", "NERGOV>NERCVL", ""},
		{"a country postpones its election", d, "Mali postponed the presidential election.", "1721", "MLI>MLICVL", ""},
		{"delaying a referendum", d, "Guinea's junta delayed the constitutional referendum.", "1721", "GINGOV>GINCVL", ""},
		{"deferring elections by years", d, "Chad deferred the elections by two years.", "1721", "TCD>TCDCVL", ""},
		{"putting off a poll", d, "Burkina Faso's government put off the presidential poll.", "1721", "BFAGOV>BFACVL", ""},
		{"putting off, particle after the object", d, "Sudan's generals put the elections off until 2025.", "1721", "SDNMIL>SDNCVL", ""},
		{"a runoff postponed, passive with agent", d, "The runoff was postponed by the Haitian government.", "1721", "HTIGOV>HTICVL", ""},
		{"has postponed", d, "Somalia has postponed the parliamentary elections.", "1721", "SOM>SOMCVL", ""},
		{"a postponement of the elections announced", d, "Mali announced a postponement of the elections.", "1721", "MLI>MLICVL", ""},
		{"a parliament's vote put off is no election withheld", d, "The Kenyan parliament postponed the vote on the budget.", "1721", "", ""},
		{"a meeting postponed stays a meeting put off", d, "Egypt postponed the talks with Ethiopia.", "1721", "", ""},
		{"a meeting postponed is still 125", d, "Egypt postponed the talks with Ethiopia.", "125", "EGY>ETH", ""},
		{"a board's ballot delayed", d, "The union delayed the strike ballot.", "1721", "", ""},
		{"elections not postponed", d, "Nigeria did not postpone the elections.", "1721", "", ""},
	})
}

func TestLexiconTerroristDesignation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"designated a terrorist organisation", d, "Washington designated the Houthis a foreign terrorist organization.", "163", "USAGOV>YEMREB", ""},
		{"designated a terrorist entity", d, "Canada designated the Proud Boys a terrorist entity.", "163", "CAN>USARAD", ""},
		{"listed as a terrorist organisation", d, "Australia listed Hamas as a terrorist organisation.", "163", "AUS>PSEREB", ""},
		{"designated as a terror group", d, "Britain designated Hezbollah as a terror group.", "163", "GBR>LBNRAD", ""},
		{"designated, passive with agent", d, "The Houthis were designated a terrorist group by the United States.", "163", "USA>YEMREB", ""},
		{"a state sponsor of terrorism", d, "The United States designated Cuba a state sponsor of terrorism.", "163", "USA>CUB", ""},
		{"branded as a terrorist organisation", d, "Turkey branded the Kurdish militia as a terrorist organisation.", "163", "TUR>UAF", ""},
		{"designating an envoy is no sanction", d, "The president designated a special envoy for Sudan.", "16", "", ""},
		{"designating a zone is no sanction", d, "Britain designated the area a no-fly zone.", "16", "", ""},
		{"listing as a partner is no sanction", d, "Japan listed India as a strategic partner.", "16", "", ""},
		{"calling a party terrorist is no designation", d, "Iran called Israel a terrorist state.", "163", "", ""},
		{"not designated", d, "The United States did not designate the Houthis a terrorist organisation.", "163", "", ""},
	})
}

func TestLexiconShipsSunk(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sinking a flagship", d, "Ukraine sank the Russian flagship.", "190", "UKR>RUS", ""},
		{"sinking a patrol boat", d, "The Russian navy sank a Ukrainian patrol boat.", "190", "RUSMIL>UKRMIL", ""},
		{"torpedoing a vessel", d, "Israel torpedoed an Egyptian vessel.", "190", "ISR>EGY", ""},
		{"a warship sunk, passive with agent", d, "An Indian frigate was sunk by Pakistan.", "190", "PAK>INDMIL", ""},
		{"a ferry that sank is no act", d, "A ferry sank off the coast of Greece.", "19", "", ""},
		{"sinking talks is no force", d, "Russia torpedoed the peace talks.", "19", "", ""},
		{"sinking a bill is no force", d, "Republicans sank the immigration bill.", "19", "", ""},
	})
}

func TestLexiconObserversSent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"observers sent to monitor a vote", d, "Turkey sent observers to monitor the vote.", "090", "TUR>", ""},
		{"election observers sent to a country", d, "The United Nations sent election observers to Liberia.", "090", "IGOUNO>LBR", ""},
		{"monitors dispatched", d, "The African Union dispatched monitors to Sudan.", "090", "IGOAFR>SDN", ""},
		{"monitors deployed", d, "The OSCE deployed monitors to eastern Ukraine.", "090", "IGOOSC>UKR", ""},
		{"observers not sent", d, "Russia refused to send observers.", "090", "", ""},
		{"sending troops is no inquiry", d, "France sent troops to Mali.", "090", "", ""},
	})
}

func TestLexiconTiesRenewed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"renewing diplomatic ties", d, "Jordan renewed diplomatic ties with Syria.", "050", "JOR>SYR", ""},
		{"renewing relations", d, "Egypt and Turkey renewed relations.", "050", "EGY>TUR", ""},
		{"renewing a call is no tie", d, "Jordan renewed its call for a ceasefire.", "050", "", ""},
		{"renewing a mandate is no tie", d, "The Security Council renewed the mandate of the mission.", "050", "", ""},
	})
}

func TestLexiconOccupiedByForce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"forces occupy a power plant", d, "Russian forces occupied the nuclear power plant.", "192", "RUSMIL>", ""},
		{"troops occupy a hospital", d, "Israeli troops occupied the hospital.", "192", "ISRMIL>", ""},
		{"soldiers occupy a ministry", d, "Sudanese soldiers occupied the ministry of information.", "192", "SDNMIL>SDNGOV", ""},
		{"forces occupying a plant is no protest", d, "Russian forces occupied the nuclear power plant.", "14", "", ""},
		{"workers occupying a factory protest", d, "Workers occupied the factory.", "144", "CVL>", ""},
		{"students occupying a campus protest", d, "Students occupied the campus.", "144", "CVL>", ""},
		{"workers occupying a factory use no force", d, "Workers occupied the factory.", "192", "", ""},
	})
}

func TestLexiconBrandedForeignAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"designated a foreign agent", d, "Russia designated the journalist a foreign agent.", "1721", "RUS>RUSMED", ""},
		{"declared an undesirable organisation", d, "Russia declared the foundation an undesirable organisation.", "1721", "RUS>RUSCVL", ""},
		{"labelled as a foreign agent", d, "Russia labelled the broadcaster as a foreign agent.", "1721", "RUS>RUSMED", ""},
		{"listed as a foreign agent", d, "Georgia listed the charity as a foreign agent.", "1721", "GEO>NGO", ""},
		{"a public defender designated is no restriction", d, "The court designated the lawyer a public defender.", "17", "", ""},
		{"not designated", d, "Russia did not designate the journalist a foreign agent.", "1721", "", ""},
	})
}

func TestLexiconLoanProgrammeSuspended(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a loan programme suspended", d, "The IMF suspended its loan programme for Pakistan.", "1621", "IGOUNO>PAK", ""},
		{"a lending programme frozen", d, "The World Bank froze its lending programme for Ethiopia.", "1621", "IGOUNO>ETH", ""},
		{"a loan programme approved is no cut", d, "The IMF approved a loan programme for Egypt.", "16", "", ""},
	})
}

func TestLexiconTownLiberated(t *testing.T) {
	testLexRows(t, []lexRow{
		{"liberated from the occupier", d, "Ukraine liberated Kherson from Russian forces.", "192", "UKR>RUSMIL", ""},
		{"a city liberated from rebels", d, "Iraqi troops liberated the city of Mosul from the militants.", "192", "IRQMIL>IRQREB", ""},
		{"liberated, passive with agent", d, "The town was liberated from the rebels by government troops.", "192", "MIL>REB", ""},
		{"hostages liberated are released", d, "The army liberated the hostages.", "0841", "MIL>CVL", ""},
		{"hostages liberated are no occupation", d, "The army liberated the hostages.", "192", "", ""},
		{"an economy liberated is no force", d, "The reforms liberated the economy from state control.", "19", "", ""},
	})
}

func TestLexiconCorridorSeized(t *testing.T) {
	testLexRows(t, []lexRow{
		{"seizing a corridor", d, "Azerbaijani forces seized the Lachin corridor.", "192", "AZEMIL>", ""},
		{"capturing a corridor", d, "Israeli troops captured the Philadelphi corridor.", "192", "ISRMIL>", ""},
		{"a corridor opened is no seizure", d, "Russia opened a humanitarian corridor.", "192", "", ""},
	})
}

func TestLexiconPresenceDrawnDown(t *testing.T) {
	testLexRows(t, []lexRow{
		{"scaling back a military presence", d, "The United States scaled back its military presence in Iraq.", "087", "USA>IRQ", ""},
		{"drawing down forces", d, "Britain drew down its forces in Afghanistan.", "087", "GBR>AFG", ""},
		{"drawing down troops from a country", d, "France drew down troops from Mali.", "087", "FRA>MLI", ""},
		{"a diplomatic presence scaled back", d, "Britain scaled back its diplomatic presence in Kabul.", "161", "GBR>AFGGOV", ""},
		{"a firm's presence scaled back is no de-escalation", d, "The company scaled back its presence in Russia.", "087", "", ""},
		{"savings drawn down are no de-escalation", d, "Egypt drew down its foreign reserves.", "087", "", ""},
	})
}

func TestLexiconHeldUpOrStalled(t *testing.T) {
	testLexRows(t, []lexRow{
		{"aid held up", d, "Hungary held up the EU aid for Ukraine.", "129", "HUN>IGOEUR", ""},
		{"a bid stalled", d, "Hungary stalled Sweden's NATO bid.", "129", "HUN>IGONATO", ""},
		{"an accession held up", d, "Turkey held up Finland's accession.", "129", "TUR>FIN", ""},
		{"a sanctions package stalled", d, "Slovakia stalled the new sanctions package.", "129", "SVK>", ""},
		{"banners held up are no veto", d, "Protesters held up banners outside the embassy.", "129", "", ""},
		{"talks that stall are no veto", d, "The talks between Russia and Ukraine stalled.", "129", "", ""},
		{"not held up", d, "Hungary did not hold up the EU aid for Ukraine.", "129", "", ""},
	})
}

func TestLexiconProceedingsOpened(t *testing.T) {
	testLexRows(t, []lexRow{
		{"infringement proceedings opened", d, "The European Commission opened infringement proceedings against Poland.", "115", "IGOEUR>POL", ""},
		{"legal proceedings started", d, "Russia started legal proceedings against the newspaper.", "115", "RUS>MED", ""},
		{"a case opened against a state", d, "Gambia opened a case against Myanmar.", "115", "GMB>MMR", ""},
		{"a case opened into a killing is no lawsuit", d, "Police opened a case into the killing.", "115", "", ""},
		{"a case closed is no lawsuit", d, "Prosecutors closed the case against the minister.", "115", "", ""},
	})
}

func TestLexiconAirliftNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an airlift of supplies", d, "The United States launched an airlift of supplies to Kenya.", "073", "USA>KEN", ""},
		{"airdrops of food", d, "Jordan carried out airdrops of food over Gaza.", "073", "JOR>PSE", ""},
		{"an airlift of medicine", d, "Israel carried out an airlift of medicine to Turkey.", "073", "ISR>TUR", ""},
		{"an airlift of troops is no aid", d, "Britain began an airlift of troops to Kosovo.", "07", "", ""},
		{"an airlift only planned", d, "The UN discussed a possible airlift of food to Sudan.", "073", "", ""},
	})
}

func TestLexiconResumptionOfTies(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the resumption of ties announced", d, "Riyadh announced the resumption of diplomatic ties with Tehran.", "050", "SAUGOV>IRNGOV", ""},
		{"the re-establishment of relations announced", d, "Israel announced the re-establishment of relations with Turkey.", "050", "ISR>TUR", ""},
		{"a possible resumption is not done", d, "Egypt and Iran discussed a possible resumption of relations.", "050", "", ""},
		{"the resumption of fighting is no tie", d, "The army announced the resumption of fighting.", "05", "", ""},
	})
}

func TestLexiconWireSanctionsAndReturns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"consulates shut down", d, "Germany shut down Russian consulates.", "161", "DEU>", ""},
		{"an embassy shut down in a country", d, "Canada shut down its embassy in Iran.", "161", "CAN>IRNGOV", ""},
		{"a firm's mission shut down is no downgrade", d, "The company shut down its mission in Kabul.", "161", "", ""},
		{"visas restricted", d, "Washington restricted visas for Nicaraguan officials.", "163", "USAGOV>NICGOV", ""},
		{"visas not restricted", d, "Washington will not restrict visas for Nicaraguan officials.", "163", "", ""},
		{"a seized tanker handed over", d, "Iran handed over the seized tanker to Greece.", "0842", "IRN>GRC", ""},
		{"a seized trawler handed over, passive", d, "The seized trawler was handed over to Senegal by Gambia.", "0842", "GMB>SEN", ""},
		{"a tank handed over is aid, not a return", d, "Poland handed over a tank to Ukraine.", "0842", "", ""},
		{"a ban reversed", d, "The president reversed the ban on media outlets.", "081", "GOV>MED", ""},
		{"a ruling reversed is no easing", d, "The court reversed the ruling.", "081", "", ""},
		{"Patriot batteries provided", d, "Washington provided Patriot batteries to Ukraine.", "072", "USAGOV>UKR", ""},
		{"a missile battery sent", d, "Germany sent a missile battery to Poland.", "072", "DEU>POL", ""},
		{"batteries sent are no arms", d, "The charity sent batteries to Gaza.", "072", "", ""},
	})
}

func TestLexiconNuclearResponseWarned(t *testing.T) {
	testLexRows(t, []lexRow{
		{"warning of a nuclear response", d, "North Korea warned of a nuclear response.", "1385", "PRK>", ""},
		{"warning of a swift nuclear response", d, "Russia warned of a swift nuclear response to any attack.", "1385", "RUS>", ""},
		{"warning of the use of nuclear weapons by another is no threat", d, "Germany warned of the use of nuclear weapons by Russia.", "1385", "", ""},
		{"not warning", d, "China did not warn of a nuclear response.", "1385", "", ""},
	})
}

func TestLexiconCensureMotionPassed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a censure motion passed", d, "Parliament passed a censure motion against the government.", "111", "LEG>GOV", ""},
		{"a motion of censure adopted", d, "The Peruvian congress adopted a motion of censure against the interior minister.", "111", "PERLEG>PERGOV", ""},
		{"a censure motion only tabled", d, "The opposition tabled a censure motion against the government.", "111", "", ""},
		{"a censure motion rejected", d, "Parliament rejected the censure motion against the government.", "111", "", ""},
	})
}

func TestLexiconPriceCapImposed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a price cap on another's oil", d, "The EU imposed a price cap on Russian oil.", "163", "IGOEUR>RUS", ""},
		{"an oil price cap on a state", d, "The G7 imposed an oil price cap on Russia.", "163", "IGO>RUS", ""},
		{"a price cap on bread is no sanction", d, "The government imposed a price cap on bread.", "16", "", ""},
		{"a price cap lifted is no sanction", d, "The EU lifted the price cap on Russian oil.", "163", "", ""},
	})
}

func TestLexiconPunitiveDuties(t *testing.T) {
	testLexRows(t, []lexRow{
		{"anti-dumping duties imposed", d, "Beijing imposed anti-dumping duties on Australian wine.", "163", "CHNGOV>AUS", ""},
		{"punitive duties slapped", d, "China slapped punitive duties on Australian barley.", "163", "CHN>AUS", ""},
		{"countervailing duties imposed", d, "The EU imposed countervailing duties on Chinese electric cars.", "163", "IGOEUR>CHN", ""},
		{"anti-dumping duties lifted", d, "China lifted the anti-dumping duties on Australian wine.", "085", "CHN>AUS", ""},
		{"anti-dumping duties lifted are no sanction", d, "China lifted the anti-dumping duties on Australian wine.", "163", "", ""},
		{"import duties cut at home are no sanction", d, "The government cut import duties on rice.", "163", "", ""},
	})
}

func TestLexiconAmbassadorReturnedAndAccession(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an ambassador reinstated", d, "Britain reinstated its ambassador to Iran.", "054", "GBR>IRN", ""},
		{"an ambassador returned", d, "Saudi Arabia returned its ambassador to Beirut.", "054", "SAU>LBN", ""},
		{"an envoy reinstated, passive", d, "The Dutch envoy to Turkey was reinstated by the Netherlands.", "054", "NLD>TUR", ""},
		{"judges reinstated stay a concession", d, "The court reinstated the sacked judges.", "054", "", ""},
		{"acceding to a statute", d, "Palestine acceded to the Rome Statute.", "057", "PSE>", ""},
		{"acceding to a convention", d, "Ukraine acceded to the convention.", "057", "UKR>", ""},
		{"acceding to demands is a concession", d, "The government acceded to the protesters' demands.", "057", "", ""},
		{"not acceding", d, "India refused to accede to the treaty.", "057", "", ""},
	})
}
