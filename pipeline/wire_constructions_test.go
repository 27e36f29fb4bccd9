package pipeline

import "testing"

// The construction families behind the wire sweep's fixes
// (wire_sweep_test.go): each reading is tried on sentences of several
// shapes, with the ones that must not code.

// TestWireStoning: stoning a building, an office or a compound is an act
// of violent protest (145) aimed at whose it is, whatever is stoned.
func TestWireStoning(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a governor's compound", d, "Angry villagers stoned the compound of the district governor on Sunday.", "145", "CVL>GOV", ""},
		{"a party's offices, place and time after", d, "Protesters stoned the offices of the ruling party in the capital after the vote.", "145", "OPP>PTY", ""},
		{"police stations, conjoined", d, "Youths stoned police stations and burned cars in several towns overnight.", "145", "CVL>COP", ""},
		{"passive with agent", d, "The house was stoned by a crowd of demonstrators on Friday.", "145", "OPP>", ""},
		{"not: stoned to death is an assault", d, "A woman was stoned to death by militants in the north.", "145", "", ""},
		{"stoned to death", d, "A woman was stoned to death by militants in the north.", "1823", "REB>CVL", ""},
	})
}

// TestWireBarricades: building or throwing up barricades or roadblocks is
// obstruction (144), as setting them up is; other things built are not.
func TestWireBarricades(t *testing.T) {
	testLexRows(t, []lexRow{
		{"built barricades across roads", d, "Residents built barricades across the roads leading to the mine on Friday.", "144", "CVL>", ""},
		{"threw up barricades around parliament", d, "Demonstrators threw up barricades around the parliament building in Kiev.", "144", "UKROPP>UKRGOV", ""},
		{"built roadblocks to protest", d, "Farmers built roadblocks on the main highway to protest the new tax.", "144", "CVL>", ""},
		{"not: a base built", d, "The army built a new base near the border.", "14", "", ""},
		{"not: roads built", d, "The government built new roads in the north.", "14", "", ""},
	})
}

// TestWireVotedTo: a body that votes to do something has decided it, as
// one that decides to does: the act is done, not hypothetical.
func TestWireVotedTo(t *testing.T) {
	testLexRows(t, []lexRow{
		{"voted to end support for", d, "The US Senate voted on Thursday to end American military support for the Saudi-led coalition.", "1622", "USALEG>SAUMIL", ""},
		{"voted to suspend talks with", d, "The European Parliament voted to suspend trade talks with Turkey.", "164", "IGOEUR>TUR", ""},
		{"voted unanimously to impose", d, "The Security Council voted unanimously to impose an arms embargo on South Sudan.", "163", "IGOUNO>SSD", ""},
		{"voted to suspend from", d, "The UN General Assembly voted to suspend Russia from the Human Rights Council.", "166", "IGOUNO>RUS", ""},
		{"not: a vote to come is no sanction done", d, "Lawmakers will vote next week to impose sanctions on Russia.", "163", "", ""},
		{"not: failed to vote", d, "The Senate failed to vote to impose sanctions on Russia.", "163", "", ""},
	})
}

// TestWireLoadsOf: a load, a shipment, a tranche or a package heads its
// phrase only as a quantity does: what is sent, delivered, approved or
// adopted is what its "of" phrase names.
func TestWireLoadsOf(t *testing.T) {
	testLexRows(t, []lexRow{
		{"planeloads of food and medicine", d, "The United Arab Emirates sent two planeloads of food and medicine to Somalia on Sunday.", "073", "ARE>SOM", ""},
		{"a tranche of financial aid", d, "The EU approved a fresh tranche of financial aid to Egypt.", "071", "IGOEUR>EGY", ""},
		{"a consignment of vaccines", d, "China delivered a consignment of vaccines to Cambodia on Friday.", "073", "CHN>KHM", ""},
		{"truckloads of aid into a territory", d, "Egypt sent 50 truckloads of aid into Gaza through the Rafah crossing.", "07", "EGY>PSE", ""},
		{"a package of sanctions", d, "The EU adopted a new package of sanctions against Russia.", "163", "IGOEUR>RUS", ""},
		{"not: a shipment of cars", d, "The company sent a shipment of cars to Germany.", "07", "", ""},
		{"not: a package of reforms", d, "The government unveiled a package of economic reforms.", "07", "", ""},
	})
}

