package pipeline

import "testing"

// TestJudgedDoneToOwn: a judgement of an act done to the judge's own
// people ("called the seizure of its sailors an act of piracy", with the
// "of" phrase before the second object) is aimed at who did that act.
func TestJudgedDoneToOwn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the seizure of its sailors", d, "British forces seized 15 Iranian sailors in the Gulf on Friday. Iran called the seizure of its sailors an act of piracy.", "112", "IRN>GBRGOV", ""},
		{"the arrest of its diplomat", d, "Ecuadorian police arrested a Mexican diplomat on Friday. Mexico called the arrest of its diplomat a violation of international law.", "112", "MEX>ECUGOV", ""},
		{"the detention of its citizens, judged illegal", d, "Russian police detained three Estonian citizens on Monday. Estonia called the detention of its citizens illegal.", "111", "EST>RUSGOV", ""},
		{"said by no one: no event", d, "The seizure of the sailors was an act of piracy.", "112", "", ""},
	})
}
