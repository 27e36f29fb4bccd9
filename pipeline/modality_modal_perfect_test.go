package pipeline

import "testing"

// TestModalityModalPerfect: a modal with the perfect ("Israel may have
// bombed the convoy", "said it could have captured Kyiv", "would have
// shelled the town if ...") supposes the past: hypothetical, and no threat
// or intent of the act, even when its own side says it. A modal without
// the perfect held out by its own side is still a threat, and "will have
// deployed" is still to come.
func TestModalityModalPerfect(t *testing.T) {
	testAuditModalRows(t, []auditModalRow{
		{"may have bombed, officials said", "2019-01-01", "Israel may have bombed the convoy, officials said.", "13", "", "", ""},
		{"may have bombed: supposed", "2019-01-01", "Israel may have bombed the convoy, officials said.", "19", "", "hypothetical", ""},
		{"could have captured", "2022-06-01", "Russia said it could have captured Kyiv in three days.", "13", "", "", ""},
		{"would have shelled if", "1995-01-01", "The army said it would have shelled the town if the rebels had stayed.", "13", "", "", ""},
		{"might have fired", "2012-10-01", "Syrian officials said their forces might have fired the shells that hit the Turkish village.", "13", "", "", ""},
		{"would have met if", "2019-01-01", "Pakistan said it would have met Indian officials if invited.", "036", "", "", ""},
		{"could have imposed", "2021-02-01", "Biden said the United States could have imposed sanctions on Myanmar earlier.", "13", "", "", ""},
		{"guard: could impose, its own side", "2021-02-01", "The United States could impose sanctions on Myanmar, Biden said.", "1312", "USA>MMR", "", ""},
		{"guard: would strike unless", "2012-01-01", "Israel would strike Iranian nuclear facilities unless Tehran halts enrichment, the Israeli prime minister said.", "1384", "ISR>IRN", "", ""},
		{"guard: may have struck, a claim", "2019-06-01", "Iranian drones may have struck the tanker, US officials said.", "112", "USA>IRN", "", ""},
	})
}
