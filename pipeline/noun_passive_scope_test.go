package pipeline

import "testing"

// TestNounsPassiveOutOfFrame: a past participle right after the noun it
// tells of ("under a deal brokered by Russia") is what was already done to
// that thing; the frame of the clause above it (an agreement to act, an
// end of a war) does not make it promised or denied.
func TestNounsPassiveOutOfFrame(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agreed to exchange, a deal brokered by", d, "Armenia and Azerbaijan agreed on Monday to exchange prisoners under a deal brokered by Russia.", "045", "RUS>ARM", ""},
		{"no promised mediation", d, "Armenia and Azerbaijan agreed on Monday to exchange prisoners under a deal brokered by Russia.", "039", "", ""},
		{"agreed to end the war, a deal brokered by", d, "Ethiopia and Eritrea agreed to end their war in a deal brokered by the United Arab Emirates.", "045", "ARE>ETH", ""},
		{"agreed to restore ties, a deal mediated by", d, "Qatar and Bahrain agreed to restore diplomatic ties under an accord brokered by Kuwait.", "045", "KWT>QAT", ""},
		{"pledged to free hostages under a deal brokered by", d, "Hamas pledged to free ten hostages under a truce brokered by Egypt.", "039", "", ""},
		{"not: a plain broker", d, "Qatar brokered a ceasefire between Israel and Hamas on Friday.", "045", "QAT>ISR", ""},
		{"not: a passive about the subject", d, "Sudan's army and the RSF signed a truce on Saturday in a deal brokered by Saudi Arabia.", "045", "SAU>", ""},
	})
}
