package pipeline

import "testing"

// TestLedForceNouns: a force, an alliance or a contingent that someone
// leads is theirs, before the noun ("an Australian-led force") or after it
// ("a force led by Australia"); alone these nouns name no one.
func TestLedForceNouns(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a country-led force", date: "1999-09-20",
			text:     "DILI, East Timor (AP) — An Australian-led force landed in Dili on Monday.\n",
			sentence: "landed", want: []string{"15 AUSMIL>*"}, not: []string{"15 TLSMIL>*"}},
		{name: "a country-led international force", date: "2004-03-02",
			text:     "PORT-AU-PRINCE, Haiti (AP) — A U.S.-led international force took control of the airport on Tuesday.\n",
			sentence: "took control", want: []string{"* USAMIL>*"}},
		{name: "a country-led alliance", date: "2016-10-09",
			text:     "SANAA, Yemen (AP) — A Saudi-led alliance bombed a funeral hall in Sanaa on Saturday.\n",
			sentence: "bombed", want: []string{"19 SAUMIL>*"}},
		{name: "a force led by a country", date: "1999-09-20",
			text:     "DILI, East Timor (AP) — An international force led by Australia landed in Dili on Monday.\n",
			sentence: "landed", want: []string{"15 AUSMIL>*"}},
		{name: "a delegation led by a minister", date: "2018-04-14",
			text:     "DAMASCUS, Syria (AP) — A delegation led by Foreign Minister Sergei Lavrov arrived in Damascus on Saturday.\n",
			sentence: "arrived", want: []string{"04 RUSGOV>SYRGOV"}},
		{name: "troops loyal to a rebel leader are rebels", date: "2014-01-10",
			text:     "JUBA, South Sudan (AP) — Forces loyal to rebel commander Peter Gadet attacked the town of Bor on Friday.\n",
			sentence: "attacked", want: []string{"19 SSDREB>*"}, not: []string{"19 SSDMIL>*"}},
		{name: "the use of force is no one", date: "2013-08-28",
			text:     "WASHINGTON (AP) — The White House said it was weighing the use of force against Syria on Wednesday.\n",
			sentence: "weighing", not: []string{"* USAMIL>*"}},
	})
}

// TestCraftOfWar: warships, armoured vehicles and aircraft are the
// military of their country, and bombers or fighters named by their model
// ("a MiG-29 fighter", "Tu-95 bombers") or, for bombers, by a state are
// aircraft; "a bomber" alone is who set off a bomb.
func TestCraftOfWar(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a fighter by its model", date: "2021-05-24",
			text:     "VILNIUS, Lithuania (AP) — A Belarusian MiG-29 fighter escorted a Lithuanian airliner to Minsk on Sunday.\n",
			sentence: "escorted", not: []string{"* BLRUAF>*"}},
		{name: "a state's bombers", date: "2019-07-23",
			text:     "SEOUL, South Korea (AP) — Russian bombers entered South Korea's air defence zone on Tuesday.\n",
			sentence: "entered", want: []string{"15 RUSMIL>*"}, not: []string{"15 RUSRAD>*"}},
		{name: "bombers by their model", date: "2017-08-08",
			text:     "TOKYO (AP) — Two Chinese H-6 bombers flew near Okinawa on Tuesday.\n",
			sentence: "flew", not: []string{"* CHNRAD>*", "* RAD>*"}},
		{name: "a bomber alone is no aircraft", date: "2016-05-02",
			text:     "KABUL, Afghanistan (AP) — A bomber blew himself up at a checkpoint in Kabul on Monday.\n",
			sentence: "blew himself up", not: []string{"18 AFGMIL>*"}},
		{name: "armoured vehicles", date: "2002-04-03",
			text:     "JERUSALEM (AP) — Israeli armoured vehicles rolled into Bethlehem on Tuesday and surrounded the church.\n",
			sentence: "rolled into", not: []string{"* PSEMIL>*"}},
		{name: "a column of tanks", date: "1993-10-04",
			text:     "MOSCOW (AP) — Protesters tried to block a column of tanks near the parliament on Sunday.\n",
			sentence: "tried to block", want: []string{"* RUSOPP>RUSMIL"}},
		{name: "gunboats and a destroyer", date: "2016-01-12",
			text:     "Iranian gunboats harassed a U.S. destroyer in the Strait of Hormuz on Tuesday.\n",
			sentence: "harassed", want: []string{"17 IRNMIL>USAMIL"}},
		{name: "an army patrol", date: "2011-06-14",
			text:     "KANO, Nigeria (AP) — Gunmen ambushed an army patrol near Kano on Tuesday.\n",
			sentence: "ambushed", want: []string{"19 UAF>NGAMIL"}},
		{name: "a state's patrol", date: "2016-08-25",
			text:     "Kurdish fighters attacked a Turkish patrol near the Syrian border on Thursday.\n",
			sentence: "attacked", want: []string{"19 TURUAF>TURMIL"}},
	})
}

