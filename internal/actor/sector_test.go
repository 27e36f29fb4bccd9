package actor

import "testing"

// TestSectorFlags: which sectors are the state's forces and which hold
// people for their government, and which hold or seek power, come from
// sectors.txt's force, custody and power flags.
func TestSectorFlags(t *testing.T) {
	d := dict(t)
	tests := []struct {
		sector                string
		force, custody, power bool
	}{
		{"MIL", true, false, false},
		{"COP", true, true, false},
		{"JUD", false, true, false},
		{"GOV", false, false, true},
		{"LEG", false, false, true},
		{"PTY", false, false, true},
		{"OPP", false, false, false},
		{"REB", false, false, false},
		{"SPY", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.sector, func(t *testing.T) {
			if got := d.Force(tt.sector); got != tt.force {
				t.Errorf("Force(%s) = %v, want %v", tt.sector, got, tt.force)
			}
			if got := d.Custody(tt.sector); got != tt.custody {
				t.Errorf("Custody(%s) = %v, want %v", tt.sector, got, tt.custody)
			}
			if got := d.Power(tt.sector); got != tt.power {
				t.Errorf("Power(%s) = %v, want %v", tt.sector, got, tt.power)
			}
		})
	}
	var none *Dictionary
	if none.Force("MIL") || none.Custody("COP") || none.Power("GOV") {
		t.Error("a nil dictionary flags no sector")
	}
}
