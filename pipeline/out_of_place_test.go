package pipeline

import "testing"

// TestOutOfPlace: a passive act that puts people out of a land (an
// expulsion, a deportation: policy.tsv's outof) with no agent named is the
// state's they were put out of, named by a city after "from" as by a
// country: "four Russian diplomats were expelled from Warsaw" is Poland's,
// not done by no country's government, and "two Nigerian traders were
// deported from Accra" is Ghana's, not Nigeria's.
func TestOutOfPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{"diplomats expelled from a capital", "2024-06-03", "Four Russian diplomats were expelled from Warsaw on Monday.", "16", "POLGOV>RUSGOV", ""},
		{"traders deported from a capital", "2024-06-03", "Two Nigerian traders were deported from Accra on Monday.", "17", "GHAGOV>NGACVL", ""},
		{"journalists expelled from a capital", "2024-06-03", "Three Chinese journalists were expelled from New Delhi on Friday.", "17", "INDGOV>CHNMED", ""},
		{"migrants deported from a city", "2024-06-03", "Twenty Haitian migrants were deported from Santo Domingo on Friday.", "17", "DOMGOV>HTICVL", ""},
		{"a diplomat expelled from a capital", "2024-06-03", "A Belarusian diplomat was expelled from Vilnius on Friday.", "16", "LTUGOV>BLRGOV", ""},
		{"not: a country named after from, as before", "2024-06-03", "Ghanaian migrants were expelled from Nigeria on Monday.", "17", "NGAGOV>GHACVL", ""},
	})
}
