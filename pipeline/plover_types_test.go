package pipeline

import "testing"

// TestPloverTypeGaps covers words a reporter uses for the acts of PLOVER's
// types that the lexicon read only in some of their synonyms: aid or arms
// dispatched or rushed, military training provided, a compromise or an
// understanding reached or arrived at (not a visit), ministers conferring
// with no partner named, and forces put on a state of readiness. Rows with
// want "" are negations, refusals and conditions that must not code as the
// act.
func TestPloverTypeGaps(t *testing.T) {
	testLexRows(t, []lexRow{
		{"dispatch: relief supplies", d, "India dispatched relief supplies to flood-hit Myanmar.", "073", "IND>MMR", ""},
		{"dispatch: food and blankets", d, "Turkey has dispatched food and blankets to Syria after the earthquake.", "073", "TUR>SYR", ""},
		{"dispatch: weapons", d, "Iran dispatched missiles to the Houthi rebels in Yemen.", "072", "IRN>YEMREB", ""},
		{"dispatch: generic aid", d, "Japan dispatched aid to Tonga after the eruption.", "070", "JPN>TON", ""},
		{"dispatch: refused", d, "Egypt refused to dispatch aid to Libya.", "070", "", ""},
		{"dispatch: not dispatched", d, "Kenya has not dispatched relief supplies to Somalia.", "073", "", ""},
		{"rush: medicine", d, "Jordan rushed medicine to Gaza on Sunday.", "073", "JOR>PSE", ""},
		{"provide military training", d, "Britain provided military training to Ukrainian soldiers.", "072", "GBR>UKRMIL", ""},
		{"offer combat training: an intent", d, "Turkey offered combat training to Somali troops.", "072", "", ""},
		{"arrive at a compromise", d, "Ethiopia and Sudan arrived at a compromise on the border.", "030", "ETH>SDN", ""},
		{"arrive at a deal with", d, "Pakistan arrived at a deal with the IMF on Friday.", "030", "PAK>IGOUNO", ""},
		{"arrive at a place stays a visit", d, "The Iranian president arrived at Beijing airport.", "042", "IRNGOV>CHNGOV", ""},
		{"reach an understanding", d, "Russia and Turkey reached an understanding on northern Syria.", "030", "RUS>TUR", ""},
		{"reach a compromise with", d, "Spain's government reached a compromise with the Catalan parties.", "030", "ESPGOV>ESP", ""},
		{"compromise not reached", d, "Serbia and Kosovo failed to reach a compromise.", "030", "", ""},
		{"confer: coordinated ministers", d, "The French and German finance ministers conferred in Berlin.", "040", "FRAGOV>DEUGOV", ""},
		{"confer with: a partner", d, "Egypt's foreign minister conferred with his Jordanian counterpart.", "040", "EGYGOV>JORGOV", ""},
		{"confer: will confer is no meeting yet", d, "Japan's prime minister will confer with Indian leaders next month.", "040", "", ""},
		{"place on a state of readiness", d, "Greece placed its navy on a state of combat readiness.", "152", "GRC>", ""},
		{"put on a state of alert", d, "Algeria put its army on a state of alert near the border.", "152", "DZA>", ""},
		{"place on alert: not placed", d, "Poland has not placed its army on a state of readiness.", "152", "", ""},
	})
}

// TestPloverYieldAndRestrict covers troops disengaged (087) and internet or
// mobile services shut down (1721).
func TestPloverYieldAndRestrict(t *testing.T) {
	testLexRows(t, []lexRow{
		{"disengage: troops from a point", d, "Indian troops disengaged from the friction point in Ladakh.", "087", "INDMIL>IND", ""},
		{"disengage: forces, present perfect", d, "Armenia has disengaged its forces from the border villages.", "087", "ARM>", ""},
		{"disengage: not yet", d, "China has not disengaged its troops from the border.", "087", "", ""},
		{"shut down internet services", d, "India shut down internet services in Kashmir.", "1721", "IND>INDCVL", ""},
		{"shut down mobile internet: passive with agent", d, "Mobile internet was shut down by the Ethiopian government in Amhara.", "1721", "ETHGOV>ETHCVL", ""},
		{"shut down internet: threatened is no shutdown", d, "Pakistan's government said it might shut down internet services.", "1721", "", ""},
	})
}

