package pipeline

import "testing"

// TestArmedGroupAbroad: unnamed armed men outside the state ("militants",
// "guerrillas") whom a group the story named before refers to are that
// group's, not the country of the place they strike or fight in: "Hamas
// vowed revenge ... Militants fired rockets into southern Israel" is
// Palestinian fire on Israel.
func TestArmedGroupAbroad(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rockets into Israel after Hamas", "2009-01-03",
			"GAZA CITY — Hamas leaders promised to keep up the fight on Friday.\n\nMilitants fired a barrage of rockets into southern Israel on Saturday, wounding two people in the town of Sderot, police said.",
			"18", "PSEREB>ISRCVL", ""},
		{"guerrillas shell Israel after Hezbollah", "2006-07-20",
			"BEIRUT, Lebanon — Hezbollah said on Wednesday it would not disarm.\n\nGuerrillas fired rockets at the Israeli town of Kiryat Shmona on Thursday, wounding three residents.",
			"19", "LBNREB>ISR", ""},
		{"guerrillas attack across border after FARC", "2008-03-05",
			"BOGOTA, Colombia — The FARC rejected the government's offer of talks on Tuesday.\n\nGuerrillas attacked an army post in the Venezuelan town of San Cristobal on Wednesday, killing two soldiers.",
			"19", "COLREB>VENMIL", ""},
		{"militants kill in Israel after Islamic Jihad", "2007-05-20",
			"GAZA CITY — Islamic Jihad vowed on Saturday to avenge its commander.\n\nMilitants killed a woman in the Israeli town of Sderot with a rocket on Sunday.",
			"19", "PSEREB>ISRCVL", ""},
		{"rockets into Israel two sentences after Hamas", "2009-01-03",
			"GAZA CITY — Israeli jets struck a training camp on Friday.\n\nIsrael said it was answering rocket fire after Hamas ended a truce.\n\nThe defence minister said the operation would go on.\n\nMilitants fired a barrage of rockets into southern Israel on Saturday, wounding two people in the town of Sderot, police said.",
			"18", "PSEREB>ISRCVL", ""},
		{"group named long before: place keeps them", "2009-01-03",
			"GAZA CITY — Hamas leaders promised to keep up the fight on Friday.\n\nIsrael's cabinet met on Friday night.\n\nThe defence minister said the operation would go on.\n\nThe army called up reservists.\n\nMilitants fired a barrage of rockets into southern Israel on Saturday, wounding two people in the town of Sderot, police said.",
			"18", "ISRREB>ISRCVL", ""},
		{"no group named: place keeps them", "2009-01-03",
			"JERUSALEM — Israel's cabinet met on Friday.\n\nMilitants fired a barrage of rockets into southern Israel on Saturday, wounding two people in the town of Sderot, police said.",
			"18", "ISRREB>ISRCVL", ""},
		{"group at home: its own country", "2009-01-03",
			"GAZA CITY — Hamas leaders promised to keep up the fight on Friday.\n\nMilitants attacked a police post in Gaza City on Saturday, killing two officers.",
			"19", "PSEREB>PSECOP", ""},
	})
}
