package pipeline

import "testing"

// TestComplaintAfterAct pins a complaint or accusation (root 11) that names
// no one and is followed by a clause of time whose subject is another
// country's actor ("lodged a protest after Japanese lawmakers visited the
// shrine"): it answers that actor. Actors of the source's own country in
// that clause are not its target.
func TestComplaintAfterAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a protest after a visit", "2021-08-15", "South Korea lodged a formal protest after Japanese lawmakers visited the Yasukuni shrine.", "114", "KOR>JPNLEG", ""},
		{"a protest after firing across a border", "2018-06-10", "India lodged a strong protest after Pakistani troops fired across the border.", "114", "IND>PAKMIL", ""},
		{"a complaint after an airspace violation", "2020-06-10", "Greece lodged a complaint after Turkish jets violated its airspace.", "114", "GRC>TURMIL", ""},
		{"criticism after police fired", "2019-06-10", "The European Union criticised Iraq after Iraqi police fired on protesters.", "111", "IGOEUR>IRQ", ""},
		{"a complaint after a seizure", "2019-07-20", "Britain lodged a protest after Iranian forces seized a British tanker.", "114", "GBR>IRNMIL", ""},
	})
}