// TestPloverWarnedMeasure covers a measure its own side warns it will take:
// held out, a threat (13x), not an announced decision; said plainly, it stays
// decided, and denied it is neither.
func TestPloverWarnedMeasure(t *testing.T) {
	testLexRows(t, []lexRow{
		{"warned it would cut gas: a threat", d, "Russia warned it would cut gas supplies to Moldova.", "1312", "RUS>MDA", ""},
		{"warned that it would impose sanctions", d, "The European Union warned that it would impose sanctions on Belarus.", "1312", "IGOEUR>BLR", ""},
		{"warned it would expel diplomats", d, "Poland warned on Tuesday that it would expel Russian diplomats.", "1313", "POL>RUSGOV", ""},
		{"warned it would cut: no sanction yet", d, "Russia warned it would cut gas supplies to Moldova.", "163", "", ""},
		{"said it would expel: decided", d, "Britain said it would expel 23 Russian diplomats.", "161", "GBR>RUSGOV", ""},
		{"warned it would not cut: no threat", d, "Russia warned it would not cut gas supplies to Moldova.", "1312", "", ""},
	})
}

// TestPloverHungerDropWithdrawn covers food refused by a prisoner or a
// protester (a hunger strike, 142, not aid turned down, 122), aid dropped
// from the air (073), and forces withdrawn or pulled out in the passive
// with no agent, by their own side (087).
func TestPloverHungerDropWithdrawn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"refuse food: a detainee", d, "A jailed Bahraini activist has been refusing food for a month.", "142", "BHROPP>BHRGOV", ""},
		{"refuse meals: prisoners", d, "Palestinian prisoners refused meals to protest their conditions.", "142", "PSECVL>PSEGOV", ""},
		{"refuse food aid stays a rejection", d, "Eritrea refused food aid from the United Nations.", "122", "ERI>IGOUNO", ""},
		{"refuse food aid is no hunger strike", d, "Eritrea refused food aid from the United Nations.", "142", "", ""},
		{"drop aid into: an air force", d, "Jordan's air force dropped aid into northern Gaza.", "073", "JORMIL>PSECVL", ""},
		{"drop food over: planes", d, "American planes dropped food over the besieged town in Iraq.", "073", "USA>IRQCVL", ""},
		{"drop charges stays a concession", d, "Egyptian police dropped the charges against the activist.", "073", "", ""},
		{"withdrawn passive: soldiers from a country", d, "Some 2,000 Turkish soldiers were withdrawn from Qatar.", "087", "TURMIL>QAT", ""},
		{"pulled out passive: troops of a country", d, "French troops were pulled out of Niger in December.", "087", "FRAMIL>NER", ""},
		{"withdrawn passive: warships", d, "Russian warships have been withdrawn from the port of Tartus.", "087", "RUSMIL>SYR", ""},
		{"withdrawn passive: not withdrawn", d, "American troops have not been withdrawn from Syria.", "087", "", ""},
		{"withdrawn passive: could be", d, "British troops could be withdrawn from Estonia if the talks succeed.", "087", "", ""},
	})
}

// TestPloverTakePart covers taking part or participating in a protest, a
// strike or joint exercises (141, 143, 062) as joining them does, arms
// transferred (072), a government tipped off (064) and revenues seized
// (171, not a hostage taken).
func TestPloverTakePart(t *testing.T) {
	testLexRows(t, []lexRow{
		{"take part in a march", d, "Thousands of Georgians took part in an opposition march in Tbilisi.", "141", "GEOCVL>GEOGOV", ""},
		{"participate in a demonstration", d, "Students participated in the demonstration against the president of Kenya.", "141", "KENCVL>KENGOV", ""},
		{"take part in a strike", d, "Kenyan doctors took part in the nationwide strike.", "143", "KENCVL>KENGOV", ""},
		{"take part in a hunger strike", d, "Palestinian prisoners took part in a hunger strike.", "142", "PSECVL>PSEGOV", ""},
		{"did not take part in the protest", d, "Iranian ministers did not take part in the protest.", "141", "", ""},
		{"take part in joint manoeuvres", d, "Saudi and Egyptian troops took part in joint manoeuvres near the Red Sea.", "062", "SAUMIL>EGYMIL", ""},
		{"will take part in joint drills is no drill yet", d, "Indian troops will take part in joint drills with Egypt next year.", "062", "", ""},
		{"take part in a vote is no protest", d, "Kenyan voters took part in the referendum.", "14", "", ""},
		{"transfer munitions", d, "The Pentagon transferred cluster munitions to Ukraine.", "072", "USAMIL>UKR", ""},
		{"transfer tanks, passive with agent", d, "Leopard tanks were transferred to Ukraine by Poland.", "072", "POL>UKR", ""},
		{"tip off a government", d, "Moroccan intelligence tipped off Spain about a planned attack.", "064", "MARSPY>ESP", ""},
		{"seize tax revenues", d, "Israel seized Palestinian tax revenues.", "171", "ISR>PSE", ""},
		{"seize revenues is no abduction", d, "Israel seized Palestinian tax revenues.", "181", "", ""},
	})
}

