package pipeline

import "testing"

// TestObjectItOfParticiple: "it" as the object of a participle hanging on
// the main clause (", accusing it of", ", urging it to") is not the main
// clause's subject, who does the participle's act, nor one of its
// conjuncts: it is the last country or organisation named outside them.
// With none such it stays as it was.
func TestObjectItOfParticiple(t *testing.T) {
	d := "2017-06-05"
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"three cut ties, accusing it", d, "Saudi Arabia, the United Arab Emirates and Bahrain cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.", "112", "SAUGOV>QATGOV", ""},
		{"two cut ties, accusing it", d, "Bahrain and Egypt severed relations with Qatar on Tuesday, accusing it of meddling in their affairs.", "112", "BHRGOV>QATGOV", ""},
		{"two criticised, accusing it", d, "Germany and France criticised Hungary on Monday, accusing it of undermining the rule of law.", "112", "DEUGOV>HUNGOV", ""},
		{"warned, urging it to", d, "China warned the United States on Monday, urging it to halt arms sales to Taiwan.", "020", "CHNGOV>USAGOV", ""},
		{"recalled envoy from it, accusing it", d, "Turkey recalled its ambassador to Austria on Friday, accusing it of racism.", "112", "TURGOV>AUTGOV", ""},
		{"a bloc suspends it, urging it", d, "The Arab League suspended Syria on Saturday, urging it to end the crackdown on protesters.", "02", "IGOARL>SYRGOV", ""},
		{"a thing named: no accusation of the subject", d, "Iran rejected the report on Monday, calling it biased.", "112", "", ""},
		{"a subject it after a comma is the subject", d, "Japan protested to China on Monday, saying it would not accept the new air zone.", "12", "", ""},
	})
}
