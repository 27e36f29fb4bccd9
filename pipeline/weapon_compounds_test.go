package pipeline

import "testing"

// TestWeaponCompounds holds weapons named by two words ("mortar rounds",
// "artillery shells", "projectiles") as the subject or agent of an
// attack whose user the sentence does not name: unidentified attackers of
// the country where it happened, as for "missiles" or "a mortar"; guards:
// rounds found, seized or fired in an exercise, and a round of talks, are
// no attack.
func TestWeaponCompounds(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"mortar rounds hit the palace", d, "Mortar rounds hit the presidential palace in Mogadishu on Sunday.", "19", "SOMUAF>SOMGOV", ""},
		{"killed by mortar rounds", d, "Two soldiers were killed by mortar rounds in Idlib.", "19", "SYRUAF>SYRMIL", ""},
		{"projectiles hit a police station", d, "Projectiles hit a police station in the town of Sderot.", "19", "ISRUAF>ISRCOP", ""},
		{"artillery shells strike a checkpoint", "2015-01-22", "Checkpoint shelled\n\nDONETSK, Ukraine —\n\nArtillery shells struck a police checkpoint on the edge of the city on Thursday, killing two officers.", "19", "UKRUAF>UKRCOP", ""},
		{"mortar shells strike a police station", d, "Mortar shells struck a police station in Kandahar province on Monday.", "19", "AFGUAF>AFGCOP", ""},
		{"a mortar round slams into a market", d, "A mortar round slammed into a market in Mogadishu, killing five civilians.", "18", "SOMUAF>SOMCVL", ""},
		{"guard: mortar rounds found", d, "Mortar rounds were found in a cache near the base in Kandahar.", "19", "", ""},
		{"guard: mortar rounds seized", d, "Police seized 200 mortar rounds from a warehouse in Lagos.", "19", "", ""},
		{"guard: a round of talks", d, "The second round of talks hit a snag in Geneva.", "19", "", ""},
		{"guard: rounds fired in an exercise", d, "The army fired mortar rounds during an exercise in Kenya.", "19", "", ""},
	})
}
