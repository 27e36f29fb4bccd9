package pipeline

import "testing"

// TestOpenedClauseSetOffParticiple: an opener ("as", "when", "after")
// whose subject has a participle set off by commas before its verb ("as
// rebels, backed by Turkey, attacked army positions") still opens a
// clause: the comma after the subject made "as" a preposition, the
// participle the clause's verb and its finite verb a main clause with no
// subject, so the attack was no one's and the backing the main clause's.
func TestOpenedClauseSetOffParticiple(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"as rebels, backed by, attacked", d,
			"Syrian troops shelled Homs as rebels, backed by Turkey, attacked army positions.", "190", "SYRREB>SYRMIL", ""},
		{"the backing is the rebels'", d,
			"Syrian troops shelled Homs as rebels, backed by Turkey, attacked army positions.", "051", "TUR>SYRREB", ""},
		{"as thousands of protesters, backed by, marched", d,
			"The Nepalese king refused to step down as thousands of protesters, backed by opposition parties, marched on the palace.", "141", "NPLOPP>NPLGOV", ""},
		{"as protesters, backed by lawmakers, besieged", d,
			"The Thai prime minister refused to resign as thousands of protesters, backed by opposition lawmakers, besieged parliament in Bangkok.", "144", "THAOPP>THALEG", ""},
		{"after rebels, armed with, attacked", d,
			"After Houthi rebels, armed with Iranian missiles, attacked Saudi oil facilities, Riyadh vowed to retaliate.", "190", "YEMREB>SAU", ""},
		{"as students, chanting slogans, marched", d,
			"Police detained the activists as hundreds of students, chanting slogans, marched on the ministry in Dhaka.", "141", "BGDCVL>BGDGOV", ""},
		{"guard: no opener, the subject before the commas", d,
			"Malian troops, backed by Russian mercenaries, attacked rebel positions near Kidal.", "190", "MLIMIL>MLIREB", ""},
		{"guard: as before a plain clause", d,
			"Israeli jets struck Gaza as Hamas fighters fired rockets at Tel Aviv.", "194", "PSEREB>ISR", ""},
	})
}
