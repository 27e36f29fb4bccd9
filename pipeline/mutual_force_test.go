package pipeline

import "testing"

// TestMutualForceSides: two countries named bare as the coordinated
// subjects of a fight they wage on each other ("India and China
// clashed", "traded fire", "exchanged artillery fire"), or as its subject
// and whom its "with" names ("India clashed with China"), are each the doer
// of force, so each is its military (MIL) as target as well as source,
// the same party both ways; an act of words or of cooperation they do to
// each other keeps both governments (GOV), and force one state uses on
// another it names as its object keeps the target's government. A fight
// denied or only supposed is no event. (The default coder: the test
// coder keeps a bare country bare.)
func TestMutualForceSides(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"clashed, first way", "2020-06-16", "India and China clashed on their disputed border on Monday.", "190", "INDMIL>CHNMIL", ""},
		{"clashed, other way", "2020-06-16", "India and China clashed on their disputed border on Monday.", "190", "CHNMIL>INDMIL", ""},
		{"traded fire", "2011-02-07", "Thailand and Cambodia traded fire near the Preah Vihear temple on Friday.", "190", "THAMIL>KHMMIL", ""},
		{"exchanged artillery fire", "1999-02-10", "Eritrea and Ethiopia exchanged artillery fire along their frontier on Tuesday.", "194", "ETHMIL>ERIMIL", ""},
		{"fought, a week before", "1995-02-01", "Peru and Ecuador fought along their disputed border last week.", "190", "PERMIL>ECUMIL", ""},
		{"clashed, the day first", "2016-04-05", "On Saturday, Armenia and Azerbaijan clashed again in Nagorno-Karabakh.", "190", "AZEMIL>ARMMIL", ""},
		{"exchanged fire, present perfect", "2012-11-12", "Israel and Syria have exchanged fire across the Golan Heights.", "190", "SYRMIL>ISRMIL", ""},
		{"battled over a field", "2012-04-20", "Sudan and South Sudan battled over the Heglig oil field on Wednesday.", "190", "SDNMIL>SSDMIL", ""},
		{"clashed with", "2020-09-08", "India clashed with China in Ladakh on Monday night.", "190", "INDMIL>CHNMIL", ""},
		{"traded fire with, the day first", "2008-10-16", "On Wednesday, Thailand traded fire with Cambodia near the disputed temple.", "190", "THAMIL>KHMMIL", ""},
		{"troops clashed with rebels keep theirs", "2015-07-02", "Egyptian soldiers clashed with militants in northern Sinai on Wednesday.", "190", "EGYMIL>EGYREB", ""},
		{"a deal signed with: governments", "2015-04-21", "Pakistan signed a deal with China in Islamabad on Monday.", "057", "PAKGOV>CHNGOV", ""},
		{"agreed: governments", "1988-08-09", "Iran and Iraq agreed to a ceasefire on Monday.", "0356", "IRQGOV>IRNGOV", ""},
		{"signed a treaty: governments", "1979-03-27", "Israel and Egypt signed a peace treaty in Washington on Monday.", "057", "EGYGOV>ISRGOV", ""},
		{"exchanged prisoners: governments", "2019-09-08", "Russia and Ukraine exchanged prisoners on Saturday.", "0841", "UKRGOV>RUSGOV", ""},
		{"held talks: governments", "2004-02-18", "India and Pakistan held talks in Islamabad on Tuesday.", "040", "PAKGOV>INDGOV", ""},
		{"force on a state named as object", "2018-05-11", "Israel struck Syria on Thursday.", "190", "ISRMIL>SYRGOV", ""},
		{"a clash denied", "2020-06-16", "India and China did not clash on the border on Monday.", "19", "", ""},
		{"a clash supposed", "1999-02-10", "If Eritrea and Ethiopia clash again, the whole region will suffer.", "19", "", ""},
	})
}
