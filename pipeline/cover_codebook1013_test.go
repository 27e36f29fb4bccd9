package pipeline

import "testing"

// TestCoverCodebook10 pins demands the CAMEO codebook's root 10 words
// ("demand, insist, press") and WordNet's senses of its heads name:
// pressure put, exerted or stepped up on a party to act, terms stipulated,
// lists of demands issued; a requirement of a thing is no demand.
func TestCoverCodebook10(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"pressure put on a party to act", d, "Moscow put pressure on Georgia to withdraw its troops.", "10", "RUSGOV>GEOGOV", ""},
		{"pressure exerted", d, "Washington exerted pressure on Pakistan to hand over the suspects.", "10", "USAGOV>PAKGOV", ""},
		{"pressure stepped up", d, "The United States stepped up pressure on Iran to release the American sailors.", "10", "USAGOV>IRNGOV", ""},
		{"pressure with no act asked demands nothing", d, "Washington cut off remittances to Cuba to put pressure on Castro.", "10", "", ""},
		{"pressure piled on", d, "Germany piled pressure on Greece to accept the reforms.", "10", "DEUGOV>GRCGOV", ""},
		{"terms stipulated", d, "Israel stipulated that Hamas must disarm before any talks.", "10", "ISRGOV>PSEREB", ""},
		{"a list of demands issued", d, "Kenyan teachers issued a list of demands to the government.", "10", "KENCVL>KENGOV", ""},
		{"a charter of demands presented", d, "Nepal's Maoists presented a 40-point charter of demands to the government.", "10", "NPLPTY>NPLGOV", ""},
		{"pressure on prices names no party", d, "The drought increased pressure on food prices in Kenya.", "10", "", ""},
		{"a permit required is no demand", d, "The oil company required a permit to drill off the coast of Kenya.", "10", "", ""},
		{"pressure put on a front is no demand", d, "Russian forces put pressure on the front near Bakhmut.", "10", "", ""},
	})
}