// TestWhoseAgents: "X, whose fighters ..." are X's: a group's or a
// leader's armed men keep the owner's sector.
func TestWhoseAgents(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a rebel leader's fighters", date: "2008-02-03",
			text:     "N'DJAMENA, Chad (AP) — Rebel leader Mahamat Nouri, whose fighters attacked N'Djamena on Saturday, said the president must go.\n",
			sentence: "whose fighters", want: []string{"* TCDREB>*"}, not: []string{"* TCDUAF>*"}},
		{name: "a group's gunmen", date: "2006-07-12",
			text:     "BEIRUT, Lebanon (AP) — Hezbollah, whose gunmen attacked an Israeli patrol on Wednesday, said it held two soldiers.\n",
			sentence: "whose gunmen", want: []string{"19 LBNRAD>ISRMIL"}},
		{name: "the insurgents' fighters", date: "2015-09-29",
			text:     "KABUL, Afghanistan (AP) — The Taliban, whose fighters overran Kunduz on Monday, vowed to hold the city.\n",
			sentence: "overran", want: []string{"* AFGREB>*"}, not: []string{"* AFGUAF>*"}},
	})
}

// TestDescribedGroups: groups named by what they are or wear take the
// sector CAMEO's agent list gives them.
func TestDescribedGroups(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "warlords are armed opposition", date: "2006-06-05",
			text:     "MOGADISHU, Somalia (AP) — Warlords shelled the Islamic courts' positions in Mogadishu on Sunday.\n",
			sentence: "shelled", want: []string{"19 SOMREB>*"}},
		{name: "vigilantes are armed men of no state", date: "2014-03-04",
			text:     "MAIDUGURI, Nigeria (AP) — Vigilantes killed two suspected thieves in Maiduguri on Monday.\n",
			sentence: "killed", want: []string{"* NGAUAF>*"}},
		{name: "red shirts are protesters", date: "2010-04-10",
			text:     "BANGKOK (AP) — The red shirts marched on the army barracks in Bangkok on Saturday.\n",
			sentence: "marched", want: []string{"14 THAOPP>*"}},
		{name: "yellow vests are protesters", date: "2018-12-08",
			text:     "PARIS (AP) — Yellow vests blocked roads around Paris on Saturday.\n",
			sentence: "blocked", want: []string{"* FRAOPP>*"}},
		{name: "paramilitaries are military", date: "1998-05-20",
			text:     "BOGOTA, Colombia (AP) — Paramilitaries killed eleven farmers in Antioquia on Tuesday.\n",
			sentence: "killed", want: []string{"* COLMIL>*"}},
		{name: "security personnel are military", date: "2016-07-11",
			text:     "SRINAGAR, India (AP) — Security personnel fired on stone-throwers in Srinagar on Monday.\n",
			sentence: "fired on", not: []string{"* INDCOP>*"}},
		{name: "a border patrol is police", date: "2019-03-30",
			text:     "EL PASO, Texas (AP) — A border patrol detained forty migrants near El Paso on Friday.\n",
			sentence: "detained", want: []string{"17 USACOP>*"}},
	})
}

