package pipeline

import "testing"

// TestJudgedKindOnJudge: a judgement of force named by its noun ("called
// the strikes an act of aggression", "condemned the raids") by a state the
// story told being struck by another country is of that act, before a
// later act of the kind between others ("U.S. warships fired missiles at
// southern Iraq. Kurdish factions fought near Arbil. Iraq called the
// strikes an act of aggression": the United States, not the Kurds). A
// judge no act of the kind fell on keeps the last act of the kind.
func TestJudgedKindOnJudge(t *testing.T) {
	testLexRows(t, []lexRow{
		{"strikes on the judge before a fight of others", d, "American warships fired cruise missiles at air defence sites in southern Iraq on Tuesday. The Kurdistan Democratic Party fought the Patriotic Union of Kurdistan near Arbil. Iraq's foreign minister called the strikes an act of aggression.", "112", "IRQGOV>USAGOV", ""},
		{"raids on the judge before clashes of others", d, "Israeli jets bombed army positions in Syria on Sunday. Rebel groups fought each other near Idlib on Monday. Damascus condemned the raids.", "111", "SYRGOV>ISRGOV", ""},
		{"drone strikes before a fight of parties", d, "Turkish drones struck Iraqi border villages on Monday. Kurdish rebels ambushed a Turkish army convoy near Hakkari on Tuesday. Baghdad condemned the strikes as a violation of its sovereignty.", "111", "IRQGOV>TURGOV", ""},
		{"shelling before militias fought", d, "Ethiopian troops shelled Eritrean border towns on Friday. Somali militias fought each other near the border on Saturday. Eritrea condemned the attacks.", "111", "ERI>ETHGOV", ""},
		{"a judge nothing fell on keeps the last act", d, "Israeli jets bombed Gaza on Sunday. Hamas fired rockets at Israeli towns on Monday. Egypt condemned the attacks.", "111", "EGY>PSEREB", ""},
	})
}
