package pipeline

import "testing"

// A date of a month or a year ("in May 1961", "in 1971") starts before a
// role begun inside it: the one who took power then by a coup is coded by
// the office the act gave him, and the act falls on the government before
// him, not on no one. A role that begins after the period, or one already
// held, changes nothing.
func TestRoleBegunInPeriod(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a month", "1979-10-27", "Park Chung-hee seized power in a military coup in May 1961.", "172", "KORGOV>KORGOV", ""},
		{"a month, a junta's head", "2017-01-20", "Yahya Jammeh seized power in a coup in July 1994.", "172", "GMBMIL>GMBGOV", ""},
		{"a year, came to power", "1987-10-16", "Thomas Sankara seized power in a coup in 1983 with the backing of young officers.", "172", "BFAGOV>BFAGOV", ""},
		{"a month, ousted", "1979-04-12", "Idi Amin seized power in January 1971 while President Milton Obote was abroad.", "172", "UGAGOV>UGAGOV", ""},
		{"a year, bloodless", "2011-02-20", "Muammar Gaddafi seized power in a bloodless coup in 1969.", "172", "LBYGOV>LBYGOV", ""},
		{"a role already held: no self target", "1992-04-20", "Alberto Fujimori suspended the constitution in April 1992.", "172", "PERGOV>", ""},
	})
}
