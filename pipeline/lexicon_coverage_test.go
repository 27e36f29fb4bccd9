package pipeline

import "testing"

// Lexicon coverage (issue 11, point 3): verbs, particles and event nouns
// that plain news uses for common CAMEO codes, each a family of sentences
// with different actors, tenses and word orders, and rows that must not
// fire (a look-alike with another sense).
func TestLexiconCoverage(t *testing.T) {
	testLexRows(t, []lexRow{
		// phrasal verbs whose particle is a preposition
		{"took over the broadcaster", d, "Soldiers took over the state broadcaster on Wednesday.", "171", "MIL>", ""},
		{"took over a ministry", d, "Rebels took over the ministry of defence.", "171", "REB>", ""},
		{"has taken over the airport", d, "The army has taken over the main airport.", "171", "MIL>", ""},
		{"protesters took over parliament", d, "Protesters took over the parliament building.", "144", "OPP>LEG", ""},
		{"students took over the university", d, "Students took over the university campus in protest.", "144", "CVL>", ""},
		{"handed over suspects", d, "Pakistan has handed over the fugitive to India.", "063", "PAK>IND", ""},
		{"handed over bodies", d, "The rebels handed over the bodies of the soldiers to the Red Cross.", "0841", "REB>NGO", ""},
		{"took in refugees", d, "Turkey took in thousands of Syrian refugees.", "075", "TUR>SYRREF", ""},
		{"has taken in migrants", d, "Germany has taken in 800,000 migrants.", "075", "DEU>CVL", ""},
		{"went on hunger strike", d, "Opposition activists went on a hunger strike.", "142", "OPP>", ""},
		{"stands by an ally", d, "China stands by Pakistan.", "051", "CHN>PAK", ""},
		{"stand by in the future: an intent", d, "Russia will always stand by Syria.", "03", "RUS>SYR", ""},
		{"stands by, present tense", d, "The United States stands by Israel.", "051", "USA>ISR", ""},
	})
}
