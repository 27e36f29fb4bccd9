package pipeline

import "testing"

// TestCrowdAbroad: a crowd (protesters, demonstrators, rioters) whose act is
// aimed at another country's party (its embassy, its government, the UN)
// is its country's civilians (CVL); against its own state it stays the
// opposition (OPP), as does an opposition leader abroad.
func TestCrowdAbroad(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protesters stormed an embassy", d, "Hundreds of Pakistani protesters stormed the Danish embassy in Islamabad on Friday.", "145", "PAKCVL>DNKGOV", ""},
		{"demonstrators burned a flag at an embassy", d, "Angry Serbian demonstrators burned the American flag outside the U.S. embassy in Belgrade.", "145", "SRBCVL>USA", ""},
		{"rioters set fire to an embassy", d, "Iranian rioters set fire to the Saudi embassy in Tehran.", "145", "IRNCVL>SAUGOV", ""},
		{"protesters marched on an embassy", d, "Thousands of Indonesian protesters marched on the Australian embassy in Jakarta.", "141", "IDNCVL>AUSGOV", ""},
		{"protesters attacked UN bases", d, "Congolese protesters attacked United Nations bases in Goma.", "190", "CODCVL>IGOUNO", ""},
		{"rioters torched foreign factories", d, "Vietnamese rioters torched Chinese factories in Binh Duong province.", "145", "VNMCVL>CHN", ""},
		{"own parliament stormed: opposition", d, "Armenian protesters stormed the parliament in Yerevan.", "145", "ARMOPP>ARMLEG", ""},
		{"own palace: opposition", d, "Kenyan protesters marched on the presidential palace in Nairobi.", "141", "KENOPP>KENGOV", ""},
		{"own government house: opposition", d, "Thai demonstrators occupied Government House in Bangkok.", "144", "THAOPP>THAGOV", ""},
		{"own police: opposition", d, "Bolivian protesters clashed with police in La Paz.", "145", "BOLOPP>BOLCOP", ""},
		{"an opposition leader abroad is no crowd", d, "The Belarusian opposition leader condemned Russia.", "111", "BLROPP>RUS", ""},
	})
}

// TestMilitants: militants, who fight a state for a cause, are rebels
// (REB), as the story golds code them (REB or RAD, never UAF); Islamist
// militants stay extremists (RAD), gunmen and militias armed men of no
// state (UAF).
func TestMilitants(t *testing.T) {
	testLexRows(t, []lexRow{
		{"militants ambushed a convoy", d, "Pakistani militants ambushed a police convoy in North Waziristan.", "190", "PAKREB>PAKCOP", ""},
		{"suspected militants detained", d, "Turkish police detained dozens of suspected militants in Istanbul.", "173", "TURCOP>TURREB", ""},
		{"soldiers clashed with militants", d, "Egyptian soldiers clashed with militants in northern Sinai.", "190", "EGYMIL>EGYREB", ""},
		{"a raid blamed on militants abroad", d, "The Indian government blamed the raid on militants based in Pakistan.", "112", "INDGOV>PAKREB", ""},
		{"a militant killed", d, "Colombian troops killed a militant near the Venezuelan border.", "190", "COLMIL>COLREB", ""},
		{"Islamist militants stay extremists", d, "Islamist militants attacked a hotel in Mogadishu.", "180", "RAD>SOM", ""},
		{"gunmen stay armed men of no state", d, "Gunmen attacked a police station in Karachi.", "190", "UAF>PAKCOP", ""},
		{"militias stay armed men of no state", d, "Militias attacked a village in Darfur.", "180", "SDNUAF>SDNCVL", ""},
	})
}

// TestOrderedForcesAct: an act a leader orders his own country's forces to
// do is decided, and his: the government's when a president or prime
// minister gives the order, the commander's when a general does.
func TestOrderedForcesAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed forces ordered to neutralise gangs", "2024-01-09", "Ecuador's President Daniel Noboa ordered the armed forces to neutralise the gangs.", "190", "ECUGOV>ECUCRM", ""},
		{"army ordered to stop firing", "1994-01-13", "Mexico's President Carlos Salinas ordered the army to stop firing in Chiapas.", "087", "MEXGOV>MEX", ""},
		{"police ordered to arrest", "2017-02-01", "Philippine President Rodrigo Duterte ordered the police to arrest the opposition senator.", "173", "PHLGOV>PHLLEG", ""},
		{"troops ordered to free captives", "2014-05-07", "Nigeria's President Goodluck Jonathan ordered Nigerian troops to free the kidnapped schoolgirls.", "0841", "NGAGOV>NGACVL", ""},
		{"a state ordering its troops back", d, "Russia ordered its troops to pull back from the Ukrainian border.", "087", "RUS>", ""},
		{"an order to another state stays a demand", d, "Russia ordered Ukraine to withdraw its troops.", "10", "RUS>UKR", ""},
	})
}

