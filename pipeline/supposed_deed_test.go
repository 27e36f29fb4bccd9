package pipeline

import "testing"

// TestWarnedSupposedDeed: a warning that a deed not yet done ("any
// attack", "any advance by ...") will have a consequence holds it out to
// the deed's doer (130), as a condition's subject is; a deed told without
// "any" ("attacks would continue": a forecast), one of no one, or one a
// plain statement tells holds out nothing.
func TestWarnedSupposedDeed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"any advance by forces", "2020-06-20", "Egypt's president warned on Saturday that any advance by Turkish troops on the city of Sirte would cross a red line.", "13", "EGYGOV>TURMIL", ""},
		{"any attack by a country", "2019-06-20", "Iran warned on Thursday that any American attack on its ships would be a grave mistake.", "13", "IRN>USA", ""},
		{"any incursion would be", "2008-03-04", "Venezuela warned on Monday that any Colombian incursion into its territory would have serious consequences.", "13", "VEN>COL", ""},
		{"any troops would be treated", "2015-12-20", "Burundi warned that any Rwandan troops entering the country would face the full force of its army.", "13", "BDI>RWAMIL", ""},
		{"a forecast of attacks", "2011-10-20", "Kenya warned that Somali attacks on its border posts would continue.", "13", "", ""},
		{"any delay names no one", "2011-10-20", "The Kenyan minister warned that any delay in the talks would hurt the economy.", "13", "", ""},
		{"a plain statement", "2011-10-20", "Kenya said that any Somali refugees would need papers.", "13", "", ""},
	})
}
