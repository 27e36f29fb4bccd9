package pipeline

import "testing"

// TestProtestPartOfAProtest: a protest act with no actor as target, told
// as part of a protest whose own phrase names whom it is against ("threw
// stones during demonstrations against Israel"), is aimed at that party.
func TestProtestPartOfAProtest(t *testing.T) {
	testLexRows(t, []lexRow{
		{"stones during demonstrations against an army's acts", d, "Palestinian youths threw stones during demonstrations against abuses by the Israeli military.", "145", "PSECVL>ISRMIL", ""},
		{"stones amid protests against a country", d, "Students threw stones amid protests against Israel.", "145", "CVL>ISR", ""},
		{"tyres during a rally against the president", d, "Kenyan protesters burned tyres during a rally against the president.", "145", "KENOPP>KENGOV", ""},
		{"a rally with no one against", d, "Students threw stones during a rally on Monday.", "145", "CVL>", ""},
	})
}
