package pipeline

import "testing"

// TestPossessedPatientPastCharges: an arrest, detention or ouster that a
// light verb orders or seeks is done to the possessor of its noun ("his
// arrest", "Musharraf's arrest"), also when a later phrase of charges
// holds an "of" that belongs to the charges, not to the act ("ordered his
// arrest on charges of sedition"). An "of" phrase of the act that names no
// one leaves no target; a refusal, a negation or a condition codes no
// arrest.
func TestPossessedPatientPastCharges(t *testing.T) {
	testLexRows(t, []lexRow{
		{"his arrest on charges of", "2021-01-20", "Russian police detained Alexei Navalny at a Moscow airport, and a court ordered his arrest on charges of fraud.", "173", "RUSJUD>RUSOPP", ""},
		{"a name's arrest on charges of", "2013-04-18", "A Pakistani court ordered Pervez Musharraf's arrest on charges of treason on Thursday.", "173", "PAKJUD>PAKGOV", ""},
		{"her detention on suspicion of", "2021-05-03", "Aung San Suu Kyi was ousted in February, and a Myanmar court later ordered her detention on suspicion of corruption.", "173", "MMRJUD>MMRGOV", ""},
		{"sought, present perfect", "2023-05-09", "Pakistani prosecutors have sought Imran Khan's arrest on charges of corruption.", "173", "PAKJUD>PAKOPP", ""},
		{"a warrant's verb, a charge list", "2011-06-27", "The International Criminal Court ordered Gaddafi's arrest on charges of murder and persecution.", "173", "IGOICC>LBYGOV", ""},
		{"his arrest, fronted date", "2009-06-10", "On Friday, a Peruvian judge met Alan Garcia and then ordered his arrest on charges of fraud.", "173", "PERJUD>PERGOV", ""},
		{"no possessor: the of phrase names no one", "2009-06-10", "A Peruvian court ordered the arrest of the plotters on charges of treason.", "173", "PERJUD>", ""},
		{"not: refused to order", "2013-04-18", "A Pakistani court refused to order Pervez Musharraf's arrest on charges of treason.", "173", "", ""},
		{"not: did not order", "2021-01-20", "A Moscow court did not order Alexei Navalny's arrest on charges of fraud.", "173", "", ""},
		{"not: a condition", "2013-04-18", "If a court ordered Pervez Musharraf's arrest on charges of treason, his party would protest.", "173", "", ""},
	})
}
