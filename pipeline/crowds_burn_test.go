package pipeline

import "testing"

// TestCrowdsBurnProperty: a crowd, however named ("mobs", "rioters", a
// people's name before it), that burns vehicles, offices, stations or banks
// riots (145); soldiers who burn a village destroy property (1712), no riot.
func TestCrowdsBurnProperty(t *testing.T) {
	testLexRows(t, []lexRow{
		{"mobs burned buses and offices", d, "Sinhalese mobs burned buses and government offices in the capital.", "145", "CVL>GOV", ""},
		{"rioters burned police stations", d, "Rioters burned police stations and banks across the city.", "145", "CVL>COP", ""},
		{"protesters burned effigies", d, "Protesters burned effigies of the president outside parliament.", "145", "OPP>GOV", ""},
		{"a mob burned trucks", d, "A mob burned two trucks carrying fuel near the border.", "145", "CVL>", ""},
		{"not: soldiers burn a village", d, "Soldiers burned the village after the ambush.", "145", "", ""},
	})
}

// TestTurnedAway: forces that turn people away keep them from where they
// went (191); a request turned away is rejected (120), no blockade.
func TestTurnedAway(t *testing.T) {
	testLexRows(t, []lexRow{
		{"guards turned away refugees", d, "Border guards turned away about 300 refugees.", "191", "COP>REF", ""},
		{"police turned away journalists", d, "Police turned away foreign journalists at the airport.", "191", "COP>MED", ""},
		{"not: a request turned away", d, "The ministry turned away the request.", "191", "", ""},
	})
}

// TestChambersOfParliament: a parliament's chambers and members, however
// named ("both houses", "the lower house", "members of parliament"), are
// the legislature (LEG).
func TestChambersOfParliament(t *testing.T) {
	testLexRows(t, []lexRow{
		{"members of both houses turned away", d, "Members of both houses were turned away by police.", "191", "COP>LEG", ""},
		{"the lower house banned a party", d, "The lower house passed a law banning the party.", "1722", "LEG>PTY", ""},
		{"members of parliament condemned", d, "Members of parliament condemned the arrests.", "111", "LEG>", ""},
		{"the upper house rejected", d, "The upper house rejected the budget.", "12", "LEG>", ""},
	})
}

// TestMaskedMen: men described by a mask or hood, like armed or unknown
// men, are armed men of no state (UAF).
func TestMaskedMen(t *testing.T) {
	testLexRows(t, []lexRow{
		{"masked men ambushed", d, "Masked men ambushed a police patrol.", "190", "UAF>COP", ""},
		{"hooded men shot", d, "Two hooded men shot the judge outside his home.", "193", "UAF>JUD", ""},
		{"masked gunmen stormed", d, "Masked gunmen stormed a television studio.", "180", "UAF>MED", ""},
	})
}

// TestPutDown: forces that put down or crush a coup or a mutiny fight it
// down (190); protests or riots put down are repressed (175). The European
// Community, before it became the Union, is the same body (IGOEUR).
func TestPutDown(t *testing.T) {
	testLexRows(t, []lexRow{
		{"loyal troops put down a coup", d, "Troops loyal to the president put down an attempted coup by rebel army officers.", "190", "MIL>REB", ""},
		{"the army crushed a mutiny", d, "The army crushed a mutiny in the north.", "190", "MIL>", ""},
		{"police put down protests", d, "Police put down the protests in the capital.", "175", "COP>", ""},
		{"the European Community", d, "The European Community imposed an arms embargo on Yugoslavia.", "163", "IGOEUR>SRB", ""},
		{"the EEC", d, "The EEC condemned the coup.", "111", "IGOEUR>", ""},
	})
}

// TestTakeoverDay: a group that takes power by force is still the armed
// group on the day it takes the capital (the day's fighting and entry are
// the rebels'), and rules from the next day.
func TestTakeoverDay(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Taliban take Kabul, 2021", "2021-08-15", "Taliban fighters captured Kabul on Sunday after the president fled.", "192", "AFGREB>AFGGOV", ""},
		{"Taliban rule the day after", "2021-08-17", "The Taliban ordered women to stay at home.", "100", "AFGGOV>AFGCVL", ""},
		{"Taliban take Kabul, 1996", "1996-09-27", "Taliban fighters captured Kabul on Friday.", "192", "AFGREB>AFGGOV", ""},
		{"Taliban before Kabul, 1995", "1995-03-10", "The Taliban attacked government positions south of Kabul.", "190", "AFGREB>AFGGOV", ""},
		{"Sandinistas enter Managua", "1979-07-19", "Sandinista guerrillas rolled into Managua on Thursday.", "192", "NICREB>NICGOV", ""},
		{"Sandinistas rule a week on", "1979-07-26", "The Sandinistas arrested hundreds of National Guard officers.", "173", "NICGOV>NICMIL", ""},
	})
}

// TestDeliveriesSuspended: a state that suspends, halts or freezes
// deliveries, shipments or sales to another cuts what it gave (162); a
// company that suspends sales to no one named sanctions no one.
func TestDeliveriesSuspended(t *testing.T) {
	testLexRows(t, []lexRow{
		{"suspended the delivery of jets", d, "The United States suspended the delivery of four F-16 fighter-bombers to Israel.", "162", "USA>ISR", ""},
		{"froze the shipment of spare parts", d, "Britain froze the shipment of spare parts to Argentina.", "162", "GBR>ARG", ""},
		{"halted deliveries of wheat", d, "Washington halted deliveries of wheat to Moscow.", "162", "USAGOV>RUS", ""},
		{"not: a company's sales", d, "The company suspended sales of the drug.", "16", "", ""},
	})
}

