package pipeline

import "testing"

// TestPeopleThey: "they" after a sentence that opens with two or more
// people joined by "and" stands for each of them, in a later clause of
// that sentence ("Ford and Kissinger left Jakarta after a visit during
// which they met Suharto") or in the next sentence when that one names no
// actor before it ("... arrived in Jakarta. They met Suharto"). A plural
// agent named with them still is "they"; people not joined as the
// sentence's opening run are no group.
func TestPeopleThey(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a later clause", "2023-03-21",
			"Vladimir Putin and Xi Jinping met in Moscow on Monday, and they signed a gas deal.", "057", "RUSGOV>CHNGOV", ""},
		{"a relative clause with titles", "1975-12-07",
			"President Gerald Ford and Secretary of State Henry Kissinger left Jakarta after a visit during which they met President Suharto.", "040", "USAGOV>IDNGOV", ""},
		{"the next sentence", "1975-12-07",
			"President Gerald Ford and Secretary of State Henry Kissinger arrived in Jakarta on Saturday. They met President Suharto on Sunday.", "040", "USAGOV>IDNGOV", ""},
		{"the next sentence, a deal", "2023-02-10",
			"William Ruto and Yoweri Museveni met in Kampala on Thursday. They signed a deal on the oil pipeline.", "057", "KENGOV>UGAGOV", ""},
		{"where they met", "2022-06-16",
			"Emmanuel Macron and Olaf Scholz travelled to Kyiv on Thursday, where they met Volodymyr Zelensky.", "040", "FRAGOV>UKRGOV", ""},
		{"guard: a plural agent named with them", "2023-03-21",
			"Vladimir Putin and Xi Jinping met Iranian officials in Moscow, and they signed a gas deal.", "057", "IRNGOV>RUSGOV", ""},
		{"guard: one person, then another as object", "2023-03-21",
			"Vladimir Putin met Xi Jinping in Moscow on Monday, and they signed a gas deal.", "057", "", ""},
	})
}
