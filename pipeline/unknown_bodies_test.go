package pipeline

import "testing"

// TestUnknownBodies: a capitalised name the knowledge lacks whose last
// word (or first, before "for" or "of") is Front or Movement names a
// political body (PTY) of the sentence's or story's country; a known name
// keeps its own code.
func TestUnknownBodies(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a salvation front", d, "ALGIERS, Algeria -- The National Salvation Front called for protests against the government.", "02", "DZAPTY>DZAGOV", ""},
		{"an agent noun inside the name", d, "ALGIERS, Algeria -- The Socialist Forces Front accused the army of a coup.", "11", "DZAPTY>DZAMIL", ""},
		{"a renewal movement", d, "LOME, Togo -- The Democratic Renewal Movement rejected the election results.", "12", "TGOPTY>TGOGOV", ""},
		{"front first, then for", d, "BAMAKO, Mali -- The Front for the Liberation of Azawad condemned the attack.", "11", "MLIPTY>", ""},
		{"a known front keeps its code", d, "RABAT, Morocco -- The Polisario Front rejected the plan.", "12", "ESHREB>", ""},
	})
}

// TestPersonOfWhoseBody: a person the knowledge lacks, followed by
// "whose" and a body, is of that body: "X, whose Socialist Forces Front
// finished second, condemned".
func TestPersonOfWhoseBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"whose front", d, "ALGIERS, Algeria -- Jean Doe, whose Socialist Forces Front finished second, condemned the cancellation of the vote.", "11", "DZAPTY>", ""},
		{"whose party", d, "LOME, Togo -- Kofi Mensah, whose party won most seats, accused the police of torture.", "11", "TGOPTY>TGOCOP", ""},
		{"whose son is no body", d, "LIMA, Peru -- Maria Torres, whose son was killed, accused the army of a cover-up.", "11", "", ""},
	})
}

// TestLedByNamedAgent: "Armed men led by a failed businessman, George
// Speight, were holding ..." has the armed men as the clause's subject,
// not the name set off inside the participle's phrase.
func TestLedByNamedAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed men led by a described name", d, "SUVA, Fiji -- Armed men led by a failed businessman, George Speight, were holding the prime minister hostage inside parliament.", "17", "UAF>FJIGOV", ""},
	})
}

// TestAcronymAgentsInCapitals: an agent written as an acronym ("PM")
// names its agent only in capitals: "10 p.m." is a time, so a curfew
// "from 10 p.m." falls on the people, not on a prime minister.
func TestAcronymAgentsInCapitals(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a curfew from 10 p.m.", d, "SANTIAGO, Chile -- The army imposed a curfew from 10 p.m. on Saturday.", "1723", "CHLMIL>CHLCVL", ""},
		{"the PM in capitals", d, "LONDON -- The PM condemned the attack on the embassy.", "11", "GBRGOV>GOV", ""},
	})
}