// TestPloverBuildingParticiple covers a participle on a building or site
// that houses people ("struck a school sheltering displaced families"): it
// tells what the place does, not an act of asylum (075) or hosting (043) by
// whoever acted on the place; a state that shelters or hosts refugees still
// grants them refuge.
func TestPloverBuildingParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"school sheltering people is no asylum", d, "Israeli warplanes struck a school sheltering displaced people in Gaza.", "075", "", ""},
		{"hospital housing refugees is no asylum", d, "Russian missiles hit a hospital sheltering refugees in Kharkiv.", "075", "", ""},
		{"school hosting families is no visit", d, "A UN school hosting displaced families was shelled by Israeli tanks.", "043", "", ""},
		{"camp hosting refugees is no asylum", d, "Sudanese fighters attacked a camp hosting refugees in Chad.", "075", "", ""},
		{"a state shelters refugees", d, "Jordan sheltered thousands of Syrian refugees.", "075", "JOR>SYRREF", ""},
		{"a state hosts refugees", d, "Germany hosted a million Syrian refugees.", "075", "DEU>SYRREF", ""},
		{"a state hosts a leader", d, "Qatar hosted the Iranian president in Doha.", "043", "QAT>IRNGOV", ""},
	})
}

// TestPloverOrderedOut covers envoys, peacekeepers, inspectors and aid
// agencies ordered or kicked out: an expulsion of the kind each names (161,
// 1661-1663), not a deportation of people (174), which others ordered out
// still are.
func TestPloverOrderedOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"order aid agencies out", d, "Ethiopia ordered aid agencies out of Tigray.", "1663", "ETH>NGO", ""},
		{"order peacekeepers out", d, "Mali ordered the UN peacekeepers out of the country.", "1661", "MLI>IGOUNO", ""},
		{"order inspectors out", d, "Iran ordered the IAEA inspectors out.", "1662", "IRN>IGOUNO", ""},
		{"order an envoy out", d, "Rwanda ordered the Belgian envoy out of Kigali.", "161", "RWA>BELGOV", ""},
		{"kick out aid workers", d, "Sudan kicked out foreign aid workers from Darfur.", "1663", "SDN>CVL", ""},
		{"order protesters out stays 174", d, "Police ordered the protesters out of the square in Dhaka.", "174", "BGDCOP>BGDOPP", ""},
		{"order aid agencies out: threatened only", d, "Ethiopia said it might order aid agencies out of Tigray.", "1663", "", ""},
	})
}

// TestPloverAppreciateTurnAwayReverse covers support appreciated (051), an
// offer or a request turned away (120, as turned down), and a tax rise or
// a cut reversed (0832, as a decision or policy reversed).
func TestPloverAppreciateTurnAwayReverse(t *testing.T) {
	testLexRows(t, []lexRow{
		{"appreciate a country's role", d, "Egypt appreciated Qatar's role in the talks.", "051", "EGY>QAT", ""},
		{"appreciate support, present perfect", d, "Ukraine has appreciated Poland's support.", "051", "UKR>POL", ""},
		{"did not appreciate is no praise", d, "India did not appreciate China's stance on the border.", "051", "", ""},
		{"turn away an aid offer", d, "Algeria turned away a Moroccan aid offer after the earthquake.", "120", "DZA>MAR", ""},
		{"turn away a request", d, "Hungary turned away Ukraine's request for weapons.", "12", "HUN>UKR", ""},
		{"turn away migrants is no refusal of a proposal", d, "Greece turned away migrants at the border.", "12", "", ""},
		{"reverse a tax increase", d, "Kenya's president reversed the tax increase after the protests.", "0832", "KENGOV>KENOPP", ""},
		{"reverse a fuel tax hike", d, "Ghana reversed the fuel tax hike.", "0832", "GHA>GHAOPP", ""},
		{"refuse to reverse a hike", d, "Nigeria's government refused to reverse the fuel price hike.", "0832", "", ""},
	})
}

