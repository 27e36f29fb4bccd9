package pipeline

import "testing"

// TestNounSubjectPastPossessor: an event noun is its clause's subject
// also when the phrase of its preposition has a possessor ("Russia's
// attack on Ukraine's grid caused blackouts": not the grid).
func TestNounSubjectPastPossessor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"bombardment of a country's ports", d, "Russia's bombardment of Ukraine's ports disrupted grain exports.", "19", "RUS>UKR", ""},
		{"strike on a country's sites", d, "The American strike on Iran's nuclear sites came after weeks of threats.", "19", "USA>IRN", ""},
		{"air strikes on a country's capital", d, "Israel's air strikes on Lebanon's capital killed six people.", "19", "ISR>LBNCVL", ""},
		{"visit to a country's capital", d, "The French president's visit to China's capital ended on Friday.", "042", "FRAGOV>CHNGOV", ""},
		{"arrest in a country's region", d, "Russia's arrest of an American reporter in the country's Urals region chilled relations.", "173", "RUS>USAMED", ""},
		{"a leader of a country's army is the subject", d, "The head of Sudan's army met the Egyptian president in Cairo.", "04", "SDNMIL>EGYGOV", ""},
		{"a possible strike named is no event", d, "Talk of an Israeli strike on Iran's nuclear sites unsettled markets.", "19", "", ""},
	})
}

// TestNounByAfterItsTarget: the "by" phrase after the actor or place an
// act of force is done on or against names who does it ("the crackdown
// on protesters by Russian police"), as after its "of" phrase; after a
// thing it is the thing's ("protests against abuses by the army").
func TestNounByAfterItsTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"crackdown on protesters by police", d, "The crackdown on protesters by Russian police continued on Sunday.", "175", "RUSCOP>RUSOPP", ""},
		{"attack on a city by forces", d, "The attack on Kharkiv by Russian forces killed four civilians.", "180", "RUSMIL>UKRCVL", ""},
		{"assault against a town by rebels", d, "An assault against Goma by Congolese rebels forced thousands to flee.", "190", "CODREB>COD", ""},
		{"an inquiry into deaths by police is not the police's", d, "An inquiry into killings by Kenyan police was opened on Monday.", "09", "", ""},
	})
}

// TestNounOnlyTalkedOf: an event noun that a noun of talk is about ("talks
// on a truce", "doubts about a ceasefire") is not surely done.
func TestNounOnlyTalkedOf(t *testing.T) {
	testLexRows(t, []lexRow{
		{"talks on a truce", d, "Talks on a truce between Sudan's army and the RSF stalled in Jeddah.", "08", "", ""},
		{"doubts about a ceasefire", d, "Diplomats voiced doubts about a ceasefire between Russia and Ukraine.", "08", "", ""},
		{"negotiations over a ceasefire", d, "Negotiations over a ceasefire between Israel and Hamas continued in Doha.", "08", "", ""},
		{"efforts toward a ceasefire", d, "Efforts toward a ceasefire between Armenia and Azerbaijan intensified.", "08", "", ""},
		{"speculation about a ceasefire", d, "Speculation about a truce between Ethiopia and the Tigrayan forces mounted.", "08", "", ""},
		{"the talks themselves are held", d, "Israel held talks with Egypt on a ceasefire in Gaza.", "04", "ISR>EGY", ""},
		{"a ceasefire that took effect is done", d, "A ceasefire between Israel and Hezbollah took effect on Wednesday.", "0871", "ISR>LBNRAD", ""},
	})
}

