package pipeline

import "testing"

// TestMeasureRefused: a state's forces that refuse to carry out a measure
// their state takes (policy.tsv's measure=: a curfew, a state of emergency,
// martial law) refuse their own government's order, whoever protested or
// pressed before; others who refuse a measure, and forces that refuse what
// is no such measure, keep their targets.
func TestMeasureRefused(t *testing.T) {
	story := func(place, body string) string {
		return "Unrest\n\n" + place + " —\n\n" + body
	}
	testLexRows(t, []lexRow{
		{"police refuse to enforce a curfew", d, story("TEGUCIGALPA, Honduras",
			"President Manuel Zelaya was ousted last week. Thousands of his supporters protested in the capital. Days later, members of an elite police unit refused to enforce the curfew, saying they would not repress their own people."),
			"120", "HNDCOP>HNDGOV", ""},
		{"troops decline to enforce martial law", d, story("BANGKOK, Thailand",
			"The prime minister declared martial law on Monday after protesters occupied Government House. Army units declined to enforce martial law in the capital."),
			"120", "THAMIL>THAGOV", ""},
		{"generals refuse to impose a state of emergency", d, story("TBILISI, Georgia",
			"Opposition supporters demanded the president's resignation. The generals refused to impose a state of emergency."),
			"120", "GEOMIL>GEOGOV", ""},
		{"riot police refuse to enforce the curfew, adjective", d,
			"Kenyan riot police refused to enforce the curfew in Kisumu on Tuesday.",
			"120", "KENCOP>KENGOV", ""},
		{"soldiers would not enforce an emergency", d, story("CARACAS, Venezuela",
			"Students marched on the presidential palace. Soldiers refused to enforce the state of emergency and stayed in their barracks."),
			"120", "VENMIL>VENGOV", ""},
		{"enforcing martial law is imposing it", d,
			"Polish troops enforced martial law across the country.",
			"1724", "POLMIL>POLCVL", ""},
		// guards: not the state's forces, or no measure of the state's
		// (protesters who defy the curfew keep the curfew's aim, as before)
		{"protesters refuse a curfew: no government's forces", d, story("TEGUCIGALPA, Honduras",
			"The government imposed a curfew on Monday. Protesters refused to respect the curfew."),
			"120", "HNDOPP>HNDCVL", ""},
		{"police refuse to release activists: no measure", d, story("NAIROBI, Kenya",
			"Opposition leaders demanded the release of the detained activists. Police refused to release the activists."),
			"12", "KENCOP>KENOPP", ""},
		{"a president refuses to lift a curfew: his own measure", d, story("MANILA, Philippines",
			"Opposition leaders urged President Ferdinand Marcos to lift the curfew. Marcos refused to lift the curfew."),
			"12", "PHLGOV>PHLOPP", ""},
	})
}
