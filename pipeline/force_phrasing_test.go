package pipeline

import "testing"

// TestComeUnderBy: force on a place or a unit told from its side, its doer after "by" as after "from": "Kharkiv came under heavy shelling by Russian forces"; criticism "over" something stays criticism.
func TestComeUnderBy(t *testing.T) {
	testLexRows(t, []lexRow{
		{"shelling by", "2021-05-04", "Kharkiv came under heavy shelling by Russian forces.", "19", "RUSMIL>UKR", ""},
		{"attack by militants", "2021-05-04", "A Malian army patrol came under attack by Islamist militants near Gao.", "19", "RAD>MLIMIL", ""},
		{"fire by fighters", "2021-05-04", "An Afghan army convoy came under fire by Taliban fighters in Helmand.", "19", "AFGREB>AFGMIL", ""},
		{"bombardment by", "2021-05-04", "The Syrian town of Douma came under bombardment by government forces on Monday.", "19", "SYRMIL>SYR", ""},
		{"rocket barrage by", "2021-05-04", "Israeli border towns came under a barrage by Hezbollah on Sunday.", "19", "LBNRAD>ISR", ""},
		{"criticised by lawmakers: no force", "2021-05-04", "The prime minister came under attack by opposition lawmakers over the deal.", "19", "", ""},
		{"criticised from: no force", "2021-05-04", "The Kenyan minister came under attack from lawmakers over the budget.", "19", "", ""},
		{"criticised: accusation", "2021-05-04", "The Kenyan minister came under attack from opposition lawmakers over the budget.", "11", "KENLEG>KENGOV", ""},
		{"markets: no force", "2021-05-04", "Bitcoin came under heavy selling pressure on Monday.", "19", "", ""},
	})
}

// TestHeavyFireVerbs: the wires' verbs of heavy fire, said of forces or their guns: "hammered", "battered", "pummelled", and fire that "rains" on a place; weather, markets and crowds do none.
func TestHeavyFireVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"artillery hammered", "2021-05-04", "Russian artillery hammered Ukrainian positions near Bakhmut.", "19", "RUSMIL>UKR", ""},
		{"jets pummelled", "2021-05-04", "Israeli jets pummelled Hamas targets in Gaza overnight.", "19", "ISRMIL>PSEREB", ""},
		{"forces battered", "2021-05-04", "Syrian government forces battered the rebel-held town of Douma.", "19", "SYRMIL>SYRREB", ""},
		{"rained shells on", "2021-05-04", "Russian forces rained shells on Kharkiv on Monday.", "19", "RUSMIL>UKR", ""},
		{"rained down rockets on", "2021-05-04", "Hamas rained down rockets on Israeli towns.", "19", "PSEREB>ISR", ""},
		{"typhoon: no force", "2021-05-04", "The typhoon battered the Philippines on Monday.", "19", "", ""},
		{"selling: no force", "2021-05-04", "Heavy selling hammered Japanese markets on Monday.", "19", "", ""},
		{"recession: no force", "2021-05-04", "The recession battered Greece's economy.", "19", "", ""},
		{"boos: no force", "2021-05-04", "Fans rained boos on the Brazilian team.", "19", "", ""},
	})
}

// TestFightNounBetween: a noun of a fire-fight takes the sides between whom it broke out, as "fighting between" does: "a firefight broke out between Indian and Pakistani troops"; a legal or political battle is none.
func TestFightNounBetween(t *testing.T) {
	testLexRows(t, []lexRow{
		{"firefight between", "2021-05-04", "A firefight broke out between Indian and Pakistani troops in Kashmir.", "19", "INDMIL>PAKMIL", ""},
		{"gun battle between", "2021-05-04", "A gun battle erupted between Mexican police and cartel gunmen in Culiacan.", "19", "MEXCOP>MEXUAF", ""},
		{"battle between", "2021-05-04", "A battle broke out between the Sudanese army and the RSF in Khartoum.", "19", "SDNMIL>SDNMIL", ""},
		{"shootout between", "2021-05-04", "A shootout broke out between Colombian police and FARC rebels near Cali.", "19", "COLCOP>COLREB", ""},
		{"legal battle: none", "2021-05-04", "A legal battle broke out between Apple and Samsung.", "19", "", ""},
		{"political battle: none", "2021-05-04", "The Zambian government is locked in a political battle with the opposition.", "19", "", ""},
	})
}

// TestPlaceTakenOver: a place that armed men took over or that fell to them is taken by force (192): "Houthi rebels took over Sanaa", "Palmyra fell to Islamic State fighters"; prices that fall to a low, and a company taken over, are not.
func TestPlaceTakenOver(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rebels took over the capital", "2021-05-04", "Houthi rebels took over the Yemeni capital Sanaa.", "19", "YEMREB>YEM", ""},
		{"militants took over a town", "2021-05-04", "Islamist militants took over the town of Palma in northern Mozambique.", "19", "RAD>MOZGOV", ""},
		{"fell to fighters", "2021-05-04", "The town of Palmyra fell to Islamic State fighters on Wednesday.", "19", "IMGRAD>SYRGOV", ""},
		{"fell to the Taliban", "2021-05-04", "Kabul fell to the Taliban on Sunday.", "19", "AFGREB>AFGGOV", ""},
		{"base fell to rebels", "2021-05-04", "A Malian army base near Kidal fell to Tuareg rebels.", "19", "MLIREB>MLIMIL", ""},
		{"shares: none", "2021-05-04", "Shares of Tesla fell to a record low.", "19", "", ""},
		{"ranking: none", "2021-05-04", "The city of Lagos fell to third place in the rankings.", "19", "", ""},
		{"company taken over: none of 19", "2021-05-04", "Chinese investors took over the Italian tyre maker Pirelli.", "19", "", ""},
	})
}

// TestPersonTakenFrom: a person taken, dragged or pulled from a home or a car: by police or soldiers an arrest (173), by armed or unnamed men an abduction (181), by rescuers nothing; people seized by gunmen are captives even when no country names them.
func TestPersonTakenFrom(t *testing.T) {
	testLexRows(t, []lexRow{
		{"officers took from his home", "2021-05-04", "Plainclothes officers took the photographer Shahidul Alam from his home in Dhaka on Sunday.", "173", "BGDCOP>BGDMED", ""},
		{"soldiers pulled from his bed", "2021-05-04", "Soldiers pulled the president from his bed in Bamako.", "173", "MLIMIL>MLIGOV", ""},
		{"men took from his home", "2021-05-04", "Men in civilian clothes took a magazine editor from his home in Santiago on Monday.", "181", "CHLUAF>CHLMED", ""},
		{"armed men dragged from his car", "2021-05-04", "Armed men dragged the lawyer from his car in Harare.", "181", "UAF>ZWECVL", ""},
		{"gunmen seized engineers", "2021-05-04", "Gunmen seized two foreign engineers in the Niger Delta on Monday.", "181", "UAF>NGA", ""},
		{"firefighters: none", "2021-05-04", "Firefighters pulled a man from his burning car in Lagos.", "18", "", ""},
		{"rescuers: none", "2021-05-04", "Rescuers dragged survivors from the rubble in Turkey.", "18", "", ""},
		{"mother: none", "2021-05-04", "The Nigerian mother took her children from school early.", "17", "", ""},
	})
}
