package pipeline

import "testing"

// TestKnownAcronym pins the initials of a body the knowledge names by its
// full name alone: once the story names it ("a European Community plan",
// "the Council for Democratic Reform"), its initials later ("the EC",
// "the CDR") are that body, as they are for a body the story read from
// its name. Initials the knowledge has a name for keep it ("the UN"), and
// initials before their body is named, or of no body named, are no one.
func TestKnownAcronym(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the EC after the European Community", d,
			"Slovenia agreed to a European Community plan on Sunday. The EC also announced an embargo on arms sales to Yugoslavia.", "163", "IGOEUR>", ""},
		{"a delegation of EC ministers mediates", d,
			"Slovenia and the Yugoslav army agreed to a European Community plan. The deal was reached after talks mediated by a delegation of three EC foreign ministers.", "045", "IGOEUR>SRBMIL", ""},
		{"the CDR after the Council for Democratic Reform", d,
			"BANGKOK, Thailand (AP) - The Council for Democratic Reform took power on Tuesday. The CDR dissolved parliament and revoked the constitution.", "172", "THAGOV>THALEG", ""},
		{"the SNC after the Syrian National Council", d,
			"The Syrian National Council met in Istanbul. The SNC condemned the Syrian government.", "111", "SYROPP>SYRGOV", ""},
		{"the OPC after the Oodua Peoples Congress", d,
			"LAGOS, Nigeria (AP) - Members of the Oodua Peoples Congress clashed with Hausa traders. The OPC attacked a police station in Lagos.", "190", "NGAUAF>NGACOP", ""},
		{"the NDVF after the Niger Delta Volunteer Force", d,
			"The Niger Delta Volunteer Force threatened oil firms. The NDVF attacked a Shell pipeline.", "180", "NGAREB>GBRBUS", ""},
		// negative: the knowledge's own initials; initials before the body is named
		{"neg: the UN stays the knowledge's", d,
			"The United Nations condemned the attack. The UN also demanded a ceasefire.", "10", "IGOUNO>", ""},
		{"neg: initials before their body is named are no one", d,
			"The CDR dissolved parliament on Tuesday.", "0834", "", ""},
	})
}
