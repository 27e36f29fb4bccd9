package pipeline

import "testing"

// TestAidAskedFrom: aid asked, appealed or called for from a party is asked
// of it; from one's own allies or partners, or with no "from", it names no
// one.
func TestAidAskedFrom(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"appealing for weapons from an alliance", "2022-04-07", "Ukraine appealed for more weapons from NATO.", "0232", "UKRGOV>IGONATO", ""},
		{"asking for jets from a country", "2023-02-08", "Volodymyr Zelensky asked for fighter jets from the United States.", "0232", "UKRGOV>USAGOV", ""},
		{"asking for loans from a country", "2019-01-01", "Pakistan asked for loans from China.", "0231", "PAKGOV>CHNGOV", ""},
		{"appealing for peacekeepers from a country", "1982-08-01", "Lebanon appealed for peacekeepers from France.", "0234", "LBNGOV>FRAGOV", ""},
		{"calling for food aid from a neighbour", "2011-08-01", "Somalia called for food aid from Kenya.", "0233", "SOMGOV>KENGOV", ""},
		{"asking for aid from, after said", "2005-01-01", "Officials said Indonesia had asked for humanitarian aid from Australia.", "0233", "IDNGOV>AUSGOV", ""},
		{"guard: from its own allies", "2023-06-01", "Kyiv called for more air defence systems from its allies.", "0232", "UKRGOV>", ""},
		{"guard: from its partners", "2023-06-01", "Ukraine asked for weapons from its Western partners.", "0232", "UKRGOV>", ""},
		{"guard: no from-phrase", "2022-04-07", "Ukraine appealed for more weapons.", "0232", "UKRGOV>", ""},
		{"guard: whom it appeals to stays the target", "2010-01-14", "Haiti appealed to the United Nations for humanitarian aid.", "0233", "HTIGOV>IGOUNO", ""},
		{"guard: fled from is no party asked", d, "Refugees who fled from Sudan asked for food.", "0233", "REF>", ""},
	})
}
