package pipeline

import "testing"

// TestActRaisedHopes: an act named by its noun, with its own actor (a
// possessor or a "by" phrase), as the subject of a plain statement verb
// ("raised hopes", "raised fears") took place, whatever its kind, as an act
// of conflict so told already did: "the release of 13 hostages by Hamas
// raised hopes of a longer truce". An act not of conflict needs a target of
// its own: "the Qatari mediators reported progress" is no mediation.
func TestActRaisedHopes(t *testing.T) {
	testLexRows(t, []lexRow{
		{"release by raised hopes", "2023-11-25", "The release of 13 Israeli hostages by Hamas on Friday raised hopes of a longer truce.", "0841", "PSEREB>ISRCVL", ""},
		{"possessor release raised hopes", "2023-11-25", "Hamas's release of 13 Israeli hostages raised hopes.", "0841", "PSEREB>ISRCVL", ""},
		{"mediation between raised hopes", "2023-11-25", "Egypt's mediation between Israel and Hamas raised hopes of a truce.", "045", "EGY>PSEREB", ""},
		{"visit raised hopes", "2018-04-27", "Kim Jong Un's visit to Seoul raised hopes of peace.", "042", "PRKGOV>KORGOV", ""},
		{"recognition raised hopes", "2008-02-20", "Turkey's recognition of Kosovo raised hopes in Pristina.", "054", "TUR>XKX", ""},
		{"guard: mediators have no target", d, "The Qatari mediators reported progress in the negotiations.", "045", "", ""},
		{"guard: talk of a ceasefire", d, "Talk of a ceasefire raised hopes.", "08", "", ""},
		{"guard: no actor of its own", d, "A release of hostages would raise hopes.", "08", "", ""},
		{"guard: the prospect of", d, "The prospect of an Iranian offer of talks raised hopes.", "03", "", ""},
	})
}
