package pipeline

import "testing"

// TestCondemnedWhatWasCalled: "condemned what she called organised
// rioting" condemns the act so named, aimed at who did it before.
func TestCondemnedWhatWasCalled(t *testing.T) {
	testLexRows(t, []lexRow{
		{"what she called rioting", d, "Protesters stormed the legislature on Monday. Chief Executive Carrie Lam condemned what she called organised rioting.", "111", "HKGGOV>HKGOPP", ""},
		{"what it termed aggression", d, "Iran denounced what it termed Israeli aggression.", "111", "IRN>ISR", ""},
		{"what he saw names no one", d, "The minister condemned what he saw.", "111", "GOV>", ""},
	})
}
