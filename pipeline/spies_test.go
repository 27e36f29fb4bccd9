package pipeline

import "testing"

// TestStateAgents: a state's agents are its secret agents (SPY), after its
// adjective or its possessive, as CAMEO codes them; alone the word names no
// one ("chemical agents" are a weapon), and more specific agents before it
// keep theirs ("security agents" are police, a Mossad agent the Mossad's).
func TestStateAgents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agents captured a rebel leader abroad", d, "Turkish agents captured the Kurdish rebel leader in Nairobi.", "173", "TURSPY>KENREB", ""},
		{"agents killed a commander", d, "Israeli agents killed a Hamas commander in Dubai.", "190", "ISRSPY>PSEREB", ""},
		{"agents abducted citizens", d, "North Korean agents abducted Japanese citizens in the 1970s.", "181", "PRKSPY>JPNCVL", ""},
		{"agents kidnapped a dissident", d, "Iranian agents kidnapped an exiled Iranian dissident in Istanbul.", "181", "IRNSPY>IRNOPP", ""},
		{"a state's agents by its possessive", d, "Rwanda's agents abducted the Rwandan opposition leader in Dubai.", "181", "RWASPY>RWAOPP", ""},
		{"agents arrested", d, "Police in Kuala Lumpur arrested two North Korean agents.", "173", "MYSCOP>PRKSPY", ""},
		{"security agents stay police", d, "Egyptian security agents arrested the activist in Cairo.", "173", "EGYCOP>EGYOPP", ""},
		{"chemical agents name no one", d, "Government forces used chemical agents against civilians in Douma.", "2041", "SYRMIL>SYRCVL", ""},
	})
}

// TestMilitaryIntelligence: military intelligence is the armed forces' own
// service (MIL), as the story golds code "Syrian military intelligence";
// intelligence alone stays the intelligence services (SPY).
func TestMilitaryIntelligence(t *testing.T) {
	testLexRows(t, []lexRow{
		{"military intelligence officers detained", d, "Syrian military intelligence officers detained the activists in Damascus.", "173", "SYRMIL>SYROPP", ""},
		{"military intelligence accused", d, "Israeli military intelligence accused Hezbollah of smuggling rockets into Lebanon.", "112", "ISRMIL>LBNRAD", ""},
		{"military intelligence abducted a journalist", d, "Pakistani military intelligence officers abducted a journalist in Islamabad.", "181", "PAKMIL>PAKMED", ""},
		{"a state's military intelligence by its possessive", d, "Ukraine's military intelligence accused Russia of shelling the nuclear plant.", "112", "UKRMIL>RUS", ""},
		{"military intelligence arrested a general", d, "Egyptian military intelligence arrested the former army chief of staff in Cairo.", "173", "EGYMIL>EGYMIL", ""},
		{"military intelligence service named in full", d, "Russia's military intelligence service accused Britain of sabotage.", "1125", "RUSMIL>GBR", ""},
		{"intelligence alone stays the services", d, "Syrian intelligence officers detained the activists in Damascus.", "173", "SYRSPY>SYROPP", ""},
	})
}
