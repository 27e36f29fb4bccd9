package pipeline

import "testing"

// Those a state blames for unrest at home ("blamed hooligans for the
// violence", "accused agitators of stirring up the crowds") are people of
// the country where the unrest is, the crowd it blames: the act is aimed
// at them, not at no one. Named as another country's, they stay its.
func TestBlamedCrowdIsAtHome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"agitators blamed", "2012-03-01", "Kenya's interior minister blamed agitators for the riots in Nairobi.", "112", "KENGOV>KENCVL", ""},
		{"hooligans blamed", "2014-02-10", "The Bosnian government blamed hooligans for the burning of the presidency building in Sarajevo.", "112", "BIHGOV>BIHCVL", ""},
		{"instigators accused", "2019-11-12", "Bolivia's interim president accused instigators of trying to set fire to La Paz.", "112", "BOLGOV>BOLCVL", ""},
		{"troublemakers arrested", "2016-06-12", "French police arrested 30 troublemakers in Marseille on Sunday.", "173", "FRACOP>FRACVL", ""},
		{"provocateurs accused", "2018-07-20", "Nicaraguan police accused provocateurs of attacking the town hall in Masaya.", "112", "NICCOP>NICCVL", ""},
		{"foreign ones stay foreign", "2014-03-05", "Moscow blamed Ukrainian provocateurs for the unrest in Crimea.", "112", "RUSGOV>UKRCVL", ""},
		{"vandals in a setting", "2011-08-09", "Vandals smashed shop windows in London overnight.", "112", "", ""},
	})
}
