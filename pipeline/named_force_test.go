package pipeline

import "testing"

// A force named by its own name ("National Guard troops", "Republican
// Guard units") is that body, not the force the sentence before told of:
// after "soldiers loyal to the opposition leader freed him", "National
// Guard troops fired tear gas" are the state's.
func TestNamedForceNotTheOneBefore(t *testing.T) {
	testLexRows(t, []lexRow{
		{"national guard after loyal soldiers", "2019-05-01",
			"CARACAS, Venezuela — Opposition leader Juan Guaido appeared outside an air base. He said soldiers loyal to Guaido had freed Leopoldo Lopez. National Guard troops fired tear gas at crowds on a highway.", "175", "VENMIL>VENCVL", ""},
		{"republican guard after rebel soldiers", "2003-04-01",
			"BAGHDAD (AP) — Residents said soldiers loyal to the rebel colonel had seized the radio station. Republican Guard units shelled the station on Tuesday.", "19", "IRQMIL>", ""},
		// unchanged: a bare force after the force told of is that force
		{"bare soldiers after soldiers", "2019-05-01",
			"CARACAS, Venezuela — Opposition leader Juan Guaido appeared outside an air base. He said soldiers loyal to Guaido had freed Leopoldo Lopez. Soldiers fired tear gas at crowds on a highway.", "175", "VENOPP>VENCVL", ""},
	})
}
