package pipeline

import "testing"

// Rows for general constructions found wrong on the tuning half of the
// dev sets: each family is a construction, written in several countries,
// actors and tenses, none of them a dev sentence.

// TestConstructionPartitive: a share of a group ("most of", "one third
// of", "two thirds of") is the subject; the group in its "of" phrase is
// the actor.
func TestConstructionPartitive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"most of a group attacks", d, "Most of the Colombian guerrillas attacked a police station on Tuesday.", "19", "COLREB>COLCOP", ""},
		{"one third of a group attacks", d, "One third of the Nigerian soldiers attacked a village in Chad.", "18", "NGAMIL>TCD", ""},
		{"two thirds of a group arrests", d, "Two thirds of the Kenyan police arrested the protesters in Nairobi.", "173", "KENCOP>KENOPP", ""},
		{"most of a party boycotts", d, "Most of the Ethiopian opposition boycotted the election.", "143", "ETHOPP>", ""},
		{"a quarter of a group will surrender", d, "A quarter of the Malian rebels will surrender to the army.", "03", "MLIREB>MLIMIL", ""},
		{"most of the villagers accuse", d, "Most of the villagers in Gulu accused Uganda of the killings.", "112", "UGACVL>UGA", ""},
	})
}
