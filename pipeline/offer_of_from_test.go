package pipeline

import "testing"

// TestOfferOfFromAuthor pins the author of a proposal told with what it
// offers: in "rejected an offer of talks from the rebels" the "from" phrase
// reads as a modifier of "talks", but it says whose the offer is, and an
// answer to an offer is aimed at its author.
func TestOfferOfFromAuthor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"talks offered by rebels, rejected", "2021-05-02", "Chad's military council rejected an offer of talks from the rebels.", "12", "TCDGOV>TCDREB", ""},
		{"aid offered by a neighbour, welcomed", "2015-04-27", "Nepal welcomed an offer of aid from India after the earthquake.", "03", "NPL>IND", ""},
		{"help offered by a bloc", "2016-03-01", "Ethiopia welcomed an offer of help from the European Union.", "03", "ETH>IGOEUR", ""},
		{"a truce offered by insurgents", "2019-06-10", "The Afghan government rejected an offer of a ceasefire from the Taliban.", "12", "AFGGOV>AFGREB", ""},
		{"talks proposed by a neighbour", "1990-07-25", "Iraq rejected a proposal of talks from Kuwait.", "12", "IRQ>KWT", ""},
		{"a truce offered by guerrillas, welcomed", "2017-09-05", "Colombia's government welcomed an offer of a truce from the ELN.", "03", "COLGOV>COLREB", ""},
	})
}
