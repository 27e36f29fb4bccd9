package pipeline

import "testing"

// TestAdverbBeforeParticle pins a phrasal verb whose particle follows an
// adverb or two ("were probably behind the bombing", "pulled quickly
// back"): the particle still makes the verb's entry. A negation between
// ("was not behind") is no such adverb.
func TestAdverbBeforeParticle(t *testing.T) {
	testLexRows(t, []lexRow{
		{"probably behind, told to a news conference", "1983-08-22", "Marcos told a news conference that communist rebels were probably behind the bombing.", "112", "PHLGOV>PHLREB", ""},
		{"clearly behind", "2019-06-14", "Washington said Iran was clearly behind the attacks on two tankers in the Gulf of Oman.", "112", "USAGOV>IRN", ""},
		{"probably behind a bombing in a place", "2020-01-01", "India said Pakistan-based militants were probably behind the bombing in Pulwama.", "112", "IND>PAKREB", ""},
		{"undoubtedly behind", "2011-05-03", "Kenya said al Shabaab was undoubtedly behind the attack.", "112", "KEN>SOMRAD", ""},
		{"very likely behind", "2018-03-14", "Britain said Russia was very likely behind the attack.", "112", "GBR>RUS", ""},
		{"pulled quickly back", "2015-08-10", "Kurdish rebels pulled quickly back from the town.", "087", "REB>", ""},
		{"not behind is no blame", "2011-05-03", "Police said the gang was not behind the attack.", "112", "", ""},
	})
}