// TestWireNoReasonTo: seeing no reason or no need to do something refuses
// it (12), as "refused to" does; a reason seen is no refusal.
func TestWireNoReasonTo(t *testing.T) {
	testLexRows(t, []lexRow{
		{"reported, past", d, "The Serbian president said on Sunday he saw no reason to impose sanctions on Russia.", "12", "SRBGOV>RUS", ""},
		{"present, told by a spokesman", d, "Washington sees no reason to apologise to China for the incident, a spokesman said.", "12", "USAGOV>CHN", ""},
		{"no need to negotiate", d, "The Kremlin saw no need to negotiate with Kyiv.", "125", "RUSGOV>UKRGOV", ""},
		{"does not see any reason", d, "Germany does not see any reason to send tanks to Ukraine.", "12", "DEU>UKR", ""},
		{"not: a reason seen", d, "The minister saw a reason to visit Moscow.", "12", "", ""},
		{"not: no reason for alarm", d, "Analysts see no reason for alarm.", "12", "", ""},
	})
}

// TestWireShuttle: shuttling between parties mediates between them (045);
// a ferry or a bus that shuttles between places does nothing of the kind.
func TestWireShuttle(t *testing.T) {
	testLexRows(t, []lexRow{
		{"mediators between negotiators, reported", d, "Egyptian mediators shuttled between Israeli and Hamas negotiators in Cairo on Thursday, officials said.", "045", "EGY>PSEREB", ""},
		{"an envoy between capitals, progressive", d, "Qatar's foreign minister has been shuttling between Washington and Tehran.", "045", "QATGOV>USAGOV", ""},
		{"not: a ferry", d, "The ferry shuttles between the island and the mainland.", "04", "", ""},
		{"not: buses", d, "Buses shuttled between the airport and the city centre.", "04", "", ""},
	})
}

// TestWireRefusedMeeting: a meeting or talks between parties that a verb
// of refusal cancels, calls off, postpones or rejects did not take place:
// no consultation is coded; held, they are one.
func TestWireRefusedMeeting(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called off, passive, reported", d, "A planned meeting between the foreign ministers of India and Pakistan was called off at the last minute on Friday, diplomats said.", "04", "", ""},
		{"postponed, passive", d, "A meeting between the foreign ministers of India and Pakistan was postponed on Friday.", "04", "", ""},
		{"cancelled, active", d, "India cancelled a meeting between its foreign minister and his Pakistani counterpart.", "04", "", ""},
		{"cancelled is the refusal", d, "India cancelled a meeting between its foreign minister and his Pakistani counterpart.", "125", "IND>", ""},
		{"held talks still code", d, "Talks between Serbia and Kosovo were held in Brussels.", "04", "SRB>XKX", ""},
		{"a meeting that took place", d, "A meeting between the foreign ministers of India and Pakistan took place in Astana.", "04", "INDGOV>PAK", ""},
	})
}

// TestWireTravelForTalksWith: travelling, flying, going or arriving for
// talks or a meeting with someone is a meeting with them (040); with no
// one named it stays a meeting with no target.
func TestWireTravelForTalksWith(t *testing.T) {
	testLexRows(t, []lexRow{
		{"flew, place and time between", d, "The Turkish foreign minister flew to Moscow on Tuesday for talks with his Russian counterpart on the grain corridor.", "040", "TURGOV>RUSGOV", ""},
		{"arrived in, officials", d, "Blinken arrived in Cairo on Sunday for talks with Egyptian officials on the war in Gaza.", "040", "USA>EGYGOV", ""},
		{"travelled for a meeting with", d, "The Ethiopian prime minister travelled to Nairobi for a meeting with the Kenyan president.", "040", "ETHGOV>KENGOV", ""},
		{"went for talks with a bloc", d, "Zelensky went to Brussels for talks with EU leaders.", "040", "UKRGOV>IGOEUR", ""},
		{"no one named: no target", d, "The Sudanese army chief flew to Jeddah for talks.", "040", "SDNMIL>", ""},
	})
}

