package pipeline

import "testing"

// TestCountryArticleIsPartOfTheName pins a country's name that opens with
// an article ("El Salvador") as needing it: "Salvador" alone is a given
// name ("Salvador Nasralla", "Salvador Allende") or Brazil's city, never
// the country, while Arabic articles of people's names stay optional
// ("el-Sisi" and "Sisi" alike).
func TestCountryArticleIsPartOfTheName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a candidate named Salvador", "2017-12-04", "TEGUCIGALPA, Honduras (AP) \u2014 Opposition candidate Salvador Nasralla accused the electoral tribunal of fraud.", "11", "HNDOPP>HNDJUD", ""},
		{"a candidate named Salvador, no title", "2017-12-04", "TEGUCIGALPA, Honduras (AP) \u2014 Salvador Nasralla accused the electoral tribunal of fraud.", "11", "HNDOPP>HNDJUD", ""},
		{"Allende's first name", "1971-07-11", "SANTIAGO, Chile (AP) \u2014 President Salvador Allende expelled two American diplomats on Monday.", "16", "CHLGOV>USAGOV", ""},
		{"the country with its article", "2020-01-01", "El Salvador recalled its ambassador from Nicaragua.", "16", "SLV>NIC", ""},
		{"the country's adjective", "2020-01-01", "Salvadoran troops arrested 40 gang members.", "17", "SLVMIL>SLVCRM", ""},
		{"an Arabic article stays optional", "2020-01-01", "Sisi met Abiy in Cairo.", "04", "EGYGOV>ETHGOV", ""},
	})
}
