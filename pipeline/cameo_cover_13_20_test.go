package pipeline

import "testing"

// TestCameoCover18to20 reads CAMEO codes of roots 18-20 as wire news phrases
// them, from the codebook rather than from any set's misses: a bomb that
// explodes or goes off at a place named by its actor ("a bomb exploded
// outside the U.S. embassy": unidentified attackers against the United
// States), an attempt on a leader's life escaped, a place attacked with poison
// gas (2041), heavy weapons opening fire and a barrage of rockets fired (194).
// The rows with no code wanted are the same verbs in other senses.
func TestCameoCover18to20(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a bomb exploded outside an embassy", d, "A bomb exploded outside the U.S. embassy in Nairobi.", "183", "KENUAF>USAGOV", ""},
		{"a bomb went off near a car", d, "A bomb went off near an Israeli embassy car in New Delhi.", "183", "INDUAF>ISRGOV", ""},
		{"a bomb went off outside a police station", d, "A bomb went off outside a police station in Quetta.", "183", "PAKUAF>PAKCOP", ""},
		{"a car bomb exploded near a ministry", d, "A car bomb exploded near the Interior Ministry in Damascus.", "1832", "SYRUAF>SYRGOV", ""},
		{"a car bomb went off outside headquarters", d, "A car bomb went off outside the police headquarters in Mogadishu.", "1832", "SOMUAF>SOMCOP", ""},
		{"a car bomb exploded outside an embassy", d, "A car bomb exploded outside the French embassy in Tripoli.", "1832", "LBYUAF>FRAGOV", ""},
		{"an assassination attempt escaped", d, "The Afghan president escaped an assassination attempt on Tuesday.", "185", "AFGUAF>AFGGOV", ""},
		{"villages attacked with poison gas", d, "Iraq attacked Kurdish villages with poison gas.", "2041", "IRQ>", ""},
		{"a town shelled with chlorine", d, "Syrian forces shelled the town with chlorine gas.", "2041", "SYRMIL>", ""},
		{"tanks opened fire", d, "Tanks opened fire on the parliament building in Moscow.", "194", "RUSMIL>RUSLEG", ""},
		{"a barrage of rockets fired", d, "Hamas fired a barrage of rockets at Tel Aviv.", "194", "PSEREB>ISR", ""},
		{"a salvo of rockets fired", d, "Hezbollah fired a salvo of rockets into northern Israel.", "194", "LBNRAD>ISR", ""},
		{"a volley of mortar rounds fired", d, "Syrian troops fired a volley of mortar rounds at the Turkish border post.", "194", "SYRMIL>TUR", ""},
		{"a gas cylinder exploded", d, "A gas cylinder exploded in a restaurant in Karachi.", "18", "", ""},
		{"fireworks went off", d, "Fireworks went off over the harbour in Sydney.", "18", "", ""},
		{"an alarm went off", d, "The alarm went off at the Indian embassy in the middle of the night.", "18", "", ""},
		{"a nuclear device exploded", d, "North Korea exploded a nuclear device.", "18", "", ""},
		{"demand exploded", d, "Demand for Chinese electric cars exploded last year.", "18", "", ""},
		{"a scandal rocked a government", d, "The scandal rocked the Pakistani government.", "18", "", ""},
		{"a barrage of lawsuits fired", d, "The company fired a barrage of lawsuits at its rivals.", "19", "", ""},
		{"soldiers opened fire on a crowd", d, "Soldiers opened fire on the crowd in Conakry.", "194", "", ""},
	})
}

// TestCameoCover13to17 reads CAMEO codes of roots 13-17 (and two of 19) as
// wire news phrases them, from the codebook rather than from any set's
// misses: a deadline set for another (139), homes, offices and headquarters
// burned by protesters or rioters (145), a vote shunned (143), the army called
// out (154), a firm added to a blacklist (163), trees uprooted (171),
// missiles fired by aircraft (195). The rows with no code wanted are the
// same verbs in other senses.
func TestCameoCover13to17(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a deadline set for an armed group", d, "Israel set Hamas a deadline to release the hostages.", "139", "ISR>PSEREB", ""},
		{"a deadline set for a junta", d, "The African Union set the junta a deadline to restore civilian rule.", "139", "IGOAFR>GOV", ""},
		{"rioters burned party headquarters", d, "Rioters burned the headquarters of the ruling party.", "145", "CVL>PTY", ""},
		{"protesters burned a governor's home", d, "Protesters burned the home of the governor in Kano.", "145", "NGAOPP>NGAGOV", ""},
		{"a vote shunned", d, "The opposition shunned the parliamentary vote.", "143", "OPP>", ""},
		{"the army called out", d, "The government called out the army to restore order.", "154", "GOV>", ""},
		{"troops called out", d, "The Pakistani government called out troops to quell the riots.", "154", "PAKGOV>", ""},
		{"a firm added to a blacklist", d, "Washington added Huawei to its trade blacklist.", "163", "USAGOV>CHNBUS", ""},
		{"firms added to an entity list", d, "The United States added eight Chinese firms to its entity list.", "163", "USA>CHNBUS", ""},
		{"olive trees uprooted", d, "Israeli settlers uprooted Palestinian olive trees.", "171", "ISRCVL>PSE", ""},
		{"helicopters fired missiles", d, "Israeli helicopters fired missiles at a car in Gaza.", "195", "ISR>PSE", ""},
		{"a drone fired a missile", d, "A U.S. drone fired a missile at a vehicle in Yemen.", "195", "USA>YEM", ""},
		{"a bond sale shunned", d, "Japanese investors shunned the bond sale.", "14", "", ""},
		{"players called out", d, "The referee called out the Brazilian players for diving.", "15", "", ""},
		{"a student added to a list", d, "The teacher added the student to the list.", "16", "", ""},
		{"trees uprooted by a storm", d, "The storm uprooted trees across Manila.", "17", "", ""},
	})
}

// TestCameoCoverHaltsAndSieges reads arms sales blocked (1622), negotiations
// called off (164) and a town or an enclave cut off by forces (191), from the
// codebook; a supply, a village cut off by a storm or a vote blocked are no
// such acts.
func TestCameoCoverHaltsAndSieges(t *testing.T) {
	testLexRows(t, []lexRow{
		{"arms sales blocked", d, "Congress blocked arms sales to Saudi Arabia.", "1622", "LEG>SAU", ""},
		{"an arms sale blocked", d, "The Senate blocked a $1 billion arms sale to Egypt.", "1622", "LEG>EGY", ""},
		{"negotiations called off", d, "The Colombian government called off negotiations with the rebels.", "164", "COLGOV>COLREB", ""},
		{"an enclave cut off", d, "Serb forces cut off the Muslim enclave of Srebrenica.", "191", "SRBMIL>BIH", ""},
		{"a city cut off", d, "Russian troops cut off Mariupol.", "191", "RUSMIL>UKR", ""},
		{"gas supplies cut off", d, "Russia cut off gas supplies to Ukraine.", "19", "", ""},
		{"villages cut off by a storm", d, "The storm cut off villages in Nepal.", "19", "", ""},
		{"a vote on a sale blocked", d, "The Senate blocked a vote on the arms sale to Egypt.", "16", "", ""},
	})
}
