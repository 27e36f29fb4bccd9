package pipeline

import "testing"

// TestImpliedAgentInTheCountry: a passive act with no agent is done by the
// state where its clause places it, and a country named with "the" ("in the
// United Arab Emirates", "in the Philippines") places it as one named
// without does ("in Syria"), even after "in prison".
func TestImpliedAgentInTheCountry(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"in prison in the United Arab Emirates, from London", "2018-11-21", "Briton jailed\n\nLONDON, Britain —\n\nA British student was sentenced to life in prison in the United Arab Emirates on Wednesday.", "116", "AREJUD>GBRCVL", ""},
		{"in prison in the Philippines, from Manila", "2019-03-05", "Student jailed\n\nMANILA, Philippines —\n\nA Canadian student was sentenced to 10 years in prison in the Philippines on Tuesday.", "116", "PHLJUD>CANCVL", ""},
		{"in the Democratic Republic of Congo", "2009-09-08", "Two Norwegian citizens were sentenced to death in the Democratic Republic of Congo.", "116", "CODJUD>NORCVL", ""},
		{"in prison in the Netherlands", d, "A Moroccan student was sentenced to six years in prison in the Netherlands.", "116", "NLDJUD>MARCVL", ""},
		{"in prison in the United States", d, "A Nigerian student was sentenced to 20 years in prison in the United States.", "116", "USAJUD>NGACVL", ""},
		{"in the Gambia", d, "Three Turkish students were sentenced in the Gambia.", "116", "GMBJUD>TURCVL", ""},
		{"guard: a country with no 'the'", d, "An American student was sentenced to 15 years of hard labor in North Korea.", "116", "PRKJUD>USACVL", ""},
		{"guard: the target's own country", d, "A British student was sentenced to life in prison in Britain.", "116", "GBRJUD>GBRCVL", ""},
		{"guard: a place of a relative clause", d, "A Russian student who had studied in the United States was sentenced in Moscow.", "116", "RUSJUD>RUSCVL", ""},
		{"guard: arrested in the country named", d, "A British student was arrested in the United Arab Emirates.", "173", "ARECOP>GBRCVL", ""},
		{"guard: The of a name ('in The Hague')", d, "Former Yugoslav President Slobodan Milosevic was handed over to the U.N. war crimes tribunal in The Hague on Thursday, a move ordered by the Serbian government.", "0841", "", ""}, // read whole, "the U.N. war crimes tribunal in The Hague" is the UN's: no agent of the Netherlands, and "handed over to" a tribunal no yielding of the state
	})
}

// TestImpliedAgentStoryFiledFrom: a passive act on people of another
// country, with no agent and no place named, in a story filed from the
// country it is about, is done by that country ("A Canadian businessman was
// detained" from Beijing: CHNCOP), not by the captives' own state; a state
// that tells of it, a place named, or a dateline of the captives' own
// country still decide.
func TestImpliedAgentStoryFiledFrom(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a Canadian detained, from Beijing", "2018-12-13", "Canadian held\n\nBEIJING, China —\n\nA Canadian businessman was detained on Monday, his family said.", "173", "CHNCOP>CANBUS", ""},
		{"a Canadian sentenced, from Manila", "2019-03-05", "Student jailed\n\nMANILA, Philippines —\n\nA Canadian student was sentenced to 10 years in prison on Tuesday.", "116", "PHLJUD>CANCVL", ""},
		{"Italian marines arrested, from New Delhi", "2012-02-19", "Marines held\n\nNEW DELHI, India —\n\nTwo Italian marines were arrested on Sunday over the killing of two fishermen off the coast.", "173", "INDCOP>ITAMIL", ""},
		{"a French tourist detained, from Tehran", "2019-06-10", "Tourist held\n\nTEHRAN, Iran —\n\nA French tourist was detained on Monday on charges of spying.", "173", "IRNCOP>FRACVL", ""},
		{"a German journalist arrested, from Ankara", "2017-02-27", "Journalist held\n\nANKARA, Turkey —\n\nA German journalist was arrested on terrorism charges on Monday.", "173", "TURCOP>DEUMED", ""},
		{"a place the gazetteer lacks, from Bangkok", "2014-03-01", "Tourists held\n\nBANGKOK, Thailand —\n\nTwo Australian tourists were arrested on the island of Koh Tao on Sunday.", "173", "THACOP>AUSCVL", ""},
		{"guard: the captive's own country's dateline", "2019-06-10", "Briton held\n\nLONDON, Britain —\n\nA British student was detained on Tuesday, the Foreign Office said.", "173", "GBRCOP>GBRCVL", ""},
		{"guard: a state that tells of it", "2019-02-27", "Pilot captured\n\nNEW DELHI, India —\n\nPakistan's military said an Indian pilot had been captured.", "173", "PAKMIL>INDGOV", ""},
		{"guard: a place named", "2018-12-13", "Canadian held\n\nBEIJING, China —\n\nA Canadian businessman was detained in North Korea on Monday, his family said.", "173", "PRKCOP>CANBUS", ""},
		{"guard: kidnapped is by unidentified attackers", "2010-01-05", "Journalists seized\n\nKABUL, Afghanistan —\n\nTwo French journalists were kidnapped east of the capital on Tuesday.", "181", "AFGUAF>FRAMED", ""},
	})
}
