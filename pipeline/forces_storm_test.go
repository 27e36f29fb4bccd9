package pipeline

import "testing"

// TestForcesStormNoRiot: a building stormed by soldiers is force, not a
// riot (145): the riot line asks for a subject that bears no arms, none of
// a list of doers ("Colonel Rabuka and a squad of soldiers"), and a squad,
// platoon or detachment of soldiers is soldiers. Crowds, supporters and
// people who storm parliament still riot.
func TestForcesStormNoRiot(t *testing.T) {
	testLexRows(t, []lexRow{
		{"colonel and squad", d, "Colonel Sitiveni Rabuka and a squad of masked soldiers stormed Fiji's parliament on Thursday.", "145", "", ""},
		{"squad of soldiers", d, "A squad of masked soldiers stormed the parliament in Bamako on Tuesday.", "145", "", ""},
		{"squad assault", d, "A squad of masked soldiers stormed the parliament in Bamako on Tuesday.", "19", "MLIMIL>MLILEG", ""},
		{"platoon", d, "A platoon of soldiers stormed the state broadcaster's headquarters in Niamey.", "145", "", ""},
		{"major and detachment", d, "A major and a detachment of paratroopers stormed the presidential palace in Conakry.", "145", "", ""},
		{"crowd still riots", d, "Hundreds of protesters stormed the parliament building in Belgrade on Tuesday.", "145", "SRBOPP>SRBLEG", ""},
		{"people still riot", d, "Hundreds of people stormed the parliament building in Tbilisi.", "145", "GEOCVL>GEOLEG", ""},
	})
}
