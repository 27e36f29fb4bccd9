package pipeline

import (
	"testing"
	"time"
)

// Constructions whose clear events coded nothing: attacks by no one named
// in a story that also tells of arrests, attempts, and subjects with a
// participle or a relative clause after them. Each family is written for
// this file; none is a story's sentence.

// TestUnnamedAttackBesideCoercion: an attack in the passive with no agent
// is by unidentified attackers of the story's country, also when the story
// tells of arrests, curfews, deployments or detentions elsewhere: those
// name no one who used force, so the dead are no toll of a told attack.
func TestUnnamedAttackBesideCoercion(t *testing.T) {
	testLexRows(t, []lexRow{
		{"killed, then arrested", "2024-05-01", "HARARE, Zimbabwe (AP) — Five soldiers were killed on Tuesday. Two journalists were arrested in Harare.", "19", "ZWEUAF>ZWEMIL", ""},
		{"arrested by police, then killed", "2024-05-01", "HARARE, Zimbabwe (AP) — Police arrested two journalists in Harare on Monday. Five soldiers were killed on Tuesday.", "19", "ZWEUAF>ZWEMIL", ""},
		{"attacked, then a curfew", "2024-05-01", "BAGHDAD (AP) — A police convoy was attacked near Mosul on Sunday. Authorities imposed a curfew on the city.", "19", "IRQUAF>IRQCOP", ""},
		{"shelled, then troops deployed", "2024-05-01", "KABUL, Afghanistan (AP) — Afghan soldiers were shelled near Kunduz on Monday. The army deployed more troops to the province.", "19", "AFGUAF>AFGMIL", ""},
		{"ambushed, then suspects detained", "2024-05-01", "JUBA, South Sudan (AP) — Aid workers were ambushed near Juba on Monday. Police detained two suspects.", "18", "SSDUAF>SSDCVL", ""},
	})
}

// TestTollOfANamedAttack: the dead of a story that names who used force
// (an attack, firing on a crowd, beatings, an attack its victim alleges)
// are that force's toll, not another attack by someone unknown.
func TestTollOfANamedAttack(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ name, text string }{
		{"rebels attacked", "GOMA, Congo (AP) — Rebels attacked an army base near Goma on Monday. Twelve soldiers were killed."},
		{"police fired on a crowd", "KATHMANDU, Nepal (AP) — Police fired on demonstrators in Kathmandu on Sunday. At least 14 people were killed during the protests."},
		{"police beat protesters", "NAIROBI, Kenya (AP) — Police beat protesters with batons in Nairobi on Monday. Three people were killed."},
		{"a victim's claim names the attacker", "BAKU, Azerbaijan (AP) — Azerbaijan's defence ministry said Armenian troops had shelled the village. Two civilians were killed."},
		{"the toll told first", "MOGADISHU, Somalia (AP) — Nine people were killed on Friday. Al-Shabab fighters attacked a hotel in the capital."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range codeText(t, c, tt.text, ref) {
				if e.Source != nil && e.Source.Name == unidentifiedName {
					t.Errorf("got %s %s by unidentified attackers, want none: the toll of the attack told", e.CAMEO, dyad(e))
				}
			}
		})
	}
}

// TestAttempts: CAMEO codes an attempted act as the act ("tried to stop
// the tanks" is the blockade, asserted), and an attempted assassination as
// its own code, 185. The attempt's own negation and modal decide ("did not
// try to", "may try to"); a seeking told in the present is an aim, and
// refusals, threats, plans and hopes keep their own meaning.
func TestAttempts(t *testing.T) {
	testLexRows(t, []lexRow{
		{"tried to stop the tanks", d, "Protesters tried to stop the tanks.", "144", "OPP>", ""},
		{"villagers tried to block a convoy", d, "Villagers tried to block the convoy.", "144", "CVL>", ""},
		{"hundreds of a crowd tried", d, "Hundreds of demonstrators tried to storm the parliament on Monday.", "145", "OPP>LEG", ""},
		{"troops attempted to storm", d, "Israeli troops attempted to storm the building.", "190", "ISRMIL>", ""},
		{"sought to seize an airport", d, "Rebels sought to seize the airport.", "192", "REB>", ""},
		{"trying to, in the present", d, "Government forces are trying to retake the town.", "19", "MIL>", ""},
		{"had tried, reported", d, "Officials said the rebels had tried to seize the port.", "192", "REB>", ""},
		{"tried to assassinate is 185", d, "Gunmen tried to assassinate the president.", "185", "UAF>GOV", ""},
		{"attempted to kill a governor is 185", d, "Rebels attempted to kill the governor.", "185", "REB>GOV", ""},
		{"an assassination done stays 186", d, "Gunmen assassinated the president.", "185", "", ""},
		// not attempts made, or not attempts at all
		{"did not try to", d, "Police did not try to disperse the crowd.", "17", "", ""},
		{"may try to", d, "Rebels may try to seize the airport.", "192", "", ""},
		{"seeks to, an aim", d, "Iran seeks to expand ties with Iraq.", "05", "", ""},
		{"refused to free", d, "The rebels refused to free the hostages.", "0841", "", ""},
		{"threatened to attack", d, "The army threatened to attack the town.", "19", "", ""},
		{"planned to attack", d, "The rebels planned to attack the town.", "19", "", ""},
		{"hoped to meet", d, "Opposition leaders hoped to meet the president.", "04", "", ""},
		{"pushed to: advocacy, no attempt", d, "The United States pushed to impose sanctions on Iran.", "163", "", ""},
	})
}

