package syntax

import "testing"

// TestRelativeAdverb holds an adverb that may be an adjective ("first")
// between a relative pronoun and its verb ("the rebels who first attacked
// the town", "It was Britain that first imposed sanctions"): as between a
// subject and its verb, it is an adverb, and the past form after it the
// relative clause's verb. After a "that" that opens what was said, and
// before a plural noun, it stays an adjective ("said that first reports
// were wrong").
func TestRelativeAdverb(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "who first", text: "The rebels who first attacked the town fled.",
			tags: []string{"first/RB", "attacked/VBD"}, rels: []string{"obj(attacked, the town)"}},
		{name: "which first", text: "Britain, which first imposed sanctions on Iran, protested.",
			tags: []string{"first/RB", "imposed/VBD"}, rels: []string{"obj(imposed, sanctions)"}},
		{name: "a cleft's that first", text: "It was Britain that first imposed sanctions on Iran.",
			tags: []string{"that/WDT", "first/RB", "imposed/VBD"}, rels: []string{"subj(imposed, Britain)", "obj(imposed, sanctions)"}},
		{name: "that first, a noun before", text: "The sanctions that first hit Iran were lifted.",
			tags: []string{"first/RB", "hit/VBD"}},
		{name: "who first, a name", text: "Kagame, who first visited Uganda in 1995, returned.",
			tags: []string{"first/RB", "visited/VBD"}, rels: []string{"obj(visited, Uganda)"}},
		{name: "not: what was said", text: "He said that first reports were wrong.",
			tags: []string{"first/JJ"}},
		{name: "not: a plural after it", text: "The army said that first responders arrived.",
			tags: []string{"first/JJ"}},
		{name: "not: a noun's content", text: "The claim that first reports were wrong angered Iran.",
			tags: []string{"first/JJ"}},
	})
}
