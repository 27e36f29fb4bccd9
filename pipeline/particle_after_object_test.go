package pipeline

import "testing"

// TestParticleAfterObject: a verb's particle may follow a short object
// ("drove the protesters back", "handed the hostages over"), but a
// preposition that heads a phrase of its own there is no particle: "signed
// the decree on Monday" is no "sign on" (057, joining an agreement). A time
// that stands alone ("ordered the troops in the next day") leaves the
// particle in place.
func TestParticleAfterObject(t *testing.T) {
	const d = "2020-01-01"
	testLexRows(t, []lexRow{
		{"decree on a weekday", d, "Putin signed the decree on Monday.", "057", "", ""},
		{"law on a weekday", d, "The Bolivian president signed a mining law on Thursday in La Paz.", "057", "", ""},
		{"letter on a weekday", d, "Jordan's prince signed a letter on Monday pledging loyalty to the king.", "057", "", ""},
		{"sign on to a deal", d, "Iran signed on to the nuclear deal in 2015.", "057", "IRN>", ""},
		{"particle before a standalone time", d, "President Bush ordered the troops in the next day.", "154", "USAGOV>", ""},
		{"particle before a weekday", d, "Police drove the protesters back on Sunday.", "175", "COP>OPP", ""},
		{"particle before a weekday, yielding", d, "The rebels handed the hostages over on Friday.", "0841", "REB>", ""},
		{"particle then of-phrase", d, "Security forces drove the rebels out of Kabul on Monday.", "190", "AFGMIL>AFGREB", ""},
		{"particle then in-phrase", d, "The guerrillas laid their weapons down in March.", "0873", "REB>", ""},
		{"particle, troops sent in", d, "Uganda sent its troops in on Tuesday.", "154", "UGA>", ""},
	})
}
