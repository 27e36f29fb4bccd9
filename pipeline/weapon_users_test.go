package pipeline

import "testing"

// TestWeaponUsers: an attack told of its weapon with no user named
// ("Missiles hit Ukrainian military airfields", "A car bomb ripped through
// an army checkpoint", "were killed by mortar shells") is by the one side
// the story tells using force on the target's side, before or after it:
// a state's forces abroad, an armed group at home; with two sides told
// fighting each other, the one aimed at the target's country. A weapon's
// act on no actor ("hit airfields and arms depots across Ukraine") is
// aimed at the country where it fell, and kept only with such a user. Rows that
// keep their unidentified attackers: a story that tells no one using
// force, and one that blames attackers it does not know ("Unknown
// attackers fired on ...", "Gunmen attacked ..."), whose weapon act is
// then their toll as before; two sides on the same target name no user.
func TestWeaponUsers(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"state forces told before", d, "Russian forces attacked Ukraine on Thursday. Missiles hit Ukrainian military airfields.", "194", "RUSMIL>UKRMIL", ""},
		{"armed group told after", d, "Rockets slammed into an Israeli army post on Monday. Hamas fighters also attacked Israeli troops near Gaza.", "194", "PSEREB>ISRMIL", ""},
		{"armed group at home", d, "Boko Haram fighters attacked Nigerian soldiers in Borno on Monday. A car bomb ripped through an army checkpoint.", "1832", "NGARAD>NGAMIL", ""},
		{"two sides: the one aimed at the target's country", d, "Ethiopian troops attacked Eritrean positions near Badme on Monday. Eritrean soldiers shelled Ethiopian towns. Shells hit an Ethiopian army depot in Zalambessa.", "194", "ERIMIL>ETHMIL", ""},
		{"passive: killed by mortar shells", d, "Indian troops shelled Pakistani posts across the Line of Control on Sunday. Two Pakistani soldiers were killed by mortar shells.", "194", "INDMIL>PAKMIL", ""},
		{"on no actor: the country where they fell", d, "Russian forces attacked Ukraine on Thursday. Missiles and air strikes hit airfields and arms depots across Ukraine.", "194", "RUSMIL>UKRMIL", ""},
		{"on no actor: a two-sided war", d, "Armenian troops shelled Azerbaijani villages on Sunday. Azerbaijani forces attacked Armenian positions. Rockets hit farms near Goris in Armenia.", "194", "AZEMIL>ARMGOV", ""},
		{"shells fell on a market", d, "Azerbaijani forces attacked Armenian positions on Sunday. Shells fell on a market in the Armenian town of Goris.", "194", "AZEMIL>ARMCVL", ""},
		{"rockets rained down on a town", d, "Azerbaijani forces attacked Armenian positions on Sunday. Rockets rained down on the Armenian town of Goris.", "194", "AZEMIL>ARMGOV", ""},
		{"keep: shells fell with no user told", d, "Shells fell on a market in Goris, Armenia.", "194", "", ""},
		{"keep: prices fell", d, "Oil prices fell on Monday after the attack.", "19", "", ""},
		{"keep: on no actor with no user told", d, "Missiles hit airfields across Ukraine on Thursday.", "19", "", ""},
		{"keep: no one told using force", d, "Rockets slammed into an Israeli army post on Monday. No one was hurt.", "194", "ISRUAF>ISRMIL", ""},
		{"keep: an attacker no one knows", d, "Unknown attackers fired on a Kenyan police post on Monday. A roadside bomb hit a police truck near Mandera.", "1833", "", ""},
		{"keep: two sides on the same target", d, "Hamas fighters attacked Israeli troops on Monday. Hezbollah guerrillas attacked Israeli soldiers in the north. Rockets slammed into an Israeli army post.", "194", "", ""},
	})
}
