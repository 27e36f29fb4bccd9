package pipeline

import "testing"

// TestCoverageAdmitDenyAccord: the wording of 015, 016 and 019 in the
// CAMEO 1.1b3 descriptions that the lexicon missed: a confession of an
// act, a denial by disclaiming, distancing or ruling out a role, and
// common ground found. Guards: "ruled out talks" stays a refusal (125).
func TestCoverageAdmitDenyAccord(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"confessed to a killing", d, "Al Shabaab confessed to the killing of two Kenyan teachers.", "015", "SOMRAD>", ""},
		{"confessed to a bombing", d, "The Pakistani Taliban confessed to the bombing of the school.", "015", "PAKRAD>", ""},
		{"disclaimed responsibility", d, "Iran disclaimed any responsibility for the downing of the drone.", "016", "IRN>", ""},
		{"disclaimed a link", d, "Moscow disclaimed any link to the poisoning of the former spy.", "016", "RUSGOV>", ""},
		{"distanced itself", d, "Hamas distanced itself from the attack on the Egyptian soldiers.", "016", "PSEREB>", ""},
		{"distanced itself from remarks", d, "The Turkish government distanced itself from the attack on the embassy in Kabul.", "016", "TURGOV>", ""},
		{"ruled out involvement", d, "Pakistan ruled out any involvement in the Mumbai attacks.", "016", "PAK>", ""},
		{"ruled out a role", d, "The Kremlin ruled out any involvement in the crash of the airliner.", "016", "RUSGOV>", ""},
		{"guard: ruled out talks", d, "Pakistan ruled out talks with India.", "016", "", ""},
		{"guard: ruled out talks is a refusal", d, "Pakistan ruled out talks with India.", "125", "PAK>IND", ""},
		{"found common ground", d, "Beijing and Washington found common ground on climate change.", "019", "CHNGOV>USAGOV", ""},
		{"found common ground with", d, "Turkey found common ground with Russia on Syria.", "019", "TUR>RUS", ""},
		{"reached a consensus with", d, "India reached a consensus with Japan on maritime security.", "019", "IND>JPN", ""},
	})
}

// TestCoverageAppealsIntents: help asked for with no kind named (023), an
// extradition or handover sought (0213), troops asked for (0234), arms
// committed (0332) and good offices offered (039), as CAMEO 1.1b3
// describes them. Guards: support sought stays an appeal for diplomatic
// cooperation (022), not for aid.
func TestCoverageAppealsIntents(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"requested assistance from", d, "Mozambique requested assistance from South Africa to fight the insurgents.", "023", "MOZ>ZAF", ""},
		{"sought help from", d, "Lebanon sought help from France after the explosion.", "023", "LBN>FRA", ""},
		{"appealed to several for help", d, "The Maldives president appealed to India, Sri Lanka and Britain for help.", "023", "MDVGOV>IND", ""},
		{"called on X for help", d, "The Afghan president called on Pakistan for help.", "023", "AFGGOV>PAK", ""},
		{"asked X for assistance", d, "Haiti asked the United States for assistance.", "023", "HTI>USA", ""},
		{"guard: support sought is 022", d, "Serbia sought support from Russia at the United Nations.", "023", "", ""},
		{"sought the extradition", d, "Turkey sought the extradition of the cleric from the United States.", "0213", "TUR>USA", ""},
		{"requested the extradition", d, "India requested the extradition of the businessman from Britain.", "0213", "IND>GBR", ""},
		{"sought the handover", d, "Iraq sought the handover of the former officials from Syria.", "0213", "IRQ>SYR", ""},
		{"asked for troops", d, "Haiti asked the United Nations for troops to restore order.", "0234", "HTI>IGOUNO", ""},
		{"requested troops from", d, "Somalia requested troops from Ethiopia.", "0234", "SOM>ETH", ""},
		{"committed tanks", d, "Britain committed tanks to Ukraine.", "0332", "GBR>UKR", ""},
		{"committed air defence", d, "Germany committed more air defence systems to Kyiv.", "0332", "DEU>UKRGOV", ""},
		{"committed a loan", d, "China committed a loan of $2 billion to Pakistan.", "0331", "CHN>PAK", ""},
		{"offered good offices", d, "Switzerland offered its good offices to the United States and Iran.", "039", "CHE>USA", ""},
	})
}

