package pipeline

import "testing"

// Where a side fires into is not whose it is: "Militants fired dozens of
// rockets into southern Israel" are not Israel's militants.
func TestFiredIntoIsNotWhose(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rockets into", "2012-11-14", "Militants fired dozens of rockets into southern Israel on Tuesday.", "194", "REB>ISR", ""},
		{"missiles toward", "2019-09-14", "Rebels launched ten missiles toward Saudi Arabia's oil fields on Saturday.", "19", "REB>SAU", ""},
		{"mortars into", "2013-06-01", "Insurgents lobbed mortar shells into the Afghan border town on Friday.", "19", "REB>AFG", ""},
		// unchanged: the place they are in still says whose they are
		{"militants in Gaza", "2012-11-14", "Militants in Gaza fired dozens of rockets into southern Israel on Tuesday.", "194", "PSEREB>ISR", ""},
		{"police fired into a crowd in", "2019-11-14", "Police fired tear gas into a crowd in Nairobi on Tuesday.", "175", "KENCOP>KENCVL", ""},
	})
}
