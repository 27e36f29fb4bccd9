package pipeline

import "testing"

// TestFormerOfficeHolder: a person the text calls former ("former
// President X", "ex-president X") whose last role, an office of the state,
// ended over a year before is an elite of its country (ELI), as CAMEO codes
// former officials, whether the actor knowledge lists them ("former Kyrgyz
// President Almazbek Atambayev" in 2019) or only the text names them
// ("former Zambian minister X"). Not said to be former, a known person is
// still coded by the last role; within a year of it (an ouster's news), by
// the office; a sitting leader is the government, a role of the day (a
// party leader's) holds, and between two roles the next one codes as
// before.
func TestFormerOfficeHolder(t *testing.T) {
	testLexRows(t, []lexRow{
		{"known, former told, detained", "2019-08-08", "Security forces detained former Kyrgyz President Almazbek Atambayev on Thursday.", "173", "KGZMIL>KGZELI", ""},
		{"must not: known, not said to be former, by the last role", "2019-08-08", "Police arrested Almazbek Atambayev at his home.", "173", "KGZCOP>KGZGOV", ""},
		{"known, former told, jailed", "2018-06-14", "A court jailed former President Maumoon Abdul Gayoom for 19 months on Wednesday.", "116", "MDVJUD>MDVELI", ""},
		{"known, ex- title, charged", "2018-09-10", "Prosecutors charged ex-president Pervez Musharraf with treason.", "1125", "PAKJUD>PAKELI", ""},
		{"known, met", "2019-07-25", "Vladimir Putin met former Kyrgyz President Almazbek Atambayev in Moscow.", "04", "RUSGOV>KGZELI", ""},
		{"known, as source, criticised", "2019-03-01", "Former Kyrgyz President Almazbek Atambayev criticised the government on Friday.", "111", "KGZELI>KGZGOV", ""},
		{"unknown, former title, granted asylum", "2019-05-01", "Belgium granted asylum to former Ecuadorean President Ramiro Valdez.", "075", "BEL>ECUELI", ""},
		{"unknown, former title, arrested", "2019-05-01", "Police arrested former Zambian minister Bako Lemumba on Tuesday.", "173", "ZMBCOP>ZMBELI", ""},
		{"unknown, former title, as source", "2019-05-01", "Former Zambian President Bako Lemumba criticised the government.", "111", "ZMBELI>ZMBGOV", ""},
		{"must not: an act dated within the role", "2019-03-01", "Maumoon Abdul Gayoom jailed opposition activists in 2005.", "173", "MDVGOV>MDVOPP", ""},
		{"must not: former told, an act dated within the role", "2005-11-08", "Former President Alberto Fujimori ordered troops to storm the residence in April 1997.", "19", "PERGOV>", ""},
		{"must not: former told, a past act dated within the role, as target", "2019-03-01", "In 2004 police arrested former President Maumoon Abdul Gayoom's critics, and in 2005 former President Maumoon Abdul Gayoom jailed opposition activists.", "173", "MDVGOV>MDVOPP", ""},
		{"must not: a sitting leader", "2015-03-01", "Kyrgyz President Almazbek Atambayev criticised the opposition on Friday.", "111", "KGZGOV>KGZOPP", ""},
		{"must not: between two roles, the next", "2009-05-01", "Almazbek Atambayev criticised the government on Friday.", "111", "KGZGOV>KGZGOV", ""},
		{"must not: a role of the day after the office", "2018-09-10", "Prosecutors charged former Prime Minister Nawaz Sharif with corruption.", "1121", "PAKJUD>PAKPTY", ""},
		{"must not: within a year of the office lost", "2018-05-03", "Police detained former Kyrgyz President Almazbek Atambayev on Thursday.", "173", "KGZCOP>KGZGOV", ""},
		{"must not: an unknown sitting minister", "2019-05-01", "Police arrested Zambian minister Bako Lemumba on Tuesday.", "173", "ZMBCOP>ZMBGOV", ""},
	})
}