// TestRegionBodyByDescription: a region's adjective and the noun its body
// is known by ("the West African bloc") name the body, so that the
// region's leaders are the body's in that story too.
func TestRegionBodyByDescription(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the bloc named by its region", date: "2012-04-03",
			text:     "ABIDJAN, Ivory Coast (AP) — The West African bloc suspended Mali on Tuesday.\n",
			sentence: "suspended", want: []string{"16 IGOWAF>MLI"}},
		{name: "the region's leaders then", date: "2012-04-03",
			text: "ABIDJAN, Ivory Coast (AP) — West African leaders threatened sanctions against Mali's junta on Monday.\n\n" +
				"The West African bloc has 15 members.\n",
			sentence: "threatened", want: []string{"* IGOWAF>*"}},
	})
}

// TestForeignAgents: "foreign" before an unnamed agent says it is not of
// the country where it is, and of none in particular.
func TestForeignAgents(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "foreign troops are not the story's", date: "2009-08-10",
			text:     "KABUL, Afghanistan (AP) — Foreign troops killed three insurgents near Kandahar on Monday.\n",
			sentence: "killed", want: []string{"* MIL>AFGREB"}, not: []string{"* AFGMIL>*"}},
		{name: "foreign fighters", date: "2015-06-16",
			text:     "BEIRUT, Lebanon (AP) — Syrian troops attacked Palmyra on Monday.\n\nForeign fighters shelled the army's positions on Tuesday.\n",
			sentence: "shelled", not: []string{"* SYRUAF>*"}},
		{name: "a gunman is of no country, as gunmen are", date: "2011-09-13",
			text:     "KARACHI, Pakistan (AP) — Police captured a gunman after a raid on a bank in Karachi on Monday.\n",
			sentence: "captured", want: []string{"17 PAKCOP>UAF"}, not: []string{"17 PAKCOP>PAKUAF"}},
		{name: "Western governments are no one's in particular", date: "2021-09-20",
			text:     "BAMAKO, Mali (AP) — Mali's junta has invited Russian contractors into the country.\n\nWestern governments condemned the deal on Monday.\n",
			sentence: "condemned", want: []string{"11 GOV>*"}, not: []string{"11 MLIGOV>*", "11 RUSGOV>*"}},
		{name: "Western diplomats in a sentence naming a nationality", date: "2021-09-20",
			text:     "BAMAKO, Mali (AP) — Western diplomats criticised the arrival of Russian contractors on Monday.\n",
			sentence: "criticised", not: []string{"11 RUSGOV>*", "11 MLIGOV>*"}},
		{name: "troops alone stay the story's", date: "2009-08-10",
			text:     "KABUL, Afghanistan (AP) — Troops killed three insurgents near Kandahar on Monday.\n",
			sentence: "killed", want: []string{"* AFGMIL>AFGREB"}},
	})
}

// TestIndigenousPeoples: peoples of the Americas named with "Indian" are
// civilians of the state they live in, never India's.
func TestIndigenousPeoples(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Aymara Indians", date: "2003-10-14",
			text:     "LA PAZ, Bolivia (AP) — Aymara Indians blocked the highway to El Alto on Monday.\n",
			sentence: "blocked", want: []string{"14 BOLCVL>*"}, not: []string{"14 INDCVL>*"}},
		{name: "Maya Indian rebels", date: "1995-02-10",
			text:     "MEXICO CITY (AP) — Maya Indian rebels ambushed an army patrol in Chiapas on Thursday.\n",
			sentence: "ambushed", want: []string{"19 MEXREB>MEXMIL"}, not: []string{"19 INDREB>*"}},
		{name: "Indian troops are still India's", date: "1999-06-10",
			text:     "NEW DELHI (AP) — Indian troops shelled Pakistani posts near Kargil on Wednesday.\n",
			sentence: "shelled", want: []string{"19 INDMIL>*"}},
	})
}