// TestCoverageVisitsMediation: 042 and 045 as CAMEO 1.1b3 describes them:
// a leader setting off for a country, a stop made there; a third party that
// convenes or sponsors talks between two others mediates. Guards: a host of
// talks (043, as this project codes it) or of a visitor makes no 045, a
// leader detained on the way to an embassy no 042.
func TestCoverageVisitsMediation(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"convened talks between", d, "Kenya convened talks between the South Sudanese government and the rebels.", "045", "KEN>SSDGOV", ""},
		{"sponsored talks between", d, "Egypt sponsored talks between Fatah and Hamas.", "045", "EGY>PSEPTY", ""},
		{"guard: hosted talks between", d, "Iraq hosted talks between Saudi Arabia and Iran.", "045", "", ""},
		{"guard: hosted talks with", d, "Egypt hosted talks with Israel.", "045", "", ""},
		{"guard: hosted a leader", d, "Egypt hosted the Israeli prime minister in Cairo.", "045", "", ""},
		{"made a stop in", d, "Pompeo made a stop in Baghdad.", "042", "USAGOV>IRQGOV", ""},
		{"guard: headed to an embassy", d, "Police detained the Peruvian president as he headed to the Mexican embassy.", "042", "", ""},
		{"set off for", d, "The Indian prime minister set off for Washington on Monday.", "042", "INDGOV>USAGOV", ""},
	})
}

// TestCoverageDiplomatic: 050-057 as CAMEO 1.1b3 describes them: support
// won from another (its giver the source), a salute, a plan embraced,
// approval of an act; a detente reached, an embassy established;
// recognition switched, credentials presented or accepted, an envoy named;
// an apology accepted; a treaty joined, an agreement adopted.
// Guards: an election won, a leader embraced, a resolution adopted and a
// plan endorsed are no such acts.
func TestCoverageDiplomatic(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"won support from", d, "Morocco won support from Spain for its autonomy plan.", "051", "ESP>MAR", ""},
		{"won the backing of", d, "Morocco won the backing of Spain for its autonomy plan.", "051", "ESP>MAR", ""},
		{"a bid won support from", d, "The Palestinian bid won support from France.", "051", "FRA>PSE", ""},
		{"got the endorsement of", d, "The Kenyan candidate got the endorsement of the African Union.", "051", "IGOAFR>KENPTY", ""},
		{"guard: won an election", d, "The ruling party won the election in Ghana.", "051", "", ""},
		{"saluted the courage of", d, "Macron saluted the courage of Ukrainians.", "051", "FRAGOV>UKRCVL", ""},
		{"embraced a plan", d, "The Arab League embraced the Egyptian plan for Gaza.", "051", "IGOARL>EGY", ""},
		{"guard: embraced a leader", d, "Putin embraced the Serbian president.", "051", "", ""},
		{"approved of a decision", d, "Washington approved of the Saudi decision.", "051", "USAGOV>SAU", ""},
		{"showed support for", d, "Thousands of Serbs showed support for the president.", "051", "SRBCVL>GOV", ""},
		{"reached a detente", d, "Iran and Saudi Arabia reached a detente.", "050", "IRN>SAU", ""},
		{"established an embassy", d, "Israel established an embassy in the United Arab Emirates.", "050", "ISR>ARE", ""},
		{"switched recognition", d, "Nicaragua switched diplomatic recognition from Taiwan to China.", "054", "NIC>CHN", ""},
		{"presented credentials", d, "The new Chinese ambassador presented his credentials to the Kenyan president.", "054", "CHNGOV>KENGOV", ""},
		{"accepted credentials", d, "The Russian president accepted the credentials of the new U.S. ambassador.", "054", "RUSGOV>USAGOV", ""},
		{"named an ambassador", d, "Saudi Arabia named an ambassador to Iraq.", "054", "SAU>IRQ", ""},
		{"accepted an apology", d, "South Korea accepted the apology from Japan.", "056", "KOR>JPN", ""},
		{"accepted an apology, possessor", d, "Namibia accepted Germany's apology for the killings.", "056", "NAM>DEU", ""},
		{"joined a statute", d, "Ukraine joined the Rome Statute.", "057", "UKR>", ""},
		{"adopted an agreement", d, "The Iraqi parliament adopted the security agreement with the United States.", "057", "IRQLEG>USA", ""},
		{"became a signatory", d, "Pakistan became a signatory to the treaty.", "057", "PAK>", ""},
		{"guard: adopted a resolution", d, "The Security Council adopted a resolution on Libya.", "057", "", ""},
		{"guard: endorsed a plan", d, "The Arab League endorsed the Saudi peace plan.", "057", "", ""},
	})
}

