package pipeline

import "testing"

// TestModalityCounterfactual: a condition opened by an inverted "had"
// ("Had Syria refused to act, ...") supposes a past that was otherwise:
// what it conditions, a readiness, a plan or an act, was neither done nor
// held out as a threat or an intent. "Should" opens a condition to come,
// and force held out on it stays a threat; a plain past perfect stays told.
func TestModalityCounterfactual(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"had refused, were ready to strike", "1998-10-20", "Had Syria refused to act, Turkish generals were ready to strike the rebel camps, diplomats said.", "13", "", "", ""},
		{"had sent troops, was prepared to impose sanctions", "2014-05-01", "Had Moscow sent troops, NATO was prepared to impose sanctions on Russia.", "16", "", "", ""},
		{"had attacked, planned to bomb", "2003-02-10", "Had Iraq attacked Kuwait again, the United States planned to bomb Baghdad, officials said.", "13", "", "", ""},
		{"had crossed, was poised to shell", "1971-12-01", "Had Indian troops crossed the border, the Pakistani army was poised to shell their positions.", "13", "", "", ""},
		{"had fired, would expel", "2019-07-01", "Had the Iranian navy fired on the tanker, Britain would have expelled Iran's ambassador.", "16", "", "", ""},
		{"had stayed, would have met", "2009-03-01", "Had the Sudanese president stayed in Doha, the Egyptian leader was ready to meet him.", "03", "", "", ""},
		{"guard: should, a threat", "2012-01-01", "Should Iran attack, Israel will strike its nuclear sites, the minister said.", "13", "ISR>IRN", "", ""},
		{"guard: a past perfect told", "2023-09-01", "Russian troops had shelled the town of Bakhmut before dawn, Ukrainian officials said.", "19", "RUS", "", ""},
		{"guard: if it refuses, ready to strike", "1998-10-05", "If Syria refuses to act, Turkish generals are ready to strike the rebel camps.", "13", "TUR>TUR", "", ""},
	})
}
