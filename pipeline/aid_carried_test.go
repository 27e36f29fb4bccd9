package pipeline

import "testing"

// TestAidCarried: a vehicle told to carry relief, or to be loaded or laden
// with it, that lands, arrives, docks, crosses into or reaches a place
// brings it there (073), as one that lands "with" it does: the giver is the
// vehicle's country or whom the relief comes from, the receiver the place's
// country. People or troops carried are no relief, and an arrival denied,
// refused or only foreseen brings nothing.
func TestAidCarried(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a navy ship carrying relief docked", "2006-07-25", "A Turkish navy ship carrying blankets and medicine docked at Beirut on Tuesday.", "073", "TURMIL>LBNCVL", ""},
		{"planes loaded with relief landed", "2007-11-20", "Two Japanese air force planes loaded with tents and drinking water landed in Dhaka on Friday.", "073", "JPNMIL>BGDCVL", ""},
		{"a plane laden with relief landed", "2002-01-13", "A Chinese cargo plane laden with medical supplies landed in Kabul on Sunday.", "073", "CHN>AFGCVL", ""},
		{"trucks carrying relief from a country crossed", "2023-02-13", "Trucks carrying food and drinking water from Jordan crossed into Syria on Monday for victims of the earthquake.", "073", "JOR>SYRCVL", ""},
		{"a present perfect arrival", "2010-01-15", "A Spanish military aircraft carrying doctors and medicine has arrived in Port-au-Prince.", "073", "ESPMIL>HTICVL", ""},
		{"a fronted participle", "1999-08-22", "Carrying tents and blankets, an Italian air force plane touched down in Ankara on Sunday.", "073", "ITAMIL>TURCVL", ""},
		{"a count of relief docked at a port", "1998-09-15", "A Japanese freighter carrying 5,000 tonnes of rice docked at the Bangladeshi port of Chittagong on Tuesday.", "073", "JPN>BGD", ""},
		{"a list of three carried", "2008-05-12", "A U.S. military cargo plane carrying water, mosquito nets and blankets landed in Yangon on Monday.", "073", "USAMIL>MMRCVL", ""},
		{"a convoy reached a place", "2009-01-21", "A convoy of Egyptian army trucks carrying flour and water reached Gaza on Wednesday.", "073", "EGYMIL>PSE", ""},
		{"guard: did not land", "1992-07-03", "A British plane carrying food did not land in Sarajevo on Monday.", "073", "", ""},
		{"guard: no plane has landed", "1992-07-03", "No plane carrying food has landed in Sarajevo since June.", "073", "", ""},
		{"guard: refused to let land", "2008-05-10", "The junta refused to let planes carrying aid land in Yangon.", "073", "", ""},
		{"guard: would land if", "1988-12-09", "A plane carrying tents would land in Yerevan if the weather cleared.", "073", "", ""},
		{"guard: buses carrying students", "2000-10-06", "Buses carrying students crossed into Serbia on Friday.", "07", "", ""},
		{"guard: a warship carrying troops", "2011-03-01", "A French warship carrying troops docked at Djibouti on Monday.", "07", "", ""},
	})
}