// TestGroupRoleOnEventDate: a group's role is read on the day its act is
// dated, not the day the story was filed: the Taliban who took Kabul on
// Sunday, in a story filed Monday, were rebels that Sunday; an act told
// for a year before they ruled is the insurgents'. A group keeps the
// country the story gave it.
func TestGroupRoleOnEventDate(t *testing.T) {
	testLexRows(t, []lexRow{
		{"took Kabul the day before filing", "2021-08-16", "Taliban fighters captured Kabul on Sunday.", "192", "AFGREB>AFGGOV", ""},
		{"1996, filed the next day", "1996-09-28", "Taliban fighters captured Kabul on Friday.", "192", "AFGREB>AFGGOV", ""},
		{"an act told for an earlier year", "2024-03-01", "The Taliban attacked an army base in Helmand in 2015.", "190", "AFGREB>AFGMIL", ""},
		{"ruling on the story's day", "2021-09-10", "The Taliban ordered women to stay at home on Thursday.", "100", "AFGGOV>AFGCVL", ""},
	})
}

// TestCountedPeoples: a people with no state of its own counted by a number
// ("several thousand Sikhs", "some 2,000 Kurds") that marches or riots is a
// crowd: civilians of the country where it acts, as "thousands of Kurds"
// already was.
func TestCountedPeoples(t *testing.T) {
	testLexRows(t, []lexRow{
		{"several thousand Sikhs marched", d, "Several thousand Sikhs marched through New Delhi on Monday.", "141", "INDCVL>INDGOV", ""},
		{"several thousand Kurds marched", d, "Several thousand Kurds marched in Diyarbakir.", "141", "TURCVL>TURGOV", ""},
		{"some 2,000 Tamils rallied", d, "Some 2,000 Tamils rallied in Jaffna to demand the release of detainees.", "141", "LKACVL>LKAGOV", ""},
		{"several hundred Uighurs protested", d, "Several hundred Uighurs protested in Urumqi.", "140", "CHNCVL>CHNGOV", ""},
		{"about 3,000 Hutus demonstrated", d, "About 3,000 Hutus demonstrated in Bujumbura against the army.", "141", "BDICVL>BDIMIL", ""},
	})
}

// TestLooters: looters are a crowd of civilians (CVL): what they ransack,
// storm or burn is a riot (145) on the place's shops; forces that fire on
// them repress a crowd (175), and those arrested are civilians.
func TestLooters(t *testing.T) {
	testLexRows(t, []lexRow{
		{"looters ransacked shops", d, "Looters ransacked shops in Johannesburg.", "145", "ZAFCVL>ZAFBUS", ""},
		{"looters stormed supermarkets", d, "Looters stormed supermarkets in Caracas.", "145", "VENCVL>VENBUS", ""},
		{"looters set fire to shops", d, "Looters set fire to shops in Honiara.", "145", "SLBCVL>SLBBUS", ""},
		{"hundreds of looters", d, "Hundreds of looters ransacked warehouses in Port-au-Prince.", "145", "HTICVL>HTIBUS", ""},
		{"soldiers fired on looters", d, "Soldiers fired on looters in Kinshasa.", "175", "CODMIL>CODCVL", ""},
		{"police arrested looters", d, "Police arrested dozens of looters in Durban.", "173", "ZAFCOP>ZAFCVL", ""},
	})
}

// TestForcesCatch: a force (police, soldiers, a patrol, guards) that
// catches someone detains them (173), in the active or the passive; a
// thing that catches fire, people caught in the crossfire, or an army
// caught off guard is no arrest.
func TestForcesCatch(t *testing.T) {
	testLexRows(t, []lexRow{
		{"caught by an army patrol", d, "The pilot was caught by an army patrol near Managua the next day.", "173", "NICMIL>NIC", ""},
		{"soldiers caught smugglers", d, "Soldiers caught two smugglers near the border.", "173", "MIL>CRM", ""},
		{"police caught the suspect", d, "Police in Lagos caught the suspect on Monday.", "173", "NGACOP>NGACVL", ""},
		{"border guards caught migrants", d, "Border guards caught 40 migrants trying to cross into Greece.", "173", "GRCCOP>GRCCVL", ""},
		{"not: caught fire", d, "The building caught fire after the blast.", "173", "", ""},
		{"not: caught in the crossfire", d, "Civilians were caught in the crossfire.", "173", "", ""},
		{"not: caught off guard", d, "The rebels caught the army off guard.", "173", "", ""},
	})
}

// TestArmouredColumns: an armoured, tank or military column is the
// military (MIL), and a column, like a convoy, that crosses, rolls,
// presses or pushes into a place is a deployment there (154); a column of
// refugees is no force.
func TestArmouredColumns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armoured columns pressed into", d, "Russian armoured columns pressed deeper into Chechnya on Sunday.", "154", "RUSMIL>RUS", ""},
		{"an armored column crossed into", d, "An Ethiopian armored column crossed into Somalia.", "154", "ETHMIL>SOMGOV", ""},
		{"tank columns rolled into", d, "Syrian tank columns rolled into Hama.", "154", "SYRMIL>SYR", ""},
		{"troops pushed into", d, "Turkish troops pushed into northern Syria.", "154", "TURMIL>SYRGOV", ""},
		{"a military column moved into", d, "A Malian military column moved into Kidal on Tuesday.", "154", "MLIMIL>MLI", ""},
		{"not: a column of refugees", d, "A column of refugees crossed the border into Chad.", "154", "", ""},
	})
}
