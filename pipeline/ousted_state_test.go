package pipeline

import "testing"

// TestOustedState pins the state of a coup: unnamed soldiers who
// overthrow, oust or detain a state's leader are of his state, and so are
// the nouns of the coup's makers told after ("the junta", "the coup
// leaders", "the military government", "the putschists"), in a story that
// names a foreign state more often (its troops, its ambassador, its capital
// in an apposition, its reaction). A force named as another state's keeps
// its own, and police who arrest a former leader abroad are of where they
// are.
func TestOustedState(t *testing.T) {
	mali := "BAMAKO, Mali — France said on Thursday it would pull its last troops out of the country, a year after soldiers overthrew President Ibrahim Boubacar Keita, a longtime ally of Paris. The junta welcomed the decision in a statement on state radio."
	gabonFR := "LIBREVILLE, Gabon — France said on Thursday its 400 troops would stay in their base, a day after army officers toppled President Ali Bongo Ondimba. French officials said their soldiers had not left the base. Members of the republican guard detained Bongo at his residence, and the coup leaders named a general as interim president."
	guinea := "CONAKRY, Guinea — Russia said on Monday its instructors would stay, a day after soldiers detained President Alpha Conde. The Russian foreign ministry said its staff were safe. Moscow urged calm. The military government dissolved parliament on Monday."
	burkina := "OUAGADOUGOU, Burkina Faso — France recalled its ambassador on Tuesday and said its special forces would leave within a month. The putschists had ordered the French troops out after soldiers deposed President Roch Kabore in January."
	gabonUS := "LIBREVILLE, Gabon — The United States said on Thursday it would suspend some military aid, a day after army officers toppled President Ali Bongo Ondimba, whose family had ruled with the backing of Washington for half a century. The coup leaders closed the country's borders."
	sudan := "WASHINGTON — The United States paused 700 million dollars in aid to Sudan on Monday after soldiers detained Prime Minister Abdalla Hamdok. Secretary of State Antony Blinken urged the junta to release him."
	testLexRows(t, []lexRow{
		{"soldiers overthrew, ally of Paris", "2021-06-11", mali, "172", "MLIMIL>MLIGOV", ""},
		{"the junta welcomed", "2021-06-11", mali, "051", "MLIGOV>", ""},
		{"guard detained the ousted leader", "2023-08-31", gabonFR, "173", "GABMIL>GABGOV", ""},
		{"soldiers detained, Russia's reaction", "2021-09-07", guinea, "173", "GINMIL>GINGOV", ""},
		{"the military government dissolved parliament", "2021-09-07", guinea, "172", "GINGOV>GINLEG", ""},
		{"the putschists ordered the troops out", "2022-10-04", burkina, "174", "BFAMIL>FRAMIL", ""},
		{"soldiers deposed", "2022-10-04", burkina, "172", "BFAMIL>BFAGOV", ""},
		{"officers toppled, backing of Washington", "2023-08-31", gabonUS, "172", "GABMIL>GABGOV", ""},
		{"from Washington: soldiers detained the premier", "2021-10-26", sudan, "173", "SDNMIL>SDNGOV", ""},
		// rows that must not change
		{"real: from Brussels", "2023-07-29", "BRUSSELS — The European Union suspended budget support to Niger on Saturday, three days after soldiers detained President Mohamed Bazoum.", "173", "NERMIL>NERGOV", ""},
		{"real: foreign troops ousted", "1990-01-04", "WASHINGTON — American troops ousted General Manuel Noriega in December, and the soldiers later detained the general at the Vatican embassy.", "173", "USAMIL>PANMIL", ""},
		{"real: police arrest a former leader abroad", "2005-11-08", "SANTIAGO, Chile — Police arrested former President Alberto Fujimori on Monday at a hotel in Santiago.", "173", "CHLCOP>PERELI", ""},
		{"real: war from Kyiv", "2022-09-12", "KYIV, Ukraine — Russian troops shelled Kharkiv on Monday, and Ukrainian soldiers captured a Russian general near Izium.", "173", "UKRMIL>RUSMIL", ""},
	})
}
