package pipeline

import "testing"

// Force used on a crowd with the weapons of crowd control, named as what
// the police "used" (175): pepper spray, plastic bullets, baton rounds,
// truncheons and flash grenades as well as tear gas and water cannon.
func TestCrowdWeaponsUsed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pepper spray on a crowd", "2000-04-23", "Riot police used pepper spray on protesters outside the parliament in Seoul.", "175", "KORCOP>KOROPP", ""},
		{"plastic bullets", "1981-05-10", "Police used plastic bullets on rioters in Belfast on Sunday.", "175", "GBRCOP>GBRCVL", ""},
		{"batons and flash grenades", "2019-08-12", "Hong Kong police used batons and flash grenades against protesters at the airport.", "175", "HKGCOP>HKGOPP", ""},
		{"tear gas, as before", "2020-01-01", "Police used tear gas on protesters in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"not: pepper spray bought", "2020-01-01", "Police in Nairobi bought pepper spray from a French firm.", "175", "", ""},
	})
}
