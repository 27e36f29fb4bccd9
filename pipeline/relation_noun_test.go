package pipeline

import "testing"

// TestRelationNouns: a person's deputy, aides, allies, predecessor or
// challengers are other people of the owner's country ("Mugabe dismissed
// his deputy"), never the owner: the act on them is coded, not dropped as
// one the source did to itself.
func TestRelationNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"dismissed his deputy", d, "Zimbabwe's President Robert Mugabe dismissed his deputy on Monday.", "172", "ZWEGOV>ZWEGOV", ""},
		{"accused his deputy", d, "Kenya's President Uhuru Kenyatta accused his deputy of disloyalty.", "112", "KENGOV>KENGOV", ""},
		{"accused his former ally", d, "Sri Lankan President Maithripala Sirisena accused his former ally of arrogance.", "112", "LKAGOV>LKAGOV", ""},
		{"jailed his former allies", d, "Belarusian President Alexander Lukashenko jailed his former allies on Friday.", "173", "BLRGOV>BLRGOV", ""},
		{"fired his aides", d, "Peru's President Martin Vizcarra fired his aides on Tuesday.", "172", "PERGOV>PERGOV", ""},
		{"criticised her predecessor", d, "British Prime Minister Theresa May criticised her predecessor over the referendum.", "111", "GBRGOV>GBRGOV", ""},
		{"praised his predecessor", d, "Vietnam's Prime Minister Nguyen Xuan Phuc praised his predecessor on Sunday.", "051", "VNMGOV>VNMGOV", ""},
		{"jailed his challengers", d, "Nicaragua's President Daniel Ortega jailed his challengers ahead of the vote.", "173", "NICGOV>NICOPP", ""},
	})
}