// TestWeakGovernmentNouns: "authorities", "government", "executive" yield
// to a more specific agent word before them, as "officials" do: separatist
// authorities are rebels, military authorities the army, a company's chief
// executive is no state's; alone they stay the state's.
func TestWeakGovernmentNouns(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "separatist authorities", date: "2023-09-20",
			text:     "BAKU, Azerbaijan (AP) — The separatist authorities agreed on Wednesday to lay down their arms.\n",
			sentence: "lay down", not: []string{"* AZEGOV>*", "* GOV>*"}},
		{name: "rebel authorities free prisoners", date: "2021-07-02",
			text:     "MEKELLE, Ethiopia (AP) — Rebel authorities in Tigray released 300 soldiers on Friday.\n",
			sentence: "released", want: []string{"* ETHREB>*"}, not: []string{"* ETHGOV>*"}},
		{name: "military authorities", date: "2023-07-28",
			text:     "NIAMEY, Niger (AP) — Military authorities in Niger suspended the constitution on Friday.\n",
			sentence: "suspended", want: []string{"* NERMIL>*"}},
		{name: "a civilian government is a government", date: "2019-07-05",
			text:     "KHARTOUM, Sudan (AP) — The Sudanese army agreed on Friday to hand power to a civilian government.\n",
			sentence: "hand power", not: []string{"* SDNMIL>SDNCVL"}},
		{name: "the authorities alone stay the state's", date: "2020-08-10",
			text:     "MINSK, Belarus (AP) — The authorities arrested 20 protesters in Minsk on Monday.\n",
			sentence: "arrested", want: []string{"17 BLRGOV>*"}},
	})
}

// TestBorderForces: "border" and "frontier" stand between a nationality
// and its agent as "security" does ("Afghan border forces"), so forces
// joined by "and" are two parties ("Pakistani and Afghan border forces
// exchanged fire").
func TestBorderForces(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "two nationalities, one head", date: "2023-09-06",
			text:     "ISLAMABAD (AP) — Pakistani and Afghan border forces exchanged fire at the main crossing on Wednesday.\n",
			sentence: "exchanged", want: []string{"19 PAKMIL>AFGMIL", "19 AFGMIL>PAKMIL"}},
		{name: "one nationality", date: "2023-09-06",
			text:     "KABUL, Afghanistan (AP) — Afghan border forces fired at Pakistani troops on Wednesday.\n",
			sentence: "fired", want: []string{"19 AFGMIL>PAKMIL"}},
		{name: "frontier police", date: "2019-03-02",
			text:     "TEHRAN, Iran (AP) — Iranian frontier police arrested two Iraqi smugglers on Saturday.\n",
			sentence: "arrested", want: []string{"17 IRNCOP>IRQCRM"}},
		{name: "a border town is no one's", date: "2019-03-02",
			text:     "KIEV, Ukraine (AP) — Rebels shelled the border town on Saturday.\n",
			sentence: "shelled", not: []string{"* *>UKRMIL", "* *>UKRCOP"}},
	})
}

// TestStateBackers: supporters named by the state body they back ("junta
// supporters", "government supporters") are people, as "supporters of the
// junta" are; a force or armed group's word keeps the specific noun before
// it ("police snipers"), and backers of a body with a sector of its own
// take that sector ("opposition supporters").
func TestStateBackers(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "junta supporters", date: "2023-08-06",
			text:     "NIAMEY, Niger (AP) — Thousands of junta supporters rallied outside the French embassy on Sunday.\n",
			sentence: "rallied", want: []string{"14 NERCVL>*"}, not: []string{"14 NERGOV>*"}},
		{name: "government supporters", date: "2019-02-02",
			text:     "CARACAS, Venezuela (AP) — Government supporters attacked opposition lawmakers outside the assembly on Saturday.\n",
			sentence: "attacked", want: []string{"19 VENCVL>VENLEG"}, not: []string{"19 VENGOV>*"}},
		{name: "police snipers stay police", date: "2010-04-08",
			text:     "BISHKEK, Kyrgyzstan (AP) — Police snipers fired on protesters from rooftops on Wednesday.\n",
			sentence: "fired", want: []string{"* KGZCOP>*"}},
		{name: "opposition supporters", date: "2008-04-10",
			text:     "HARARE, Zimbabwe (AP) — Opposition supporters marched through Harare on Thursday.\n",
			sentence: "marched", want: []string{"14 ZWEOPP>*"}},
	})
}

