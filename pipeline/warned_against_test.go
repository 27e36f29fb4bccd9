package pipeline

import "testing"

// TestWarnedAgainstAct: a party warned against an act of its own ("warned
// Moscow against any intervention"), or warned not to do it, is told of
// what will follow: a threat (130) by the one who warns, not a criticism.
// A warning against meddling already done stays an accusation, and one
// against travel a travel advisory.
func TestWarnedAgainstAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"against an intervention", d, "The American secretary of state warned Moscow against any intervention in Poland.", "130", "USAGOV>RUSGOV", ""},
		{"against a repeat of a raid", d, "Pakistan warned the United States on Tuesday against any repeat of the raid in Abbottabad.", "130", "PAK>USA", ""},
		{"against an offensive, present perfect", d, "Egypt has warned Israel against a ground offensive in Rafah.", "130", "EGY>ISR", ""},
		{"against a gerund", d, "Beijing warned Taipei against declaring independence.", "130", "CHNGOV>TWNGOV", ""},
		{"against a move, will", d, "Turkey's foreign minister warned Greece against any move to arm the islands.", "130", "TURGOV>GRC", ""},
		{"not to cross", d, "Uzbekistan warned the Taliban not to cross into its territory.", "130", "UZB>AFGREB", ""},
		{"not to send troops", d, "Russia warned Sweden not to send troops to Ukraine.", "130", "RUS>SWE", ""},
		{"a warning denied is none", d, "Kenya did not warn Somalia against any incursion.", "13", "", ""},
		{"against meddling: an accusation", d, "Moscow warned Washington against meddling in its affairs.", "111", "RUSGOV>USAGOV", ""},
		{"against travel: an advisory", d, "Britain warned its citizens against travel to Haiti.", "160", "GBR>HTI", ""},
	})
}