// TestWireLightVerbSpan: a light verb whose object is a span of time or a
// count of an event noun does that event ("held three hours of talks"),
// and a verb whose own entry reads the noun through the span keeps it
// ("launched a wave of air strikes" is 195).
func TestWireLightVerbSpan(t *testing.T) {
	testLexRows(t, []lexRow{
		{"hours of talks", d, "The Chinese and Indian foreign ministers held three hours of talks in Moscow.", "040", "CHNGOV>INDGOV", ""},
		{"days of talks, participle opening", d, "Meeting in Geneva, Iran and the European Union held two days of talks on the nuclear deal.", "04", "IRN>IGOEUR", ""},
		{"a wave of air strikes keeps its own entry", d, "Israel launched a wave of air strikes on Gaza.", "195", "ISR>PSE", ""},
		{"dozens of attacks", d, "Russia carried out dozens of attacks on Ukrainian cities.", "18", "RUS>UKR", ""},
		{"not: hours of talks that did not happen", d, "The two ministers did not hold hours of talks.", "04", "", ""},
	})
}

// TestWireMilitaryAidFor: military aid "for" an actor is aid to it, as
// aid for an actor is; a light verb that announces or approves it does it.
func TestWireMilitaryAidFor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"announced, apposition, time before the object", d, "Lloyd Austin, the US defence secretary, announced on Wednesday a new package of military aid for Ukraine worth 800 million dollars.", "072", "USAGOV>UKR", ""},
		{"unveiled", d, "Germany unveiled military aid for Kyiv on Friday.", "072", "DEU>UKR", ""},
		{"aid for a purpose names no target", d, "The United States announced military aid for the war effort.", "072", "USA>", ""},
	})
}

// TestWireCountOut: a phrasal verb's particle after an object that is a
// count with its "of" phrase ("drove hundreds of thousands of Rohingya
// out of Rakhine") belongs to the verb, as after a short object.
func TestWireCountOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"hundreds of thousands out of a state", d, "The Myanmar military drove hundreds of thousands of Rohingya out of Rakhine state in 2017, an exodus the United Nations has called ethnic cleansing.", "201", "MMRMIL>MMR", ""},
		{"thousands of villagers out of their homes", d, "Militias drove thousands of villagers out of their homes in Darfur.", "201", "SDNUAF>SDNCVL", ""},
		{"a short object, as before", d, "The army drove the rebels out of the town.", "190", "MIL>REB", ""},
		{"protesters out of a square are dispersed", d, "Police drove hundreds of protesters out of the square.", "175", "COP>OPP", ""},
		{"not: students driven out of a square are no mass expulsion", d, "Troops drove thousands of students out of the main square on Sunday.", "201", "", ""},
		{"not: a count that is no object of the verb", d, "Hundreds of refugees walked out of the camp.", "20", "", ""},
	})
}

// TestWireDefendAgainstWords: defending an actor against criticism,
// accusations or allegations is verbal support (052); defending it against
// attacks stays military protection (074).
func TestWireDefendAgainstWords(t *testing.T) {
	testLexRows(t, []lexRow{
		{"apposition, time before the phrase, reported", d, "The Hungarian prime minister, Viktor Orban, defended Poland on Tuesday against criticism from the European Commission, his spokesman said.", "052", "HUNGOV>POL", ""},
		{"against accusations", d, "China defended Russia against accusations of war crimes.", "052", "CHN>RUS", ""},
		{"from allegations", d, "Turkey defended Azerbaijan from the allegations.", "052", "TUR>AZE", ""},
		{"not: against attacks", d, "NATO will defend Estonia against any attack.", "052", "", ""},
	})
}

// TestWireParticipleAgent: a thing named with a participle clause whose
// agent is an actor ("war crimes committed by Russian forces", "weapons
// supplied by Iran") is that actor's: a target through it is the agent.
func TestWireParticipleAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an investigation into crimes committed by", d, "The International Criminal Court, based in The Hague, launched an investigation on Wednesday into alleged war crimes committed by Russian forces in Ukraine.", "094", "IGOICC>RUSMIL", ""},
		{"seized weapons supplied by", d, "Israel seized weapons supplied by Iran.", "171", "ISR>IRN", ""},
		{"condemned killings carried out by", d, "The UN condemned the killings carried out by the militia.", "111", "IGOUNO>UAF", ""},
		{"an actor keeps itself", d, "Police released the journalists detained by soldiers.", "0841", "COP>MED", ""},
	})
}