// TestRestrictedDescription: "the soldiers who ousted the president" are
// those the relative clause tells of, not the soldiers the story named
// before; with no relative clause, or one set off by a comma, the noun
// still refers back.
func TestRestrictedDescription(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "who-clause: not the foreign troops named before", date: "2023-09-25",
			text: "NIAMEY, Niger (AP) — France will withdraw its 1,500 troops from Niger by the end of the year.\n\n" +
				"The soldiers who ousted President Mohamed Bazoum in July welcomed the decision on Monday.\n",
			sentence: "welcomed", want: []string{"* NERMIL>*"}, not: []string{"* FRAMIL>*"}},
		{name: "no relative clause: the troops named before", date: "2023-09-25",
			text: "NIAMEY, Niger (AP) — French troops left a base near Ouallam on Monday.\n\n" +
				"The troops fired on protesters near the base on Tuesday.\n",
			sentence: "fired", want: []string{"* FRAMIL>*"}},
	})
}

// TestTwoStateBodies: "the two governments", "the two armies" are that
// body of each of the two countries the story names most.
func TestTwoStateBodies(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the two armies", date: "2020-06-16",
			text:     "NEW DELHI (AP) — Indian and Chinese troops clashed in Ladakh on Monday. China blamed India.\n\nThe two armies agreed to pull back on Tuesday.\n",
			sentence: "pull back", want: []string{"* INDMIL>CHNMIL", "* CHNMIL>INDMIL"}},
		{name: "the two governments", date: "1981-01-21",
			text:     "ALGIERS, Algeria (AP) — Iran released 52 American hostages on Tuesday. The United States transferred $8 billion to Iran.\n\nThe two governments signed an accord in Algiers.\n",
			sentence: "signed an accord", want: []string{"* IRNGOV>USAGOV", "* USAGOV>IRNGOV"}},
	})
}

// TestOwnersOther: "its neighbour", "its arch-rival" after a state are the
// other country the story named, not the owner; a person's rival is no
// other country.
func TestOwnersOther(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "accused its neighbour", date: "2009-04-08",
			text:     "CHISINAU, Moldova (AP) — Moldova expelled Romania's ambassador on Wednesday.\n\nPresident Vladimir Voronin accused its neighbour of stoking the riots.\n",
			sentence: "accused its neighbour", want: []string{"11 MDAGOV>ROU"}, not: []string{"11 MDAGOV>MDA", "11 MDAGOV>MDAGOV"}},
		{name: "condemned its northern neighbour", date: "2019-02-27",
			text:     "ISLAMABAD (AP) — Indian jets struck a camp in Pakistan on Tuesday.\n\nAfghanistan condemned its northern neighbour on Wednesday.\n",
			sentence: "condemned its northern neighbour", not: []string{"11 AFGGOV>AFG", "11 AFGGOV>AFGGOV"}},
		{name: "a person's rival is of his own country", date: "2013-03-05",
			text:     "NAIROBI, Kenya (AP) — Kenyatta won the vote. Odinga went to court on Monday.\n\nKenyatta criticised his rival on Tuesday.\n",
			sentence: "criticised his rival", not: []string{"11 KENGOV>USA", "11 KENGOV>GBR"}},
	})
}

// TestArmOfPerson: an arm of the state "of" a person ("the government of
// Nicolas Maduro", "the forces of Khalifa Haftar") is that person's
// country's, whatever country the story is about; a person further on,
// past other words, owns nothing ("warned the junta of sanctions if X").
func TestArmOfPerson(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "government of a foreign leader", date: "2022-09-26",
			text:     "BOGOTA, Colombia (AP) — Colombia reopened its border on Monday.\n\nPetro restored diplomatic relations with the government of Nicolas Maduro on Monday.\n",
			sentence: "restored", want: []string{"* COLGOV>VENGOV"}, not: []string{"* *>COLGOV"}},
		{name: "forces of a commander", date: "2019-04-10",
			text:     "CAIRO (AP) — Egypt hosted talks on Libya on Tuesday.\n\nThe forces of Khalifa Haftar shelled Tripoli on Wednesday.\n",
			sentence: "shelled", want: []string{"19 LBYMIL>*"}, not: []string{"19 EGYMIL>*", "19 EGYGOV>*"}},
		{name: "regime of a president", date: "2023-05-07",
			text:     "AMMAN, Jordan (AP) — Jordan's foreign minister restored ties with the regime of Bashar al-Assad on Sunday.\n",
			sentence: "restored", want: []string{"* JORGOV>SYRGOV"}},
	})
}

