package pipeline

import "testing"

// TestHandedToAuthorities: a person named, or a pronoun for one, handed
// (over) to another side's authorities, officials, agents or police is
// judicial cooperation (063), as a suspect or a leader handed over is; a
// named person handed with no "over", or a common man handed over, coded
// nothing. A hostage handed to the Red Cross stays a release (0841), and
// aid handed to officials no extradition.
func TestHandedToAuthorities(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a named man handed over to a state's authorities", d, "Kenya handed over Abdullah Ocalan to Turkish authorities on Tuesday.", "063", "KEN>TURGOV", ""},
		{"a named man handed to a state's agents", d, "Pakistani police handed Osama bin Laden to U.S. agents on Friday.", "063", "PAKCOP>USASPY", ""},
		{"a pronoun handed to authorities", d, "Charles Taylor was flown to Freetown hours after Nigeria handed him to Liberian authorities.", "063", "NGA>LBRGOV", ""},
		{"a named man handed over to officials", d, "Serbia handed over Radovan Karadzic to United Nations officials.", "063", "SRB>IGOUNO", ""},
		{"two men handed over to a state's police", d, "Turkey handed over two men to Greek police on Monday.", "063", "TUR>GRCCOP", ""},
		{"handed over, the receiver first", d, "Spain handed over to French authorities a suspected ETA member, Jon Etxeberria.", "063", "ESP>FRAGOV", ""},
		{"a hostage handed to the Red Cross", d, "The rebels handed the hostage to the Red Cross on Monday.", "063", "", ""},
		{"aid handed over to officials", d, "Japan handed over medical supplies to Nepalese officials.", "063", "", ""},
	})
}
