package pipeline

import "testing"

// TestHomeCounterpartWords: a state's threat, demand, refusal, promise or
// withdrawal that names no one, in a story that has paired
// its country with no other, is aimed at the story's own country when the
// story told an event of it (policy.tsv's home, as a cut in relations
// is). Never at the source's own country; a story that paired it with
// another keeps that counterpart; a dateline whose country the story told
// nothing of gives no target.
func TestHomeCounterpartWords(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a threat after nuclear tests", "1998-05-14", "Tests\n\nNEW DELHI, India —\n\nIndia exploded three nuclear devices in the desert on Monday. Pakistan warned that it would respond at a time of its choosing.", "13", "PAKGOV>INDGOV", ""},
		{"a demand after evictions", "2000-05-10", "Farms\n\nHARARE, Zimbabwe —\n\nZimbabwean police evicted hundreds of white farmers on Monday. Britain demanded compensation for the farmers.", "100", "GBRGOV>ZWEGOV", ""},
		{"a refusal after shelling", "2021-01-12", "Border\n\nADDIS ABABA, Ethiopia —\n\nEthiopian troops shelled rebel positions in Tigray on Monday. Sudan refused to reopen the border.", "12", "SDNGOV>ETHGOV", ""},
		{"a vow after air strikes", "2006-07-17", "Strikes\n\nJERUSALEM —\n\nIsraeli jets struck targets in southern Lebanon on Monday. Iran vowed to retaliate.", "13", "IRNGOV>ISRGOV", ""},
		{"a pledge after clashes", "2022-10-10", "Help\n\nPORT-AU-PRINCE, Haiti —\n\nHaitian police clashed with gang members in the capital on Monday. Canada pledged to help.", "030", "CANGOV>HTIGOV", ""},
		{"a pullback after clashes", "2007-05-21", "Border\n\nBEIRUT, Lebanon —\n\nLebanese troops clashed with militants in Tripoli on Sunday. Syria pulled back its troops from the border.", "087", "SYRGOV>LBNGOV", ""},
		// a dateline only; a story that paired the source's country already
		{"a dateline the story told nothing of", "1998-05-14", "Talks\n\nGENEVA, Switzerland —\n\nPakistan warned that it would respond at a time of its choosing.", "13", "PAKGOV>", ""},
		{"a counterpart paired before", "1998-05-14", "Tests\n\nNEW DELHI, India —\n\nIndia exploded three nuclear devices in the desert on Monday. China condemned Pakistan's support for militants. Pakistan warned that it would respond at a time of its choosing.", "13", "PAKGOV>CHNGOV", ""},
	})
}
