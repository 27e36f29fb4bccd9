package pipeline

import "testing"

// TestCompassPartTarget pins a compass part of a country as the object of
// an act of force by a foreign doer ("Turkey invaded the north", "troops
// pushed into the south", in a story filed from the country): the part is
// a site of the story's country, which is the target, as "invaded Cyprus"
// would make it. The doer's own country is never the target, a direction
// after a verb of motion is no site, and a country's own army retaking
// its north keeps what it had.
func TestCompassPartTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"invaded the north, dateline island", "2020-07-20",
			"NICOSIA, Cyprus — The island has been split since 1974, when Turkey invaded the north.",
			"19", "TUR>CYP", ""},
		{"invaded the north of the island", "2020-07-20",
			"NICOSIA, Cyprus — Turkish troops invaded the north of the island in 1974, officials recalled.",
			"19", "TURMIL>CYP", ""},
		{"bombed the south", "2006-08-10",
			"BEIRUT, Lebanon — Israeli warplanes bombed the south on Thursday, residents said.",
			"19", "ISRMIL>LBN", ""},
		{"shelled the east", "2015-02-03",
			"DONETSK, Ukraine — Ukraine's army said Russian artillery shelled the east overnight.",
			"19", "RUSMIL>UKR", ""},
		{"attacked the southwest", "2012-04-02",
			"MOGADISHU, Somalia — Ethiopian troops attacked the southwest on Monday, witnesses said.",
			"19", "ETHMIL>SOM", ""},
		// a possessor for the determiner: the owner the phrase names
		{"the country's north", "2019-10-10",
			"DAMASCUS, Syria — Turkish jets bombed the country's north on Thursday, state media said.",
			"19", "TURMIL>SYR", ""},
		{"the island's north", "2020-07-20",
			"NICOSIA, Cyprus — Turkish troops invaded the island's north in 1974, officials recalled.",
			"19", "TURMIL>CYP", ""},
		{"the kingdom's south", "2018-03-26",
			"RIYADH, Saudi Arabia — Houthi rebels from Yemen shelled the kingdom's south on Monday, the coalition said.",
			"19", "YEMREB>SAU", ""},
		{"must not: a possessor naming another country", "2019-10-10",
			"DAMASCUS, Syria — Syrian jets bombed Turkey's south on Thursday, state media said.",
			"19", "SYRMIL>TUR", ""},
		// must not: a country's own weapons, a direction, a domestic army
		{"must not: North Korea fired missiles", "2017-07-04",
			"SEOUL, South Korea — North Korea fired two missiles into the sea on Tuesday.",
			"19", "", ""},
		{"must not: the army moved north", "2015-02-03",
			"DONETSK, Ukraine — The Ukrainian army moved north on Tuesday.",
			"19", "", ""},
		{"must not: domestic army retook the north", "2013-02-01",
			"BAMAKO, Mali — The Malian army retook the north from rebels on Friday.",
			"19", "MLIMIL>MLIREB", ""},
	})
}
