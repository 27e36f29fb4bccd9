package syntax

import "testing"

// TestOpenedParticipleList: in a clause an opener begins ("when", "as",
// "after"), a participle on the subject whose phrase joins two nouns
// ("armed with machetes and rifles") stands between the subject and its
// verb: the verb after the phrase is the opened clause's, with the noun
// before the participle as its subject, not the last noun joined. Two
// clauses joined by "and" keep their own subjects.
func TestOpenedParticipleList(t *testing.T) {
	n := func(s ...string) []string { return s }
	runFamily(t, []famRow{
		row("when, armed with a list", "At least 17 people died when gunmen armed with machetes and rifles attacked the school.", nil,
			n("subj(attacked, gunmen)", "subj(armed, gunmen)"), n("subj(attacked, rifles)")),
		row("as, armed with a list, in the perfect", "Aid workers left after militiamen armed with guns and knives had looted the camps.", nil,
			n("subj(had looted, militiamen)"), n("subj(had looted, knives)")),
		row("as, backed by a list", "The town fell in 2016 as rebels backed by Turkey and Qatar stormed its defences.", n("Turkey", "Qatar"),
			n("subj(stormed, rebels)"), n("subj(stormed, Qatar)")).at("2016"),
		row("when, negated", "Police fired when protesters armed with stones and sticks did not disperse.", nil,
			n("subj(did not disperse, protesters)"), n("subj(did not disperse, sticks)")),
		row("not: two clauses joined", "Police fired on protesters and soldiers arrested dozens.", nil,
			n("subj(arrested, soldiers)", "subj(fired, Police)"), nil),
		row("not: no participle", "Fighting erupted when rebels and soldiers clashed near the border.", nil,
			n("subj(clashed, rebels)"), nil),
	})
}