// TestPloverPostureAndShields covers a navy or an air force mobilised
// (154), missiles unveiled or displayed (150; a plan unveiled stays a
// proposal), supporters mobilised against (113), observers pulled out of a
// mission (1662, not a military pullout) and people held as human shields
// (184).
func TestPloverPostureAndShields(t *testing.T) {
	testLexRows(t, []lexRow{
		{"mobilise a navy", d, "Egypt mobilised its navy after the Turkish deployment in Libya.", "154", "EGY>", ""},
		{"mobilize an air force", d, "Greece mobilized its air force on Friday.", "154", "GRC>", ""},
		{"did not mobilise a navy", d, "Egypt did not mobilise its navy.", "154", "", ""},
		{"unveil a ballistic missile", d, "Iran unveiled a new ballistic missile at a military parade.", "150", "IRN>", ""},
		{"display missiles at a parade", d, "North Korea displayed its largest missiles at a parade in Pyongyang.", "150", "PRK>PRK", ""},
		{"unveil a plan is no show of force", d, "Iran unveiled a new plan for the economy.", "150", "", ""},
		{"mobilise supporters against a law", d, "Kenya's opposition leader mobilised supporters against the government.", "113", "KENOPP>KENGOV", ""},
		{"pull out observers from a mission", d, "Britain pulled out its observers from the OSCE mission in Ukraine.", "1662", "GBR>IGOOSC", ""},
		{"pull out observers is no troop pullout", d, "Britain pulled out its observers from the OSCE mission in Ukraine.", "087", "", ""},
		{"hold villagers as human shields", d, "Militants held villagers as human shields in Mosul.", "184", "IRQREB>IRQCVL", ""},
		{"keep hostages as human shields", d, "The rebels kept hostages as human shields in Marawi.", "184", "PHLREB>PHLCVL", ""},
	})
}

// TestPloverAmountInAid covers an amount given or provided "in" aid ("gave
// $5 million in aid to Nepal"): aid of the kind named (070-073), not the
// phrasal "give in" (080), which only a verb with no object is ("the
// government gave in after weeks of protests").
func TestPloverAmountInAid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"give an amount in aid: money is economic aid", d, "Japan gave $5 million in aid to Nepal.", "071", "JPN>NPL", ""},
		{"give an amount in aid is no concession", d, "Japan gave $5 million in aid to Nepal.", "080", "", ""},
		{"provide an amount in military aid", d, "Washington provided $2 billion in military aid to Kyiv.", "072", "USAGOV>UKR", ""},
		{"give an amount in humanitarian aid", d, "Kuwait gave $10 million in humanitarian aid to Sudan.", "073", "KWT>SDN", ""},
		{"give an amount in loans", d, "China gave $1 billion in loans to Angola.", "071", "CHN>AGO", ""},
		{"did not give any money in aid", d, "Japan did not give any money in aid to Nepal.", "070", "", ""},
		{"gave in with no object is a concession", d, "Kenya's government gave in after weeks of protests.", "080", "KENGOV>", ""},
		{"gave in to pressure", d, "Israel finally gave in to American pressure.", "0832", "ISR>USA", ""},
	})
}

// TestPloverBackOutRoughUp covers a deal or a convention backed out of or
// pulled out of (166, not backing, 051, nor a troop pullout, 087), people
// roughed up (182) and forces beefed up along a border (154).
func TestPloverBackOutRoughUp(t *testing.T) {
	testLexRows(t, []lexRow{
		{"back out of a peace deal", d, "The rebels backed out of the peace deal at the last minute.", "166", "REB>", ""},
		{"back out of a deal is no backing", d, "The rebels backed out of the peace deal at the last minute.", "051", "", ""},
		{"pull out of a convention", d, "Turkey pulled out of the Istanbul Convention.", "166", "TUR>", ""},
		{"pull out of a convention is no pullout", d, "Turkey pulled out of the Istanbul Convention.", "087", "", ""},
		{"withdraw from a protocol", d, "Russia withdrew from the Kyoto Protocol.", "166", "RUS>", ""},
		{"will not back out of a deal", d, "Iran said it would not back out of the nuclear deal.", "166", "", ""},
		{"pull out of a city stays a pullout", d, "Russian troops pulled out of Kherson.", "087", "RUSMIL>UKR", ""},
		{"rough up a journalist", d, "Israeli soldiers roughed up a Palestinian journalist at a checkpoint.", "182", "ISRMIL>PSEMED", ""},
		{"rough up protesters, passive with agent", d, "Protesters were roughed up by police in Minsk.", "182", "BLRCOP>BLROPP", ""},
		{"beef up forces along a border", d, "India beefed up security forces along the border with Pakistan.", "154", "IND>PAK", ""},
	})
}

// TestPloverReadyForTruce covers a side ready or open for a truce: an
// intent to de-escalate (0356), as ready for talks is one to meet; not
// ready, a refusal (1246).
func TestPloverReadyForTruce(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ready for a ceasefire", d, "Hezbollah said it was ready for a ceasefire with Israel.", "0356", "LBNRAD>", ""},
		{"open to a truce", d, "Hamas is open to a truce, its leader said.", "0356", "PSEREB>", ""},
		{"not ready for a truce is a refusal", d, "The rebels said they were not ready for a truce.", "1246", "REB>", ""},
		{"not ready for a truce is no intent", d, "The rebels said they were not ready for a truce.", "0356", "", ""},
		{"ready for talks stays a meeting intent", d, "Iran said it was ready for talks with the United States.", "036", "IRN>USA", ""},
	})
}
