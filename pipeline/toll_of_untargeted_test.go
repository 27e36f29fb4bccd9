package pipeline

import "testing"

// TestTollOfUntargeted: a participle that tells the toll of an act of force
// whose clause names no one it fell on ("a suicide bomber blew himself up,
// killing dozens of policemen") gives that act its victims, one event, not
// the country where it happened; an act that names its own target keeps
// it, and an act of another kind stays an event of its own.
func TestTollOfUntargeted(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"blew himself up, killing policemen", d, "A suicide bomber blew himself up in a mosque in Peshawar on Monday, killing dozens of policemen.", "1831", "RAD>PAKCOP", ""},
		{"blew himself up, killing soldiers", d, "A suicide bomber blew himself up at an army checkpoint in Mogadishu, killing six Somali soldiers.", "1831", "RAD>SOMMIL", ""},
		{"a militant, killing worshippers", d, "A militant blew himself up outside a church in Lahore, killing 14 Christian worshippers.", "1831", "PAKREB>PAKCVL", ""},
		{"guard: a place named keeps its own event", d, "Israeli jets bombed Idlib, killing a Turkish soldier.", "195", "ISRMIL>SYRGOV", ""},
		{"guard: an arrest is its own act", d, "Police raided a house in Karachi, arresting three suspects.", "173", "PAKCOP>PAKCVL", ""},
		{"guard: no participle", d, "A suicide bomber blew himself up in a market in Kabul.", "1831", "RAD>AFGGOV", ""},
	})
}
