package pipeline

import "testing"

// TestPutToDeathByName: "put to death" with the executed named after it
// ("put to death Zulfikar Ali Bhutto") is an execution (1823) of whom the
// name gives: the bare noun of the fixed phrase and the name were read as
// one phrase, and the act coded nothing.
func TestPutToDeathByName(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a former prime minister", "1979-04-05", "Pakistan put to death Zulfikar Ali Bhutto on Wednesday.", "1823", "PAK>PAKOPP", ""},
		{"a deposed president", "2006-12-30", "Iraq put to death Saddam Hussein on Saturday.", "1823", "IRQ>IRQGOV", ""},
		{"a possessor's new rulers", "1989-12-26", "Romania's new rulers put to death Nicolae Ceausescu on Monday.", "1823", "ROUGOV>ROUGOV", ""},
		{"a general", "2010-01-25", "Iraq put to death Ali Hassan al-Majid on Monday.", "1823", "IRQ>IRQMIL", ""},
		{"a pluperfect", "1979-04-05", "The military government had put to death Zulfikar Ali Bhutto before dawn.", "1823", "PAKGOV>PAKOPP", ""},
		{"the object before the phrase still reads", "2022-12-12", "Iran put two protesters to death on Monday.", "1823", "IRN>IRNOPP", ""},
	})
}
