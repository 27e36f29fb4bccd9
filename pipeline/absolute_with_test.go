package pipeline

import "testing"

// TestAbsoluteWith: "with" set off by a comma before a subject and its
// participle is an absolute clause ("signed the deal, with Iran acting as
// guarantor"): what it names does the participle's act and is no partner
// of the verb, so parties joined as subjects act on each other. A "with"
// phrase that names the partner keeps it, a participle on the thing after
// it included ("a deal with China covering gas supplies").
func TestAbsoluteWith(t *testing.T) {
	runLexRows(t, []lexRow{
		{"two signers, a guarantor", d, "Turkey and Syria signed the deal, with Iran acting as guarantor.", "057", "TUR>SYR", ""},
		{"two mediators", d, "Israel and Hamas signed a truce on Monday, with Egypt and Qatar acting as mediators.", "057", "ISR>PSEREB", ""},
		{"looking on", d, "Syria signed the agreement, with Russia looking on.", "057", "SYR>", ""},
		{"troops guarding", d, "Armenia signed a ceasefire, with Russian troops guarding the line.", "057", "ARM>", ""},
		{"a partner, then the place", d, "Qatar signed the accord with Saudi Arabia in November, with Kuwait's emir acting as mediator.", "057", "QAT>SAU", ""},
		{"a partner, no comma", d, "Russia signed a deal with China covering gas supplies.", "057", "RUS>CHN", ""},
		{"a partner", d, "Moscow signed an accord with Kyiv on Friday.", "057", "RUSGOV>UKRGOV", ""},
	})
}
