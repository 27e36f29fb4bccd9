package pipeline

import "testing"

// TestForBeneficiary: whom a force, a mission or aid is for is the target
// where the lexicon lets "for" name it ("authorised a multinational force
// for Haiti", "approved aid for Ukraine", "pledged more troops for
// Afghanistan"); a force "for" a country is not that country's own, and a
// "for" that names no actor ("for the first time") names no target.
func TestForBeneficiary(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a force authorised for a country", "2004-03-01", "The U.N. Security Council authorised a multinational force for Haiti on Sunday.", "050", "IGOUNO>HTI", ""},
		{"a mission authorized for a country", d, "The Security Council authorized a peacekeeping mission for Mali.", "050", "IGOUNO>MLI", ""},
		{"aid approved for a country", d, "Japan approved aid for Ukraine.", "070", "JPN>UKR", ""},
		{"a loan approved for a country", d, "The World Bank approved a loan for Kenya.", "071", "IGOUNO>KEN", ""},
		{"food aid offered for a country", d, "The United States offered food aid for Somalia.", "0333", "USA>SOM", ""},
		{"troops pledged for a country", d, "NATO pledged more troops for Afghanistan.", "030", "IGONATO>AFG", ""},
		{"troops sent for a country", d, "Britain sent more troops for Afghanistan in March.", "154", "GBR>AFG", ""},
		{"support pledged for the opposition", d, "Washington pledged support for the Venezuelan opposition.", "032", "USAGOV>VENOPP", ""},
		{"for the first time names no one", d, "Britain pledged aid for the first time.", "033", "GBR>", ""},
	})
}

// TestForWhomAgents: an agent "for" a country is the country's when the
// agent takes its owner's sector ("a spokesman for Kenya"); a body of its
// own kind or of no one in particular is sent for it ("a multinational
// force for Haiti", "a mission for Mali").
func TestForWhomAgents(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a spokesman for a country speaks for it", date: "2020-01-01",
			text:     "NAIROBI, Kenya (AP) — A spokesman for Somalia accused Kenya of meddling.\n",
			sentence: "accused", want: []string{"11 SOM>KEN"}},
		{name: "a force for a country is not its army", date: "2004-03-01",
			text:     "NEW YORK (AP) — The Security Council authorised a multinational force for Haiti.\n",
			sentence: "authorised", not: []string{"05 IGOUNO>HTIMIL"}},
	})
}