// TestNounSpeechLightVerbs: "express", "voice", "issue" and "extend" are
// light verbs: the speech act or measure their object names is the
// subject's ("voiced its rejection of", "issued a protest to"); a span
// counts rounds ("held three rounds of talks").
func TestNounSpeechLightVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"voiced its rejection of a plan", d, "Belgrade voiced its rejection of Pristina's plan for the north.", "127", "SRBGOV>XKXGOV", ""},
		{"expressed criticism of a plan", d, "Berlin expressed sharp criticism of Israel's plan to annex the valley.", "111", "DEUGOV>ISR", ""},
		{"issued a protest to", d, "New Delhi issued a strong protest to Ottawa over the killing.", "114", "INDGOV>CAN", ""},
		{"issued a warning to", d, "Beijing issued a stern warning to Tokyo over the islands.", "130", "CHNGOV>JPN", ""},
		{"rounds of talks", d, "India has held 21 rounds of talks with China on the border standoff.", "04", "IND>CHN", ""},
		{"rounds of negotiations", d, "Britain held several rounds of negotiations with France over fishing.", "04", "GBR>FRA", ""},
		{"no criticism voiced", d, "France did not voice any criticism of Israel.", "11", "", ""},
		{"hopes voiced of talks", d, "The opposition voiced hopes of talks with the government.", "04", "", ""},
		{"a call issued for a ceasefire", d, "The United Nations issued a call for a ceasefire in Sudan.", "08", "", ""},
	})
}

// TestNounCutsAndSwaps: severing ties and expelling envoys named by nouns
// fall on the other country ("the expulsion of three Russian diplomats");
// an exchange of prisoners is a release each way.
func TestNounCutsAndSwaps(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered the expulsion of diplomats", d, "Warsaw ordered the expulsion of three Russian diplomats.", "161", "POLGOV>RUSGOV", ""},
		{"expulsion of an ambassador as subject", d, "Russia's expulsion of Estonia's ambassador escalated the dispute.", "161", "RUS>ESTGOV", ""},
		{"severing of relations announced", d, "Algeria announced the severing of relations with Morocco.", "161", "DZA>MAR", ""},
		{"rupture of ties as subject", d, "Bolivia's rupture of diplomatic ties with Israel drew praise from Hamas.", "161", "BOL>ISR", ""},
		{"exchange of prisoners carried out", d, "Moscow and Kyiv carried out an exchange of prisoners of war on Saturday.", "0841", "RUSGOV>UKRGOV", ""},
		{"swap of detainees with", d, "Armenia carried out a swap of detainees with Azerbaijan.", "0841", "ARM>AZE", ""},
		{"a severing denied", d, "Algeria denied the severing of relations with Morocco.", "16", "", ""},
		{"an exchange only proposed", d, "Kyiv proposed an exchange of prisoners with Moscow.", "0841", "", ""},
	})
}

// TestNounJudgedSubject: an act of its own actor that is judged as its
// clause's subject ("Macron's visit to China drew criticism") took place;
// foreseen, or with no actor of its own, it is no event.
func TestNounJudgedSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a visit drew criticism", d, "The Russian foreign minister's visit to North Korea drew criticism from South Korea.", "042", "RUSGOV>PRK", ""},
		{"a raid came under criticism", d, "Israel's raid on the camp came under criticism from the United Nations.", "190", "ISR>", ""},
		{"an offensive drew condemnation", d, "Turkey's offensive against Kurdish fighters drew condemnation from France.", "190", "TUR>UAF", ""},
		{"a visit of no one's", d, "A visit to Moscow drew criticism from Kyiv.", "042", "", ""},
		{"a visit that would draw criticism", d, "Modi's visit to Moscow would draw criticism from Washington.", "042", "", ""},
	})
}

// TestNounStrikeAndInvitation: a strike on a place is an act of force,
// not a walkout; an invitation extended to a party asks it to come.
func TestNounStrikeAndInvitation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after a strike on a school", d, "After the Israeli strike on the school, the United Nations demanded an inquiry.", "190", "ISR>", ""},
		{"a strike on a hospital as subject", d, "The Russian strike on the maternity hospital killed three people.", "180", "RUS>CVL", ""},
		{"a walkout on a weekday is a strike", d, "Nurses began a strike on Monday over pay.", "143", "CVL>", ""},
		{"extended an invitation", d, "China extended an invitation to Kenya's president to attend the forum.", "026", "CHN>KENGOV", ""},
		{"issued an invitation", d, "Japan issued an invitation to the Indian prime minister to visit Tokyo.", "026", "JPN>INDGOV", ""},
		{"an invitation declined is no appeal by the decliner", d, "Iran declined an invitation to the talks.", "02", "", ""},
	})
}

