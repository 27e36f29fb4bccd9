package pipeline

import "testing"

// TestPlaceCompassOf pins a bare compass point before "of" ("north of
// Maiduguri", "about 30 km south of Mogadishu", "a town east of Aleppo"):
// the act is placed at the place named, as "near" places it. "The north of
// X" stays a region of X, "northern X" too; "north of the river" names no
// place, a site or town the sentence names is where the act was (the
// compass point only locates it), and an accusation is not placed where
// what it speaks of is.
func TestPlaceCompassOf(t *testing.T) {
	runAuditPlaceRows(t, []auditPlaceRow{
		{"north of a city, on the verb", "2015-03-09",
			"Nigerian troops ambush Boko Haram fighters\n\nABUJA, Nigeria —\n\nNigerian soldiers attacked a column of Boko Haram fighters north of Maiduguri on Monday, the army said.",
			"north of Maiduguri", "18|19", "Maiduguri/NGA", ""},
		{"west of a city", "2016-06-20",
			"Iraqi forces attack militants\n\nBAGHDAD, Iraq —\n\nIraqi troops attacked Islamic State fighters west of Ramadi on Monday, the defence ministry said.",
			"west of Ramadi", "18|19", "Ramadi/IRQ", ""},
		{"a distance before the compass point", "2019-06-03",
			"Militants attack base in Somalia\n\nNAIROBI, Kenya —\n\nAl-Shabab fighters attacked an African Union base about 30 km south of Mogadishu on Monday. The mission said the attack was repelled.",
			"south of Mogadishu", "18|19", "Mogadishu/SOM", ""},
		{"on the object: a town east of a city", "2013-04-02",
			"Syrian jets bomb town\n\nBEIRUT, Lebanon —\n\nSyrian government warplanes bombed a rebel-held town east of Aleppo on Tuesday, activists said.",
			"east of Aleppo", "19", "Aleppo/SYR", ""},
		{"northwest of a capital", "2010-08-15",
			"Taliban attack army post\n\nKABUL, Afghanistan —\n\nTaliban fighters attacked an army post northwest of Kabul on Sunday, killing four soldiers.",
			"northwest of Kabul", "18|19", "Kabul/AFG", ""},
		// guards: the north of a country; northern X; no place after "of"; an accusation
		{"guard: the north of a country is its region", "2013-01-14",
			"French jets strike Mali\n\nBAMAKO, Mali —\n\nMalian troops attacked Islamist fighters in the north of Mali on Monday.",
			"north of Mali", "18|19", "northern Mali/MLI", ""},
		{"guard: northern X stays the region", "2009-01-05",
			"Turkish jets strike Kurdish fighters\n\nANKARA, Turkey —\n\nTurkish warplanes bombed Kurdish militia positions in northern Syria on Monday.",
			"northern Syria", "19", "northern Syria/SYR", ""},
		{"guard: a named site the compass point only locates", "2024-12-09",
			"Rebels free prisoners\n\nBEIRUT, Lebanon —\n\nSyrian rebel fighters freed thousands of detainees from the Saydnaya military prison north of the capital on Sunday.",
			"Saydnaya", "08", "<none>", ""},
		{"guard: a named town the compass point only locates", "2019-04-03",
			"Haftar forces take town\n\nTRIPOLI, Libya —\n\nForces loyal to Khalifa Haftar shelled Gharyan, a town about 80 km south of the capital, on Thursday.",
			"Gharyan", "18|19", "Gharyan/LBY", ""},
		{"guard: north of the river names no place", "2016-04-10",
			"Police detain youths\n\nKAMPALA, Uganda —\n\nUgandan police arrested ten young men north of the river on Sunday.",
			"north of the river", "17", "<none>", ""},
		{"guard: an accusation is not placed where what it speaks of is", "2012-07-10",
			"Congo accuses Rwanda\n\nKINSHASA, Congo —\n\nCongo accused Rwanda on Tuesday of arming rebels north of Goma.",
			"accused Rwanda", "11", "<none>", ""},
	})
}
