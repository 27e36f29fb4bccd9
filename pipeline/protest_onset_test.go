package pipeline

import "testing"

// TestProtestOnset pins a protest named with "the" as the subject of a
// verb of onset (sets.txt's onset: erupt, break out, begin, start, flare)
// whose clause tells when or where it broke out: "The protests erupted on
// Dec. 19 in Atbara" tells the protest's start and is coded as the
// protesters' act, as "Protests erupted" is; the story may have named it
// before. A protest named with "the" that goes on ("continued"), acts
// ("embarrassed the government"), breaks out in a relative clause, or
// whose clause tells only why ("erupted after the president named ...")
// is one the story retells, and is not coded.
func TestProtestOnset(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protests erupted on a day in a town", d, "Unrest in Sudan\n\nKHARTOUM, Sudan —\n\nThe protests erupted on Dec. 19 in the town of Atbara.", "140", "SDNOPP>SDNGOV", ""},
		{"protests began on a day over a ban", d, "Nepal curfew\n\nKATHMANDU, Nepal —\n\nThe protests began on Monday over a ban on social media.", "140", "NPLOPP>NPLGOV", ""},
		{"strike began on a day at a shipyard", d, "Strike\n\nWARSAW, Poland —\n\nThe strike began on Aug. 14 at the Gdansk shipyard.", "143", "POLLAB>POLGOV", ""},
		{"riots broke out on a day", d, "Riots\n\nBEIRUT, Lebanon —\n\nThe riots broke out on Oct. 17 in the capital.", "145", "LBNOPP>LBNGOV", ""},
		{"demonstrations started last week in a city", d, "Armenia\n\nYEREVAN, Armenia —\n\nThe demonstrations started last week in Yerevan.", "141", "ARMOPP>ARMGOV", ""},
		{"unrest flared on a day in a city", d, "Kyrgyz unrest\n\nBISHKEK, Kyrgyzstan —\n\nThe unrest flared on Tuesday in the southern city of Osh.", "14", "KGZOPP>KGZGOV", ""},
		{"indefinite protests erupted", d, "Nepal\n\nKATHMANDU, Nepal —\n\nProtests erupted on Monday in the capital.", "140", "NPLOPP>NPLGOV", ""},
		// guards: a protest the story retells
		{"guard: erupted after, no time or place", d, "Guinea\n\nCONAKRY, Guinea —\n\nThe unrest erupted after the president named a new prime minister.", "14", "", ""},
		{"guard: protests continued", d, "Sudan\n\nKHARTOUM, Sudan —\n\nThe protests continued on Monday in the capital.", "14", "", ""},
		{"guard: the strike acts", d, "Egypt\n\nCAIRO, Egypt —\n\nThe strike embarrassed the government on Monday.", "14", "", ""},
		{"guard: erupted in a relative clause", d, "Sudan\n\nKHARTOUM, Sudan —\n\nThe protests that erupted in Atbara last week spread to the capital.", "14", "", ""},
	})
}
