package pipeline

import "testing"

// TestPledgedLoyalty: pledging or swearing loyalty or allegiance to another
// promises it support (032), as pledging backing does; the "to" phrase is
// the target, not the owner of the loyalty ("the army's loyalty").
func TestPledgedLoyalty(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a minister pledged the army's loyalty to the president", d, "Defence Minister Rene Merino Monroy pledged the army's loyalty to the president.", "032", "SLVMIL>SLVGOV", ""},
		{"generals pledged their loyalty to the government", d, "Venezuelan generals pledged their loyalty to the government on Tuesday.", "032", "VENMIL>VENGOV", ""},
		{"a militia swore allegiance to a group", d, "A Libyan militia swore allegiance to the Islamic State in 2015.", "032", "LBYUAF>IMGRAD", ""},
		{"tribal chiefs swore loyalty to the king", d, "Jordanian tribal leaders swore loyalty to King Abdullah.", "032", "JORCVL>JORGOV", ""},
		{"a party pledged allegiance to the junta", d, "The Thai party pledged its allegiance to the military government.", "032", "THAPTY>THAGOV", ""},
		{"a pledge of loyalty refused: no support", d, "The army refused to pledge loyalty to the new government.", "032", "", ""},
	})
}