// TestArrestsAfterCoup: an arrest told in the passive with no agent, in a
// story that told the state's forces seizing power from those who hold it
// (a coup), is the junta's (MIL), however many sentences later, not the
// police's; with no coup told, it stays the police's (COP).
func TestArrestsAfterCoup(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Mali, the prime minister arrested", date: "2020-08-19",
			text:     "BAMAKO, Mali (AP) — Soldiers seized power in Mali on Tuesday.\n\nThe mutineers appeared on state television before dawn.\n\nThey promised elections within a reasonable time.\n\nThe prime minister was arrested later in the day.\n",
			sentence: "was arrested", want: []string{"17 MLIMIL>MLIGOV"}, not: []string{"17 MLICOP>MLIGOV"}},
		{name: "Niger, a minister detained", date: "2023-07-27",
			text:     "NIAMEY, Niger (AP) — Army officers seized power in Niger on Wednesday.\n\nThe officers appeared on national television late at night.\n\nThey said they had closed the borders.\n\nThe interior minister was detained on Thursday.\n",
			sentence: "was detained", want: []string{"17 NERMIL>NERGOV"}},
		{name: "Thailand, a former premier held", date: "2014-05-23",
			text:     "BANGKOK (AP) — Thailand's army seized power on Thursday.\n\nThe army chief appeared on television.\n\nHe said the curfew would last for weeks.\n\nThe prime minister was detained at an army base on Friday.\n",
			sentence: "was detained", want: []string{"17 THAMIL>THAGOV"}},
		{name: "Myanmar, a minister arrested", date: "2021-02-01",
			text:     "YANGON, Myanmar (AP) — Myanmar's military seized power on Monday.\n\nTroops were deployed in the capital.\n\nTelephone lines were cut.\n\nThe foreign minister was arrested in Naypyitaw.\n",
			sentence: "was arrested", want: []string{"17 MMRMIL>MMRGOV"}},
		{name: "Sudan, the prime minister detained", date: "2021-10-25",
			text:     "KHARTOUM, Sudan (AP) — Sudan's military seized power on Monday.\n\nThe army chief announced a curfew on television.\n\nThousands of people took to the streets.\n\nThe prime minister was detained and taken to an unknown location.\n",
			sentence: "was detained", want: []string{"17 SDNMIL>SDNGOV"}},
		{name: "no coup: the police", date: "2024-06-25",
			text:     "NAIROBI, Kenya (AP) — Kenyan protesters marched in Nairobi on Tuesday.\n\nThey demanded lower taxes.\n\nShops were closed.\n\nAn opposition leader was arrested in the evening.\n",
			sentence: "was arrested", want: []string{"17 KENCOP>KENOPP"}},
	})
}

// TestJudgedActAbroad: an act a judgement names ("the raid", "the air
// strikes", "the arrests"), done before by a state's forces against another
// country, is judged as their government's; a takeover at home stays the
// junta's, and forces the judgement names stay forces.
func TestJudgedActAbroad(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a raid on a ship called state terrorism", date: "2010-06-01",
			text:     "ANKARA, Turkey (AP) — Israeli commandos raided a Turkish aid ship on Monday.\n\nTurkey called the raid an act of state terrorism.\n",
			sentence: "called the raid", want: []string{"11 TUR>ISRGOV"}, not: []string{"11 TUR>ISRMIL"}},
		{name: "air strikes called aggression", date: "1998-12-17",
			text:     "BAGHDAD, Iraq (AP) — American warplanes bombed targets in Baghdad on Wednesday.\n\nIraq called the air strikes a cowardly aggression.\n",
			sentence: "called the air strikes", want: []string{"11 IRQ>USAGOV"}},
		{name: "arrests likened to terrorism", date: "2006-10-01",
			text:     "MOSCOW (AP) — Georgian police arrested four Russian army officers on Wednesday.\n\nRussia likened the arrests to state terrorism.\n",
			sentence: "likened the arrests", want: []string{"11 RUS>GEOGOV"}},
		{name: "a raid on a village called aggression", date: "2008-08-01",
			text:     "TBILISI, Georgia (AP) — Russian troops raided a Georgian village on Friday.\n\nGeorgia called the raid an act of aggression.\n",
			sentence: "called the raid", want: []string{"11 GEO>RUSGOV"}},
		{name: "shelling condemned", date: "2010-11-24",
			text:     "SEOUL, South Korea (AP) — North Korean artillery shelled a South Korean island on Tuesday.\n\nSouth Korea condemned the shelling.\n",
			sentence: "condemned the shelling", want: []string{"11 KOR>PRKGOV"}},
		{name: "a takeover at home stays the junta's", date: "2006-12-05",
			text:     "SUVA, Fiji (AP) — Fiji's military seized power on Tuesday.\n\nAustralia condemned the takeover.\n",
			sentence: "condemned the takeover", want: []string{"11 AUS>FJIMIL"}},
	})
}

