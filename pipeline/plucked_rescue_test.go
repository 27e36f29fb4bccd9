package pipeline

import "testing"

// TestPluckedRescue: people plucked, hoisted or winched from where a
// disaster strands them (&peril: rooftops, trees, the sea, rubble) are
// rescued (073), the place's country helped; plucking anything else, or a
// rescue not made, is none.
func TestPluckedRescue(t *testing.T) {
	testLexRows(t, []lexRow{
		{"helicopters plucked people from rooftops and trees", "2000-03-01", "South African air force helicopters plucked hundreds of people from rooftops and trees in flooded southern Mozambique on Wednesday.", "073", "ZAFMIL>MOZCVL", ""},
		{"stranded villagers from rooftops", "2004-12-27", "Indian navy helicopters plucked stranded villagers from rooftops in Sri Lanka on Monday.", "073", "INDMIL>LKACVL", ""},
		{"fishermen from the sea near a country", "2013-11-15", "Chinese navy divers plucked 40 fishermen from the sea near the Philippines on Friday.", "073", "CHNMIL>PHLCVL", ""},
		{"winched sailors from the sea", "2019-01-10", "A Greek coast guard helicopter winched eight sailors from the sea off Crete.", "073", "GRCCOP>GRCCVL", ""},
		{"guard: could not pluck", "2000-03-01", "Helicopters could not pluck anyone from the rooftops because of the storm.", "073", "", ""},
		{"guard: plucked strings", d, "The guitarist plucked the strings.", "073", "", ""},
		{"guard: plucked from a car is no rescue", d, "Gunmen plucked the businessman from his car in Lagos.", "073", "", ""},
	})
}
