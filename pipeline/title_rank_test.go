package pipeline

import "testing"

// TestTitleRank: a rank before a title ("Assistant", "Deputy Assistant",
// "Associate", "Principal Deputy") is part of the title, so the official
// keeps the country named before it, not the country the story is filed
// from; a deputy before a name or alone is still someone's deputy.
func TestTitleRank(t *testing.T) {
	const in = "Talks\n\nKHARTOUM, Sudan —\n\n"
	testLexRows(t, []lexRow{
		{"assistant secretary of state abroad", "2008-01-20", in + "U.S. Assistant Secretary of State Jendayi Frazer met Sudanese President Omar al-Bashir in Khartoum on Saturday.", "040", "USAGOV>SDNGOV", ""},
		{"principal deputy assistant secretary", "2008-01-20", in + "U.S. Principal Deputy Assistant Secretary Tom Kelly criticized the Sudanese government on Saturday.", "111", "USAGOV>SDNGOV", ""},
		{"associate minister with a portfolio", "2008-01-20", in + "Egyptian Associate Justice Minister Ahmed Nour criticized the Sudanese government on Saturday.", "111", "EGYGOV>SDNGOV", ""},
		{"a rank in lower case", "2008-01-20", in + "The U.S. deputy assistant secretary criticized the Sudanese government on Saturday.", "111", "USAGOV>SDNGOV", ""},
		{"a deputy before a name is someone's deputy", "2008-01-20", in + "Mugabe's deputy Joice Mujuru criticized the Sudanese government on Saturday.", "111", "ZWEGOV>SDNGOV", ""},
		{"a deputy leader is the party's", "2008-01-20", in + "The ruling party's deputy leader criticized the Egyptian government on Saturday.", "111", "SDNPTY>EGYGOV", ""},
	})
}
