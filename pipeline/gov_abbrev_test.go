package pipeline

import "testing"

// TestGovAbbreviation: American wire copy writes a governor's title "Gov."
// and "Lt. Gov." before the name, as it writes "Sen." and "Gen.": the
// person is a governor, of the country of the state named before the title.
func TestGovAbbreviation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"state and Gov.", "2020-06-01", "California Gov. Gavin Newsom criticised China.", "11", "USAGOV>CHN", ""},
		{"Gov. and a border state", "2021-06-01", "Texas Gov. Greg Abbott criticised Mexico.", "11", "USAGOV>MEX", ""},
		{"two-word state", "2020-04-01", "New York Gov. Andrew Cuomo criticised China.", "11", "USAGOV>CHN", ""},
		{"Lt. Gov.", "2021-06-01", "Texas Lt. Gov. Dan Patrick accused Mexico of ignoring the border.", "112", "USAGOV>MEX", ""},
		{"Gov. alone", "2021-01-01", "Gov. Ron DeSantis met Cuban exiles in Miami.", "04", "USAGOV>CUB", ""},
		{"another country's governor", "2021-01-01", "Borno State Gov. Babagana Zulum condemned Boko Haram.", "11", "NGAGOV>NGARAD", ""},
		{"guard: the full title still", "2020-06-01", "Florida Governor Ron DeSantis criticised China.", "11", "USAGOV>CHN", ""},
		{"guard: the governor after a state", "2020-06-01", "The Texas governor criticised Mexico.", "11", "USAGOV>MEX", ""},
	})
}
