package pipeline

import "testing"

// TestSceneForces pins the home of a story filed from the scene whose
// first sentence names the dateline's country alone, while another
// state's forces fill the body ("Troops of an Ethiopian-led force entered
// Mogadishu ... Ethiopian soldiers ... Ethiopian tanks ... Ethiopia's
// commander"): those forces serve abroad, as envoys do, and do not make
// the story theirs, so the militias, police and people it tells of
// unnamed are the scene's. A state's own forces in a story filed from its
// capital, and a scene story that names its country often, keep theirs.
func TestSceneForces(t *testing.T) {
	mogadishu := "MOGADISHU, Somalia — Troops of an Ethiopian-led force entered Mogadishu on Thursday. Ethiopian soldiers secured the airport, and Ethiopian tanks patrolled the port. Ethiopia's commander said his troops would stay for weeks. Ethiopian warplanes had bombed the airport on Sunday. Militias looted the main market overnight, and police arrested dozens of looters."
	testLexRows(t, []lexRow{
		{"militias looted", "2006-12-29", mogadishu, "1712", "SOMUAF>", ""},
		{"police arrested looters", "2006-12-29", mogadishu, "173", "SOMCOP>SOMCVL", ""},
		{"tanks patrolled", "2006-12-29", mogadishu, "150", "ETHMIL>SOMGOV", ""},
		{"warplanes bombed", "2006-12-29", mogadishu, "195", "ETHMIL>SOM", ""},
		// rows that must not change
		{"real: scene named often", "2003-06-07", "BUNIA, Congo — Troops of a French-led force landed in Bunia on Friday. French soldiers secured the airport, and French jets flew over the town. France's commander said his troops would stay until September. Militias looted shops overnight, and police arrested a dozen looters.", "173", "CODCOP>CODCVL", ""},
		{"real: own forces from the capital", "2006-12-29", "JERUSALEM — Israeli troops entered the West Bank town of Jenin on Thursday. Israeli soldiers searched homes, and Israeli tanks blocked the roads. Militants fired at a patrol, and police arrested two settlers.", "173", "ISRCOP>ISRCVL", ""},
	})
}
