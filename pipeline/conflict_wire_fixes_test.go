package pipeline

import "testing"

// TestConflictWireFixes holds the families written for the fixes the
// conflict wire sweep (TestConflictWireSweep) led to: each construction or
// lexicon gap with varied subjects, tenses, voices and word orders, and
// rows that must not code. Every row must pass.
func TestConflictWireFixes(t *testing.T) {
	runSweep(t, "conflict wire fixes", conflictWireFixes, len(conflictWireFixes))
}

var conflictWireFixes = []lexRow{
	// a demand lodged with someone, as a complaint is
	{"lodged a demand with, that-clause", sweepDate, "China has lodged a demand with Japan that it stop the dumping of waste water into the sea.", "10", "CHN*>JPN*", ""},
	{"lodged demands with, passive subject later", sweepDate, "On Friday the Kenyan opposition lodged formal demands with the electoral commission that the vote count be audited.", "10", "KEN*>KEN*", ""},
	{"lodged a demand: not lodged", sweepDate, "Poland has not lodged any demand with Germany for reparations, the spokesman said.", "10", "", ""},

	// vetoing an act through its "of" phrase
	{"blocked the adoption of a pact", sweepDate, "Hungary blocked the adoption of the European Union's new budget at a summit in Brussels on Thursday.", "129", "HUN*>IGOEUR*", ""},
	{"blocked the ratification of a treaty", sweepDate, "The Turkish parliament has blocked the ratification of Sweden's accession protocol for a third time.", "12", "TUR*>*", ""},
	{"blocked approval, apposition subject", sweepDate, "Slovakia, which relies heavily on Russian gas, blocked approval of the new sanctions package on Wednesday.", "12", "SVK*>*", ""},
	{"blocked the adoption: hypothetical", sweepDate, "Diplomats said Hungary could block the adoption of the budget if its funds remained frozen.", "129", "", ""},

	// internet services suspended
	{"suspended mobile internet services", sweepDate, "Ethiopian authorities suspended mobile internet services in the Amhara region on Thursday.", "1721", "ETH*>*", ""},
	{"suspended internet service, passive with a place", sweepDate, "Internet services were suspended across Bangladesh on Friday as students clashed with police.", "1721", "BGD*>*", ""},
	{"services resumed: not suspended", sweepDate, "Mobile internet services resumed in Manipur on Monday after a ban of several months.", "1721", "", ""},

	// the closure of offices ordered
	{"ordered the closure of the offices of a network", sweepDate, "The Israeli government ordered the closure of the offices of the Al Jazeera network on Sunday.", "1721", "ISR*>*", ""},
	{"ordered the closure of its bureaus", sweepDate, "Russia's foreign ministry ordered the closure of the Moscow bureaus of two German broadcasters on Friday.", "1721", "RUS*>*", ""},
	{"closure of offices: only considered", sweepDate, "The cabinet is weighing whether to seek the closure of the network's offices.", "1721", "", ""},

	// drones launched or fired at a target
	{"launched drones at a country", sweepDate, "Russia launched dozens of drones at Kyiv overnight, the Ukrainian air force said.", "195", "RUS*>UKR*", ""},
	{"fired attack drones at a ship", sweepDate, "The Houthis fired attack drones at a merchant ship in the Red Sea on Tuesday, the US military said.", "195", "*>*", ""},
	{"launched drones and missiles: the list", sweepDate, "Iran launched more than three hundred drones and missiles at Israel overnight, the Israeli army said.", "19", "IRN*>ISR*", ""},
	{"fired missiles and drones at an airport", sweepDate, "Hezbollah fired rockets and drones at an Israeli army base near Safed on Sunday.", "19", "*>ISR*", ""},
	{"drones intercepted: not launched by the subject", sweepDate, "Ukrainian air defences shot down forty of the drones, the air force said.", "195", "", ""},

	// a missile slams into a building
	{"a missile slammed into a hospital", sweepDate, "A Russian missile slammed into a children's hospital in Kyiv on Monday, officials said.", "19", "RUS*>UKR*", ""},
	{"rockets crashed into a market", sweepDate, "Rockets fired by the rebels crashed into a crowded market in the city of El Fasher on Friday.", "19", "*>*", ""},
	{"a drone slammed into a building", sweepDate, "An Israeli drone slammed into an apartment block in southern Beirut late on Tuesday.", "195", "ISR*>*", ""},
	{"slammed the decision: criticism, not fire", sweepDate, "The opposition slammed the decision to raise fuel prices.", "19", "", ""},
	{"a car crashed into a wall: no attack", sweepDate, "A bus crashed into a wall on the highway south of Lima on Sunday.", "19", "", ""},

	// treated as a legitimate target: force held out
	{"would treat aircraft as a legitimate target", sweepDate, "Russia warned on Wednesday that it would treat any Western aircraft based in Poland as a legitimate target.", "13", "RUS*>*", ""},
	{"will treat ships as military targets", sweepDate, "The Houthis said they would treat all American warships in the Red Sea as legitimate targets.", "13", "*>USA*", ""},
	{"treated as a legitimate target: denied", sweepDate, "The ministry said it would not treat civilian ships as legitimate targets.", "13", "", ""},

	// an aircraft carrier group sent
	{"sent a carrier group to a sea", sweepDate, "The United States has sent a second aircraft carrier group to the eastern Mediterranean, the Pentagon said.", "154", "USA*>*", ""},
	{"sent a carrier strike group toward a country", sweepDate, "Washington sent the Nimitz carrier strike group toward North Korea on Saturday.", "15", "USA*>PRK*", ""},
	{"sent a group of experts: no deployment", sweepDate, "Japan sent a group of experts to Turkey after the earthquake.", "15", "", ""},

	// killed in a massacre
	{"killed civilians in a massacre", sweepDate, "Jihadists killed more than a hundred civilians in a massacre in northern Burkina Faso, the government said.", "202", "*>BFA*", ""},
	{"were killed in a massacre", sweepDate, "At least fifty villagers were killed in a massacre by militiamen in Ituri province on Tuesday.", "20", "*>*", ""},
	{"killed in clashes: no massacre", sweepDate, "Three soldiers were killed in clashes with rebels on Sunday.", "202", "", ""},

	// a people driven from their homes
	{"drove Kurds from their homes", sweepDate, "Iraqi forces drove thousands of Kurds from their homes in Kirkuk in October.", "201", "IRQ*>*", ""},
	{"forced Palestinians from their homes", sweepDate, "Israeli settlers forced Palestinians from their homes in the West Bank on Saturday.", "201", "*>PSE*", ""},
	{"fighting forced people from homes: no actor", sweepDate, "The floods forced thousands of people from their homes in Pakistan.", "201", "", ""},

	// unidentified and unknown men are attackers
	{"unidentified men beat a journalist", sweepDate, "Unidentified men beat the journalist outside his home in Tbilisi late on Monday.", "18", "UAF>*", ""},
	{"unidentified men set fire to a radio station", sweepDate, "Unidentified men set fire to an independent radio station in Bujumbura on Thursday.", "17", "UAF>*", ""},
	{"unknown men abducted an activist", sweepDate, "Unknown men abducted a prominent activist from his car in Lahore, his family said.", "18", "UAF>*", ""},
	{"unidentified men: none came", sweepDate, "Residents said no unidentified men had entered the village.", "18", "", ""},

	// an accusation after a reported clause is the reporter's
	{"said soldiers tortured detainees, accusing the army", sweepDate, "Amnesty International said Nigerian soldiers had tortured detainees, accusing the army of beating suspects.", "112", "NGO*>NGA*", ""},
	{"said that troops shelled the town, charging", sweepDate, "The Armenian foreign ministry said that Azerbaijani troops had shelled a village, accusing Baku of provoking a new war.", "112", "ARM*>AZE*", ""},
	{"said ... killing: the act's own participle", sweepDate, "Police said gunmen had attacked the station, killing two officers.", "112", "", ""},

	// an accusation by its own verb ("charged that") accuses the doer its clause names
	{"charged that forces had fired on a village", sweepDate, "Armenia's foreign ministry charged that Azerbaijani forces had fired on a village in Syunik overnight.", "112", "ARM*>AZE*", ""},
	{"charged on Monday that troops had shelled villages", sweepDate, "Pakistan charged on Monday that Indian troops had shelled villages along the Line of Control, killing two civilians.", "112", "PAK*>IND*", ""},
	{"charged that the attack was carried out by, passive", sweepDate, "Armenia charged that the attack was carried out by Azerbaijani forces.", "112", "ARM*>AZE*", ""},
	{"rights groups charged that soldiers had executed civilians", sweepDate, "Human rights groups charged that Ethiopian soldiers had executed civilians in Tigray.", "112", "NGO*>ETH*", ""},
	{"charged that troops had not withdrawn: no harm claimed", sweepDate, "Kyiv charged that Russian troops had not withdrawn from the town.", "112", "UKR*>", ""},

	// bodies shut down or closed down
	{"shut down thousands of NGOs", sweepDate, "The Nicaraguan government has shut down more than three thousand non-governmental organisations since 2018.", "1722", "NIC*>*", ""},
	{"closed down opposition parties and a charity", sweepDate, "Mali's junta closed down two opposition parties on Friday, a spokesman said.", "1722", "MLI*>MLI*", ""},
	{"shut down: a club's own academy, no body", sweepDate, "The football club shut down its youth academy last year.", "17", "", ""},

	// forces put or ordered to readiness
	{"put the army on combat readiness", sweepDate, "North Korea put its army on combat readiness after the South Korean drills began.", "152", "PRK*>", ""},
	{"raised the combat readiness of its forces", sweepDate, "Serbia's defence minister raised the combat readiness of the army on Monday after clashes in Kosovo.", "152", "SRB*>*", ""},
	{"readiness not raised", sweepDate, "The ministry said it had not raised the combat readiness of its forces.", "152", "", ""},

	// a part of the doer's own thing: the partner further on
	{"closed two of its border crossings with a country", sweepDate, "Lithuania closed two of its six border crossings with Belarus on Friday.", "191", "LTU*>BLR*", ""},
	{"closed one of its crossings on the border with a country", sweepDate, "Poland closed one of its two crossings on the border with Belarus, the interior ministry said.", "191", "POL*>BLR*", ""},
	{"closed its crossings with a country: as before", sweepDate, "Finland closed its border crossings with Russia in November.", "191", "FIN*>RUS*", ""},

	// "would not hesitate to" holds an act out, as "would" does: a threat when it is force
	{"warned it would not hesitate to use force", sweepDate, "Turkey warned on Sunday that it would not hesitate to use force against Kurdish militants in northern Syria.", "13", "TUR*>*", ""},
	{"will not hesitate to strike, attribution after", sweepDate, "Israel will not hesitate to strike Hezbollah targets anywhere in Lebanon, the defence minister said.", "13", "ISR*>*", ""},
	{"said it would not hesitate to attack", sweepDate, "China said it would not hesitate to attack Taiwanese forces if the island declared independence.", "13", "CHN*>TWN*", ""},
	{"would not hesitate: no attack asserted", sweepDate, "Turkey warned that it would not hesitate to use force against Kurdish militants.", "19", "", ""},
	{"did not hesitate to attack: done", sweepDate, "The army did not hesitate to attack rebel positions near Goma on Monday, a spokesman said.", "19", "COD*>*", ""},

	// verbs and idioms of wire copy: rapped, lodged representations, brushed aside, downed tools, put on a list
	{"rapped a country for allowing", sweepDate, "Turkey's foreign ministry rapped Sweden on Saturday for allowing a protest outside its embassy.", "111", "TUR*>SWE*", ""},
	{"rapped: an actor needed", sweepDate, "The singer rapped about poverty in his first album.", "111", "", ""},
	{"lodged stern representations with", sweepDate, "Beijing has lodged stern representations with Manila over the remarks, the foreign ministry said.", "114", "CHN*>PHL*", ""},
	{"lodged a demarche with, apposition subject", sweepDate, "The Indian foreign ministry, in a sharp response, lodged a demarche with the Canadian high commission on Tuesday.", "114", "IND*>CAN*", ""},
	{"brushed aside calls for a ceasefire", sweepDate, "Israel's prime minister brushed aside international calls for a ceasefire on Monday.", "12", "ISR*>*", ""},
	{"did not brush aside: no rejection", sweepDate, "The government did not brush aside the calls for talks, a spokesman said.", "12", "", ""},
	{"dock workers downed tools", sweepDate, "Dock workers in Durban downed tools on Monday in a dispute over wages, the union said.", "14", "ZAF*>*", ""},
	{"put firms on its entity list", sweepDate, "China put two American defence firms on its unreliable entity list on Tuesday.", "163", "CHN*>USA*", ""},
	{"put on the sanctions list by, passive", sweepDate, "Two Iranian banks were put on the sanctions list by the United States on Friday.", "163", "USA*>IRN*", ""},

	// forces massed or sent toward
	{"massed armoured vehicles and troops along the border", sweepDate, "Venezuela has massed armoured vehicles and troops along the border with Guyana.", "154", "VEN*>GUY*", ""},
	{"sent warships toward an island", sweepDate, "China sent warships toward Taiwan on Saturday after the vice president returned from the United States.", "154", "CHN*>TWN*", ""},
	{"dispatched troops towards the border", sweepDate, "Pakistan dispatched troops towards the Afghan border on Wednesday.", "154", "PAK*>AFG*", ""},
	{"sent aid toward: no force", sweepDate, "Turkey sent food and medicine toward the earthquake zone on Tuesday.", "154", "", ""},

	// a person named by no more than sex, age or suspicion is arrested as a bare number is
	{"a man suspected of, was arrested in a city", sweepDate, "A man suspected of planning an attack on a Christmas market was arrested in the German city of Duisburg, prosecutors said.", "173", "DEUCOP>DEUCVL", ""},
	{"two suspects were detained, fronted date", sweepDate, "On Friday, two suspects were detained in Lagos over the killing of a lawmaker, police said.", "173", "NGACOP>NGACVL", ""},
	{"police arrested a woman, active", sweepDate, "Turkish police arrested a woman in Istanbul on Sunday over a social media post insulting the president.", "173", "TURCOP>TURCVL", ""},
	{"a man was not arrested: denied", sweepDate, "Police denied that a man had been arrested in Duisburg.", "173", "", ""},

	// "would not stand idly by": a response held out
	{"would not stand idly by if, target in the condition", sweepDate, "Serbia's president said his country would not stand idly by if Kosovo police continued to harass Serbs in the north.", "13", "SRB*>XKX*", ""},
	{"will not stand idly by, attribution after", sweepDate, "China will not stand idly by, the foreign ministry warned on Tuesday.", "13", "CHN*>", ""},
	{"stood idly by: no threat", sweepDate, "The world stood idly by as the fighting spread to the capital.", "13", "", ""},
}
