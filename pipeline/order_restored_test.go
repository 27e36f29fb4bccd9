package pipeline

import "testing"

// TestOrderRestoredAtAnyCost pins order foretold to be restored or kept at
// any cost or by force as repression held out (137) by whoever says or
// warns it; order said restored, done, is none.
func TestOrderRestoredAtAnyCost(t *testing.T) {
	d := "1976-06-20"
	testLexRows(t, []lexRow{
		{"warned: order would be restored at all costs", d, "Prime Minister John Vorster warned that order would be restored at all costs.", "137", "ZAFGOV>", ""},
		{"junta: at any cost", d, "The Malian junta warned that order would be restored at any cost.", "137", "MLIGOV>", ""},
		{"said: restored by force", d, "Kenya's president said order would be restored by force if necessary.", "137", "KENGOV>", ""},
		{"army: order would be restored by force", d, "The Ethiopian army said order would be restored by force.", "137", "ETHMIL>", ""},
		{"minister: maintained at any cost", d, "Bolivia's interior minister said order would be maintained at any cost.", "137", "BOLGOV>", ""},
		{"done: order had been restored", d, "The police said order had been restored.", "13", "", ""},
		{"done at a cost", d, "The government said calm had been restored at great cost.", "13", "", ""},
		{"a plan of no force: talks", d, "The government said it would hold talks to restore order.", "13", "", ""},
	})
}
