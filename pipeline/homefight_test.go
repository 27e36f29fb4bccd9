package pipeline

import "testing"

// TestHomeFightAfterIntervention: force a state's own forces use in their
// own land, in a story where another state came with force into it and
// the two dealt short of conflict (help asked or given), while the story
// told the first using no force on the second, is a fight at home (target:
// the country where it happens), not aimed at the state that came to help.
// Where the two fought each other, the other used no force there, or only
// force, it is still the story's other side.
func TestHomeFightAfterIntervention(t *testing.T) {
	testLexRows(t, []lexRow{
		{"retook a town after asking for air strikes", "2013-01-14",
			"French jets strike rebels in Mali\n\nBAMAKO, Mali —\n\nMali asked France for military help on Friday. French warplanes bombed rebel positions in Mali on Saturday. Malian troops retook the town of Diabaly on Sunday, the army said.",
			"192", "MLIMIL>MLI", ""},
		{"stormed a town after the ally's strikes", "2015-03-30",
			"U.S. jets strike Islamic State\n\nBAGHDAD, Iraq —\n\nIraq asked the United States for air strikes on Wednesday. American jets bombed militant positions near Tikrit on Thursday. Iraqi troops stormed the city of Tikrit on Friday.",
			"19", "IRQMIL>IRQ", ""},
		{"captured a port after Kenyan troops came in", "2012-09-29",
			"Kenyan troops in Somalia\n\nMOGADISHU, Somalia —\n\nKenya pledged support to the Somali government on Thursday. Kenyan troops attacked militants in southern Somalia on Friday. Somali forces captured the port city of Kismayo on Saturday.",
			"192", "SOMMIL>SOM", ""},
		{"recaptured a port after Saudi strikes", "2015-07-20",
			"Saudi jets pound Houthis\n\nADEN, Yemen —\n\nYemen's president asked Saudi Arabia for help on Monday. Saudi jets bombed rebel positions in Yemen on Tuesday. Yemeni government forces recaptured the city of Aden on Friday.",
			"192", "YEMMIL>YEM", ""},
		{"a foreign foe's strikes, no help: a shelling at home is domestic too", "2011-03-21",
			"Allies strike Libya\n\nTRIPOLI, Libya —\n\nAmerican warships fired cruise missiles at Libyan air defences on Saturday. Libyan government forces shelled the city of Misrata on Sunday, residents said.",
			"19", "LBYMIL>LBY", "an intervention against the state is not told from a border fight (Armenian shelling, then Azerbaijan's offensive) by structure yet"},
		{"guard: no force by the other state, it stays the other side", "2020-11-10",
			"Armenia signs truce\n\nYEREVAN, Armenia —\n\nArmenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Moscow on Monday. Azerbaijan said its forces had captured the city of Shusha on Sunday.",
			"192", "AZEMIL>ARMGOV", ""},
		{"guard: the other state's force and talks, but the two fought each other", "2022-09-12",
			"Ukraine pushes back\n\nKYIV, Ukraine —\n\nUkraine held talks with Russia on Thursday. Russian forces shelled Kharkiv on Friday. Ukrainian troops shot down two Russian helicopters on Saturday. Ukrainian forces retook the town of Izium on Sunday.",
			"192", "UKRMIL>RUS", ""},
		{"guard: force on a foreign party the clause names abroad", "2013-01-14",
			"French jets strike rebels in Mali\n\nBAMAKO, Mali —\n\nMali asked France for military help on Friday. French warplanes bombed rebel positions in Mali on Saturday. Malian soldiers later fired on a French convoy in Niger.",
			"19", "MLIMIL>FRA", ""},
	})
}
