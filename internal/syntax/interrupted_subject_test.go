package syntax

import "testing"

// TestInterruptedSubject holds a subject set off from its verb by a phrase
// between commas: a relative clause, a participle's phrase (whose
// preposition may be one that also opens clauses: "reached after two days
// of talks"), a title or description in apposition (with an adjective's
// phrase on its noun, or with no noun at all: "the largest of the
// islands"), also after a preposition's object, or a title described
// twice ("a member of the ruling party and a former banker"). The verb after the commas
// keeps the subject before them. Lists and reporting inserts keep their
// reading.
func TestInterruptedSubject(t *testing.T) {
	n := func(s ...string) []string { return s }
	runFamily(t, []famRow{
		row("who was elected", "The Kenyan president, who was elected in March, rejected the budget.", n("The Kenyan president"),
			n("subj(rejected, The Kenyan president)"), nil).at("March"),
		row("which without was", "The Iraqi government, which took office in May, condemned the attack.", n("The Iraqi government"),
			n("subj(condemned, The Iraqi government)"), nil).at("May"),
		row("participle after a preposition that opens clauses", "The agreement, reached after two days of talks, commits Ghana to withdraw its troops.", n("Ghana"),
			n("subj(commits, The agreement)", "obj(commits, Ghana)"), n("subj(commits, two days)")),
		row("participle with a time and a preposition that opens clauses", "The accord, signed on Sunday after a week of talks in Doha, commits the rebels to disarm.", n("Doha", "the rebels"),
			n("subj(commits, The accord)"), n("subj(commits, a week)")).at("Sunday"),
		row("participle with a particle", "Kenyan police, called in on Sunday after two days of riots, arrested the opposition leader.", n("Kenyan police", "the opposition leader"),
			n("subj(arrested, Kenyan police)"), n("subj(arrested, two days)")).at("Sunday"),
		row("participle with after and a gerund", "Indian troops, sent in after weeks of shelling, have arrested four Pakistani soldiers.", n("Indian troops", "four Pakistani soldiers"),
			n("subj(have arrested, Indian troops)"), n("subj(have arrested, weeks)")),
		row("present participle", "Israeli troops, acting on orders from the cabinet, demolished the houses.", n("Israeli troops", "the cabinet"),
			n("subj(demolished, Israeli troops)"), nil),
		row("a title with an adjective's phrase", "Chinese police, the force responsible for the city, arrested the activists.", n("Chinese police", "the activists"),
			n("subj(arrested, Chinese police)", "appos(Chinese police, the force)"), n("subj(arrested, the force)")),
		row("a description loyal to", "The Syrian army, the force loyal to the president, shelled the suburbs in 2013.", n("The Syrian army", "the president"),
			n("subj(shelled, The Syrian army)"), n("subj(shelled, the force)")).at("2013"),
		row("no noun, after a preposition's object", "Hundreds of residents of San Andres, the largest of the islands, marched through the town.", nil,
			n("subj(marched, Hundreds)", "appos(San Andres, the largest)"), n("subj(marched, the largest)")),
		row("a common noun after a preposition's object", "Residents of the capital, a city of two million, marched on parliament.", nil,
			n("subj(marched, Residents)"), n("subj(marched, a city)")),
		row("a name in apposition", "Nigeria's foreign minister, Yusuf Tuggar, will reject the plan.", n("Nigeria", "Yusuf Tuggar"),
			n("subj(will reject, foreign minister)", "appos(foreign minister, Yusuf Tuggar)"), nil),
		row("a title described twice", "The Kenyan president, a member of the ruling party and a former banker, rejected the budget.", n("The Kenyan president"),
			n("subj(rejected, The Kenyan president)", "appos(The Kenyan president, a former banker)"), n("conj(The Kenyan president, a former banker)")),
		row("a title described twice, future", "The Russian foreign minister, a veteran diplomat and a former envoy, will reject the plan.", n("The Russian foreign minister"),
			n("subj(will reject, The Russian foreign minister)", "appos(The Russian foreign minister, a former envoy)"), n("conj(The Russian foreign minister, a former envoy)")),
		row("not: a list after a title", "The president, a soldier and two civilians were killed.", n("The president"),
			n("conj(The president, two civilians)"), n("appos(The president, a soldier)")),
		row("not: a list", "Kenya, Uganda and Tanzania signed the accord on Friday.", n("Kenya", "Uganda", "Tanzania"),
			n("subj(signed, Kenya)", "conj(Kenya, Tanzania)"), n("appos(Kenya, Uganda)")).at("Friday"),
		row("not: a list of common nouns", "The army, the police and the militias did not attack the town.", nil,
			n("subj(did not attack, The army)"), n("appos(The army, the police)")),
		row("not: a reporting insert", "Israeli troops, the army said, arrested five Palestinians.", n("Israeli troops", "the army", "five Palestinians"),
			n("subj(arrested, Israeli troops)", "subj(said, the army)"), nil),
		row("not: a subject after a fronted phrase", "In the capital, the army said the rebels would attack.", n("the army", "the rebels"),
			n("subj(said, the army)"), n("appos(the capital, the army)")),
	})
}
