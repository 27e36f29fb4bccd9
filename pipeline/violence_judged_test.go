package pipeline

import "testing"

// TestViolenceJudged pins a judgement or demand whose object is a noun of
// hostilities (sets.txt &hostilities: "the violence", "the bloodshed", "the
// bombing") with no actor of its own: it answers the doer of the last
// violent act told before, not whoever acted last (a sanction, a recall).
func TestViolenceJudged(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the violence after a suspension", "2011-02-22", "Libyan militiamen opened fire on protesters in Tripoli, killing dozens. The Arab League suspended Libya's participation in its meetings. The U.N. Security Council condemned the violence.", "111", "IGOUNO>LBYUAF", ""},
		{"the bloodshed after a cut in aid", "2009-09-30", "Guinean soldiers fired on marchers in Conakry, killing 150 people. France suspended military cooperation with Guinea. The African Union condemned the bloodshed.", "111", "IGOAFR>GINGOV", ""},
		{"a demand that the bombing stop", "1998-12-18", "American warships fired cruise missiles at Baghdad. Russia recalled its ambassador from Washington. President Boris Yeltsin demanded that the bombing stop.", "10", "RUSGOV>USAGOV", ""},
		{"forces abroad", "2014-07-10", "Israeli jets bombed targets in Gaza. Egypt recalled its ambassador from Israel. The Arab League condemned the violence.", "111", "IGOARL>ISRGOV", ""},
		{"police at home: a crackdown is their state's", "2020-08-12", "Belarusian police killed two demonstrators in Minsk. The European Union imposed sanctions on Belarus. Amnesty International condemned the violence.", "111", "NGO>BLRGOV", ""},
	})
}