// TestWirePresidentialGuard: a presidential or republican guard is a
// military force, as a national guard is: an agent after "by" does the act.
func TestWirePresidentialGuard(t *testing.T) {
	testLexRows(t, []lexRow{
		{"passive agent, time after", "2023-07-28", "The ousted president of Niger has been placed under house arrest by the presidential guard since the coup, according to people close to him.", "173", "NERMIL>NERGOV", ""},
		{"subject", d, "Members of the presidential guard detained the president on Wednesday.", "173", "MIL>GOV", ""},
		{"republican guard", d, "The Republican Guard shelled the town.", "194", "MIL>", ""},
	})
}

// TestWireEnergyCompanies: state energy companies named in the news are
// their countries' businesses: a supply cut by one is coded with it.
func TestWireEnergyCompanies(t *testing.T) {
	testLexRows(t, []lexRow{
		{"halted supplies to, two targets", d, "Gazprom halted gas supplies to Poland and Bulgaria on Wednesday after both countries refused to pay in roubles, the companies said.", "163", "RUSBUS>POL", ""},
		{"cut deliveries to", d, "Gazprom cut gas deliveries to Moldova.", "163", "RUSBUS>MDA", ""},
		{"signed a deal with", d, "Naftogaz signed a gas deal with Poland on Monday.", "057", "UKRBUS>POL", ""},
	})
}

// TestWireOffTheAir: taking a station off the air silences it (1721), in
// the active and in the passive with its agent.
func TestWireOffTheAir(t *testing.T) {
	testLexRows(t, []lexRow{
		{"active, time after", d, "Police took the opposition television station off the air on Monday.", "1721", "COP>MED", ""},
		{"passive with agent", d, "The state broadcaster was taken off the air by the military after the coup.", "1721", "MIL>MED", ""},
		{"pulled, passive, place after", d, "Two private television stations were pulled off the air by the government in Bangui on Friday.", "1721", "CAFGOV>CAFMED", ""},
		{"not: a station that goes off the air", d, "The station went off the air during the storm.", "17", "", ""},
		{"not: a programme taken off the air by its network", d, "The network took its evening news programme off the air for the holiday.", "17", "", ""},
	})
}

// TestWireForcesToBorder: forces deployed, sent, moved or massed at a
// border with another country are aimed at that country (154), whosever
// the border is; forces deployed at home with no border named aim at no one.
func TestWireForcesToBorder(t *testing.T) {
	testLexRows(t, []lexRow{
		{"deployed along its border with, reported", d, "Russia has deployed more than 100,000 troops along its border with Ukraine in recent months, according to American intelligence officials.", "154", "RUS>UKR", ""},
		{"sent tanks to its border with", d, "Turkey sent tanks to its border with Syria on Monday.", "154", "TUR>SYR", ""},
		{"massed near, told by officials", d, "Belarus massed troops near its border with Poland, officials in Warsaw said.", "154", "BLR>POL", ""},
		{"moved to the frontier with", d, "India moved troops to the frontier with China after the clash.", "154", "IND>CHN", ""},
		{"not: tanks to a border are no aid", d, "Turkey sent tanks to its border with Syria on Monday.", "07", "", ""},
		{"not: troops in its own regions", d, "Russia deployed troops in its western regions.", "154", "", ""},
	})
}

// TestWireCrushInsurgency: crushing an armed resistance, an insurgency or
// an insurrection is force (190), and vowing to is a threat of it (138);
// crushing protests stays repression (175).
func TestWireCrushInsurgency(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vowed to crush, apposition, reported", d, "Min Aung Hlaing, the head of the Myanmar junta, vowed on Saturday to crush the armed resistance to military rule, state media reported.", "138", "MMRMIL>", ""},
		{"crushed the insurgency", d, "The army crushed the insurgency in the north in 2009.", "190", "MIL>", ""},
		{"not: protests crushed are repressed", d, "Police crushed the protests in the capital.", "190", "", ""},
		{"not: a vow to crush is no intent to cooperate", d, "The government vowed to crush the insurrection.", "03", "", ""},
	})
}
