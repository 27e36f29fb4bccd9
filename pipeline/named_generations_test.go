package pipeline

import "testing"

// TestNamesOfTwoGenerations pins people whose names another of a later
// generation bears (Benigno Aquino, the opposition leader killed in 1983,
// and his son, president from 2010): on a day neither holds a role, the one
// whose roles lie nearer the day. A name ending in a generation mark ("Jr.",
// "III", "II") is referred back to by the family name before it ("Benigno
// Aquino Jr. ... Aquino", "King Hassan II ... Hassan"). Zulfikar Ali Bhutto,
// deposed in July 1977, led the opposition until he was hanged in April 1979.
func TestNamesOfTwoGenerations(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the father, killed the day before", "1983-08-22", "Benigno Aquino, the exiled opposition leader, was shot dead at Manila airport on Sunday.", "186", "PHLUAF>PHLOPP", ""},
		{"the father by family name after the full name", "1983-08-22", "Benigno Aquino, the exiled opposition leader, was shot dead at Manila airport on Sunday. Aquino, who was sentenced to death by a military tribunal in 1977, had returned from the United States.", "116", "PHLJUD>PHLOPP", ""},
		{"the father in detention", "1978-04-10", "Soldiers detained Benigno Aquino in Manila on Monday.", "173", "PHLMIL>PHLOPP", ""},
		{"the son in office", "2012-05-10", "Benigno Aquino accused China of bullying the Philippines.", "112", "PHLGOV>CHN", ""},
		{"a king by his name before the numeral", "1990-05-10", "King Hassan II received Yasser Arafat in Rabat. Hassan urged Israel to withdraw from the occupied territories.", "0256", "MARGOV>ISR", ""},
		{"the deposed premier sentenced", "1979-03-20", "The Lahore court sentenced Zulfikar Ali Bhutto to death.", "116", "PAKJUD>PAKOPP", ""},
		{"the deposed premier detained", "1978-09-16", "Police detained Zulfiqar Ali Bhutto in Karachi on Friday.", "173", "PAKCOP>PAKOPP", ""},
		{"the deposed premier appealing", "1979-02-07", "Zulfikar Ali Bhutto appealed to the Supreme Court to overturn the verdict.", "020", "PAKOPP>PAKJUD", ""},
		{"the premier in office", "1975-02-07", "Zulfikar Ali Bhutto accused India of aggression.", "1123", "PAKGOV>IND", ""},
	})
}
