package pipeline

import "testing"

// TestDemonymAdjective: a country's adjective that the word table lacks
// ("Qatari", "Emirati", "Azerbaijani", "Ugandan") is read as an adjective of
// the noun after it, as "Iraqi" is, when the actor stage read it as the
// country's adjective before a common noun: "Qatari goods were boycotted"
// is one noun phrase, the passive's subject, not the name "Qatari" and a
// second phrase "goods". The active, where the object already named the
// country, must not change.
func TestDemonymAdjective(t *testing.T) {
	testLexRows(t, []lexRow{
		{"goods boycotted in the passive", "2017-06-06", "Qatari goods were boycotted by Bahrain on Tuesday.", "14", "BHR>QAT", ""},
		{"villages shelled in the passive", "2020-10-05", "Azerbaijani villages were shelled by Armenian forces on Monday.", "19", "ARMMIL>AZECVL", ""},
		{"towns shelled by rebels", "2020-10-05", "Ugandan towns were shelled by rebels on Monday.", "19", "REB>UGA", ""},
		{"villages attacked by a named group", "2020-10-05", "Nigerian villages were attacked by Boko Haram on Monday.", "18", "NGARAD>NGACVL", ""},
		{"ships seized by a navy", "2020-10-05", "Emirati ships were seized by the Iranian navy on Monday.", "17", "IRNMIL>ARE", ""},
		{"not: the active already names the country", "2020-10-05", "Rebels shelled Ugandan towns on Monday.", "19", "REB>UGA", ""},
	})
}
