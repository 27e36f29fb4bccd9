package pipeline

import "testing"

// TestToldAfterActTarget: a definite noun of nominal.tsv judged ("the
// law", "the decree") names the act of the clause that told it even when
// an act found earlier was aimed at the judge, or was told just before:
// the clause told after it is the one the noun speaks of. An act found
// after the clause still names the doer, as before.
func TestToldAfterActTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a law told after a seizure", d, "Vietnam's coast guard detained 20 Chinese fishermen on Monday. The Philippine congress passed a law on its maritime zones on Tuesday. China condemned the law.", "111", "CHN>PHLLEG", ""},
		{"a decree told after a raid", d, "Israeli troops raided a refugee camp in Jenin on Monday. Jordan's cabinet approved a decree on the holy sites in Jerusalem on Tuesday. Israel's foreign ministry criticised the decree.", "111", "ISRGOV>JORGOV", ""},
		{"a proclamation told after an expulsion", d, "Albania expelled two Serbian diplomats on Monday. Kosovo's assembly proclaimed independence on Tuesday. Serbia's president condemned the proclamation.", "111", "SRBGOV>XKXLEG", ""},
		{"a declaration told after a closure", d, "Lithuania's government closed two border crossings with Belarus on Monday. Belarus's opposition leader declared a government in exile on Tuesday. The Belarusian foreign ministry denounced the declaration.", "111", "BLRGOV>BLROPP", ""},
		{"not: an act found after the clause still wins", d, "Kosovo's assembly proclaimed independence on Monday. Albania expelled two Serbian diplomats on Tuesday. Serbia's president condemned the proclamation.", "111", "SRBGOV>ALB", ""},
	})
}