// TestNounBansDeploymentsExchanges: a ban on a country's goods falls on
// that country; a deployment of weapons is one of forces; fire and
// shelling exchanged between two parties are each one's.
func TestNounBansDeploymentsExchanges(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a ban on a country's imports", d, "China's ban on Australian wine imports hurt producers.", "163", "CHN>AUS", ""},
		{"a ban on exports to a country", d, "The American ban on exports of chips to China took effect on Friday.", "163", "USA>CHN", ""},
		{"a deployment of weapons", d, "Russia's deployment of nuclear weapons to Belarus alarmed NATO.", "154", "RUS>BLR", ""},
		{"an exchange of fire between", d, "An exchange of fire between Israel and Hezbollah killed two soldiers.", "193", "ISR>LBNRAD", ""},
		{"shelling between two armies", d, "Cross-border shelling between India and Pakistan killed five civilians.", "194", "IND>PAK", ""},
		{"a proposed ban", d, "The proposed ban on Chinese imports was dropped.", "163", "", ""},
		{"a possible deployment", d, "A possible deployment of French troops to Ukraine worried Moscow.", "154", "", ""},
	})
}

// TestNounIntroducedAndCustody: "introduce" is a light verb ("introduced
// fresh sanctions against"); taking custody of someone detains them.
func TestNounIntroducedAndCustody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"introduced sanctions against", d, "Britain introduced fresh sanctions against Russian banks.", "163", "GBR>RUSBUS", ""},
		{"introduced a ban on", d, "Canada introduced a ban on Chinese steel imports.", "163", "CAN>CHN", ""},
		{"took custody of", d, "Indian forces took custody of a Pakistani fisherman.", "173", "INDMIL>PAKCVL", ""},
		{"introduced a bill is no event", d, "Brazil introduced a bill on migration.", "16", "", ""},
		{"sanctions not introduced", d, "Britain has not introduced sanctions against Russian banks.", "163", "", ""},
	})
}

// TestNounFrontedVisit: a visit named by the phrase that opens a clause
// with "on" is paid by the clause's subject, as with "during"; "on" a
// meeting or talks names what is spoken of.
func TestNounFrontedVisit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"on a visit to", d, "On a visit to Israel, the American secretary of state urged restraint.", "042", "USAGOV>ISR", ""},
		{"on his first trip to", d, "On his first trip to China, Macron signed several contracts.", "042", "FRAGOV>CHN", ""},
		{"on talks is a topic", d, "On talks with Iran, the French minister said nothing new.", "04", "", ""},
		{"on a visit that was called off", d, "The Japanese prime minister called off a visit to Seoul.", "042", "", ""},
	})
}

// TestNounAidAndCooperation: deliveries of arms or relief, asylum granted,
// recognition given, and cooperation suspended or ended, named by nouns.
func TestNounAidAndCooperation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"delivery of tanks as subject", d, "Germany's delivery of tanks to Ukraine began in March.", "072", "DEU>UKR", ""},
		{"shipment of weapons announced", d, "Washington announced a new shipment of weapons to Kyiv.", "072", "USAGOV>UKR", ""},
		{"delivery of food", d, "Egypt's delivery of food to Gaza resumed on Sunday.", "073", "EGY>PSE", ""},
		{"granting of asylum", d, "Brazil's granting of asylum to the Peruvian former president angered Lima.", "075", "BRA>PERGOV", ""},
		{"gave recognition to", d, "India gave recognition to Bangladesh in 1971.", "054", "IND>BGD", ""},
		{"suspension of cooperation", d, "Russia's suspension of cooperation with the United States on arms control drew criticism.", "160", "RUS>USA", ""},
		{"termination of cooperation", d, "Niger's termination of military cooperation with France surprised Paris.", "160", "NER>FRA", ""},
		{"a delivery only planned", d, "A planned delivery of tanks to Ukraine was delayed.", "072", "", ""},
	})
}

