package pipeline

import "testing"

// TestHandedOverForTrial: people handed over, turned over or transferred to
// another state or body for trial, prosecution or questioning are judicial
// cooperation (063) with the receiver, whoever they are named as ("the two
// men accused of the bombing"); bodies or captives handed over with no
// trial are a release (0841), not this.
func TestHandedOverForTrial(t *testing.T) {
	testLexRows(t, []lexRow{
		{"handed over for trial", d, "Kenya handed over the former militia leader to Rwanda for trial on Friday.", "063", "KEN>RWA", ""},
		{"turned over for questioning", d, "Pakistan turned over three Afghan men to U.S. authorities for questioning.", "063", "PAK>USAGOV", ""},
		{"handed the men over, particle after", d, "Libya handed the two men over to United Nations officials for trial in the Netherlands.", "063", "LBY>IGOUNO", ""},
		{"handed over accused men to a state", d, "Thailand handed over the Russian arms dealer to the United States on Tuesday for trial in New York.", "063", "THA>USA", ""},
		{"transferred for prosecution", d, "Ivory Coast transferred former president Laurent Gbagbo to the International Criminal Court for trial.", "063", "CIV>IGOICC", ""},
		{"bodies handed over: no trial", d, "Hamas handed over the bodies of two Israeli soldiers to the Red Cross on Monday.", "063", "", ""},
	})
}
