package pipeline

import "testing"

// Rows for "NOUN from PLACE" (issues 11 and 12). The actor stage codes
// "troops from Sri Lanka" as Sri Lanka's troops but leaves "from Sri Lanka"
// a phrase of its own, so both readings stay open to the later stages: a
// verb that takes a "from" argument takes it ("withdrew troops from Sri
// Lanka": from Sri Lanka), and elsewhere it says where the noun is from
// ("journalists from Britain were expelled": Britain's journalists).

// TestFromVerbArgument: after a verb whose entry names a "from" argument,
// the phrase is the verb's, and gives its target.
func TestFromVerbArgument(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops withdrawn from a country", d, "India withdrew troops from Sri Lanka.", "087", "IND>LKA", ""},
		{"soldiers withdrawn, a past perfect", d, "Ethiopia had withdrawn soldiers from Somalia by January.", "087", "ETH>SOM", ""},
		{"peacekeepers withdrawn, a later date", d, "Kenya withdrew peacekeepers from South Sudan on Friday.", "1661", "KEN>SSD", ""},
		{"aid workers withdrawn by a body", d, "The United Nations withdrew aid workers from Yemen last week.", "1663", "IGOUNO>YEM", ""},
		{"the second of two objects withdrawn", d, "The OSCE withdrew monitors and workers from Georgia.", "1662", "IGOOSC>GEO", ""},
		{"diplomats recalled from a capital's country", d, "Canada recalled diplomats from Venezuela on Monday.", "161", "CAN>VEN", ""},
		{"troops withdrawn from two countries", d, "Russia withdrew troops from Moldova and Georgia.", "087", "RUS>GEO", ""},
	})
}

// TestFromNounOrigin: elsewhere "from PLACE" says where the noun is from,
// as subject, object or the object of a passive, alone or in a list.
func TestFromNounOrigin(t *testing.T) {
	testLexRows(t, []lexRow{
		{"journalists from a country expelled, passive", d, "Journalists from Britain were expelled by Zimbabwe.", "174", "ZWE>GBRMED", ""},
		{"workers from a country deported", d, "Kuwait deported workers from Egypt on Sunday.", "174", "KWT>EGYCVL", ""},
		{"a delegation from a country meets", d, "A delegation from Iran met Iraqi officials in Baghdad.", "040", "IRN>IRQGOV", ""},
		{"officials from two countries meet", d, "Officials from Peru and Chile met in Lima on Tuesday.", "040", "PERGOV>CHL", ""},
		{"journalists from two countries expelled, passive", d, "Journalists from Britain and France were expelled by Zimbabwe.", "174", "ZWE>FRA", ""},
		{"diplomats from three countries beaten, passive", d, "Diplomats from Ghana, Togo and Benin were beaten by soldiers in Lome.", "18", "TGOMIL>GHAGOV", ""},
		{"doctors from a country treat the wounded", d, "Doctors from Cuba treated the wounded in Haiti.", "073", "CUBCVL>HTICVL", ""},
	})
}

// TestExpelledMission: who expels inspectors, monitors or peacekeepers
// acts on the body that sent them ("Iraq expelled U.N. inspectors" is Iraq
// against the United Nations); "the chief U.N. inspector" is the U.N.'s.
func TestExpelledMission(t *testing.T) {
	testLexRows(t, []lexRow{
		{"U.N. weapons inspectors", "1998-11-01", "Baghdad expelled U.N. weapons inspectors on Monday.", "1662", "IRQGOV>IGOUNO", ""},
		{"a country's inspectors", d, "Iraq expelled the American weapons inspectors.", "1662", "IRQ>USAGOV", ""},
		{"monitors of a body", d, "Eritrea expelled the OSCE monitors.", "1662", "ERI>IGOOSC", ""},
		{"peacekeepers", d, "Mali's junta expelled the U.N. peacekeepers.", "1661", "MLIGOV>IGOUNO", ""},
		{"not expelled", d, "Iraq did not expel the inspectors.", "1662", "", ""},
		{"the chief inspector named in apposition", "1998-12-16", "Richard Butler, the chief U.N. inspector, accused Iraq of hiding documents.", "112", "IGOUNO>IRQ", ""},
	})
}
