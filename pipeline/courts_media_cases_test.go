package pipeline

import "testing"

// Two acts of a state against its rivals and its press that coded
// nothing: a winner's victory annulled falls on the winner; an outlet's
// relays or transmitters switched off stand for the outlet.
func TestVictoryAndRelays(t *testing.T) {
	testLexRows(t, []lexRow{
		{"annulled victory", "2020-02-03", "Malawi's Constitutional Court on Monday annulled President Peter Mutharika's narrow election victory.", "1721", "MWIJUD>MWIGOV", ""},
		{"nullified win", "2017-09-02", "Kenya's Supreme Court nullified President Uhuru Kenyatta's re-election on Friday.", "1721", "KENJUD>KENGOV", ""},
		{"relays switched off", "2015-04-29", "Burundi's authorities switched off the relays of three private radio stations on Wednesday.", "1721", "BDIGOV>BDIMED", ""},
		{"transmitters cut", "2015-04-29", "Police in Harare cut the transmitters of an opposition television station on Tuesday.", "1721", "ZWECOP>ZWEMED", ""},
		// unchanged: an accusation by a named body
		{"UN investigators", "2021-02-03", "U.N. investigators accused the Myanmar army of war crimes.", "1124", "IGOUNO>MMRMIL", ""},
	})
}
