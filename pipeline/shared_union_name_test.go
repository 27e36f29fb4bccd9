package pipeline

import "testing"

// TestSharedUnionName: "the General Confederation of Labour", the English
// name of both France's CGT and Argentina's, is the story's country's:
// in a story from Buenos Aires, Argentina's union centre; from Paris,
// France's.
func TestSharedUnionName(t *testing.T) {
	const d = "1976-03-25"
	testLexRows(t, []lexRow{
		{"from Buenos Aires, occupied", d, "Coup\n\nBUENOS AIRES, Argentina —\n\nArgentina's military seized power on Wednesday. Troops occupied the headquarters of the General Confederation of Labour.", "192", "ARGMIL>ARGLAB", ""},
		{"from Buenos Aires, a strike", d, "Strike\n\nBUENOS AIRES, Argentina —\n\nThe General Confederation of Labor called a general strike against Argentina's government.", "143", "ARGLAB>ARGGOV", ""},
		{"from Paris, a strike", d, "Strike\n\nPARIS, France —\n\nThe General Confederation of Labour called a national strike against the French government's pension reform.", "143", "FRALAB>FRAGOV", ""},
	})
}
