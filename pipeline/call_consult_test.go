package pipeline

import "testing"

// TestSpokeInACall pins leaders who speak or talk in a phone or video
// call as consulting by telephone (041), and a video call named in a
// sentence's opening phrase as that call.
func TestSpokeInACall(t *testing.T) {
	testLexRows(t, []lexRow{
		{"spoke to in a video call", "2021-11-16", "Biden spoke to Xi in a video call on Monday.", "041", "USAGOV>CHNGOV", ""},
		{"spoke with in a phone call", "2022-03-01", "Macron spoke with Putin in a phone call on Monday.", "041", "FRAGOV>RUSGOV", ""},
		{"talked in a telephone call", "2019-06-05", "Modi talked with Imran Khan in a telephone call after the election.", "041", "INDGOV>PAKGOV", ""},
		{"talked to in a videoconference", "2020-05-10", "Merkel talked to Macron in a videoconference on Sunday.", "041", "DEUGOV>FRAGOV", ""},
		{"a video call with", "2021-12-07", "In a video call with Putin, Biden warned of sanctions.", "041", "USAGOV>RUSGOV", ""},
	})
}
