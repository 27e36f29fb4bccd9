package pipeline

import "testing"

// A parliament, government or cabinet dissolved is set aside (172), as the
// story gold codes dissolutions, whoever does it; one dissolved for, ahead
// of or before an election is sent to the voters (0834), and so is one that
// dissolves itself.
func TestDissolutionSetsAside(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a self-coup", "1993-05-25", "President Jorge Serrano dissolved Congress and the Supreme Court on Tuesday.", "172", "GTMGOV>GTMLEG", ""},
		{"a president's decree", "2023-05-17", "Ecuador's president dissolved the National Assembly on Wednesday.", "172", "ECUGOV>ECULEG", ""},
		{"in a relative clause", "2009-03-17", "Rajoelina, who dissolved the assembly in March, was sworn in.", "172", "MDGOPP>MDGLEG", ""},
		{"ahead of an election", "2019-11-06", "The British prime minister dissolved parliament ahead of the general election.", "0834", "GBRGOV>GBRLEG", ""},
		{"for an election", "2020-01-01", "Japan's prime minister dissolved the lower house for a snap election.", "0834", "JPNGOV>JPNLEG", ""},
		{"itself", "2022-06-30", "Israel's parliament voted to dissolve itself on Thursday.", "0834", "ISRLEG>ISROPP", ""},
	})
}
