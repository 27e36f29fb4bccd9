package pipeline

import "testing"

// "General" after an office is no military rank: a prosecutor general,
// procurator general or solicitor general is of the judiciary, a governor
// general of the government; the chief of the general staff is not meant.
func TestGeneralAfterOffice(t *testing.T) {
	testLexRows(t, []lexRow{
		{"prosecutor general", "2019-09-20", "Russia's prosecutor general ordered the arrest of the oligarch on Friday.", "173", "RUSJUD>RUSBUS", ""},
		{"prosecutor-general accuses", "2019-09-20", "Ukraine's prosecutor-general accused Russia of war crimes on Friday.", "11", "UKRJUD>RUS", ""},
		{"procurator general", "1995-03-01", "The Russian procurator general charged the banker with fraud.", "1121", "RUSJUD>RUSBUS", ""},
		{"solicitor general", "2005-03-01", "The Philippine solicitor general asked the court to dismiss the petition.", "02", "PHLJUD>PHLJUD", ""},
		{"governor general", "1975-11-11", "Australia's governor-general dismissed the prime minister on Tuesday.", "17", "AUSGOV>AUSGOV", ""},
		{"a general stays military", "2019-09-20", "A Russian general ordered the arrest of the oligarch on Friday.", "173", "RUSMIL>RUSBUS", ""},
	})
}
