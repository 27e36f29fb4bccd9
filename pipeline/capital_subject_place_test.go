package pipeline

import "testing"

// TestCapitalSubjectNoPlace: a capital that is a clause's subject stands
// for its government, not for where another clause's act happened: "Before
// Turkish jets bombed the camps, Ankara warned Iraq" aimed the bombing at
// Turkey itself, the capital after the act taken as its place, as "bombed
// the airport in the Syrian capital Damascus" rightly is.
func TestCapitalSubjectNoPlace(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"a capital subject after a fronted clause", d,
			"Before Turkish jets bombed the camps, Ankara warned Iraq.", "195", "TURMIL>", ""},
		{"another state's capital as subject", d,
			"Before Turkish jets bombed the camps, Moscow warned Iraq.", "195", "TURMIL>", ""},
		{"after-clause, then the capital speaks", d,
			"After Pakistani troops shelled the villages, New Delhi lodged a protest.", "194", "PAKMIL>", ""},
		{"guard: the capital where the airport is", d,
			"Israeli jets bombed the airport in the Syrian capital Damascus.", "195", "ISRMIL>SYR", ""},
		{"guard: a capital named after the act", d,
			"Eritrean jets bombed the airport in the capital Addis Ababa.", "195", "ERIMIL>ETH", ""},
	})
}
