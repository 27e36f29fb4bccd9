package pipeline

import "testing"

// TestTroublesVictims1979: Lord Mountbatten (a retired chief of the defence
// staff, ELI from 1965) and Airey Neave (the Conservatives' shadow Northern
// Ireland secretary, PTY), killed in 1979, are known in all common forms of
// their names, on the day of the killing and in stories years later.
func TestTroublesVictims1979(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the IRA kills Lord Mountbatten", "1979-08-28", "SLIGO, Ireland -- The IRA killed Lord Mountbatten with a boat bomb off the Irish coast.", "18", "GBRREB>GBRELI", ""},
		{"Earl Mountbatten of Burma murdered, passive", "1979-08-28", "LONDON -- Earl Mountbatten of Burma was murdered by the Provisional IRA on Monday.", "18", "GBRREB>GBRELI", ""},
		{"named again five years later in a relative clause", "1984-10-13", "BRIGHTON, United Kingdom -- The IRA, which killed Lord Mountbatten with a boat bomb in 1979, has waged a 15-year campaign against British rule.", "18", "GBRREB>GBRELI", ""},
		{"a claim for killing Airey Neave", "1979-03-31", "LONDON -- The Irish National Liberation Army claimed responsibility for killing Airey Neave.", "015", "GBRREB>GBRPTY", ""},
		{"Neave killed by a car bomb", "1979-03-31", "LONDON -- Airey Neave was killed by a car bomb at Westminster on Friday.", "18", "GBRUAF>GBRPTY", ""},
	})
}
