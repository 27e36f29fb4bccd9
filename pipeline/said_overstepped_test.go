package pipeline

import "testing"

// TestSaidOverstepped: a mandate, a resolution or powers said to be
// exceeded judge whoever exceeded them (111), as the speaker's disapproval:
// "Russia said NATO had exceeded its mandate in Libya". When a thing
// overstepped ("said the air strikes went beyond the UN mandate") the act
// is judged with no one named. Told by no one it is none; growth beyond
// expectations, talks beyond trade judge nothing.
func TestSaidOverstepped(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exceeded its mandate", "2011-04-01", "Russia said NATO had exceeded its mandate in Libya.", "111", "RUS>IGONATO", ""},
		{"overstepped its authority", "2011-04-01", "India said Pakistan had overstepped its authority.", "111", "IND>PAK", ""},
		{"went beyond a mandate, a thing", "2011-04-01", "China said the air strikes went beyond the UN mandate.", "111", "CHN>", ""},
		{"had gone beyond a resolution", "2011-04-01", "The Arab League said the bombing had gone beyond the Security Council resolution.", "111", "IGOARL>", ""},
		{"told by no one", "2011-04-01", "NATO exceeded its mandate.", "11", "", ""},
		{"growth beyond expectations", "2011-04-01", "The bank said growth had gone beyond expectations.", "11", "", ""},
		{"talks beyond trade", "2011-04-01", "Officials said the talks went beyond trade.", "11", "", ""},
	})
}
