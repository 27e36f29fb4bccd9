package pipeline

import "testing"

// TestAidHaltedPassive: aid halted in the passive with no agent is halted
// by its giver, named as its owner (162); economic assistance halted,
// stopped or ended is 1621, as cut or suspended is.
func TestAidHaltedPassive(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"American aid suspended", "2018-01-04", "American aid to Pakistan was suspended on Thursday.", "162", "USAGOV>PAKGOV", ""},
		{"British aid frozen", "2014-02-24", "British aid to Uganda was frozen over the anti-gay law.", "162", "GBRGOV>UGAGOV", ""},
		{"Japanese aid cut", "1988-09-20", "Japanese aid to Burma was cut after the military coup.", "162", "JPNGOV>MMRGOV", ""},
		{"economic assistance halted", "2009-09-03", "Washington halted economic assistance to Honduras on Thursday.", "1621", "USAGOV>HNDGOV", ""},
		{"economic aid stopped", "2021-02-03", "Japan stopped economic aid to Myanmar after the coup.", "1621", "JPNGOV>MMRGOV", ""},
		{"guard: no giver named", d, "Aid to the region was suspended on Monday.", "162", "", ""},
		{"guard: aid not suspended", "2018-01-04", "American aid to Pakistan was not suspended.", "162", "", ""},
		{"guard: aid that could be suspended", "2018-01-04", "American aid to Pakistan could be suspended.", "162", "", ""},
		{"guard: assets frozen are no aid", "2012-01-23", "Iranian assets were frozen on Monday.", "162", "", ""},
	})
}

// TestQuantityOfActors: "dozens of hostages", "hundreds of passengers" are
// those people where an entry asks for an actor, as "five of the
// missionaries" is.
func TestQuantityOfActors(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"seized dozens of hostages", "2013-01-16", "Islamist militants seized dozens of foreign hostages at a gas plant in Algeria on Wednesday.", "181", "RAD>CVL", ""},
		{"seized hundreds of passengers", d, "Gunmen seized hundreds of passengers on the train.", "181", "UAF>CVL", ""},
		{"hauled in dozens of activists", d, "Police hauled in dozens of activists for questioning.", "173", "COP>OPP", ""},
		{"pressured thousands of villagers", d, "The army pressured thousands of villagers to leave.", "170", "MIL>CVL", ""},
		{"seized scores of students", "2014-04-15", "Boko Haram militants seized scores of students from a school in Chibok.", "181", "NGARAD>NGACVL", ""},
		{"guard: tons of cocaine", d, "Police seized tons of cocaine.", "181", "", ""},
		{"guard: dozens of weapons", d, "Rebels seized dozens of weapons.", "181", "", ""},
		{"guard: dozens of villages", d, "Rebels seized dozens of villages.", "181", "", ""},
	})
}

// TestAerialSubjects: aircraft that pound, bombard, target or blast a
// place attack it from the air (195), as aircraft that strike or hit it do.
func TestAerialSubjects(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"fighter jets pounded positions", "2015-07-25", "Turkish fighter jets pounded Islamic State positions in Syria on Saturday.", "195", "TURMIL>IMGRAD", ""},
		{"warplanes bombarded positions", "2019-05-28", "Turkish warplanes bombarded Kurdish militant positions in northern Iraq.", "195", "TURMIL>IRQREB", ""},
		{"warplanes targeted a wedding", "2018-04-23", "Saudi-led warplanes targeted a wedding party in Yemen on Sunday.", "195", "SAUMIL>YEMCVL", ""},
		{"bombers pounded a city", "2016-09-24", "Russian bombers pounded rebel-held eastern Aleppo on Saturday.", "195", "RUSMIL>SYRREB", ""},
		{"guard: artillery pounded", d, "Artillery pounded the outskirts of the city.", "195", "", ""},
		{"guard: a campaign targeted voters", d, "The campaign targeted young voters.", "19", "", ""},
		{"guard: jets did not pound", "2015-07-25", "Turkish jets did not pound Kurdish positions.", "195", "", ""},
	})
}
