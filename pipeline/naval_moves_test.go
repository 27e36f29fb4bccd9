package pipeline

import "testing"

// TestNavalMoves pins a naval force set moving (154): a task force, fleet,
// carrier or warship that sails, steams, heads or sets sail somewhere, told
// as done or announced; a ship of no navy that sails is no deployment.
func TestNavalMoves(t *testing.T) {
	d := "2021-03-01"
	runLexRows(t, []lexRow{
		{"task force would sail, reported", d, "Margaret Thatcher told the House of Commons on Saturday that a large British task force would sail on Monday.", "154", "GBRMIL>", ""},
		{"task force sailed for", d, "A British task force sailed for the Falklands on Monday.", "154", "GBRMIL>FLKGOV", ""},
		{"carrier steamed toward", d, "The U.S. aircraft carrier steamed toward the Persian Gulf on Friday.", "154", "USAMIL>", ""},
		{"warships headed to", d, "Russian warships headed to the eastern Mediterranean on Sunday.", "154", "RUSMIL>", ""},
		{"warships set sail for", d, "Two Chinese warships set sail for the Gulf of Aden on Tuesday.", "154", "CHNMIL>", ""},
		{"frigate would sail to a country", d, "The Turkish navy said the frigate would sail to Libya next week.", "154", "TURMIL>LBY", ""},
		{"fleet sailed into", d, "The Indian fleet sailed into the Bay of Bengal on Wednesday.", "154", "IND>", ""},
		{"real: a ferry", d, "A Greek ferry sailed for Dover on Monday.", "154", "", ""},
		{"real: a cargo ship", d, "A Ukrainian cargo ship headed to Istanbul on Monday.", "154", "", ""},
	})
}
