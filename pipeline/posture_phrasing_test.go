package pipeline

import "testing"

// TestBallisticMissileAtNoOne: a ballistic missile fired or launched at no
// one, into nothing and towards no one is a test, a show of force (150),
// not an attack (194): "North Korea launched a ballistic missile on Sunday".
// One fired at a place, into it or towards it stays an attack.
func TestBallisticMissileAtNoOne(t *testing.T) {
	testLexRows(t, []lexRow{
		{"launched a ballistic missile on a weekday", d, "North Korea launched a ballistic missile on Sunday.", "150", "PRK>", ""},
		{"fired two short-range ballistic missiles", d, "Pyongyang fired two short-range ballistic missiles early on Thursday.", "150", "PRKGOV>", ""},
		{"an ICBM launched, the neighbour's military said", d, "North Korea launched an intercontinental ballistic missile on Friday, South Korea's military said.", "150", "PRK>KOR", ""},
		{"a ballistic missile that flew over a country", d, "Pyongyang fired a ballistic missile that flew over the main island of Honshu.", "150", "PRKGOV>", ""},
		{"a hypersonic missile launched", d, "Iran launched a hypersonic missile during the drill.", "150", "IRN>", ""},
		// fired at a place, against bases or into a country: an attack
		{"not: a ballistic missile fired at a capital", d, "The Houthis fired a ballistic missile at Riyadh.", "150", "", ""},
		{"not: ballistic missiles launched against bases", d, "Iran launched ballistic missiles against US bases in Iraq.", "150", "", ""},
		{"not: a hypersonic missile fired into a country", d, "Russia fired a hypersonic missile into western Ukraine.", "150", "", ""},
		{"not: a shot in football", d, "The striker fired a missile into the top corner.", "150", "", ""},
	})
}

// TestArmsSentToShow: arms sent near a place, off it, around it or over it
// are shown there (154), never given (072); and an armed force that sends
// its own arms deploys them: "the army sent tanks to the edges of the
// towns". Arms a state sends to another state are still aid.
func TestArmsSentToShow(t *testing.T) {
	testLexRows(t, []lexRow{
		{"jets sent near an island", d, "China's military sent fighter jets near Taiwan in a show of force.", "154", "CHNMIL>TWNGOV", ""},
		{"warships dispatched off a coast", d, "Russia dispatched warships off the coast of Syria.", "154", "RUS>SYR", ""},
		{"bombers sent over a peninsula", d, "The United States sent B-52 bombers over the Korean peninsula.", "154", "USA>KOR", ""},
		{"an army sends tanks to the edges of towns", d, "The army sent tanks to the edges of West Bank towns on Wednesday night.", "154", "MIL>PSE", ""},
		{"an army sends its tanks to a border town", d, "The Turkish army sent tanks to the border town of Kilis.", "154", "TURMIL>TUR", ""},
		{"not aid: jets near, not to", d, "China's military sent fighter jets near Taiwan in a show of force.", "072", "", ""},
		// a state sending arms to a state gives them
		{"not: tanks sent to a country at war", d, "The United States sent tanks to Ukraine.", "154", "", ""},
		{"not: air defences sent to a capital", d, "Germany sent air defence systems to Kyiv.", "154", "", ""},
	})
}

// TestAlertOrdered: forces ordered on alert, or put on an alert by its
// degree ("heightened", "maximum", "red"), raise their alert (152).
func TestAlertOrdered(t *testing.T) {
	testLexRows(t, []lexRow{
		{"ordered troops on heightened alert", d, "The Pentagon ordered 8,500 troops on heightened alert.", "152", "USAMIL>", ""},
		{"put forces on maximum alert", d, "Russia put its forces on maximum alert.", "152", "RUS>", ""},
		{"placed the army on red alert", d, "Iran placed its army on red alert.", "152", "IRN>", ""},
		{"ordered the army to high alert", d, "The president ordered the army to high alert after the attack.", "152", "GOV>", ""},
		{"not: staff ordered on standby", d, "The hospital ordered its staff on standby.", "152", "", ""},
		{"not: a coast on red alert for weather", d, "The weather service put the coast on red alert for the storm.", "152", "", ""},
	})
}
