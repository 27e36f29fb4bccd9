package pipeline

import "testing"

// TestDutiesAreSanctions pins duties and levies imposed on another's goods
// as economic sanctions (163), as tariffs are, and a threat or a warning of
// them as a threat of sanctions (1312) aimed at the goods' country.
func TestDutiesAreSanctions(t *testing.T) {
	testLexRows(t, []lexRow{
		{"threatened to impose duties", "2018-03-23", "China threatened to impose duties on American soybeans and aircraft.", "1312", "CHN>USA", ""},
		{"imposed duties", "2020-01-01", "India imposed duties on Chinese steel.", "163", "IND>CHN", ""},
		{"slapped levies", "2022-06-01", "The European Union slapped levies on Russian grain.", "163", "IGOEUR>RUS", ""},
		{"warned of retaliatory duties", "2018-06-01", "Japan warned of retaliatory duties.", "1312", "JPN>", ""},
		{"warned of sanctions", "2020-08-20", "The EU warned of sanctions if Minsk did not free the prisoners.", "1312", "IGOEUR>BLRGOV", ""},
		{"a warning of a recession is no threat", "2020-01-01", "Economists warned of a recession.", "13", "", ""},
	})
}
