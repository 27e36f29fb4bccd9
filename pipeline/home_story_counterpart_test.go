package pipeline

import "testing"

// TestHomeStoryCounterpart: an act between two parties that names no
// target, in a story told more at home (protesters and the government,
// the army and rebels) than with a state it paired the source's country
// with once in passing, falls at home, not on that state: "The State
// Department praised the president. The governor denounced the change of
// power" is no act of Georgia's on the United States. A story of two
// states keeps its counterpart: "Moscow recalled its ambassador".
func TestHomeStoryCounterpart(t *testing.T) {
	testLexRows(t, []lexRow{
		{"denounce after a foreign praise", "2003-11-24",
			"Georgian protesters stormed the parliament in Tbilisi on Saturday. Protesters forced President Eduard Shevardnadze to flee the chamber. Georgian police refused to fire on the protesters. The State Department praised Shevardnadze. The governor of Adjara, Aslan Abashidze, denounced the change of power as a coup.",
			"111", "GEOGOV>", ""},
		{"condemn after a foreign praise", "2011-01-10",
			"Thousands of Tunisian protesters marched against the government in Tunis on Sunday. Tunisian police arrested hundreds of protesters. The protesters attacked police stations. The French foreign minister praised the Tunisian president. The Tunisian interior minister condemned the move as a plot.",
			"111", "TUNGOV>TUNOPP", ""},
		{"rebels fought, one foreign statement", "2005-08-15",
			"Indonesian troops attacked rebels in Aceh on Monday. The rebels ambushed an Indonesian army convoy. Indonesian police arrested two rebel commanders. Switzerland urged Indonesia to hold talks. The rebels fought back on Tuesday.",
			"190", "IDNREB>IDNCOP", ""}, // at home: the side that last acted on the rebels (policy.tsv's foe), not Switzerland
		{"two states: the other state", "2006-10-02",
			"Georgia arrested four Russian officers on spying charges on Wednesday. Russia condemned the arrests and demanded the release of the officers. Georgian police detained two protesters in Tbilisi. Moscow recalled its ambassador.",
			"161", "RUSGOV>GEOGOV", ""},
	})
}
