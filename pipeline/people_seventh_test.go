package pipeline

import "testing"

// TestPeopleAuditSeventh: spokesmen and spokeswomen of foreign ministries,
// presidents' offices and armies, India's foreign secretaries and the
// leaders, ministers and opposition figures the seventh pass of the people
// audit added to internal/actor/data are coded by their country and sector
// on the story's date, named with no title that would tell it; surnames
// many people bear (Price, Snow, Abbas, Chaudhry, Baloch) name no one of
// them alone.
func TestPeopleAuditSeventh(t *testing.T) {
	runGroupRows(t, []groupRow{
		{"Hong Lei rejects Tokyo's protest", "2012-09-15", "Hong Lei rejected Japan's protest over the islands.", []string{"CHNGOV", "JPN"}, nil},
		{"Geng Shuang accuses Washington", "2019-05-20", "Geng Shuang accused the United States of bullying Chinese firms.", []string{"CHNGOV", "USA"}, nil},
		{"Lin Jian warns Manila", "2024-06-18", "Lin Jian warned the Philippines against provoking China at sea.", []string{"CHNGOV", "PHL"}, nil},
		{"Kirby criticises Moscow", "2023-03-15", "John Kirby criticised Russia over the downing of the drone.", []string{"USAGOV", "RUS"}, nil},
		{"Fleischer rejects Baghdad's offer", "2002-09-17", "Ari Fleischer rejected Iraq's offer to admit the inspectors.", []string{"USAGOV", "IRQ"}, nil},
		{"Nuland meets Ukrainian opposition", "2013-12-11", "Victoria Nuland met opposition leaders in Kiev.", []string{"USAGOV"}, nil},
		{"Misri briefs on strikes", "2025-05-10", "Vikram Misri accused Pakistan of violating the ceasefire.", []string{"INDGOV", "PAK"}, nil},
		{"Pakistani army spokesman accuses India", "2017-05-01", "Asif Ghafoor accused India of killing civilians along the Line of Control.", []string{"PAKMIL", "IND"}, nil},
		{"Iran's spokesman condemns sanctions", "2014-03-01", "Marzieh Afkham condemned the new American sanctions.", []string{"IRNGOV"}, nil},
		{"Regev accuses Hamas", "2009-01-05", "Mark Regev accused Hamas of using civilians as human shields.", []string{"ISRGOV"}, nil},
		{"Thai acting premier meets Hun Manet", "2025-07-20", "Phumtham Wechayachai accused Cambodia of laying new landmines.", []string{"THAGOV", "KHM"}, nil},
		{"Maradiaga detained", "2021-06-08", "Police detained Felix Maradiaga in Managua.", []string{"NICOPP"}, nil},
		{"Holst meets Peres", "1993-08-20", "Johan Jorgen Holst met Shimon Peres in Oslo.", []string{"NORGOV", "ISRGOV"}, nil},
		{"Leung rejects demands", "2014-10-02", "Leung Chun-ying rejected the students' demand that he resign.", []string{"HKGGOV"}, nil},
		{"Carazo grants asylum", "1979-07-15", "Rodrigo Carazo offered asylum to Sandinista leaders.", []string{"CRIGOV"}, nil},
		{"Price at the start is no spokesman", "2022-06-01", "Price rises hit Pakistan's poor.", nil, []string{"USAGOV"}},
		{"Snow alone is no press secretary", "2007-01-10", "Snow closed the roads into Kabul.", nil, []string{"USAGOV"}},
		{"Abbas alone in 2010 is still the Palestinian president", "2010-09-02", "Abbas met Netanyahu in Washington.", []string{"PSEGOV"}, []string{"PAKMIL"}},
	})
}
