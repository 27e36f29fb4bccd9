package pipeline

import "testing"

// The test coder keeps a country named as an actor bare (IRN), as
// testLexRows rows elsewhere do.

// TestRammedBoarded: a ship driven into another's is an act of force (190)
// on whose ship it is, and armed men boarding a ship seize it (171); a truck
// rammed into a crowd names the attacker's own vehicle, and passengers
// boarding a ferry do nothing.
func TestRammedBoarded(t *testing.T) {
	testLexRows(t, []lexRow{
		{"coast guard ship rammed a supply boat", d, "A Chinese coast guard ship rammed a Philippine supply boat near the Second Thomas Shoal.", "190", "CHNCOP>PHL", ""},
		{"patrol boat rammed the tugboat", d, "A Russian patrol boat rammed the Ukrainian tugboat on Sunday.", "190", "RUSMIL>UKR", ""},
		{"gunboat rammed a tanker", d, "An Iranian gunboat rammed a British tanker in the Gulf.", "190", "IRNMIL>GBR", ""},
		{"vessel rammed a patrol boat", d, "A North Korean vessel rammed a South Korean patrol boat near the maritime border.", "190", "PRK>KORMIL", ""},
		{"rammed, reported", d, "Japanese coast guard said a Chinese trawler rammed two of its patrol boats.", "190", "CHN>JPNMIL", ""},
		{"rammed a truck into a crowd: no 190 on the truck", d, "A man rammed a truck into a crowd in Nice.", "190", "", ""},
		{"special forces boarded vessels", d, "Russian special forces boarded three Ukrainian vessels in the Kerch Strait.", "171", "RUSMIL>UKR", ""},
		{"commandos boarded the tanker", d, "Iranian commandos boarded the British tanker in the Strait of Hormuz.", "171", "IRNMIL>GBR", ""},
		{"commandos boarded an aid ship", d, "Israeli commandos boarded a Turkish aid ship bound for Gaza.", "171", "ISRMIL>TUR", ""},
		{"fighters boarded a cargo ship", d, "Houthi fighters boarded a cargo ship in the Red Sea.", "171", "YEMREB>", ""},
		{"marines boarded the freighter", d, "Indian navy marines boarded the hijacked freighter off Somalia.", "171", "INDMIL>SOM", ""}, // no owner named: where it happens, as "hijacked a cargo ship off Puntland" (TestRegionsNewsNames)
		{"passengers boarded the ferry: nothing", d, "Hundreds of passengers boarded the ferry in Dover.", "171", "", ""},
	})
}

// TestPutToDeath: putting someone to death is executing them (1823), the
// object before or after "to death"; a plan put to the cabinet is no death.
func TestPutToDeath(t *testing.T) {
	testLexRows(t, []lexRow{
		{"put protesters to death", d, "Iran put two protesters to death on Monday.", "1823", "IRN>IRNOPP", ""},
		{"has put to death 81 men", d, "Saudi Arabia has put to death 81 men in a single day.", "1823", "SAU>SAUCVL", ""},
		{"put a trafficker to death", d, "Singapore put a Malaysian drug trafficker to death on Wednesday.", "1823", "SGP>MYSCRM", ""},
		{"put an officer to death, in a place", d, "The Taliban put a former police officer to death in Kandahar.", "1823", "AFGREB>AFGCOP", ""},
		{"will put to death: intent", d, "Belarus will put the activists to death, the court said.", "138", "BLR>OPP", ""},
		{"put the plan to the cabinet: nothing", d, "The minister put the plan to the cabinet.", "1823", "", ""},
	})
}

// TestOrderedForeignersOut: a state ordering foreigners, migrants or
// refugees out of the country expels them (174), though no actor names
// them, as "ordered 35 diplomats out" does actors.
func TestOrderedForeignersOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered illegal aliens out", d, "Nigeria ordered all illegal aliens out of the country within two weeks.", "174", "NGA>", ""},
		{"ordered foreigners out", d, "Uganda ordered thousands of foreigners out of the country in 1972.", "174", "UGA>", ""},
		{"ordered migrants of a country out", d, "Libya ordered all Egyptian migrants out of the country by Friday.", "174", "LBY>EGYCVL", ""},
		{"ordered the refugees out", d, "The government ordered the refugees out of the country within 48 hours.", "174", "GOV>REF", ""},
		{"ordered expatriates out", d, "Zambia ordered the expatriates out of the country on Monday.", "174", "ZMB>", ""},
		{"ordered the players out of the stadium: no one expelled", d, "The coach ordered the players out of the stadium.", "174", "", ""},
	})
}