// TestForcesAskedOfTheirState: what a demand or an appeal asks a state's
// forces to do (they are the subject of the demanded clause, or the actor
// of the act it names: "the withdrawal of Chinese troops") is asked of their
// state, its government; asked of the forces themselves ("urged the army
// to stop"), asked of a non-state force, or of forces that took power at
// home (a junta), it stays theirs.
func TestForcesAskedOfTheirState(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops asked to leave a neighbour", d, "The African Union demanded that Rwandan troops leave eastern Congo.", "10", "IGOAFR>RWAGOV", ""},
		{"the withdrawal of troops called for", d, "Germany called for the withdrawal of Russian troops from Georgia.", "02", "DEU>RUSGOV", ""},
		{"soldiers asked to go home", d, "Lebanese leaders demanded that Syrian soldiers leave the country.", "10", "LBNGOV>SYRGOV", ""},
		{"warships urged to leave", d, "Japan urged that Chinese warships leave the disputed waters.", "02", "JPN>CHNGOV", ""},
		{"own troops back to barracks", d, "Chilean opposition leaders demanded that troops return to barracks.", "10", "CHLOPP>CHLGOV", ""},
		{"the withdrawal of forces demanded", d, "Iran demanded the withdrawal of American forces from Iraq.", "1056", "IRN>USAGOV", ""},
		{"coordinated demands pressed", d, "Iran and Syria pressed their demands for the withdrawal of American forces.", "1056", "SYR>USAGOV", ""},
		{"police told they must pull out", d, "The European Union insisted that Serbian police pull out of Kosovo.", "1056", "IGOEUR>SRBGOV", ""},
		{"the forces addressed stay forces", d, "Washington called on Israeli troops to pull back.", "02", "USAGOV>ISRMIL", ""},
		{"the army urged stays the army", d, "The United Nations urged the Burmese army to stop the killing.", "02", "IGOUNO>MMRMIL", ""},
		{"rebels asked stay rebels", d, "Rights groups demanded that the rebels free the hostages.", "10", "NGO>REB", ""},
	})
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a junta asked to go back to barracks", date: "2020-08-20",
			text:     "BAMAKO, Mali (AP) — Soldiers seized power in Mali on Tuesday.\n\nThe African Union demanded that the soldiers return to their barracks.\n",
			sentence: "demanded that the soldiers", want: []string{"10 IGOAFR>MLIMIL"}, not: []string{"10 IGOAFR>MLIGOV"}},
	})
}

// TestShopsAreBusiness: shops, stores, supermarkets and factories a crowd
// loots or burns are business (BUS) of where they are, or of the country
// that owns them, as businesses and companies are; the government is no
// target of such a riot.
func TestShopsAreBusiness(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gangs looted shops", d, "Gangs loyal to the president looted shops in Port-au-Prince.", "145", "HTICRM>HTIBUS", ""},
		{"youths looted supermarkets", d, "Angry youths looted supermarkets in Johannesburg.", "145", "ZAFCVL>ZAFBUS", ""},
		{"demonstrators torched shops", d, "Demonstrators torched shops and banks in Nairobi.", "145", "KENOPP>KENBUS", ""},
		{"rioters burned factories", d, "Rioters set fire to factories in Dhaka.", "145", "BGDCVL>BGDBUS", ""},
		{"crowds looted stores", d, "Crowds looted stores in Caracas on Monday.", "145", "VENCVL>VENBUS", ""},
		{"foreign-owned shops are the owner's", d, "Rioters torched Chinese-owned shops in Honiara.", "145", "SLBCVL>CHNBUS", ""},
		{"a parliament stormed stays the legislature", d, "Armenian protesters stormed the parliament in Yerevan.", "145", "ARMOPP>ARMLEG", ""},
	})
}

