package pipeline

import "testing"

// TestCrushAnyone: force vowed or threatened against "anyone who" or
// "those who" is a threat of force (138), not a bare promise (030).
func TestCrushAnyone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vowed to crush anyone who", "1990-07-08", "Kenyan President Daniel arap Moi vowed to crush anyone who threatened the peace.", "138", "KENGOV>", ""},
		{"vowed to crush those who", d, "The junta vowed to crush those who opposed the new government.", "138", "GOV>", ""},
		{"warned it would crush anyone who", d, "Iran's Revolutionary Guards warned they would crush anyone who joined the protests.", "13", "IRNMIL>", ""},
	})
}
