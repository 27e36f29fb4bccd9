package actor

import "testing"

// TestSectorFlags: which sectors are the state's forces and which hold
// people for their government come from sectors.txt's force and custody
// flags.
func TestSectorFlags(t *testing.T) {
	d := dict(t)
	tests := []struct {
		sector         string
		force, custody bool
	}{
		{"MIL", true, false},
		{"COP", true, true},
		{"JUD", false, true},
		{"GOV", false, false},
		{"REB", false, false},
		{"SPY", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.sector, func(t *testing.T) {
			if got := d.Force(tt.sector); got != tt.force {
				t.Errorf("Force(%s) = %v, want %v", tt.sector, got, tt.force)
			}
			if got := d.Custody(tt.sector); got != tt.custody {
				t.Errorf("Custody(%s) = %v, want %v", tt.sector, got, tt.custody)
			}
		})
	}
	var none *Dictionary
	if none.Force("MIL") || none.Custody("COP") {
		t.Error("a nil dictionary flags no sector")
	}
}
