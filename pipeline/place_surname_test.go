package pipeline

import "testing"

// A name that a given name opens and a place's name ends is a person's
// ("Rolando Mendoza", "Carlos Cordoba"), when the sentence says it is one
// (an apposition, a title); the surname alone after it is that person, not
// the place. Police ranks ("senior inspector", "chief superintendent") are
// titles.
func TestPlaceSurnamePerson(t *testing.T) {
	testLexRows(t, []lexRow{
		{"apposition, then the surname", "2010-08-23", "MANILA, Philippines (AP) - The gunman, Rolando Mendoza, seized a tourist bus in Manila on Monday. A police sniper later shot Mendoza dead.", "19", "PHLCOP>PHLUAF", ""},
		{"a police rank", "2010-08-23", "MANILA, Philippines (AP) - The gunman, former senior inspector Rolando Mendoza, seized a tourist bus in Manila on Monday. A police sniper later shot Mendoza dead.", "19", "PHLCOP>PHLCOP", ""},
		{"a title before the name", "2019-10-20", "LA PAZ, Bolivia (AP) - Police arrested opposition leader Carlos Cordoba in La Paz on Sunday.", "173", "BOLCOP>BOLOPP", ""},
		{"the place alone, as before", "2019-10-20", "Protesters marched in Mendoza on Sunday.", "141", "ARGOPP>ARGGOV", ""},
	})
}
