package pipeline

import "testing"

// TestUntilActAskedFor: an act's end ("until", "till") told under an act
// asked for, vowed or to come is to come as well, even told in the past
// by the sequence of tenses; under an act that took place, or one not
// done "until" another, the end took place.
func TestUntilActAskedFor(t *testing.T) {
	testModalRows(t, []modalRow{
		{"called for action until a resignation", "The opposition called for mass action until the president stepped down.", "0831", "GOV>", "hypothetical"},
		{"vowed to protest until a resignation", "The opposition vowed to protest until the president resigned.", "0831", "GOV>", "hypothetical"},
		{"urged a strike until a release", "The unions urged workers to strike until the government freed the union leaders.", "0841", "GOV>LAB", "hypothetical"},
		{"demanded sanctions till a withdrawal", "Ukraine demanded sanctions on Russia till Russian troops withdrew from Crimea.", "087", "RUSMIL>UKR", "hypothetical"},
		{"would keep fighting until a withdrawal", "The rebels said they would keep fighting until the army withdrew from the region.", "087", "MIL>", "hypothetical"},
		{"an end that came: talks went on until a walkout", "The talks continued until the rebels walked out on Friday.", "143", "REB>", "asserted"},
		{"an end that came: troops stayed until a surrender", "Troops remained in the town until the rebels surrendered last week.", "0874", "REB>", "asserted"},
	})
}
