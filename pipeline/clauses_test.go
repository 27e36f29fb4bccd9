package pipeline

import "testing"

// Rows for constructions of the clause analysis found wrong on the tuning
// half of the dev sets (issue 11): each family is a construction, written
// in several countries, actors and tenses, none of them a dev sentence.

// TestClauseCapitalName: a country written in capitals that spells a
// pronoun ("US") is a name, so a list it opens keeps it as a member.
func TestClauseCapitalName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the US opens a serial list that meets", d, "The US, Russia, and China met in Geneva on Monday.", "040", "USA>CHN", ""},
		{"the US opens a serial list that condemns", d, "The US, Britain, and Japan condemned the missile test by North Korea.", "111", "USA>PRK", ""},
		{"the US inside a list after a preposition", d, "Ministers from the US, Canada, and Mexico met in Ottawa.", "040", "USAGOV>MEX", ""},
		{"the US second in a list", d, "Britain, the US, and France imposed sanctions on Syria.", "163", "USA>SYR", ""},
		{"the US as the only speaker", d, "The US accused Iran of supplying drones to Russia.", "112", "USA>IRN", ""},
	})
}
