package pipeline

import "testing"

// TestDomesticMeasureAbroad: a measure that a state's government, courts
// or police take at home (policy.tsv's domestic) falls on that state's own
// people, also in a story datelined elsewhere, where the unnamed target
// would otherwise take the story's country; another state's government or
// forces, and what a foreign army does, keep the story's country.
func TestDomesticMeasureAbroad(t *testing.T) {
	const bogota = "BOGOTA, Colombia (AP) — Colombia said on Monday it would send aid to Venezuela.\n\n"
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a junta dissolves a party", date: "2021-03-01", text: bogota + "Myanmar's junta government dissolved the ousted ruling party.\n",
			sentence: "dissolved", want: []string{"1722 MMRGOV>MMRPTY"}, not: []string{"1722 MMRGOV>COLPTY"}},
		{name: "a court bans a movement", date: "2021-03-01", text: bogota + "A Russian court banned the opposition movement.\n",
			sentence: "banned", want: []string{"1722 RUSJUD>RUSOPP"}},
		{name: "a curfew on protesters", date: "2021-03-01", text: bogota + "The Kenyan government imposed a curfew on protesters.\n",
			sentence: "curfew", want: []string{"1723 KENGOV>KENOPP"}},
		{name: "foreign troops keep the story's country", date: "2021-03-01", text: bogota + "US troops detained suspected rebels.\n",
			sentence: "detained", want: []string{"173 USAMIL>COLREB"}},
		{name: "another state's forces keep the story's country", date: "2021-03-01",
			text:     "SUVA, Fiji (AP) — Fiji's army seized power on Tuesday.\n\nNew Zealand banned the military from its training programmes.\n",
			sentence: "training", not: []string{"1722 NZLGOV>NZLMIL"}},
		{name: "the story's own country is no change", date: "2021-03-01",
			text:     "BOGOTA, Colombia (AP) — The Colombian government banned the opposition movement on Monday.\n",
			sentence: "banned", want: []string{"1722 COLGOV>COLOPP"}},
	})
}
