package syntax

import "testing"

// TestHyphenParticiple holds a hyphenated word the table lacks whose last
// part is an irregular participle ("rebel-held", "Saudi-led",
// "Chinese-built"): it describes the noun after it, as "U.N.-backed"
// does, so a participle set off after its clause keeps the noun phrase as
// its object ("pressed the offensive, bombing rebel-held towns"). A
// participle before an adjective and its noun after a clause's comma is
// a verb with that object; a noun before a verb stays a noun.
func TestHyphenParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "rebel-held after a participle", text: "Syrian forces pressed their offensive, bombing rebel-held towns.",
			tags: []string{"bombing/VBG", "rebel-held/JJ"}, rels: []string{"obj(bombing, rebel-held towns)"}},
		{name: "militia-held after a participle", text: "Government troops advanced on Sunday, shelling militia-held villages.",
			tags: []string{"militia-held/JJ"}, rels: []string{"obj(shelling, militia-held villages)"}},
		{name: "Houthi-held as an object", text: "Saudi jets struck the Houthi-held port.",
			tags: []string{"Houthi-held/JJ"}},
		{name: "Chinese-built before a plural", text: "The army used Chinese-built drones against the rebels.",
			tags: []string{"Chinese-built/JJ"}},
		{name: "bombing before an adjective and its noun", text: "Israeli jets struck Gaza overnight, bombing civilian targets.",
			tags: []string{"bombing/VBG"}, rels: []string{"obj(bombing, civilian targets)"}},
		{name: "not: a noun before its verb", text: "Despite the ceasefire, bombing raids continued.",
			tags: []string{"bombing/NN"}},
	})
}
