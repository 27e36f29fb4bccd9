package pipeline

import "testing"

// TestPluralAfterBody: a body's name is singular, so "they" or "their"
// that opens a later clause of the sentence ("a day after their fighters
// overran the capital", "hours after they had shelled") stands for the
// plural agent named after the body, not for the body named first. With
// no plural agent named, the body is still "they" (British usage).
func TestPluralAfterBody(t *testing.T) {
	runLexRows(t, []lexRow{
		{"their fighters, after sanctions on leaders", "2013-03-25",
			"The African Union sanctioned leaders of the Seleka rebel alliance on Monday, a day after their fighters overran the capital.", "192", "CAFREB>", ""},
		{"their fighters, after a condemnation", "2016-10-04",
			"The United Nations condemned Houthi leaders on Tuesday, hours after their fighters shelled a market in Taiz.", "194", "YEMREB>YEMCVL", ""},
		{"they, in a reported clause", "2021-01-10",
			"Amnesty International said Ethiopian troops were on high alert, hours after they had shelled a hospital in Mekelle.", "194", "ETHMIL>ETHCVL", ""},
		{"they, after an accusation", "2005-03-10",
			"Human Rights Watch accused Sudanese soldiers of looting, a week after they had attacked a camp in Darfur.", "190", "SDNMIL>SDN", ""},
		{"they, police", "2020-06-10",
			"The European Union said Serbian police were in the town, a day after they had arrested dozens of protesters.", "173", "SRBCOP>SRBOPP", ""},
		{"guard: no plural agent, the body", "2020-06-10",
			"The United Nations sent aid to Syria on Monday, a day after they had appealed for funds.", "070", "IGOUNO>SYR", ""},
		{"guard: people named first", "2020-06-10",
			"Syrian rebels told the United Nations on Monday that they had freed the hostages.", "08", "SYRREB>SYRCVL", ""},
	})
}
