package syntax

import "testing"

// TestDescribedParticiple: a description set off after a name may carry a
// participle's phrase of its own before the closing comma ("Tom Kulunga,
// the police commissioner appointed by Somare's camp, ordered"): the
// description is still the name's apposition, and the verb after the
// comma keeps the name as its subject. A participle whose phrase runs on
// to no comma and finite verb opens no apposition.
func TestDescribedParticiple(t *testing.T) {
	n := func(s ...string) []string { return s }
	runFamily(t, []famRow{
		row("appointed by", "On Tuesday Tom Kulunga, the police commissioner appointed by Somare's camp, ordered his rival to hand over command.", n("Tom Kulunga", "Somare"),
			n("appos(Tom Kulunga, the police commissioner)", "subj(ordered, Tom Kulunga)"), nil).at("Tuesday"),
		row("backed by, in the perfect", "Juan Guaido, the opposition leader backed by Washington, has rejected the talks.", n("Juan Guaido", "Washington"),
			n("appos(Juan Guaido, the opposition leader)", "subj(has rejected, Juan Guaido)"), nil),
		row("a present participle", "Ahmed Ali, a senior official representing the rebels in 2015, denied the report.", n("Ahmed Ali", "the rebels"),
			n("appos(Ahmed Ali, a senior official)", "subj(denied, Ahmed Ali)"), nil).at("2015"),
		row("negated", "Ahmed Ali, a senior official representing the rebels, did not deny the report.", n("Ahmed Ali", "the rebels"),
			n("appos(Ahmed Ali, a senior official)", "subj(did not deny, Ahmed Ali)"), nil),
		row("not: the phrase runs to the sentence's end", "The president met Ahmed Ali, a senior official representing the rebels.", n("The president", "Ahmed Ali", "the rebels"),
			n("subj(met, The president)"), n("appos(Ahmed Ali, a senior official)")),
		row("not: a list", "Kenya, Uganda and troops sent by Ethiopia attacked the rebels.", n("Kenya", "Uganda", "Ethiopia", "the rebels"),
			n("subj(attacked, Kenya)"), n("appos(Kenya, Uganda)")),
	})
}
