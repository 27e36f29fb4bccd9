package pipeline

import "testing"

// TestClaimedAttackDoer: people killed or hurt in an attack that names no
// actor, where a passive participle on the attack says who did it: the
// agent of a claim or of the act ("claimed by", "carried out by"), or
// whom a blame puts it on ("blamed on"). "died" is a verb of no object,
// never a participle about its subject, so "died in an ambush blamed on
// Boko Haram" keeps "died" as its verb and is no blame by the dead.
func TestClaimedAttackDoer(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"killed in an attack claimed by", d,
			"Ten Pakistani soldiers were killed in an attack claimed by the Pakistani Taliban.", "190", "PAKRAD>PAKMIL", ""},
		{"wounded in a shooting claimed by", d,
			"Five Israelis were wounded in a shooting claimed by Hamas.", "182", "PSEREB>ISRCVL", ""},
		{"killed in a bombing claimed by", d,
			"Two Indonesian police officers were killed in a bombing claimed by Islamic State.", "183", "IMGRAD>IDNCOP", ""},
		{"killed in a drone strike claimed by a state", d,
			"Three Russian soldiers were killed in a drone strike claimed by Ukraine.", "195", "UKR>RUSMIL", ""},
		{"wounded in an attack carried out by", d,
			"Seven Iraqi pilgrims were wounded in an attack carried out by Islamic State militants.", "182", "IMGRAD>IRQCVL", ""},
		{"killed in a suicide bombing blamed on", d,
			"Eight Somali soldiers were killed in a suicide bombing blamed on al-Shabaab.", "1831", "SOMRAD>SOMMIL", ""},
		{"died in an ambush blamed on", d,
			"Five Nigerian policemen died in an ambush blamed on Boko Haram.", "190", "NGARAD>NGACOP", ""},
		{"guard: the dead blame no one", d,
			"Four Kenyan soldiers died in a roadside blast blamed on al-Shabaab.", "112", "", ""},
		{"guard: a condemnation names no attacker", d,
			"Four Indian soldiers were killed in an attack condemned by Pakistan.", "190", "INDUAF>INDMIL", ""},
		{"guard: an attack of no one's", d,
			"Two Turkish soldiers were killed in an attack, the ministry said.", "190", "TURUAF>TURMIL", ""},
	})
}
