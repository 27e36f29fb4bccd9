package pipeline

import "testing"

// TestQuotedAsSaying: "X was quoted as saying" (by an agency or not) tells
// what X said, as "X said" does: the saying is X's, asserted, and what it
// says (a demand, a claim, blame) is read as a that-clause or a quotation
// after "said" is. A noun's "as" before a gerund of no saying stays what
// the noun is about.
func TestQuotedAsSaying(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"quoted as saying that: a demand", "2019-05-05", `President Hassan Rouhani was quoted as saying that the United States must lift the sanctions.`, "10", "IRNGOV>USAGOV", ""},
		{"quoted by an agency as saying that: a demand", "2019-05-05", `President Hassan Rouhani was quoted by IRNA as saying that the United States must lift the sanctions.`, "10", "IRNGOV>USAGOV", ""},
		{"quoted by an agency as saying, quote: a demand", "1996-03-08", `Chinese Foreign Minister Qian Qichen was quoted by Xinhua as saying, "Taiwan must abandon its separatist activities."`, "10", "CHNGOV>TWNGOV", ""},
		{"quoted as saying: a victim's claim", "2016-04-03", `Armenian Foreign Minister Edward Nalbandian was quoted as saying Azerbaijani troops had shelled the village of Talish.`, "112", "ARMGOV>AZEMIL", ""},
		{"quoted as saying: blame", "2005-02-16", `Syria's ambassador was quoted by the Lebanese press as saying that Israel was behind the assassination.`, "112", "SYRGOV>ISRGOV", ""},
		{"is quoted as saying: an appeal", "2011-03-20", `U.N. Secretary-General Ban Ki-moon is quoted as saying that Israel should show restraint.`, "02", "IGOUNO>ISRGOV", ""},
		{"guard: quoted as saying of no act", "2018-10-26", `Japanese Prime Minister Shinzo Abe was quoted as saying that the meeting had been useful.`, "10", "", ""},
		{"guard: own side obliged", "2019-05-05", `Rouhani was quoted as saying that "we must defend our interests."`, "10", "", ""},
		{"guard: a noun's as before a gerund", "2019-05-05", `Iran denounced the sanctions as amounting to economic war.`, "10", "", ""},
	})
}