// TestNounByAfterItsPlace: the "by" phrase after the place or actor of
// any phrase of an event noun names who does it ("a visit to Pakistan by
// the Indian minister", "the attack in Kabul by gunmen").
func TestNounByAfterItsPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a visit to a country by a minister", d, "A visit to Pakistan by the Indian foreign minister was the first in a decade.", "042", "INDGOV>PAK", ""},
		{"an apology to a country by another", d, "An apology to Namibia by Germany came after years of talks.", "055", "DEU>NAM", ""},
		{"an attack in a city by gunmen", d, "The attack in Kabul by Taliban gunmen killed five.", "190", "AFGREB>AFG", ""},
		{"a thing's doer stays the thing's", d, "A visit to sites of abuses by the army was allowed.", "042", "", ""},
	})
}

// TestNounSubjectThatRaisedFears: an act of conflict of its own actor that
// raised fears or concern, as its clause's subject, took place; a speaker
// named by an event noun ("mediators") still speaks; a missile or drone
// attack is aimed at what it is on.
func TestNounSubjectThatRaisedFears(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a missile attack raised fears", d, "Iran's missile attack on Israel raised fears of a wider war.", "194", "IRN>ISR", ""},
		{"a drone attack raised concern", d, "Ukraine's drone attack on Moscow raised concern in the Kremlin.", "195", "UKR>RUS", ""},
		{"sanctions raised fears", d, "Washington's sanctions on Russian oil raised fears of higher prices.", "163", "USAGOV>RUS", ""},
		{"an attack that would raise fears", d, "A Russian attack on NATO would raise fears of a world war.", "19", "", ""},
		{"talks that raised hopes are not coded by this", d, "Talks raised hopes of a deal.", "04", "", ""},
	})
}

// TestNounPartiesPastItsPlace: a noun's parties may follow the name of
// where it happens ("talks in Doha between A and B").
func TestNounPartiesPastItsPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{"talks in a capital between", d, "Talks in Qatar between Venezuela and the United States produced a prisoner swap.", "040", "VEN>USA", ""},
		{"a meeting in a city between", d, "The meeting in Geneva between Russian and American diplomats lasted five hours.", "040", "RUSGOV>USAGOV", ""},
		{"a meeting in a city called off", d, "The meeting in Geneva between Russian and American diplomats was called off.", "040", "", ""},
		{"talks in a week between is no place", d, "Talks in the coming weeks between Israel and Syria are possible.", "040", "", ""},
	})
}

// TestNounCasesAndTreaties: a case brought against a party is a lawsuit
// when "against" names it; a treaty or deal suspended is one withdrawn
// from.
func TestNounCasesAndTreaties(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a case against a country opened", d, "South Africa's genocide case against Israel at the ICJ opened on Thursday.", "115", "ZAF>ISR", ""},
		{"a treaty suspended", d, "India's suspension of the Indus Waters Treaty with Pakistan escalated tensions.", "166", "IND>PAK", ""},
		{"in the case of is no case", d, "In the case of an attack, NATO would respond.", "115", "", ""},
		{"a suspension only threatened", d, "Russia threatened the suspension of the grain deal with Ukraine.", "166", "", ""},
	})
}

// TestNounProtestsAgainst: street and mass protests, protest marches and
// rallies take the target they are against, as a protest does.
func TestNounProtestsAgainst(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after street protests against", d, "After street protests against the Armenian government by opposition supporters, the prime minister resigned.", "141", "ARMOPP>ARMGOV", ""},
		{"mass protests against as subject", d, "Mass protests against the Serbian government by farmers blocked roads in Belgrade.", "144", "SRBCVL>SRBGOV", ""},
		{"held a protest march against", d, "Serbian farmers held a protest march against the government in Belgrade.", "141", "SRBCVL>SRBGOV", ""},
		{"street protests only planned", d, "Planned street protests against the government were banned.", "141", "", ""},
	})
}

// TestNounNamedAttacksOn: a named kind of attack or strike takes the
// target it is on or against, as "attack" does.
func TestNounNamedAttacksOn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a retaliatory strike on a country", d, "Israel's retaliatory strike on Iran hit air defences.", "19", "ISR>IRN", ""},
		{"a mortar attack on a town", d, "A Russian mortar attack on Kherson killed two.", "19", "RUS>UKR", ""},
		{"an air attack against a city", d, "Sudan's air attack against Nyala killed dozens.", "19", "SDN>SDN", ""},
		{"a possible preemptive strike", d, "A possible preemptive strike on Iran worried Gulf states.", "19", "", ""},
	})
}
