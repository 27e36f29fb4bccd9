package pipeline

import "testing"

// TestOppositeSides pins parties said to back or support opposite, rival
// or different sides: each backs its own camp, which the sentence does not
// name, and no one is backed (051); a side or party named is backed.
func TestOppositeSides(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"two countries, opposite sides", d, "Iran and Saudi Arabia cut diplomatic ties in 2016. The two countries back opposite sides in the wars in Syria and Yemen.", "051", "", ""},
		{"two neighbours, rival sides", d, "Egypt and Ethiopia have quarrelled over the Nile dam. The two neighbours supported rival sides in the Sudanese conflict.", "051", "", ""},
		{"named, opposing sides", d, "The UAE and Qatar backed opposing sides in Libya.", "051", "", ""},
		{"supported opposing sides", d, "India and Pakistan supported opposing sides in Afghanistan's civil war.", "051", "", ""},
		{"perfect, for decades", d, "Saudi Arabia and Iran have backed opposite sides in Lebanon for decades.", "051", "", ""},
		// a side or party named is backed
		{"real: a group named", d, "Iran backs the Houthi rebels in Yemen.", "051", "IRN>YEMREB", ""},
		{"real: the government side", d, "Turkey backed the government side in the Libyan war.", "051", "TUR>LBYGOV", ""},
	})
}
