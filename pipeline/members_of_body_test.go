package pipeline

import "testing"

// TestMembersOfBodyThem: "them" in a verb phrase that shares its subject
// with the sentence's first clause stands for the plural noun the first
// clause acted on, not for the body named after it that says whose they
// are ("expelled six American members of the U.N. teams, accusing them of
// spying": the Americans are accused, not the United Nations).
func TestMembersOfBodyThem(t *testing.T) {
	testLexRows(t, []lexRow{
		{"detained members of a body, accusing them", d, "Israel detained three Jordanian members of the Red Cross, accusing them of smuggling.", "11", "ISR>JORGOV", ""},
		{"detained staff of a body and accused them", d, "Ethiopia detained two Kenyan workers of the World Food Programme and accused them of aiding rebels.", "11", "ETH>KENCVL", ""},
		{"arrested members of a body, accusing them", d, "Turkey arrested four German members of Amnesty International on Monday, accusing them of terrorism.", "11", "TUR>DEUGOV", ""},
		{"expelled workers of a body and accused them", d, "Sudan expelled five French workers of the United Nations refugee agency and accused them of spying.", "11", "SDN>FRACVL", ""},
		{"no body after the plural, unchanged", d, "Iraq expelled six American inspectors on Thursday, accusing them of spying.", "11", "IRQ>USAGOV", ""},
		{"a plural named last, unchanged", d, "Kenyan police fired at Ugandan marchers and accused them of rioting.", "11", "KENCOP>UGAOPP", ""},
	})
}
