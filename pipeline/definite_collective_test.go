package pipeline

import "testing"

// TestDefiniteCollective pins a body named by a definite phrase that ends
// in a noun of collectives ("the Independent Election Commission", "the
// opposition coalition", "the country's military council") as who "the
// commission", "the coalition", "the council" and their chiefs later in the
// story are, as for a body told of after "a" ("a coalition of opposition
// parties"). A phrase whose collective noun is not its last word, and a
// collective after "a" of no one, change nothing.
func TestDefiniteCollective(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the commission acts", "2014-07-02", "KABUL, Afghanistan — The Independent Election Commission announced the results on Monday. The commission rejected the fraud allegations.", "01", "AFGGOV>", ""},
		{"the commission's chief", "2014-07-02", "KABUL, Afghanistan — The Independent Election Commission announced the results on Monday. The commission's chairman denounced the protests by Abdullah's camp.", "11", "AFGGOV>", ""},
		{"the coalition's leader", "2017-04-20", "CARACAS, Venezuela — The opposition coalition called a general strike. The coalition's leader denounced the arrests of its lawmakers.", "11", "VENOPP>VENGOV", ""},
		{"the coalition acts", "2017-04-20", "CARACAS, Venezuela — The opposition coalition called a general strike. The coalition accused the government of torture.", "11", "VENOPP>VENGOV", ""},
		{"the council's spokesman", "2011-02-14", "CAIRO, Egypt — The ruling military council dissolved parliament. The council's spokesman promised elections within six months.", "03", "EGYGOV>", ""},
		{"the alliance acts", "2019-03-02", "KINSHASA, Congo — The opposition alliance called for protests. The alliance accused the electoral commission of fraud.", "11", "CODOPP>CODGOV", ""},
		{"unchanged: a coalition told of after a", "2017-04-20", "CARACAS, Venezuela — A coalition of opposition parties called a general strike. The coalition accused the government of torture.", "11", "VENOPP>VENGOV", ""},
	})
}
