package pipeline

import "testing"

// TestDemonymKinds: a nationality or a country's name before a noun that
// names people by their trade, study, travel or condition ("two French
// engineers", "Somali nationals", "nationals of Niger", "an Indonesian
// maid") is those people, of that country, civilians, or of the sector the
// noun carries ("Indian dacoits" are criminals); before, the bare demonym
// was the country's government. The nouns are internal/actor/data/kinds.txt's,
// generated from WordNet 3.0. Alone ("the engineers") they name no one;
// they lend their nationality to no unnamed agent of the sentence ("Police
// arrested three Somali nationals" is no Somali police). Negated and hypothetical acts are told, not done; the state's own agents ("French
// troops", "Israeli jets", "the Iranian delegation") and people tied to an
// employer ("American employees" of an embassy) are as they were.
func TestDemonymKinds(t *testing.T) {
	testDoerRows(t, []doerRow{
		{"engineers kidnapped", "2007-01-20", "Gunmen kidnapped two French engineers in the Niger Delta on Saturday.", "181", "UAF>FRACVL"},
		{"nationals arrested", "2011-10-14", "Kenyan police arrested three Somali nationals in Nairobi.", "173", "KENCOP>SOMCVL"},
		{"nationals of a country", "2014-06-02", "Police in Lagos detained 40 nationals of Niger on Monday.", "173", "NGACOP>NERCVL"},
		{"nationals lend police no country", "2010-05-05", "Police arrested three Somali nationals.", "173", "COP>SOMCVL"},
		{"hikers detained", "2009-07-31", "Iranian border guards detained three American hikers near the Iraqi border.", "173", "IRNCOP>USACVL"},
		{"technicians, present perfect", "2012-01-28", "Rebels have kidnapped 29 Chinese technicians in South Kordofan.", "181", "SDNREB>CHNCVL"},
		{"geologists, passive", "2004-04-12", "Two Italian geologists were kidnapped by gunmen near Falluja.", "181", "UAF>ITACVL"},
		{"electricians expelled", "1985-06-03", "Libya expelled 300 Tunisian labourers and 200 Egyptian electricians last week.", "174", "LBY>EGYCVL"},
		{"a maid beheaded", "2015-04-15", "Saudi Arabia beheaded an Indonesian maid on Tuesday.", "1823", "SAU>IDNCVL"},
		{"surveyors freed", "1996-02-10", "Yemeni tribesmen freed two German surveyors on Friday.", "0841", "YEMCVL>DEUCVL"},
		{"researchers detained", "2019-11-08", "Chinese police detained two Canadian researchers in Beijing.", "173", "CHNCOP>CANCVL"},
		{"engineers' convoy attacked", "2014-09-09", "Three Chinese engineers died when gunmen attacked their convoy in Karachi.", "18", "UAF>CHNCVL"},
		{"dacoits: the noun's own sector", "2011-05-04", "Indian dacoits kidnapped two Nepalese traders.", "181", "INDCRM>NPLCVL"},
		// guards: negated, hypothetical, alone; the state's agents and
		// an employer's people as they were
		{"guard: not arrested", "2016-08-01", "Kenyan police did not arrest the Somali nationals.", "173", ""},
		{"guard: only threatened", "2013-05-05", "Gunmen threatened to kidnap French engineers in Niger.", "181", ""},
		{"guard: engineers alone", "2008-09-09", "Gunmen kidnapped the engineers on Monday.", "181", "UAF>"},
		{"guard: troops and nationals", "2011-04-02", "French troops arrested two Malian nationals.", "173", "FRAMIL>MLICVL"},
		{"guard: jets", "2006-07-14", "Israeli jets struck Gaza on Friday.", "195", "ISRMIL>PSE"},
		{"guard: delegation", "2001-06-06", "The Iranian delegation met Iraqi officials in Baghdad.", "040", "IRNGOV>IRQGOV"},
		{"guard: embassy employees", "1979-11-05", "Iranian students seized the U.S. embassy and took American employees hostage.", "181", "IRNCVL>USAGOV"},
	})
}
