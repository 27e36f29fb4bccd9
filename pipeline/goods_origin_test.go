package pipeline

import "testing"

// TestCurbedGoodsOrigin: trade cut off in goods named by their origin
// ("halted imports of Taiwanese fruit") falls on the goods' country, as
// imports from it do; the country a "to" phrase names still wins for
// exports.
func TestCurbedGoodsOrigin(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "halted imports of fruit", text: "BEIJING (AP) — Beijing halted imports of Taiwanese fruit and fish on Tuesday.\n",
			sentence: "halted imports", want: []string{"163 CHN>TWN"}},
		{name: "suspended imports of beef", text: "BEIJING (AP) — China suspended imports of Australian beef.\n",
			sentence: "suspended imports", want: []string{"163 CHN>AUS"}},
		{name: "restricted imports of palm oil", text: "NEW DELHI (AP) — India restricted imports of Malaysian palm oil last week.\n",
			sentence: "restricted imports", want: []string{"163 IND>MYS"}},
		{name: "curbed imports of tomatoes", text: "MOSCOW (AP) — Russia curbed imports of Turkish tomatoes on Monday.\n",
			sentence: "curbed imports", want: []string{"163 RUS>TUR"}},
		{name: "exports to a country, not of goods", text: "BRUSSELS (AP) — The European Union halted exports of vaccines to Britain.\n",
			sentence: "halted exports", want: []string{"163 EUR>GBR"}},
	})
}
