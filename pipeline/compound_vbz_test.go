package pipeline

import "testing"

// TestPluralAfterDemonymKeepsVerb: a past verb before a demonym and a word
// that may be a plural noun or a present verb ("calls", "offers") stays the
// clause's verb when that word ends its phrase: "rejected Turkish calls" is
// no compound adjective "rejected-Turkish" before a verb "calls".
func TestPluralAfterDemonymKeepsVerb(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"rejected Turkish calls", d, "Iran rejected Turkish calls.", "12", "IRNGOV>TURGOV", ""},
		{"rejected Turkish calls for talks", d, "Syria rejected Turkish calls for talks.", "12", "SYRGOV>TURGOV", ""},
		{"spurned French offers of mediation", d, "Algeria rejected French offers of mediation.", "12", "DZAGOV>FRAGOV", ""},
		{"rebuffed American calls to withdraw", "1990-10-01", "Iraq rebuffed American calls to withdraw from Kuwait.", "12", "IRQGOV>USAGOV", ""},
		{"dismissed Western offers", d, "Belarus dismissed Polish offers of talks.", "12", "BLRGOV>POLGOV", ""},
		{"condemned Israeli raids", d, "Lebanon condemned Israeli raids.", "11", "LBNGOV>ISRGOV", ""},
		{"a compound adjective before a verb with an object stays one", d, "Saudi led coalition bombs Yemen.", "12", "", ""},
		{"a compound adjective before an auxiliary stays one", d, "Saudi led coalition forces have bombed Sanaa.", "12", "", ""},
	})
}
