package pipeline

import "testing"

// TestCalledHostile: a government calling another's act hostile, arbitrary
// or aggressive, or "a hostile decision", "an arbitrary step", disapproves
// of it (111) as "unfriendly" did; a hostile takeover bid is business.
func TestCalledHostile(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called the takeover a hostile decision", d, "Spain called Argentina's takeover of the oil company a hostile decision against Spain.", "111", "ESP>ARG", ""},
		{"called an arms sale a hostile move", d, "China called the American arms sale a hostile move.", "111", "CHN>USA", ""},
		{"described a decision as hostile", d, "The Kremlin described Finland's decision as hostile.", "111", "RUSGOV>FIN", ""},
		{"called sanctions hostile", d, "Iran called the new European Union sanctions hostile and illegal.", "111", "IRN>IGOEUR", ""},
		{"called detentions arbitrary", d, "Amnesty International called the detention of the Egyptian journalists arbitrary.", "111", "NGO>", ""},
		{"called drills an aggressive step", d, "North Korea called the South Korean drills an aggressive step.", "111", "PRK>KOR", ""},
		{"a hostile takeover bid: business", d, "The Italian board called the French offer a hostile bid.", "111", "", ""},
	})
}
