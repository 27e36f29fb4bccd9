package pipeline

import "testing"

// TestCrushedUprisingAgainst pins the target of force on an uprising told
// with whom it is against: in "crushed the uprising against the
// government" the uprising's people are the target, not the government
// they oppose (which is often the source itself, "vowed to crush the
// uprising against his rule", and then no event came out at all).
func TestCrushedUprisingAgainst(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a vow against his own rule", "2011-02-22", "Libyan leader Moammar Gadhafi vowed on Tuesday to crush the uprising against his rule.", "137", "LBYGOV>LBYOPP", ""},
		{"a revolt against his government", "2011-04-20", "Syrian President Bashar al-Assad vowed to crush the revolt against his government.", "137", "SYRGOV>SYROPP", ""},
		{"an insurgency against its rule", "2021-07-01", "Ethiopia's government vowed to crush the insurgency against its rule in Tigray.", "13", "ETHGOV>ETHREB", ""},
		{"troops crush, a named president opposed", "2018-07-17", "Nicaraguan troops crushed the uprising against President Daniel Ortega in Masaya.", "175", "NICMIL>NICOPP", ""},
		{"the army crushes a rebellion", "1989-11-20", "The Sri Lankan army crushed the rebellion against the government in the north.", "175", "LKAMIL>LKAOPP", ""},
	})
}
