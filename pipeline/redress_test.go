package pipeline

import "testing"

// TestRedressAtLaw: a case taken to a court is against whom it names, else
// against who last acted against the one who seeks redress (policy.tsv's
// redress), never against the court.
func TestRedressAtLaw(t *testing.T) {
	const raid = "Ecuadorian police raided the Mexican embassy in Quito on Friday. "
	const seizure = "Iranian forces seized a British tanker in the Gulf on Tuesday. "
	testLexRows(t, []lexRow{
		{"the case taken to a court", d, raid + "Mexico said it would take the case to the International Court of Justice.", "115", "MEX>ECUCOP", ""},
		{"a dispute taken to arbitration", d, seizure + "Britain took the dispute to international arbitration.", "115", "GBR>IRNMIL", ""},
		{"a bare lawsuit", d, raid + "Mexico sued on Monday.", "115", "MEX>ECUCOP", ""},
		{"a party named", d, raid + "Mexico took Ecuador to the International Court of Justice.", "115", "MEX>ECU", ""},
		{"a case against a party", d, "Gambia took its case against Myanmar to the World Court.", "115", "GMB>MMR", ""},
		{"no one acted before", d, "Mexico said it would take the case to the International Court of Justice.", "115", "MEX>", ""},
		{"not taken: no event", d, raid + "Mexico did not take the case to court.", "115", "", ""},
	})
}