// TestCoverageAidAsylumPosture: 070-075, 150, 152 and 154 as CAMEO 1.1b3
// describes them, and WordNet's first senses of distribute, equip and
// mobilize: a gift, food dispensed, an army outfitted with arms, an arms
// shipment sent, a field hospital set up,
// asylum received from a state, a leader sheltered; warplanes flying over
// a sea, forces placed in a state of readiness or concentrated on a
// border or marshalled, armour moving toward a city. Guards: a school's
// shelter, an airliner flying over, refugees moving on, a ferry fitted out.
func TestCoverageAidAsylumPosture(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"gifted buses", d, "China gifted buses to Kenya.", "070", "CHN>KEN", ""},
		{"has gifted vaccines", d, "India has gifted 100,000 vaccine doses to Nepal.", "07", "IND>NPL", ""},
		{"dispensed food", d, "Turkey dispensed food to Syrian refugees.", "073", "TUR>SYRREF", ""},
		{"doled out food", d, "Saudi Arabia doled out food to Yemeni families.", "073", "SAU>YEMCVL", ""},
		{"outfitted an army with", d, "Britain outfitted the Ukrainian army with armoured vehicles.", "072", "GBR>UKRMIL", ""},
		{"fitted out an army with", d, "France fitted out the Lebanese army with new rifles.", "072", "FRA>LBNMIL", ""},
		{"guard: fitted out a ship", d, "Greece fitted out the ferry with new engines.", "072", "", ""},
		{"sent an arms shipment", d, "Iran sent an arms shipment to Hezbollah.", "072", "IRN>LBNRAD", ""},
		{"delivered a weapons shipment", d, "Russia delivered a weapons shipment to Syria.", "072", "RUS>SYR", ""},
		{"set up a field hospital", d, "Jordan set up a field hospital in Gaza.", "073", "JOR>PSECVL", ""},
		{"opened a field hospital", d, "Morocco opened a field hospital in Beirut.", "073", "MAR>LBNCVL", ""},
		{"received asylum from", d, "Snowden received asylum from Russia.", "075", "RUS>", ""},
		{"won asylum from", d, "The dissident won asylum from the United States.", "075", "USA>OPP", ""},
		{"sheltered a former president", d, "Belarus sheltered the former Kyrgyz president Kurmanbek Bakiyev.", "075", "BLR>KGZELI", ""},
		{"guard: a school sheltered a leader", d, "The school sheltered the Kyrgyz president Sadyr Japarov.", "075", "", ""},
		{"bombers flew over", d, "Russian bombers flew over the Baltic Sea.", "150", "RUSMIL>", ""},
		{"fighter jets flew near", d, "Chinese fighter jets flew near Taiwan.", "150", "CHNMIL>TWNGOV", ""},
		{"guard: an airliner flew over", d, "A Turkish airliner flew over the Black Sea.", "150", "", ""},
		{"placed in a state of readiness", d, "Armenia placed its troops in a state of readiness.", "152", "ARM>", ""},
		{"put in combat readiness", d, "Belarus put its army in combat readiness.", "152", "BLR>", ""},
		{"concentrated troops on a border", d, "Ethiopia concentrated troops on the border with Eritrea.", "154", "ETH>ERI", ""},
		{"marshalled troops on a border", d, "Russia marshalled troops on the Ukrainian border.", "154", "RUS>UKR", ""},
		{"mustered reservists", d, "Armenia mustered its reservists.", "154", "ARM>", ""},
		{"tanks moved toward", d, "Russian tanks moved toward Kiev.", "154", "RUSMIL>UKRGOV", ""},
		{"guard: refugees moved toward", d, "Thousands of refugees moved toward the border with Greece.", "154", "", ""},
	})
}

// TestCoverageBlameSympathyAlignment: 015, 018 and 019 in common wire
// wording: blame taken, a condolence message sent, a leader's heart or
// thoughts going out to or being with the bereaved, a side aligned with
// another. Guards: a crowd going out to a square is no sympathy, and
// "goes out to" is no visit (042).
func TestCoverageBlameSympathyAlignment(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"took the blame", d, "Russia took the blame for the crash of the airliner.", "015", "RUS>", ""},
		{"a ministry took the blame", d, "The Ukrainian defence ministry took the blame for the missile strike.", "015", "UKRGOV>", ""},
		{"sent a condolence message", d, "The Pakistani president sent a condolence message to the Turkish president.", "018", "PAKGOV>TURGOV", ""},
		{"heart goes out", d, "Putin said his heart goes out to the families of the victims in Egypt.", "018", "RUSGOV>EGYCVL", ""},
		{"heart goes out: no visit", d, "Putin said his heart goes out to the families of the victims in Egypt.", "042", "", ""},
		{"thoughts are with", d, "The Indian prime minister said his thoughts were with the people of Indonesia.", "018", "INDGOV>IDNCVL", ""},
		{"guard: a crowd went out", d, "The crowd went out to the square in Cairo.", "018", "", ""},
		{"aligned itself with", d, "India aligned itself with the United States on the issue.", "019", "IND>USA", ""},
		{"have aligned themselves with", d, "Hungary and Poland have aligned themselves with Italy on migration.", "019", "HUN>ITA", ""},
	})
}
