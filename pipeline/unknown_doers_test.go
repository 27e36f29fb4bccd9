package pipeline

import "testing"

// TestUnknownDoers pins people named by no more than sex or number who do
// violence ("a man shot dead two teachers", "men in plain clothes beat
// students"): unidentified attackers, as a passive with no agent reads;
// the same people in an act that is no force, and a named doer, stay as
// they were.
func TestUnknownDoers(t *testing.T) {
	d := "2021-05-10"
	testLexRows(t, []lexRow{
		{"a man shot dead", d, "A man shot dead three farmers near Kaduna in Nigeria on Sunday.", "18", "NGAUAF>NGACVL", ""},
		{"men in plain clothes beat", d, "Men in plain clothes beat several students at Tehran University.", "18", "IRNUAF>IRNCVL", ""},
		{"men armed with knives stabbed", d, "Two men armed with knives stabbed a Kenyan journalist in Nairobi.", "18", "KENUAF>KENMED", ""},
		{"men on a motorcycle killed", d, "Two men on a motorcycle killed a police officer in Karachi, Pakistan.", "19", "PAKUAF>PAKCOP", ""},
		{"by a man on a bicycle", d, "A Georgian refugee was shot dead by a man on a bicycle in Berlin.", "18", "DEUUAF>GEOREF", ""},
		{"the men abducted", d, "In Mexico, the men abducted a local mayor on Friday.", "18", "MEXUAF>MEXGOV", ""},
		{"guard men met", d, "Two men met a Kenyan journalist in Nairobi.", "04", "", ""},
		{"guard named doer", d, "Police beat several students at Tehran University.", "17", "IRNCOP>IRNCVL", ""},
	})
}
