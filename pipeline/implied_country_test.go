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
		{"guard: The of a name ('in The Hague')", d, "Former Yugoslav President Slobodan Milosevic was handed over to the U.N. war crimes tribunal in The Hague on Thursday, a move ordered by the Serbian government.", "0841", "SRBGOV>SRBGOV", ""},
	})
}
