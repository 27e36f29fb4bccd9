package actor

import (
	"strings"
	"testing"
	"testing/fstest"
)

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

// TestSectorImplied: the name of the agents a passive act implies comes
// from sectors.txt's implied line; a sector with none, a sector not
// listed and a nil dictionary give "".
func TestSectorImplied(t *testing.T) {
	d := dict(t)
	for sector, want := range map[string]string{"COP": "police", "JUD": "courts", "MIL": "armed forces", "GOV": "authorities", "CVL": "crowd", "BUS": "", "XYZ": ""} {
		if got := d.Implied(sector); got != want {
			t.Errorf("Implied(%s) = %q, want %q", sector, got, want)
		}
	}
	var none *Dictionary
	if got := none.Implied("COP"); got != "" {
		t.Errorf("nil Implied(COP) = %q, want \"\"", got)
	}
}

// TestSectorImpliedOutside: an implied line outside a sector record is an
// error that names the file and line.
func TestSectorImpliedOutside(t *testing.T) {
	_, err := Load(fstest.MapFS{"x.txt": {Data: []byte("agent: soldiers\nsector: MIL\nimplied: troops\n")}})
	if err == nil || !strings.Contains(err.Error(), "x.txt:3") || !strings.Contains(err.Error(), "implied: outside a sector") {
		t.Errorf("got %v, want an error at x.txt:3", err)
	}
}
