package pipeline

import "testing"

// TestOwnerNamedByUnknownWord: one who speaks for, leads or serves a group
// takes the group's sector even when a name the knowledge lacks stands
// between "the" and the group's noun ("a leader of the Madhesi alliance",
// "a spokesman for the Tamil party"); a name alone after the preposition
// is no group ("the leader of Abkhazia accused Georgia").
func TestOwnerNamedByUnknownWord(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a spokesman for the X alliance", d, "A spokesman for the Madhesi alliance accused the government of ignoring the plains.", "112", "PTY>GOV", ""},
		{"a leader of the X party", d, "A leader of the Tamil party accused the army of killing civilians.", "112", "PTY>MIL", ""},
		{"the head of the X union", d, "The head of the Wolnosc trade union condemned the arrests.", "111", "LAB>", ""},
		{"a spokesman for the X rebels", d, "A spokesman for the Zomi rebels accused the army of burning villages.", "112", "REB>MIL", ""},
		{"not: a name alone after of", d, "The Moscow-backed leader of Abkhazia accused Georgia of preparing an attack.", "11", "GOV>GEO", ""},
	})
}

// TestAndAfterAdverbialActor: ", and" with a verb and no subject after an
// adverbial clause whose subject is no actor goes on with the actor of the
// clause above ("vowed to keep the crossing shut until the constitution
// was amended, and accused Oli").
func TestAndAfterAdverbialActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vowed ... until ..., and accused", d, "The opposition vowed to keep the roads blocked until the law was repealed, and accused the government of ignoring the countryside.", "112", "OPP>GOV", ""},
		{"refused ... until ..., and expelled", d, "Nicaragua refused to free the prisoners until the sanctions were lifted, and expelled the Vatican envoy.", "16", "NIC>VATGOV", ""},
	})
}
