package pipeline

import "testing"

// TestTitlesOfOneState: titles a single state's news uses for an office
// others name in English ("Taoiseach" for Ireland's prime minister,
// "Senior General" for Myanmar's commander-in-chief, "State Counsellor",
// "Tanaiste", "Federal Chancellor") are titles before a
// name and alone, as "Prime Minister" and "General" are.
func TestTitlesOfOneState(t *testing.T) {
	runLexRows(t, []lexRow{
		{"Senior General before a past leader, object", "2005-06-01", "Thailand criticised Senior General Than Shwe over the refugees.", "11", "THA>MMRGOV", ""},
		{"Senior General before a leader, object", "2022-06-01", "The Maldives criticised Senior General Min Aung Hlaing over the Rohingya.", "11", "MDV>MMRGOV", ""},
		{"Senior General before a leader, subject", "2022-06-01", "Senior General Min Aung Hlaing accused Bangladesh of sheltering rebels.", "11", "MMRGOV>BGD", ""},
		{"Taoiseach before a name, object", "2022-06-01", "Britain criticised Taoiseach Micheal Martin over the border.", "11", "GBR>IRLGOV", ""},
		{"Taoiseach before a name, subject", "2019-06-01", "Taoiseach Leo Varadkar accused Britain of endangering the peace.", "11", "IRLGOV>GBR", ""},
		{"State Counsellor before a name, object", "2018-06-01", "China criticised State Counsellor Aung San Suu Kyi over the talks.", "11", "CHN>MMRGOV", ""},
		{"State Counsellor before a name, subject", "2018-06-01", "State Counsellor Aung San Suu Kyi accused Bangladesh of delaying the returns.", "11", "MMRGOV>BGD", ""},
		{"Tanaiste before a name, object", "2022-06-01", "Britain criticised Tanaiste Leo Varadkar over the border.", "11", "GBR>IRLGOV", ""},
		{"Federal Chancellor before a name, object", "2022-06-01", "Russia criticised Federal Chancellor Karl Nehammer over the sanctions.", "11", "RUS>AUTGOV", ""},
		{"Federal Chancellor before a name, subject", "2022-06-01", "Federal Chancellor Olaf Scholz accused Russia of blackmail.", "11", "DEUGOV>RUS", ""},
		{"the Taoiseach alone in a story from Dublin", "2022-06-01", "DUBLIN, Ireland (AP) - The Taoiseach criticised Britain over the protocol.", "11", "IRLGOV>GBR", ""},
	})
}
