package pipeline

import "testing"

// TestDivisionShortNames pins a first-level division named by its short
// form after its country's possessive ("Nigeria's Borno state", "Iran's
// Gilan province") as a place of that country, never a close spelling of
// a person's surname (Borne, Gilani, Rõivas): the gazetteer files the short
// form as an alternate name, and the fuzzy guard now counts it as a major
// place. A person named exactly still resolves.
func TestDivisionShortNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gunmen in Nigeria's Borno state", "2019-03-04", "Gunmen attacked a village in Nigeria's Borno state on Monday.", "180", "UAF>NGACVL", ""},
		{"pupils kidnapped in northeastern Borno", "2014-04-15", "Armed men kidnapped 40 pupils from a school in northeastern Nigeria's Borno state.", "181", "UAF>NGACVL", ""},
		{"police in Iran's Gilan province", "2019-03-04", "Police arrested 30 protesters in Iran's Gilan province on Sunday.", "173", "IRNCOP>IRNOPP", ""},
		{"troops in Gilan province", "2009-07-01", "Troops killed 12 rebels in Iran's Gilan province on Monday.", "190", "IRNMIL>IRNREB", ""},
		{"police in Nicaragua's Rivas department", "2015-06-02", "Police arrested 20 students in Nicaragua's Rivas department on Tuesday.", "173", "NICCOP>NICCVL", ""},
		{"a person named exactly still resolves", "2023-03-01", "French Prime Minister Elisabeth Borne met Nigeria's president in Abuja.", "04", "FRAGOV>NGAGOV", ""},
	})
}
