package pipeline

import "testing"

// TestLegislatureOwner: the officer a legislature owns ("the assembly's
// president", "the president of the parliament", "the parliament's
// chairman") is of the legislature, as "the party's president" is of the
// party, not the head of state his title alone would make him. An owner
// with a nationality before it ("the Colombian senate's president") is not
// read as one yet, for any sector.
func TestLegislatureOwner(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the assembly's president accused the head of state", d, "Mario Ponce, the assembly's president, accused President Bukele of trying to intimidate lawmakers.", "112", "SLVLEG>SLVGOV", ""},
		{"the president of the parliament condemned a decree", d, "The president of the Georgian parliament condemned the government's decree on Tuesday.", "111", "GEOLEG>GEOGOV", ""},
		{"the parliament's chairman criticised the cabinet", d, "The Kyrgyz parliament's chairman criticised the cabinet over the budget.", "111", "KGZLEG>KGZGOV", ""},
		{"the senate's president accused a neighbour", d, "In Bogota, the senate's president accused Venezuela of sheltering rebels.", "112", "COLLEG>VEN", ""},
		{"the parliament's spokesman rejected a ruling", d, "The Iraqi parliament's spokesman rejected the federal court's ruling.", "12", "IRQLEG>IRQJUD", ""},
		{"the congress's leader demanded a vote", d, "In Lima, the congress's leader demanded that the president resign.", "10", "PERLEG>PERGOV", ""},
	})
}