// TestCommonSurnameNamedBefore: a surname many people share ("Khan",
// "Singh") names the person the story named in full before it; alone, in
// a story that named no such person, it names no one.
func TestCommonSurnameNamedBefore(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Khan after Imran Khan", date: "2023-08-05",
			text:     "ISLAMABAD (AP) — A court convicted former Prime Minister Imran Khan on Saturday.\n\nPolice arrested Khan at his home in Lahore.\n",
			sentence: "arrested", want: []string{"17 PAKCOP>PAKOPP"}},
		{name: "Singh after Manmohan Singh", date: "2008-07-22",
			text:     "NEW DELHI (AP) — Prime Minister Manmohan Singh won a confidence vote on Tuesday.\n\nThe Communist Party accused Singh of betraying the country.\n",
			sentence: "accused", want: []string{"11 INDPTY>INDGOV"}},
		{name: "Khan alone names no one", date: "2023-08-05",
			text:     "LAHORE, Pakistan (AP) — Police arrested Khan at a market on Saturday.\n",
			sentence: "arrested", not: []string{"17 PAKCOP>PAKOPP", "17 PAKCOP>PAKGOV"}},
	})
}

// TestPairNotTheClauseOwn: "both countries" in a clause whose own party
// is a third country are the two others the story names most ("Egypt
// urged both countries", "Moscow has bases in both countries"); a speaker
// in a clause before is one of them ("Kenya said both countries").
func TestPairNotTheClauseOwn(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a third party urges both countries", date: "2021-04-05",
			text:     "CAIRO (AP) — Egypt's foreign minister met Ethiopia's envoy on Monday. Egypt has warned Ethiopia over the dam. Sudan backed Egypt.\n\nEgypt urged both countries to resume talks.\n",
			sentence: "urged", want: []string{"02 EGY>ETH", "02 EGY>SDN"}},
		{name: "a speaker of one side", date: "2021-04-05",
			text:     "NAIROBI, Kenya (AP) — Kenya and Uganda signed a trade deal on Monday. Kenya has long traded with Uganda.\n\nKenya said both countries would cut tariffs.\n",
			sentence: "cut", not: []string{"* *>TZAGOV"}},
	})
}

// TestCountedDemonym: a demonym whose plural is its adjective ("Vietnamese",
// "Chinese"), counted by "thousands of", is people (CVL), as "thousands of
// Iraqis" are; before a noun it still names the country's ("Vietnamese
// police").
func TestCountedDemonym(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "thousands of Vietnamese", date: "2014-05-15",
			text:     "HANOI, Vietnam (AP) — Thousands of Vietnamese marched against China in Hanoi on Sunday.\n",
			sentence: "marched", want: []string{"14 VNMCVL>CHN"}, not: []string{"14 VNM>CHN", "14 VNMGOV>CHN"}},
		{name: "hundreds of Lebanese", date: "2006-07-20",
			text:     "BEIRUT (AP) — Hundreds of Lebanese protested outside the U.N. building on Thursday.\n",
			sentence: "protested", want: []string{"14 LBNCVL>*"}},
		{name: "Vietnamese police", date: "2014-05-15",
			text:     "HANOI, Vietnam (AP) — Vietnamese police detained hundreds of people on Thursday.\n",
			sentence: "detained", want: []string{"17 VNMCOP>VNMCVL"}},
	})
}

// TestJoinedCraftModel: a state's craft named by model after "and" share
// the nationality of the force before it ("U.S. warships and B-52
// bombers"), as "Australian soldiers and police" do.
func TestJoinedCraftModel(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "warships and B-52 bombers", date: "1996-09-04",
			text:     "WASHINGTON (AP) — U.S. warships and B-52 bombers fired 27 cruise missiles at air defence sites in southern Iraq on Tuesday.\n",
			sentence: "fired", want: []string{"19 USAMIL>IRQMIL"}, not: []string{"19 IRQMIL>IRQ"}},
	})
}
