package pipeline

import "testing"

// An order to one's own forces of force against whoever gives cause
// ("ordered its air force to fire on any aircraft that entered") is held
// out, the orderer's threat, not force done; against someone named it
// stays the act, decided and the orderer's. The infinitives joined to an
// order's first are ordered too.
func TestOrderAgainstAny(t *testing.T) {
	testLexRows(t, []lexRow{
		{"fire on any aircraft", "1992-08-28", "Iraq ordered its air force to fire on any Western aircraft that entered Iraqi skies.", "13", "IRQ>MIL", ""},
		{"shoot down any plane", "2012-06-28", "Turkey ordered its army to shoot down any Syrian plane that crossed the border.", "13", "TUR>SYR", ""},
		{"second infinitive", "1992-08-28", "Saddam Hussein ordered his air force to ignore both zones and to fire on any Western aircraft that entered Iraqi skies.", "13", "IRQGOV>MIL", ""},
		{"any plane: no assault", "2012-06-28", "Turkey ordered its army to shoot down any Syrian plane that crossed the border.", "19", "", ""},
		{"named target: the act", "2024-01-09", "Noboa ordered the Ecuadorean armed forces to neutralise the gangs.", "190", "ECUGOV>ECUCRM", ""},
		{"withdraw: no threat", "1991-02-26", "Iraq ordered its troops to withdraw from Kuwait.", "13", "", ""},
		{"inquiry: no threat", "2020-01-01", "The Iraqi president ordered an inquiry into the killings.", "13", "", ""},
	})
}
