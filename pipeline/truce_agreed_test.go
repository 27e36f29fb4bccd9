package pipeline

import "testing"

// TestTruceAgreed pins what is done with a truce: agreeing to one (or
// accepting one) is a commitment to stop fighting, an intent (0356,
// PLOVER AGREE); signing one is an agreement signed (057, SUPPORT);
// declaring, observing or implementing one is the truce itself (0871,
// RETREAT). Before, all of them were 0871.
func TestTruceAgreed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"two states agree to a ceasefire", "1988-08-08", "Iran and Iraq have agreed to a ceasefire in their eight-year war.", "0356", "IRN>IRQ", ""},
		{"a government and rebels agree to a truce", "2002-02-22", "Sri Lanka's government and Tamil Tiger rebels agreed on Friday to an open-ended ceasefire.", "0356", "LKAGOV>LKAREB", ""},
		{"leaders agree on a ceasefire", "2014-09-03", "Russian President Vladimir Putin and Ukrainian President Petro Poroshenko agreed on a ceasefire in eastern Ukraine.", "0356", "RUSGOV>UKRGOV", ""},
		{"two states sign a ceasefire", "2020-11-10", "Armenia and Azerbaijan signed a ceasefire on Tuesday.", "057", "ARM>AZE", ""},
		// guards: a truce declared or observed is the truce itself
		{"guard: a truce declared", "2020-11-10", "The rebels declared a unilateral ceasefire on Tuesday.", "0871", "REB>", ""},
	})
}
