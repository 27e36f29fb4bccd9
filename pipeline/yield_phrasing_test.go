package pipeline

import "testing"

// TestYieldPhrasing is a matrix of the ways wire copy tells a concession
// (CAMEO root 08): captives released, freed, set free or handed over; a
// curfew, ban, blockade or restriction lifted or eased; troops withdrawn or
// pulled out; leaders stepping down or handing over power; aid let in; a
// climb-down; territory returned; an amnesty; fighters demobilised.
func TestYieldPhrasing(t *testing.T) {
	testLexRows(t, yieldPhrasingRows)
}

var yieldPhrasingRows = []lexRow{
	// released, freed, set free, handed over
	{"released: Iran sailors", "2007-04-04", "Iran released the 15 British sailors on Wednesday.", "0841", "IRN>GBR", ""},
	{"released: Colombia rebels", "2008-01-10", "The FARC released two Colombian hostages.", "0841", "COLREB>COLCVL", ""},
	{"released: prisoners", "1990-02-11", "South Africa released Nelson Mandela after 27 years in prison.", "0841", "ZAF>ZAFOPP", ""},
	{"freed: Syria journalists", "2013-03-30", "Syrian rebels freed two Italian journalists.", "0841", "SYRREB>ITAMED", ""},
	{"freed: Israel prisoners", "2011-10-18", "Israel freed 477 Palestinian prisoners.", "0841", "ISR>PSECVL", ""},
	{"set free: Cuba", "2010-07-13", "Cuba set free six political prisoners.", "0841", "CUB>", ""},
	{"set free: Houthis", "2020-10-15", "Yemen's Houthi rebels set free two American hostages.", "0841", "YEMREB>USACVL", ""},
	{"released on bail: Egypt", "2015-02-12", "An Egyptian court released two Al Jazeera journalists on bail.", "0841", "EGYJUD>QATMED", ""},
	{"pardoned: Myanmar", "2012-01-13", "Myanmar's president pardoned hundreds of political prisoners.", "0841", "MMRGOV>", ""},
	{"granted amnesty: Algeria", "1999-07-05", "Algeria's president granted amnesty to thousands of jailed Islamists.", "08", "DZAGOV>RAD", ""},
	{"granted amnesty: rebels", "2006-03-01", "The government granted an amnesty to rebels who lay down their arms.", "08", "GOV>REB", ""},
	// curfew, ban, blockade, restrictions lifted or eased
	{"lifted the curfew: Kenya", "2008-01-05", "Kenyan authorities lifted the curfew in the western town of Kisumu.", "0813", "KENGOV>KENCVL", ""},
	{"lifted the curfew: Sri Lanka", "2022-04-04", "Sri Lanka lifted a nationwide curfew on Monday.", "0813", "LKA>LKACVL", ""},
	{"eased the curfew: India", "2016-07-20", "Indian authorities eased the curfew in Kashmir.", "0813", "INDGOV>INDCVL", ""},
	{"lifted the ban: junta", "1990-01-05", "The junta lifted the ban on political parties.", "0812", "GOV>PTY", ""},
	{"lifted the ban: South Africa", "1990-02-02", "South Africa lifted the ban on the African National Congress.", "0812", "ZAF>ZAFOPP", ""}, // a banned party legalised: 0812 (was 081),
	{"lifted the blockade: Israel", "2010-06-20", "Israel eased its blockade of the Gaza Strip.", "0872", "ISR>PSE", ""},
	{"lifted the blockade: Saudi", "2021-01-05", "Saudi Arabia lifted its blockade of Qatar.", "0872", "SAU>QAT", ""},
	{"lifted the siege: army", "1993-09-10", "The Bosnian Serb army lifted the siege of the town.", "0872", "BIHMIL>", ""},
	{"eased restrictions: China", "2022-12-07", "China eased restrictions on travel.", "08", "CHN>CHNCVL", ""},
	{"eased restrictions: Burma", "2011-08-19", "Myanmar eased restrictions on the media.", "0811", "MMR>MMRMED", ""},
	{"lifted the state of emergency: Egypt", "2021-10-25", "Egypt lifted its state of emergency for the first time in years.", "0814", "EGY>EGYCVL", ""},
	{"lifted martial law: Poland", "1983-07-22", "Poland lifted martial law.", "0814", "POL>POLCVL", ""},
	{"lifted sanctions: US", "2016-01-17", "The United States lifted sanctions on Iran.", "085", "USA>IRN", ""},
	// troops withdrawn, pulled out
	{"withdrew troops: Soviet", "1989-02-15", "The Soviet Union withdrew its last troops from Afghanistan.", "087", "RUS>AFG", ""},
	{"withdrew troops: Syria", "2005-04-26", "Syria withdrew its troops from Lebanon.", "087", "SYR>LBN", ""},
	{"pulled out: Israel", "2000-05-24", "Israel pulled out of southern Lebanon.", "087", "ISR>LBN", ""},
	{"pulled out: US troops", "2011-12-18", "The last American troops pulled out of Iraq.", "087", "USAMIL>IRQ", ""},
	// stepped down, resigned, handed over power
	{"stepped down: Mubarak", "2011-02-11", "Egypt's president stepped down on Friday.", "0831", "EGYGOV>EGYOPP", ""},
	{"stepped down: Sri Lanka", "2022-07-14", "Sri Lanka's president resigned after mass protests.", "0831", "LKAGOV>LKAOPP", ""},
	{"resigned: Japan", "2007-09-12", "Japan's prime minister resigned on Wednesday.", "0831", "JPNGOV>JPNOPP", ""},
	{"handed over power: Sudan", "1986-04-06", "The Sudanese army handed power to a civilian government.", "0831", "SDNMIL>SDNGOV", ""},
	// aid allowed in, crossings opened
	{"allowed aid in: Myanmar", "2008-05-20", "Myanmar's junta allowed foreign aid into the cyclone-hit delta.", "0863", "MMRGOV>", ""},
	{"allowed aid in: Israel", "2023-10-21", "Israel allowed aid trucks into Gaza through the Rafah crossing.", "0863", "ISR>PSE", ""},
	{"reopened the crossing: Egypt", "2011-05-28", "Egypt reopened the Rafah border crossing with Gaza.", "0863", "EGY>PSE", ""},
	// climb-downs
	{"backed down: Britain", "1988-11-02", "The British government backed down over the poll tax.", "080", "GBRGOV>", ""},
	{"backed down: Turkey", "2019-10-23", "Turkey backed down under American pressure.", "080", "TUR>", ""},
	{"bowed to pressure: Kenya", "2002-01-10", "Kenya's government bowed to pressure from donors.", "08", "KENGOV>KENOPP", ""},
	{"conceded defeat: Ghana", "2000-12-29", "Ghana's ruling party candidate conceded defeat in the presidential run-off.", "080", "GHAPTY>", ""},
	// territory returned
	{"returned territory: Israel", "1982-04-25", "Israel returned the Sinai to Egypt.", "0842", "ISR>EGY", ""},
	{"handed back: Britain", "1997-06-30", "Britain handed Hong Kong back to China.", "0842", "GBR>CHN", ""},
	// disarmed, demobilised, surrendered
	{"demobilised: Colombia", "2017-06-27", "The FARC completed the handover of its weapons and began to demobilize.", "0873", "COLPTY>", ""},
	{"laid down arms: Angola", "2002-04-04", "UNITA rebels laid down their arms.", "0873", "AGOREB>", ""},
	{"surrendered: Sri Lanka", "2009-05-18", "Hundreds of Tamil Tigers surrendered to the Sri Lankan army.", "0874", "LKAREB>LKAMIL", ""},
	{"declared a ceasefire: ELN", "2017-09-04", "The ELN declared a ceasefire with the Colombian government.", "0871", "COLREB>COLGOV", ""},
	// caving in to demands or pressure
	{"caved in to demands: Serbia", "1996-02-01", "Serbia caved in to opposition demands.", "0832", "SRB>SRBOPP", ""},
	{"caved in to pressure: unions", "1995-12-15", "The French government caved in to pressure from the unions.", "0832", "FRAGOV>FRALAB", ""},
	{"caved in to demands: Thailand", "2006-03-01", "Thailand's prime minister caved in to the protesters' demands.", "0832", "THAGOV>THAOPP", ""},
	{"caved in to pressure: junta", "1988-09-10", "Burma's military government caved in to international pressure.", "0832", "MMRGOV>MMROPP", ""},
	{"caved in to a party: France", "2024-01-30", "France caved in to the farmers.", "080", "FRA>CVL", ""},
	// plans backed away from
	{"backed away from plans: government", "2011-03-10", "The Ugandan government backed away from plans to raise fuel prices.", "0832", "UGAGOV>UGAOPP", ""},
	{"backed away from a plan: Nigeria", "2012-01-16", "Nigeria backed away from its plan to scrap fuel subsidies.", "0832", "NGA>NGAOPP", ""},
	{"backed off from a tax: Kenya", "2024-06-26", "The Kenyan government backed off from the tax increase.", "0832", "KENGOV>KENOPP", ""},
	{"backed away from a proposal: Hungary", "2014-10-31", "Hungary backed away from the proposal after the protests.", "0832", "HUN>HUNOPP", ""},
	{"backed away from a reform: party", "1997-01-01", "South Korea's ruling party backed away from the labour reform.", "0832", "KORPTY>KOROPP", ""},
	// captives handed over to a go-between: the captives' side is the target
	{"handed over to the Red Cross: kidnappers", "1991-12-04", "The kidnappers handed over the American hostage to the Red Cross.", "0841", "CRM>USA", ""},
	{"handed over to the Red Cross: Hamas", "2023-11-24", "Hamas handed over 13 Israeli hostages to the Red Cross.", "0841", "PSEREB>ISRCVL", ""},
	{"handed over to the ICRC: rebels", "2013-05-01", "The rebels handed over the captured Malian soldiers to the ICRC.", "0841", "MLIREB>MLIMIL", ""},
	{"handed over to mediators: Houthis", "2019-09-30", "Houthi rebels handed over the Saudi prisoners to the mediators.", "0841", "YEMREB>SAUCVL", ""},
	{"handed over to the Red Cross: bodies", "2014-05-31", "Hezbollah handed over the bodies of two Israeli soldiers to the Red Cross.", "0841", "LBNRAD>ISRMIL", ""},
	// captives let go
	{"let go: kidnappers", "2019-03-01", "The kidnappers let the hostages go on Sunday.", "0841", "CRM>CVL", ""},
	{"let go: pirates", "2009-04-10", "The Somali pirates let the crew go after the ransom was paid.", "0841", "SOMCRM>", ""},
	{"let go: Iran", "2016-01-13", "Iran let the detained American sailors go.", "0841", "IRN>USA", ""},
	{"let go: rebels", "1999-03-01", "The rebels let the prisoners go.", "0841", "REB>", ""},
	{"let go: militants", "2004-07-01", "The militants let the Filipino hostage go.", "0841", "REB>PHL", ""},
	{"people not let go home are not released", "2017-03-07", "North Korea said it would not let Malaysians in the country go home.", "08", "", ""},
	// the reins of power handed over
	{"reins handed over: Zimbabwe", "2017-11-21", "Zimbabwe's president handed over the reins of power.", "0831", "ZWEGOV>ZWEOPP", ""},
	{"reins handed over to civilians: Nigeria", "1999-05-29", "Nigeria's military handed over the reins of power to an elected civilian government.", "0831", "NGAMIL>NGAGOV", ""},
	{"reins relinquished: king", "1990-04-16", "Nepal's king relinquished the reins of power.", "0831", "NPLGOV>NPLOPP", ""},
	{"reins handed: junta", "1993-02-01", "The Thai junta handed the reins of power to an elected prime minister.", "0831", "THAGOV>THAGOV", ""},
	{"reins handed over: Sudan", "1986-04-06", "Sudan's army handed over the reins of power to a civilian government.", "0831", "SDNMIL>SDNGOV", ""},
	// forces pulled back or evacuated
	{"pulled back forces from: Russia", "2022-03-29", "Russia said it would pull back its forces from Kyiv.", "03", "RUS>UKR", ""},
	{"pulled back troops from: Israel", "2005-01-01", "Israel pulled back its troops from the Gaza border.", "087", "ISR>PSE", ""},
	{"pulled back forces: Ethiopia", "2000-06-01", "Ethiopia pulled back its forces from the disputed area of Eritrea.", "087", "ETH>ERI", ""},
	{"evacuated troops: Syria", "2013-05-05", "Syria evacuated its troops from the border town.", "087", "SYR>", ""},
	{"evacuated a garrison: Britain", "1982-04-01", "Britain evacuated its garrison from the island.", "087", "GBR>", ""},
	// weapons handed in or turned in
	{"handed in weapons: rebels", "2014-06-05", "The rebels handed in their weapons to the army.", "0873", "REB>MIL", ""},
	{"turned in weapons: militia", "2014-06-05", "The militia turned in its weapons.", "0873", "UAF>", ""},
	{"turned in guns: Liberia", "2004-02-01", "Thousands of Liberian fighters turned in their guns.", "0873", "LBRUAF>", ""},
	{"handed in arms: Colombia", "2006-03-01", "Colombian paramilitaries handed in their arms.", "0873", "COLMIL>", ""},
	{"turned over weapons: Mozambique", "1994-06-01", "Renamo rebels turned over their weapons to UN monitors.", "0873", "MOZOPP>IGOUNO", ""},
	// monitors, inspectors or aid let in
	{"let in inspectors: Iran", "2012-09-05", "Iran let in UN nuclear inspectors.", "0862", "IRN>IGOUNO", ""},
	{"let in inspectors: North Korea", "2007-07-01", "North Korea let in IAEA inspectors.", "0862", "PRK>IGOUNO", ""},
	{"let in aid: Myanmar", "2008-05-20", "Myanmar let in foreign aid.", "0863", "MMR>", ""},
	{"let in observers: Syria", "2011-12-22", "Syria let in Arab League observers.", "086", "SYR>", ""},
	{"let in monitors: Belarus", "2001-09-01", "Belarus let in international monitors.", "086", "BLR>", ""},
	// a claim given up
	{"gave up a claim: Iraq", "1994-11-10", "Iraq gave up its claim to Kuwait.", "080", "IRQ>KWT", ""},
	{"renounced a claim: Guatemala", "1991-09-05", "Guatemala renounced its claim to Belize.", "080", "GTM>BLZ", ""},
	{"dropped a claim: Ireland", "1998-04-10", "Ireland dropped its claim to Northern Ireland.", "080", "IRL>GBR", ""},
	{"gave up a claim: Ethiopia", "1993-05-01", "Ethiopia gave up its claim to Eritrea.", "080", "ETH>ERI", ""},
	{"abandoned a claim: Japan", "1956-10-19", "Japan abandoned its claim to the Kuril Islands.", "080", "JPN>", ""},
	// a monopoly on power given up
	{"monopoly given up: Soviet party", "1990-02-07", "The Soviet Communist Party gave up its monopoly on power.", "0834", "RUSPTY>RUSOPP", ""},
	{"monopoly given up, agreed: Hungary", "1989-02-11", "Hungary's communists agreed to give up their monopoly on power.", "03", "HUN>HUNOPP", ""},
	{"monopoly abandoned: Kenya", "1991-12-03", "Kenya's ruling party abandoned its monopoly on power.", "0834", "KENPTY>KENOPP", ""},
	{"monopoly relinquished: Baath", "2012-02-26", "Syria's Baath party relinquished its monopoly of power.", "0834", "SYRPTY>SYR", ""},
	{"monopoly ended: Mongolia", "1990-03-12", "Mongolia's communists ended their monopoly on power.", "0834", "MNG>MNGOPP", ""},
	// a closure or cordon eased
	{"eased a closure: Israel", "2000-10-10", "Israel eased its closure of the West Bank.", "0872", "ISR>PSE", ""},
	{"lifted a closure: Gaza", "1996-04-01", "Israel lifted the closure on the Gaza Strip.", "0872", "ISR>PSE", ""},
	{"lifted a cordon: army", "2001-01-01", "The Indonesian army lifted its cordon around the town.", "0872", "IDNMIL>", ""},
	{"eased a cordon: troops", "2004-05-01", "American troops eased the cordon around Falluja.", "0872", "USAMIL>IRQ", ""},
	{"relaxed a cordon: India", "1984-06-10", "Indian forces relaxed their cordon of the Golden Temple.", "0872", "INDMIL>", ""},
	// a legislature restored or reinstated
	{"restored parliament: king", "2006-04-24", "Nepal's king restored parliament.", "0834", "NPLGOV>NPLOPP", ""},
	{"reinstated parliament: Nepal", "2006-04-24", "Nepal's king reinstated the dissolved parliament.", "0834", "NPLGOV>NPLOPP", ""},
	{"restored the national assembly: Pakistan", "1993-05-26", "Pakistan's president restored the national assembly.", "0834", "PAKGOV>PAKOPP", ""},
	{"restored the legislature: Thailand", "1992-06-01", "The Thai military government restored the legislature.", "0834", "THAGOV>THAOPP", ""},
	{"restored the assembly: junta", "1979-01-01", "The junta restored the national assembly.", "0834", "GOV>", ""},
}