// TestJudgedMoveAbroad: a judgement of an act named by a general noun ("the
// measures", "the move", "the action") falls on who last acted against the
// judge; a state's forces who did it against another country did it for
// their state, its government, as TestJudgedActAbroad's acts named by
// their own nouns do; forces that took power at home stay themselves.
func TestJudgedMoveAbroad(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a coalition's expulsion called unjustified", date: "2017-06-06",
			text:     "DOHA (AP) — The Saudi-led coalition expelled Qatar from its ranks on Monday.\n\nQatar's foreign ministry called the measures unjustified.\n",
			sentence: "called the measures", want: []string{"11 QATGOV>SAUGOV"}, not: []string{"11 QATGOV>SAUMIL"}},
		{name: "troops crossing called aggression", date: "2008-08-09",
			text:     "TBILISI, Georgia (AP) — Russian troops crossed into Georgia on Friday.\n\nGeorgia's president called the move an act of aggression.\n",
			sentence: "called the move", want: []string{"11 GEOGOV>RUSGOV"}},
		{name: "air strikes condemned as a move", date: "2019-02-27",
			text:     "ISLAMABAD (AP) — Indian warplanes struck targets inside Pakistan on Tuesday.\n\nPakistan's foreign ministry condemned the move.\n",
			sentence: "condemned the move", want: []string{"11 PAKGOV>INDGOV"}},
		{name: "shelling called a provocation", date: "2010-11-24",
			text:     "SEOUL, South Korea (AP) — North Korean troops shelled a South Korean island on Tuesday.\n\nSouth Korea called the decision a grave provocation.\n",
			sentence: "called the decision", want: []string{"11 KOR>PRKGOV"}},
		{name: "detentions denounced", date: "2023-01-10",
			text:     "CARACAS (AP) — Colombian soldiers detained three Venezuelan citizens near the border on Monday.\n\nVenezuela's foreign minister denounced the action.\n",
			sentence: "denounced the action", want: []string{"11 VENGOV>COLGOV"}},
		{name: "a coup at home stays the junta's", date: "2021-10-26",
			text:     "KHARTOUM, Sudan (AP) — Sudan's military seized power on Monday.\n\nThe prime minister's office called the move a crime.\n",
			sentence: "called the move", want: []string{"11 SDNGOV>SDNMIL"}},
	})
}

// TestMilitarySitesAreForces: an act of force on military sites or vehicles
// no actor is named for (tanks, artillery, an air base, barracks: sets.txt's
// &military_site) falls on the military of the country where they are, as
// the story golds code strikes on tanks and bases; a school or a town struck
// stays the country with no sector.
func TestMilitarySitesAreForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tanks destroyed outside a city", d, "French warplanes destroyed tanks and armoured vehicles outside Benghazi on Saturday.", "19", "FRAMIL>LBYMIL", ""},
		{"an air base bombed", d, "Israeli jets bombed an air base near Damascus.", "195", "ISRMIL>SYRMIL", ""},
		{"artillery destroyed", d, "Turkish drones destroyed artillery near Idlib.", "19", "TURMIL>SYRMIL", ""},
		{"an airfield struck abroad", d, "Pakistani helicopters struck an airfield near Kandahar.", "195", "PAK>AFGMIL", ""},
		{"an airfield hit", d, "Russian missiles hit a military airfield in western Ukraine.", "19", "RUS>UKRMIL", ""},
		{"barracks bombed", d, "Saudi jets bombed barracks in Sanaa.", "195", "SAUMIL>YEMMIL", ""},
		{"a school struck is its civilians (TestCivilianThingHit)", d, "Israeli jets struck a school in Gaza.", "195", "ISRMIL>PSECVL", ""},
	})
}

// TestAirDefencesAreForces: a state's air defences named after its name,
// adjective or possessive, or a pronoun for the state ("Iran said its air
// defences") (agents.txt's state: "Libyan air defences",
// "Iran's air defenses", "Armenian air defence systems") are its military,
// so force on them falls on its military, not its government, as the story
// golds code missiles fired at Libyan air defences; alone they are no one's.
func TestAirDefencesAreForces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"missiles at a state's air defences", d, "British ships fired cruise missiles at Libyan air defences on Saturday.", "19", "GBR>LBYMIL", ""},
		{"jets strike air defences near a capital", d, "Israeli jets struck Syrian air defences near Damascus on Sunday.", "19", "ISRMIL>SYRMIL", ""},
		{"air defense systems destroyed", d, "Russian missiles destroyed Ukrainian air defense systems near Kyiv on Monday.", "19", "RUS>UKRMIL", ""},
		{"drones on air defence systems", d, "Azerbaijani drones destroyed Armenian air defence systems in Nagorno-Karabakh.", "19", "AZEMIL>ARMMIL", ""},
		{"a bloc's aircraft bomb air defences", d, "NATO aircraft bombed Serbian air defences on Wednesday.", "19", "IGONATO>SRBMIL", ""},
		{"a possessive state's air defenses", d, "Israeli warplanes attacked Iran's air defenses near Tehran on Saturday.", "19", "ISRMIL>IRNMIL", ""},
		{"its air defences after the state", d, "Iran said its air defences shot down two American drones over the Gulf.", "19", "IRNMIL>USAMIL", ""},
		{"its air defences shot down a drone", d, "Syria said its air defences shot down an Israeli drone near Damascus.", "19", "SYRMIL>ISR", ""},
		{"its bombers after the state", d, "Russia said its bombers struck rebel positions in Idlib.", "19", "RUSMIL>SYRREB", ""},
		{"air defence batteries bombed", d, "Turkish jets bombed Syrian air defence batteries near Afrin.", "19", "TURMIL>SYRMIL", ""},
	})
}
