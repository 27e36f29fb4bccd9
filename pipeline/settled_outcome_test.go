package pipeline

import "testing"

// TestSettledOutcome: a participle of result after a clause that signs a
// deal or declares a truce ("signed a peace accord, ending the war") says
// what that act achieves (policy.tsv's settles, the lexicon's outcome): no
// de-escalation of its own. A participle of another act ("withdrawing its
// troops"), and the toll of an attack, stay events.
func TestSettledOutcome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"signed a treaty, ending the war", d, "Peru and Ecuador signed a peace treaty in Brasilia on Monday, ending their border war.", "087", "", ""},
		{"signed an accord, ending the conflict", d, "Angola's government and UNITA rebels signed a peace accord in Lusaka on Sunday, ending nearly two decades of conflict.", "087", "", ""},
		{"signed an agreement, formally ending the insurgency", d, "Indonesia and the Free Aceh Movement signed an agreement in Helsinki, formally ending the insurgency in Aceh.", "087", "", ""},
		{"declared a truce, halting the fighting", d, "Armenia and Azerbaijan declared a truce on Friday, halting the fighting in Nagorno-Karabakh.", "087", "", ""},
		{"signed a ceasefire, stopping the fighting", d, "The Sudanese government and the SPLA signed a ceasefire in Machakos, stopping the fighting in the south.", "087", "", ""},
		{"signed a deal, ending the occupation", d, "Israel and Egypt signed a treaty at Camp David, ending the Israeli occupation of Sinai.", "087", "", ""},
		// guards: another act, and an attack's toll, stay as they are
		{"guard: signed, withdrawing troops", d, "Ethiopia signed the accord in Algiers on Monday, withdrawing its troops from Badme.", "087", "ETH>DZA", ""},
		{"guard: bombed, killing people", d, "Rebels bombed a market in Kabul, killing 20 people.", "180", "AFGREB>AFGCVL", ""},
		{"guard: the signing stays", d, "Peru and Ecuador signed a peace treaty in Brasilia on Monday, ending their border war.", "057", "PER>ECU", ""},
	})
}
