package pipeline

import "testing"

// TestJudgedForcesAbroad pins the judgement of an act named by its noun
// ("condemned the strikes", "the bombing", "the strike") whose doer is a
// state's forces that did it to another country: it judges their state's
// government, as a judgement of an act found by its code already does
// (doneBy's stateAbroad). Forces that took power at home, forces that
// fought armed men at home, the forces' own act and an appeal addressed
// to soldiers keep the forces.
func TestJudgedForcesAbroad(t *testing.T) {
	testLexRows(t, []lexRow{
		{"strikes on rebels of another country", "2015-10-08", "Russian warplanes bombed rebel positions in Syria. Turkish President Recep Tayyip Erdogan condemned the strikes.", "111", "TURGOV>RUSGOV", ""},
		{"the bombing of the judge's town", "2008-08-09", "Russian jets bombed the Georgian town of Gori. Georgian President Mikheil Saakashvili condemned the bombing as a war crime.", "111", "GEOGOV>RUSGOV", ""},
		{"a strike on the judge's consulate abroad", "2024-04-02", "Israeli aircraft struck the Iranian consulate in Damascus. Iran's foreign minister condemned the strike.", "111", "IRNGOV>ISRGOV", ""},
		{"a bloc judges the bombing", "2003-03-20", "American warplanes bombed Baghdad. The Arab League condemned the bombing as aggression.", "111", "IGOARL>USAGOV", ""},
		{"called the raid a crime, in one sentence", "2010-06-01", "Turkey called the raid a crime after Israeli commandos stormed a Turkish aid ship.", "11", "TUR>ISRGOV", ""},
		{"must not: a junta at home", "2021-02-02", "Myanmar's military seized power in a coup. The United States condemned the takeover.", "111", "USA>MMRMIL", ""},
		{"must not: forces against armed men at home", "2008-03-02", "Colombian troops killed ten FARC rebels in a jungle raid. Venezuela condemned the raid.", "11", "VEN>COLMIL", ""},
		{"must not: soldiers urged", "2010-05-04", "Israeli warplanes struck targets near Damascus on Monday. Egypt's president urged Israeli soldiers not to obey unlawful orders.", "020", "EGYGOV>ISRMIL", ""},
		{"must not: the forces' own act", "2008-08-09", "Russian jets bombed the Georgian town of Gori. Georgian President Mikheil Saakashvili condemned the bombing as a war crime.", "19", "RUSMIL>GEO", ""},
	})
}
