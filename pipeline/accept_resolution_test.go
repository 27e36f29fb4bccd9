package pipeline

import "testing"

// TestNotAcceptingResolution: a resolution or referendum another side
// passed or held, not accepted, is rejected (120), as a ruling or verdict
// not accepted already is; accepted, it stays an agreement (030).
func TestNotAcceptingResolution(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"would not accept a UN resolution, after said", d, "Israel said it would not accept the UN resolution.", "12", "ISRGOV>IGOUNO", ""},
		{"will never accept a Security Council resolution", "2008-02-18", "Serbia will never accept the Security Council resolution on Kosovo.", "12", "SRBGOV>IGOUNO", ""},
		{"would not accept a new resolution", "1998-11-01", "Baghdad said it would not accept the new UN resolution on weapons inspections.", "12", "IRQGOV>IGOUNO", ""},
		{"would not accept a referendum", "2017-09-20", "Spain said it would not accept the Catalan referendum.", "12", "ESPGOV>", ""},
		{"does not accept a referendum", "2014-03-17", "Ukraine does not accept the referendum in Crimea.", "12", "UKRGOV>", ""},
		{"guard: a resolution accepted is agreed to", d, "Israel accepted the UN resolution.", "12", "", ""},
		{"guard: a resolution it would accept is no refusal", d, "Iran said it would accept the resolution.", "12", "", ""},
		{"guard: a resolution adopted is no refusal", d, "The Security Council adopted the resolution.", "12", "", ""},
	})
}
