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

// TestAttackSubjectDoer: an attack that is the subject of its killing
// names its doer through a participle on it as an attack in the object's
// place does (TestClaimedAttackDoer): "a bombing blamed on al-Shabaab
// killed" is al-Shabaab's. A participle that tells another's act about the
// attack names no attacker: "an attack condemned by Pakistan killed four
// Indian soldiers" was a Pakistani attack.
func TestAttackSubjectDoer(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"a bombing blamed on", d,
			"A bombing blamed on al-Shabaab killed eight Somali soldiers.", "183", "SOMRAD>SOMMIL", ""},
		{"an ambush blamed on", d,
			"An ambush blamed on Boko Haram killed five Nigerian policemen.", "190", "NGARAD>NGACOP", ""},
		{"set off: the attack, blamed on,", d,
			"The attack, blamed on the Islamic State, killed 20 Afghan worshippers.", "180", "IMGRAD>AFGCVL", ""},
		{"condemned by names no attacker", d,
			"An attack condemned by Pakistan killed four Indian soldiers.", "190", "INDUAF>INDMIL", ""},
		{"denounced by names no attacker", d,
			"A rocket attack denounced by France killed six Ukrainian civilians.", "180", "UKRUAF>UKRCVL", ""},
		{"guard: claimed by", d,
			"An attack claimed by the Taliban killed ten Afghan policemen.", "190", "AFGREB>AFGCOP", ""},
		{"guard: carried out by", d,
			"An attack carried out by Hamas killed three Israelis.", "180", "PSEREB>ISRCVL", ""},
		{"guard: led by, no entry of its own", d,
			"An attack led by Russian mercenaries killed 30 Malian civilians.", "180", "RUSUAF>MLICVL", ""},
	})
}
