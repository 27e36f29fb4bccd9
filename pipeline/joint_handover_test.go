package pipeline

import "testing"

// TestJointAndHandover: security cooperation told by its construction. A
// man wanted (named, or by the role that makes him wanted: a commander, a
// mastermind, a fugitive), or the custody of people, handed (over) to
// another state, its authorities or agents is judicial cooperation (063),
// not a release (0841); captives and anyone handed to a go-between stay
// freed. One side's forces or police joining another's in an operation or
// an investigation, or working and fighting alongside them, cooperate each
// with the other (062, 063); a joint patrol flown or an investigation begun
// jointly too, and a joint offensive launched beside the force it codes. Links by air, post or rail opened between two states are
// economic cooperation each way (061). Negated and hypothetical forms code
// no such act as done.
func TestJointAndHandover(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a name handed over to authorities", "2005-03-02", "Kenya handed over Ahmed Warsame to Ethiopian authorities on Friday.", "063", "KEN>ETHGOV", ""},
		{"a name told by its role, handed to police", "2011-05-02", "Malaysia handed Nurjaman Riduan, the alleged mastermind of the hotel bombings, to Thai police.", "063", "MYS>THACOP", ""},
		{"a commander handed over to a state", "2014-06-10", "Thailand handed over the militia commander to Myanmar on Tuesday.", "063", "THA>MMR", ""},
		{"custody transferred to a government", "2009-01-10", "British troops transferred custody of the detainees to the Afghan government on Sunday.", "063", "GBRMIL>AFGGOV", ""},
		{"custody handed over, legal", "2004-07-01", "American forces handed over legal custody of the former dictator to the interim government in Baghdad.", "063", "USAMIL>IRQGOV", ""},
		{"captives to the Red Cross stay freed", "2006-01-10", "The rebels handed over two Turkish engineers to the Red Cross on Sunday.", "063", "", ""},
		{"a commander handed to a go-between is freed", "2006-01-10", "The guerrillas handed over a captured army commander to the Red Cross.", "063", "", ""},
		{"a hand-over refused", "2006-01-10", "Mali refused to hand over Ahmed Warsame to France.", "063", "", ""},
		{"a hand-over denied", "2006-01-10", "Egypt will not hand over the fugitive leader to Libya.", "063", "", ""},
		{"forces joining another's operation", "2014-03-01", "Chadian troops joined Malian soldiers in a joint operation against Islamist fighters near Kidal.", "062", "TCDMIL>MLIMIL", ""},
		{"forces joined: the other way too", "2014-03-01", "Chadian troops joined Malian soldiers in a joint operation against Islamist fighters near Kidal.", "062", "MLIMIL>TCDMIL", ""},
		{"a joint patrol flown", "2019-07-23", "Russian and Chinese bombers flew their first joint patrol over the Sea of Japan on Tuesday.", "062", "RUSMIL>CHNMIL", ""},
		{"a joint offensive launched: cooperation", "2009-02-10", "Ugandan and Congolese soldiers launched a joint offensive against LRA rebels on Sunday.", "062", "CODMIL>UGAMIL", ""},
		{"a joint offensive launched: force on the foe too", "2009-02-10", "Ugandan and Congolese soldiers launched a joint offensive against LRA rebels on Sunday.", "190", "UGAMIL>UGAREB", ""},
		{"a joint offensive with a partner", "2009-01-20", "Rwandan troops launched a joint offensive with the Congolese army against FDLR rebels.", "062", "CODMIL>RWAMIL", ""},
		{"a commander of a group handed over", "2015-11-12", "Bangladesh handed over Anwar Hossain, a founding leader of the separatist Ogaden National Liberation Front, to Ethiopia on Friday.", "063", "BGD>ETH", ""},
		{"joint operations that will not be launched", "2015-02-01", "Nigerian and Chadian troops will not launch joint operations against Boko Haram.", "062", "", ""},
		{"fighting alongside another's troops", "2014-01-15", "Ugandan soldiers fought alongside South Sudanese troops near Juba on Wednesday.", "062", "UGAMIL>SSDMIL", ""},
		{"a state's forces helped to act", "2017-06-23", "Australia sent surveillance aircraft to help Iraqi troops retake Mosul.", "062", "AUS>IRQMIL", ""},
		{"a joint investigation begun", "2002-10-18", "Australian and Indonesian police began a joint investigation into the bombings on Friday.", "063", "AUSCOP>IDNCOP", ""},
		{"a joint inquiry opened", "2016-05-03", "French and Belgian prosecutors opened a joint inquiry into the attacks.", "063", "FRAJUD>BELJUD", ""},
		{"police joining another's hunt", "2016-03-25", "Dutch detectives joined German police in the hunt for the gunmen.", "063", "NLDCOP>DEUCOP", ""},
		{"trains run across the border", "2007-05-17", "North and South Korea ran freight trains across their border on Tuesday.", "061", "PRK>KOR", ""},
		{"direct flights resumed", "2019-07-01", "Direct flights between India and Pakistan resumed on Monday.", "061", "IND>PAK", ""},
		{"direct flights not resumed", "2019-07-01", "India and Pakistan did not resume direct flights.", "061", "", ""},
		{"postal links opened", "2008-12-15", "China and Taiwan opened direct postal links on Monday.", "061", "CHN>TWN", ""},
	})
}
