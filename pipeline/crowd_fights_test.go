package pipeline

import "testing"

// TestCrowdFights pins a crowd (the &crowd set: protesters, rioters,
// demonstrators, mobs) that fights or battles the police: a riot (145), as
// a crowd that clashes with them. Soldiers, rebels and students who fight
// stay fighting (190), and a means after "with" is no target.
func TestCrowdFights(t *testing.T) {
	d := "1995-09-06"
	testLexRows(t, []lexRow{
		{"rioters battled police", d, "Rioters battled French riot police in Papeete on Wednesday.", "14", "PYFCVL>FRACOP", ""},
		{"protesters fought police with stones", d, "Protesters fought police with stones in Nairobi on Tuesday.", "14", "KENOPP>KENCOP", ""},
		{"demonstrators battled with police", d, "Demonstrators battled with riot police in Caracas.", "14", "VENOPP>VENCOP", ""},
		{"a mob fought soldiers", d, "A mob fought Nigerian soldiers in Kano on Friday.", "14", "NGACVL>NGAMIL", ""},
		{"rioters fought police: no assault", d, "Rioters fought police in Papeete on Wednesday.", "19", "", ""},
		{"guard rebels fought troops", d, "Rebels fought government troops near Goma.", "19", "CODREB>CODMIL", ""},
		{"guard students fought police", d, "Students fought police in Seoul.", "19", "KORCVL>KORCOP", ""},
	})
}
