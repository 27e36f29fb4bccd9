package pipeline

import "testing"

// TestPoliceCaseAgainst: a case the police register, file or lodge against people is legal action
// against them, as charges filed are (173): "police registered criminal cases against union
// leaders", "filed a case against the MP", "lodged cases against 40 protesters". A case a state or a
// party files is a lawsuit (115), and a case registered with no "against" names no one.
func TestPoliceCaseAgainst(t *testing.T) {
	testLexRows(t, []lexRow{
		{"registered cases", d, "Indian police registered criminal cases against several opposition leaders on Wednesday.", "173", "INDCOP>INDOPP", ""},
		{"filed a case", d, "Pakistani police filed a case against the opposition leader on Friday.", "173", "PAKCOP>PAKOPP", ""},
		{"lodged cases", d, "Bangladeshi police lodged cases against 40 student protesters on Monday.", "173", "BGDCOP>BGDOPP", ""},
		{"registered FIR", d, "Indian police registered a first information report against the journalist.", "173", "INDCOP>INDMED", ""},
		{"state files a case", d, "South Africa filed a case against Israel at the International Court of Justice.", "173", "", ""},
		{"no against", d, "Indian police registered a case on Wednesday.", "173", "", ""},
	})
}
