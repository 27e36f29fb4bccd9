package pipeline

import "testing"

// TestTheirCountries: "their countries" (nations, states) after actors of
// two or more countries the sentence joined with commas and "and" stands for
// each of those states, so what "their countries" do has a party.
func TestTheirCountries(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "three juntas' countries leave a bloc", date: "2024-01-28",
			text:     "NIAMEY, Niger (AP) — The military rulers of Mali, Burkina Faso and Niger announced on Sunday that their countries were leaving the Economic Community of West African States.\n",
			sentence: "leaving", want: []string{"16 MLI>IGOWAF", "16 BFA>IGOWAF", "16 NER>IGOWAF"}},
		{name: "two states will withdraw from a community", date: "2019-03-04",
			text:     "NAIROBI, Kenya (AP) — Kenya and Uganda said on Monday that their countries would withdraw from the East African Community.\n",
			sentence: "withdraw", want: []string{"* KEN>IGO", "* UGA>IGO"}},
		{name: "presidents announce their nations will restore ties", date: "2010-11-26",
			text:     "QUITO, Ecuador (AP) — The presidents of Colombia and Ecuador announced on Friday that their nations would restore full diplomatic relations.\n",
			sentence: "restore", want: []string{"* COL>ECU", "* ECU>COL"}},
		{name: "three European states warn of sanctions on Iran", date: "2025-08-28",
			text:     "BRUSSELS (AP) — Britain, France and Germany warned on Thursday that their countries would reimpose sanctions on Iran.\n",
			sentence: "reimpose", want: []string{"* GBR>IRN", "* FRA>IRN", "* DEU>IRN"}},
		{name: "two neighbours' countries resume talks", date: "2004-01-06",
			text:     "ISLAMABAD, Pakistan (AP) — India and Pakistan said on Tuesday that their countries would resume talks on Kashmir next month.\n",
			sentence: "resume", want: []string{"* IND>PAK", "* PAK>IND"}},
		{name: "ministers say their countries signed a pact", date: "2008-05-02",
			text:     "LIMA, Peru (AP) — The foreign ministers of Peru and Chile said their countries had signed a border accord in Lima on Friday.\n",
			sentence: "signed", want: []string{"* PER>CHL", "* CHL>PER"}},
	})
}
