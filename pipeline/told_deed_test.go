package pipeline

import "testing"

// TestToldDeedTarget: a judgement of an act named by "the" and a noun of
// nominal.tsv, when no act the coder found names its doer, is aimed at the
// subject of the last clause that told it: by its verb ("proclaimed" for
// "the proclamation", "decided" for "the decision") or by the noun as its
// object said without "the" ("approved an emergency decree"), in the same
// sentence or an earlier one. An act found before still names the doer,
// and a noun no clause told keeps today's reading.
func TestToldDeedTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"proclaimed a state, the proclamation", d, "Rebel leader Ahmed Madobe proclaimed an independent state in southern Somalia on Saturday. Somalia's government denounced the proclamation as treason.", "111", "SOMGOV>SOMREB", ""},
		{"approved a decree, the decree", d, "Thailand's cabinet approved an emergency decree on Monday. Thousands of protesters marched in Bangkok. Cambodia's foreign minister condemned the decree.", "111", "KHMGOV>THAGOV", ""},
		{"passed a law, the law", d, "Serbia's parliament passed a law on church property on Friday, and police arrested two priests. Montenegro's president condemned the law.", "111", "MNEGOV>SRBLEG", ""},
		{"declared in the same sentence", d, "Kosovo's assembly declared independence on Sunday, and Serbia's president denounced the declaration as illegal.", "111", "SRBGOV>XKXLEG", ""},
		{"decided, the decision", d, "Bolivia's congress decided on Tuesday to rename the national airline. Its pilots went on strike in La Paz. Peru's foreign minister criticised the decision.", "111", "PERGOV>BOLLEG", ""},
		{"a passive's agent", d, "A security law drafted by China's government was published on Friday. Britain criticised the law.", "111", "GBR>CHNGOV", ""},
		{"not: an act found before names the doer", d, "Russia expelled two Estonian diplomats on Monday. Estonia condemned the decision.", "111", "EST>RUS", ""},
		{"not: a decree spoken of as known", d, "Ukraine's parliament debated the decree on Tuesday. Hungary's foreign minister condemned the decree.", "111", "HUNGOV>UKRLEG", ""},
	})
}
