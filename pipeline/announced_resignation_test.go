package pipeline

import "testing"

// TestAnnouncedResignation: a leader's own word, with no condition, that
// he will step down or hand over power is the resignation decided (0831,
// policy.tsv's decided), as a curfew's easing announced is the easing; on
// a condition it stays an intent (0341).
func TestAnnouncedResignation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would step down, with effect", d, "Mali's President Ibrahim Boubacar Keita said he would step down with immediate effect.", "0831", "MLIGOV>MLIOPP", ""},
		{"will resign, announced that", d, "Peru's prime minister announced that she will resign next week.", "0831", "PERGOV>PEROPP", ""},
		{"will step down, report after", d, "Rajapaksa will step down on Wednesday, the speaker of parliament announced.", "0831", "LKAGOV>LKAOPP", ""},
		{"would hand over power", d, "Jammeh announced on state television that he would hand over power.", "0831", "GMBGOV>GMBOPP", ""},
		{"would resign in January", d, "The Maltese prime minister said on Sunday he would resign in January.", "0831", "MLTGOV>MLTOPP", ""},
		{"on a condition, an intent", d, "The Japanese prime minister said he would resign if he lost the vote.", "0831", "", ""},
	})
}
