package pipeline

import "testing"

// A verb of ordering with a mandative that-clause ("ordered that he be
// released", "ordered that the newspapers be closed") orders the act done
// to the clause's subject, as "ordered the release of" and "ordered him
// released" do: the orderer's act, told as the order is. What is said
// will be done ("said that the rebels would be arrested") stays an
// announcement, and a demand that it be done stays a demand.
func TestOrderedThatBeDone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"court ordered release", "2007-05-25", "Kenya's High Court ordered that the opposition leader be released.", "0841", "KENJUD>KENOPP", ""},
		{"junta ordered closure", "2007-05-25", "Myanmar's junta ordered that all independent newspapers be closed.", "1721", "MMRGOV>MMRMED", ""},
		{"president ordered arrest", "2007-05-25", "Kenya's president ordered that the rebels be arrested.", "173", "KENGOV>KENREB", ""},
		{"ordered expelled", "2007-05-25", "Kenya's president ordered that the Ugandan traders be expelled.", "174", "KENGOV>UGACVL", ""},
		{"said would be arrested: no arrest", "2007-05-25", "Kenya's president said that the rebels would be arrested.", "173", "", ""},
		{"demanded release: a demand", "2007-05-25", "Kenya's opposition demanded that the journalist be released.", "0841", "", ""},
	})
}
