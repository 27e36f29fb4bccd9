package pipeline

import "testing"

// TestJuntaNoFoe: in a story of a coup (a state's forces took power by
// force at home), an act of the rulers they made that names no target
// ("the council closed the borders") is not aimed at the unnamed
// attackers the story told fighting: those attackers are the coup's own
// men. A story of gunmen and the state's forces keeps its foe: "Police
// retook the building" from the gunmen who stormed it.
func TestJuntaNoFoe(t *testing.T) {
	testLexRows(t, []lexRow{
		{"council closed the borders", "2010-02-19",
			"Soldiers stormed the presidential palace in Niamey on Thursday and seized President Mamadou Tandja. The attackers fought the presidential guard for several hours. A Supreme Council for the Restoration of Democracy suspended the constitution. The council closed the country's borders.",
			"191", "NERGOV>", ""},
		{"military government closed the borders", "2012-03-22",
			"Mutinous soldiers stormed the presidential palace in Bamako on Wednesday and arrested several ministers. The attackers fought loyal troops through the night. Mali's new military government closed the borders.",
			"191", "MLIGOV>", ""},
		{"council closed the airspace", "2008-08-07",
			"Army officers seized President Sidi Ould Cheikh Abdallahi in Nouakchott on Wednesday. The attackers fought the presidential guard. A Military Council for Justice and Democracy suspended the constitution. The council closed the airspace.",
			"191", "MRTGOV>", ""},
		{"gunmen, then police retook", "2024-01-10",
			"Gunmen stormed a television station in Guayaquil on Tuesday. Ecuadorean police then retook the building.",
			"192", "ECUCOP>UAF", ""},
	})
}
