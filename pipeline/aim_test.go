package pipeline

import "testing"

// TestAimAtPlace: an act whose only target is the place where it happens
// falls on the part of that country it is aimed at: a visit on its
// government, a recall or expulsion of envoys there on its government,
// relief delivered there on its people, a show of force in another
// country on its government (policy.tsv's aim=).
func TestAimAtPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a visit to a capital", "2018-09-18", "South Korean President Moon Jae-in landed in Pyongyang on Tuesday for a landmark visit.", "042", "KORGOV>PRKGOV", ""},
		{"a visit to a country", "2019-03-04", "Pope Francis arrived in the United Arab Emirates on Sunday on a historic visit.", "042", "VATREL>AREGOV", ""},
		{"a recall from a capital", "2019-02-15", "India recalled its high commissioner in Islamabad on Friday.", "161", "IND>PAKGOV", ""},
		{"relief delivered into a territory", "2023-10-21", "UN trucks drove into the Gaza Strip on Saturday, delivering food and medicine.", "073", "IGOUNO>PSECVL", ""},
		{"a show of force at home falls on no one", d, "North Korea paraded its missiles in Pyongyang.", "150", "PRK>PRK", ""},
		{"a named target keeps its own sector", "2018-07-09", "Abiy Ahmed visited Eritrean President Isaias Afwerki in Asmara on Sunday.", "042", "ETHGOV>ERIGOV", ""},
	})
}

// TestForcesArriving: troops or police arriving in another country are
// deployed there (154), against its government, not visiting it (042); peacekeepers are aid (074),
// and a minister's arrival stays a visit.
func TestForcesArriving(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops arrive", "2022-01-06", "Russian troops arrived in Kazakhstan on Thursday.", "154", "RUSMIL>KAZGOV", ""},
		{"soldiers arrive at a capital", d, "French soldiers arrived in Bamako on Friday.", "154", "FRAMIL>MLIGOV", ""},
		{"troops are no visitors", "2022-01-06", "Russian troops arrived in Kazakhstan on Thursday.", "042", "", ""},
		{"peacekeepers", d, "UN peacekeepers arrived in Goma on Monday.", "074", "IGOUNO>COD", ""},
		{"a minister visits", d, "The Egyptian foreign minister arrived in Khartoum on Monday.", "042", "EGYGOV>SDNGOV", ""},
	})
}
