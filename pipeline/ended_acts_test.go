package pipeline

import "testing"

// TestEndedActs pins acts of fighting that end: "halted fighting",
// "stopped shelling", "ended fighting" name the act by its noun and code
// 087 for the one that stops; with an object the -ing word is the verb,
// whose act did not go on; "resumed fighting" is fighting.
func TestEndedActs(t *testing.T) {
	runLexRows(t, []lexRow{
		{"halted fighting for a holiday", d, "Houthi rebels halted fighting for the holiday.", "087", "YEMREB>", ""},
		{"stopped shelling on a day", d, "Russian forces stopped shelling on Sunday.", "087", "RUSMIL>", ""},
		{"ended fighting in a place", d, "Sudan's army ended fighting in Khartoum.", "087", "SDNMIL>SDN", ""},
		{"suspended bombing after talks", d, "The Saudi-led coalition suspended bombing after the talks.", "087", "SAUMIL>", ""},
		{"stopped shelling a town is no assault", d, "Russian forces stopped shelling the town.", "194", "", ""},
		{"ended fighting is no fighting", d, "Sudan's army ended fighting in Khartoum.", "190", "", ""},
		{"resumed fighting is fighting", d, "Houthi rebels resumed fighting in Marib.", "190", "YEMREB>YEM", ""},
		{"did not stop fighting", d, "Houthi rebels did not stop fighting.", "087", "", ""},
	})
}
