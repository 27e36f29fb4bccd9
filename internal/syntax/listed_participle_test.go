package syntax

import "testing"

// TestParticipleInPrepositionList: after a noun that a preposition governs
// and "and", a participle before a singular noun that ends the phrase
// describes that noun ("would charge him with terrorism and armed
// uprising"), unless a past tense before it could be continued: after an
// object, or after a past tense's prepositional phrase, it stays a second
// verb ("seized the town and armed civilians", "lay down near Nazran and set
// fire to lorries").
func TestParticipleInPrepositionList(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "charged with terrorism and armed uprising", text: "Prosecutors said they would charge the general with terrorism and armed uprising.",
			tags: []string{"armed/JJ", "uprising/NN"}},
		{name: "accused of treason and armed rebellion", text: "The colonel was accused of treason and armed rebellion on Monday.",
			tags: []string{"armed/JJ"}},
		{name: "arrested for theft and armed robbery", text: "Two men were arrested for theft and armed robbery in Durban.",
			tags: []string{"armed/JJ"}},
		{name: "jailed for fraud and forced labour", text: "The factory owner has been jailed for fraud and forced labour.",
			tags: []string{"forced/JJ"}},
		{name: "a crackdown on dissent and organized protest", text: "The junta will order a crackdown on dissent and organized protest.",
			tags: []string{"organized/JJ"}},
		// a verb after an object stays a verb
		{name: "seized the town and armed villagers", text: "The rebels seized the town and armed local villagers.",
			tags: []string{"armed/VBD"}},
		{name: "a past tense's phrase and set fire", text: "Villagers lay down in front of a column near Nazran and set fire to army lorries.",
			tags: []string{"set/VBD"}},
		{name: "a past tense's phrase and seized control", text: "The rebels attacked posts near the border and seized control of the town.",
			tags: []string{"seized/VBD"}},
		{name: "charged with murder and detained", text: "He was charged with murder and detained.",
			tags: []string{"detained/VBN"}},
	})
}
