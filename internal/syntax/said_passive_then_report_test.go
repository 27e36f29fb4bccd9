package syntax

import "testing"

// TestSaidPassiveThenReport: after "said" and what was said in the passive,
// a verb of saying joined by "and" that takes a clause or an object of its
// own ("and warned that", "and urged Israel to") is a second act of the
// one who said, not of the passive's subject. A participle sharing the
// passive's auxiliary ("were arrested and charged with murder") stays with
// what was said.
func TestSaidPassiveThenReport(t *testing.T) {
	n := func(s ...string) []string { return s }
	runFamily(t, []famRow{
		row("warned that, after a perfect passive", "The Kenyan president said the attempt had been crushed and warned that the plotters would be punished.", n("The Kenyan president"),
			n("subj(warned, The Kenyan president)", "conj(said, warned)"), n("subj(warned, the attempt)")),
		row("claimed that, after a plain passive", "The Nigerian army said the rebels were defeated and claimed that 40 fighters had been killed.", n("The Nigerian army", "the rebels"),
			n("subj(claimed, The Nigerian army)"), n("subj(claimed, the rebels)")),
		row("announced that, in 1997", "Chiluba said in 1997 the coup had been foiled and announced that a curfew would be imposed.", n("Chiluba"),
			n("subj(announced, Chiluba)"), n("subj(announced, the coup)")).at("1997"),
		row("not: a participle sharing the auxiliary", "Police said the suspects were arrested and charged with murder.", n("Police", "the suspects"),
			n("subj(charged, the suspects)", "conj(were arrested, charged)"), n("subj(charged, Police)")),
		row("not: a second complement", "The ministry said the border had been closed and the embassy was shut.", n("The ministry"),
			n("subj(was shut, the embassy)"), n("subj(was shut, The ministry)")),
	})
}