// TestSubjectsWithModifiers: a subject keeps its verb across a participle
// or a relative clause about it, with an infinitive and an object of its
// own ("officers who tried to stop the march were attacked"): the passive's
// subject is the target, its agent or an unidentified attacker the source.
func TestSubjectsWithModifiers(t *testing.T) {
	const ke = "NAIROBI, Kenya (AP) — "
	testLexRows(t, []lexRow{
		{"trying to leave, ambushed", "2024-05-01", ke + "Aid workers trying to leave the hotel were ambushed on Tuesday.", "18", "KENUAF>KENCVL", ""},
		{"guarding, attacked", "2024-05-01", ke + "Soldiers guarding the border were attacked.", "19", "KENUAF>KENMIL", ""},
		{"who had gathered, dispersed by police", "2024-05-01", ke + "Protesters who had gathered outside parliament were dispersed by police.", "175", "KENCOP>KENOPP", ""},
		{"who tried to stop, attacked by protesters", "2024-05-01", ke + "Police officers who tried to stop the march were attacked by protesters.", "19", "KENOPP>KENCOP", ""},
		{"who were sent to disperse, attacked", "2024-05-01", ke + "Officers who were sent to disperse the crowd were attacked.", "19", "KENUAF>KENCOP", ""},
		{"who had vowed to take, attacked", "2024-05-01", ke + "Rebels who had vowed to take the capital attacked an army base.", "19", "KENREB>KENMIL", ""},
		{"fleeing, shelled by forces", "2024-05-01", ke + "Civilians fleeing the fighting in the north were shelled by government forces.", "19", "KENMIL>KENCVL", ""},
		{"who were marching, beaten by police", "2024-05-01", ke + "Students who were marching to the ministry were beaten by police.", "175", "KENCOP>KENCVL", ""},
		{"whom police tried to stop, arrested", "2024-05-01", ke + "The protesters whom police tried to stop were arrested.", "173", "KENCOP>KENOPP", ""},
		// a part of the subject set off by commas: "most of them ..."
		{"some of them armed with, attacked", "2024-05-01", ke + "Protesters, some of them armed with sticks, attacked the police station.", "19", "KENOPP>KENCOP", ""},
		{"most of them dressed in, occupied", "2024-05-01", ke + "Demonstrators, most of them young and dressed in black, had occupied the main roads.", "144", "KENOPP>KENGOV", ""},
		{"most of them former soldiers, seized", "2024-05-01", ke + "The rebels, most of them former soldiers, seized the town.", "192", "KENREB>", ""},
		{"many of them students, marched", "2024-05-01", ke + "Demonstrators, many of them students, marched on parliament.", "141", "KENOPP>KENLEG", ""},
		{"armed in the phrase is no aid", "2024-05-01", ke + "Protesters, some of them armed with sticks, attacked the police station.", "07", "", ""},
		// a relative clause with its own subject: its act is coded, and the
		// main verb keeps the noun before it
		{"whom the gunmen had taken hostage", "2024-05-01", ke + "Three officers whom the gunmen had taken hostage were freed on Wednesday.", "181", "UAF>KENCOP", ""},
		{"whom police arrested last week", "2024-05-01", ke + "The students whom police arrested last week were freed.", "173", "KENCOP>KENCVL", ""},
		{"which the rebels seized on Monday", "2024-05-01", ke + "The town which the rebels seized on Monday was retaken by the army.", "192", "KENREB>", ""},
		{"which the rebels seized: no abduction", "2024-05-01", ke + "The town which the rebels seized on Monday was retaken by the army.", "181", "", ""},
		// the object inside the modifier is no target of the main verb
		{"who tried to stop the march: the march is not attacked", "2024-05-01", ke + "Police officers who tried to stop the march were attacked by protesters.", "14", "", ""},
	})
}

// TestForceSufferedWithNoAttacker: force told from its target's side with
// no attacker named is by unidentified attackers, as a plain passive is:
// a passive whose preposition has lost its object ("were fired on"), and
// "came under fire" with no "from".
func TestForceSufferedWithNoAttacker(t *testing.T) {
	const cd = "KINSHASA, Congo (AP) — "
	testLexRows(t, []lexRow{
		{"were fired on, no agent", "2024-05-01", cd + "Police officers were fired on near Bunia.", "193", "CODUAF>CODCOP", ""},
		{"were fired on by police", "2024-05-01", cd + "Striking workers were fired on by police.", "175", "CODCOP>CODCVL", ""},
		{"were shot at by soldiers", "2024-05-01", cd + "Protesters were shot at by soldiers.", "175", "CODMIL>CODOPP", ""},
		{"were fired upon by rebels", "2024-05-01", cd + "Peacekeepers were fired upon by rebels near Bunia.", "193", "CODREB>CODMIL", ""},
		{"fired upon, active", "2024-05-01", cd + "Rebels fired upon a government patrol.", "193", "CODREB>CODGOV", ""},
		{"came under fire", "2024-05-01", cd + "Peacekeepers came under fire near Bunia on Monday.", "193", "CODUAF>CODMIL", ""},
		{"came under attack", "2024-05-01", cd + "Government troops came under attack near Bunia on Monday.", "190", "CODUAF>CODMIL", ""},
		{"came under fire from rebels", "2024-05-01", cd + "Peacekeepers came under fire from rebels near Bunia.", "193", "CODREB>CODMIL", ""},
		// no force: criticism, pressure; and a death in an attack with no actor
		{"came under criticism", "2024-05-01", cd + "The plan came under criticism from the opposition.", "19", "", ""},
		{"came under pressure", "2024-05-01", cd + "The minister came under pressure to resign.", "19", "", ""},
		{"died in a strike with no actor", "2024-05-01", cd + "Three children died in an air strike on Bunia.", "19", "", ""},
		{"was agreed on: no force", "2024-05-01", cd + "The plan was agreed on by both sides.", "19", "", ""},
	})
}
