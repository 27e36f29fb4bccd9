package pipeline

import "testing"

// TestHaltedCooperation: a verb of stopping whose gerund is a cooperation,
// aid, talks or mediation of its own subject (policy.tsv's halted=) codes
// the reduction of relations CAMEO gives for ending it (root 16), not a
// negated act; acts with no such code, and a stopping denied or to come,
// stay no event.
func TestHaltedCooperation(t *testing.T) {
	testLexRows(t, []lexRow{
		{"stopped funding an agency: economic aid cut", d, "Canada stopped funding UNRWA last year.", "1621", "CAN>IGOUNO", ""},
		{"ceased cooperating with a tribunal: the doer's own break", d, "Belgrade ceased cooperating with the Hague tribunal in March.", "160", "SRBGOV>NLDJUD", ""},
		{"suspended importing oil: a boycott", d, "South Korea suspended importing crude oil from Iran.", "163", "KOR>IRN", ""},
		{"halted sending weapons: military aid cut", d, "Germany halted sending weapons to Saudi Arabia.", "1622", "DEU>SAU", ""},
		{"stopped supplying gas: a supply cut", d, "Moscow stopped supplying gas to Kiev.", "163", "RUSGOV>UKR", ""},
		{"stopped mediating: mediation halted", d, "Qatar stopped mediating between Israel and Hamas.", "165", "QAT>ISR", ""},
		{"discontinued providing food aid", d, "Washington discontinued providing food aid to Ethiopia.", "1623", "USAGOV>ETH", ""},
		{"noun: stopped its cooperation with", d, "Tokyo stopped its cooperation with Pyongyang after the test.", "160", "JPNGOV>PRKGOV", ""},
		{"noun: stopped the negotiations with", d, "Israel stopped the negotiations with Hamas on Monday.", "164", "ISR>PSEREB", ""},
		{"noun: ceased its intelligence sharing with", d, "The Netherlands ceased its intelligence sharing with Washington.", "160", "NLD>USAGOV", ""},
		{"noun gerund: stopped trading with", d, "Tokyo stopped trading with Pyongyang in 2006.", "163", "JPNGOV>PRKGOV", ""},
		{"noun gerund: stopped negotiating with", d, "Colombia stopped negotiating with the ELN rebels.", "164", "COL>COLREB", ""},
		{"guard noun: did not stop its cooperation", d, "Tokyo did not stop its cooperation with Pyongyang.", "16", "", ""},
		{"guard noun: the army stopped its offensive", d, "The army stopped its offensive on Sunday.", "16", "", ""},
		{"guard: stopped firing is no reduction", d, "The troops stopped firing at dawn.", "16", "", ""},
		{"guard: the rebels stopped attacking: no reduction", d, "The rebels stopped attacking the town.", "16", "", ""},
		{"guard: halted talks stays 164", d, "Israel halted talks with the Palestinians.", "164", "ISR>PSE", ""},
		{"guard: did not stop funding", d, "Canada did not stop funding UNRWA.", "16", "", ""},
		{"guard: will stop funding is not done", d, "Canada will stop funding UNRWA.", "16", "", ""},
		{"will stop funding: announced as the cut is (1311)", d, "Canada said it would stop funding UNRWA.", "1311", "CAN>IGOUNO", ""},
	})
}
