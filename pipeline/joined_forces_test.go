package pipeline

import "testing"

// TestJoinedForces: a nationality before the first of the state's forces
// joined by "and" is the second's too ("Australian soldiers and police"),
// not the country of the place they arrive in (sectors.txt's force).
func TestJoinedForces(t *testing.T) {
	const honiara = "HONIARA, Solomon Islands —\n\nRioters burned shops in Honiara on Tuesday. "
	const mogadishu = "MOGADISHU, Somalia —\n\nGunmen looted a food convoy in Mogadishu on Tuesday. "
	testLexRows(t, []lexRow{
		{"soldiers and police arrive", d, honiara + "Australian soldiers and police began arriving in the Solomon Islands on Wednesday.", "154", "AUSCOP>SLBGOV", ""},
		{"troops and police arrive", d, honiara + "Fijian troops and police arrived in Honiara on Thursday.", "154", "FJICOP>SLBGOV", ""},
		// a state's name before the first force counts as its adjective does
		{"a state's name, then an unowned force", d, mogadishu + "U.S. Marines and Navy commandos seized the airport on Wednesday.", "19", "USAMIL>SOMGOV", ""},
		{"a state's name, then police", d, mogadishu + "U.S. troops and police seized the port on Wednesday.", "19", "USACOP>SOMGOV", ""},
		{"a bloc's name keeps the place's forces", d, mogadishu + "AU troops and police seized the port on Wednesday.", "19", "SOMCOP>", ""},
	})
}

// TestPassiveMeasure: a restriction told in the passive with no doer and
// no one it is done to ("internet access was cut") is the state's measure
// on its own people (policy.tsv's measure=); a passive done to someone
// named, or a cut with a doer named, is read as before.
func TestPassiveMeasure(t *testing.T) {
	const havana = "HAVANA, Cuba —\n\nProtesters marched in Havana on Sunday. "
	const kathmandu = "KATHMANDU, Nepal —\n\nThe king took power on Tuesday. "
	testLexRows(t, []lexRow{
		{"internet access cut", d, havana + "Mobile internet service was cut across much of the country on Monday.", "1721", "CUBGOV>CUBCVL", ""},
		{"lines cut, two kinds sharing the head", d, kathmandu + "Telephone and internet lines across the kingdom were cut.", "1721", "NPLGOV>NPLCVL", ""},
		{"phone lines cut on a day", d, havana + "Telephone lines were cut on Monday.", "1721", "CUBGOV>CUBCVL", ""},
		{"a doer named is the doer", d, havana + "Telephone lines were cut by the protesters.", "1721", "CUBOPP>CUBCVL", ""},
		{"a storm is no state", d, havana + "A storm cut telephone lines on Monday.", "1721", "", ""},
		{"restored is no cut", d, havana + "Internet access was restored on Monday.", "1721", "", ""},
	})
}
