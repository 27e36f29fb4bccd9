package pipeline

import "testing"

// TestLoyalToHead: "fighters loyal to X" is one actor (X's, with the
// fighters' arms), but the phrase's head is the agent noun: what the
// lexicon asks of the subject ("march" by armed men into a place is a
// deployment, 154; by rebel fighters, taking it, 192) reads "fighters",
// not the owner's name; the syntax
// stage saw the whole phrase as one name and read "to" as a noun.
func TestLoyalToHead(t *testing.T) {
	testLexRows(t, []lexRow{
		{"rebel fighters loyal to X marched into", "1997-05-17", "Rebel fighters loyal to Kabila marched into Kinshasa.", "192", "CODREB>CODGOV", ""},
		{"troops loyal to X marched into", "2011-04-01", "Troops loyal to Ouattara marched into Abidjan.", "154", "CIVMIL>CIV", ""},
		{"militiamen loyal to X marched toward", d, "Militiamen loyal to Haftar marched toward Tripoli.", "154", "LBYUAF>LBY", ""},
		{"gunmen loyal to X stormed", d, "Gunmen loyal to the warlord stormed the police station in Kismayo.", "190", "UAF>SOMCOP", ""},
		{"fighters loyal to X marched into a town", "2013-12-20", "Fighters loyal to Machar marched into Bor.", "192", "SSDREB>SSDGOV", ""},
	})
}
