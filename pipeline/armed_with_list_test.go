package pipeline

import "testing"

// TestArmedWithList: a participle on the subject whose preposition governs
// a list of things ("armed with rifles and rocket launchers", "equipped with
// guns and grenades") is still a participle, and the verb after the list is
// the clause's: the attack is coded, by the armed men. A conjunction before
// a new actor ("and troops stormed", "and police fired") still opens a
// clause of its own.
func TestArmedWithList(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed with rifles and rocket launchers ambushed", d, "About 30 masked men armed with rifles and rocket launchers ambushed a Kosovo police patrol near Banjska.", "190", "UAF>XKXCOP", ""},
		{"armed with sticks and stones attacked", d, "Hundreds of youths armed with sticks and stones attacked the police in Lagos.", "190", "NGACVL>NGACOP", ""},
		{"armed with knives and axes killed", d, "Gunmen armed with knives and axes killed 12 villagers in Plateau state.", "180", "UAF>NGACVL", ""},
		{"equipped with guns and grenades stormed", d, "Militants equipped with guns and grenades stormed a hotel in Mogadishu.", "190", "SOMREB>SOM", ""},
		{"armed with machetes and clubs raided", d, "Militiamen armed with machetes and clubs raided a camp for displaced people in Ituri.", "180", "CODUAF>CODREF", ""},
		{"gathered, and police fired: two clauses", d, "Protesters gathered in the square and police fired tear gas.", "141", "OPP>", ""},
		{"fired on, and troops stormed: two clauses", d, "Police fired on protesters and troops stormed the building.", "175", "COP>OPP", ""},
	})
}
