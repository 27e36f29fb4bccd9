package pipeline

import "testing"

// TestCoordRespectively: "respectively" pairs a list of subjects with the
// list of objects in order, the first with the first; without it, or
// when the lists differ in length, each acts on each.
func TestCoordRespectively(t *testing.T) {
	testCoordRows(t, defaultCoder(t), []lexRow{
		{"summoned: first pair", "2019-02-04", "Britain and France summoned the Iranian and Russian ambassadors, respectively.", "11", "GBRGOV>IRNGOV", ""},
		{"summoned: second pair", "2019-02-04", "Britain and France summoned the Iranian and Russian ambassadors, respectively.", "11", "FRAGOV>RUSGOV", ""},
		{"summoned: no cross pair", "2019-02-04", "Britain and France summoned the Iranian and Russian ambassadors, respectively.", "11", "!GBRGOV>RUS", ""},
		{"troops sent: no cross pair", "2014-01-10", "Kenya and Uganda sent troops to Somalia and South Sudan respectively.", "15", "!KENGOV>SSD", ""},
		{"accused, set off", "2019-06-20", "Iran and Iraq accused Israel and the United States, respectively, of meddling.", "112", "IRQGOV>USAGOV", ""},
		{"accused, set off: no cross", "2019-06-20", "Iran and Iraq accused Israel and the United States, respectively, of meddling.", "112", "!IRNGOV>USA", ""},
		{"three pairs", "1996-05-02", "Egypt, Jordan and Syria condemned Israel, Turkey and Iraq respectively.", "11", "SYRGOV>IRQGOV", ""},
		{"guard: without respectively each on each", "2019-02-04", "Britain and France summoned the Iranian and Russian ambassadors.", "11", "GBRGOV>RUSGOV", ""},
		{"guard: unequal lists", "2019-02-04", "Britain and France respectively condemned Iran.", "11", "FRAGOV>IRNGOV", ""},
		{"guard: respectively in another clause", "2019-02-04", "Britain and France condemned Iran and Russia, which won 40 and 30 seats respectively.", "11", "GBRGOV>RUSGOV", ""},
	})
}
