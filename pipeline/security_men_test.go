package pipeline

import "testing"

// "Security men" are police, as "security officers" and "security
// agents" are: "Beant Singh was killed by other security men" is no
// unidentified attack.
func TestSecurityMen(t *testing.T) {
	testLexRows(t, []lexRow{
		{"security men shot", "2010-07-10", "Security men shot dead two protesters in Srinagar on Tuesday.", "18", "INDCOP>INDOPP", ""},
		{"by security men", "1984-11-02", "NEW DELHI, India — The assassin was killed by other security men minutes later.", "190", "INDCOP>UAF", ""},
		{"a security man", "2011-03-10", "A security man beat a journalist outside the court in Cairo on Tuesday.", "18", "EGYCOP>EGYMED", ""},
		// unchanged: security forces are the military's
		{"security forces", "2010-07-10", "Security forces shot dead two protesters in Srinagar on Tuesday.", "175", "INDMIL>INDOPP", ""},
	})
}
