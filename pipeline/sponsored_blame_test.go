package pipeline

import "testing"

// TestSponsoredBlame: a speaker who says a party sponsored an act of
// conflict accuses it (112), as "masterminded" and "orchestrated" do; a
// state sponsoring a thing of peace is no blame.
func TestSponsoredBlame(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said X had sponsored the attack", d, "Pakistan said India had sponsored the attack on the police station.", "112", "PAK>IND", ""},
		{"accused: sponsored the bombing", d, "Afghan officials said Pakistan's intelligence agency had sponsored the bombing in Kabul.", "112", "AFGGOV>PAKSPY", ""},
		{"sponsored the killing", d, "Turkey said Syria had sponsored the killing of its soldiers.", "112", "TUR>SYR", ""},
		{"sponsored the attacks, told after", d, "Iran had sponsored the rocket attacks on Riyadh, Saudi officials said.", "112", "SAUGOV>IRN", ""},
		{"sponsoring a peace conference is no blame", d, "Norway said it had sponsored the peace conference in Oslo.", "112", "", ""},
	})
}
