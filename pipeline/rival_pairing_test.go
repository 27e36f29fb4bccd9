package pipeline

import "testing"

// In a story of a conflict inside one country, a truce or a ceasefire one
// side declares with no target named is made to the other side, as the
// story paired them: by an agreement, talks or a signing as well as by
// fighting.
func TestRivalPairedByAgreement(t *testing.T) {
	testLexRows(t, []lexRow{
		{"signed ceasefire, then a truce", "2002-02-22", "Sri Lanka's government signed a ceasefire with the Tamil Tiger rebels on Friday. The rebels began a unilateral truce on Dec. 24.", "0871", "LKAREB>LKAGOV", ""},
		{"agreed talks, then a truce", "2002-02-22", "Sri Lanka's government agreed to hold talks with the Tamil Tiger rebels on Monday. The rebels announced a truce on Tuesday.", "0871", "LKAREB>LKAGOV", ""},
		{"held talks, then a ceasefire", "2016-06-20", "Colombia's government held talks with the FARC rebels in Havana on Monday. The rebels declared a ceasefire on Sunday.", "0871", "COLREB>COLGOV", ""},
		{"the state's side", "2014-03-27", "The Philippine government signed a peace deal with Moro rebels on Monday. Philippine troops declared a ceasefire on Tuesday.", "0871", "PHLMIL>PHLREB", ""},
		{"no pairing told", "2015-10-15", "Rebels in Myanmar declared a unilateral truce on Friday.", "0871", "MMRREB>", ""},
	})
}
