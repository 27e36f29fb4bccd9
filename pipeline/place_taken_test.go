package pipeline

import "testing"

// TestPlaceTakenFromCounterpart: a place taken by force (192) that names
// no actor and no place the gazetteer knows ("seized the disputed oil
// field", "overran three enemy bunkers") is taken from the story's other
// party, as the story named it, whoever of the source's country took it
// (policy.tsv's taken). A story that paired the source's country with no
// other gives no target.
func TestPlaceTakenFromCounterpart(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "an oil field seized after air raids", date: "2020-01-07",
			text:     "JUBA, South Sudan (AP) — Sudanese jets bombed South Sudanese positions on Monday.\n\nSouth Sudanese soldiers seized the disputed oil field on Tuesday.\n",
			sentence: "seized the disputed", want: []string{"19 SSDMIL>SDNMIL"}},
		{name: "villages captured, present perfect", date: "2020-01-07",
			text:     "BAKU, Azerbaijan (AP) — Armenian forces shelled Azerbaijani positions on Sunday.\n\nAzerbaijani troops have captured several hilltop villages.\n",
			sentence: "have captured", want: []string{"19 AZEMIL>ARMMIL"}},
		{name: "bunkers overrun overnight", date: "2020-01-07",
			text:     "NEW DELHI (AP) — Pakistani troops fired on Indian posts in Kashmir on Monday.\n\nIndian soldiers overran three enemy bunkers overnight.\n",
			sentence: "overran three", want: []string{"19 INDMIL>PAKMIL"}},
		{name: "a border town captured", date: "2020-01-07",
			text:     "ADDIS ABABA, Ethiopia (AP) — Eritrean troops shelled Ethiopian positions on Friday.\n\nEthiopian forces captured the border town on Saturday.\n",
			sentence: "captured the border town", want: []string{"19 ETHMIL>ERIMIL"}},
		{name: "a hill captured in Asia", date: "2020-01-07",
			text:     "PHNOM PENH, Cambodia (AP) — Thai troops shelled Cambodian positions on Monday.\n\nCambodian soldiers captured a hill on Tuesday.\n",
			sentence: "captured a hill", want: []string{"19 KHMMIL>THAMIL"}},
		{name: "a domestic story gives no other party", date: "2020-01-07",
			text:     "KYIV, Ukraine (AP) — Police detained dozens of protesters in Kyiv on Monday.\n\nUkrainian troops captured the hilltop village on Tuesday.\n",
			sentence: "captured the hilltop", want: []string{"19 UKRMIL>-"}},
	})
}
