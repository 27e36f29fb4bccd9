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
		{"ambushed, then suspects detained", "2024-05-01", "JUBA, South Sudan (AP) — Aid workers were ambushed near Juba on Monday. Police detained two suspects.", "19", "SSDUAF>SSDCVL", ""},
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
