package pipeline

import "testing"

// TestParticipleAfterDenial: a participle set off by a comma after a verb
// of denial or rejection is an act of its own, done as the rejection was;
// one right after the verb is what is denied.
func TestParticipleAfterDenial(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"rejected criticism, accusing", "2001-03-12", "Zimbabwean President Robert Mugabe rejected criticism from Britain on Monday, accusing Prime Minister Tony Blair of meddling in Zimbabwe's affairs.", "11", "ZWEGOV>GBRGOV", ""},
		{"denied the report, accusing", "2022-04-05", "Russia's defence ministry denied the reports on Sunday, accusing Ukraine of staging the killings to discredit Moscow.", "11", "RUSGOV>UKRGOV", ""},
		{"rejected the resolution, threatening", "2006-07-16", "Iran rejected the Security Council resolution on Sunday, threatening to halt cooperation with the nuclear watchdog.", "13", "IRNGOV>IGOUNO", ""},
		{"dismissed the charges, calling on", "2015-03-02", "The Venezuelan government dismissed the charges on Tuesday, calling on the United States to stop interfering in its affairs.", "02", "VENGOV>USAGOV", ""},
		{"denied the claim, blaming", "2018-04-09", "Syria denied the claim on Monday, blaming rebels for the gas attack in Douma.", "11", "SYRGOV>SYRREB", ""},
		{"guard: denied attacking", d, "Russia denied attacking the hospital in Mariupol.", "19", "", ""},
		{"guard: denied ever shelling", d, "The army denied ever shelling the village.", "19", "", ""},
		{"guard: rejected accusing", d, "The minister rejected accusing Britain of meddling.", "11", "", ""},
	})
}
