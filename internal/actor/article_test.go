package actor

import (
	"testing"
	"time"
)

// TestWhoCountryArticle pins `dict who` to the coder's reading of a
// country's article: "El Salvador" needs it, "Salvador" is no one, while a
// person's Arabic article stays optional.
func TestWhoCountryArticle(t *testing.T) {
	d := dict(t)
	on := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, want string }{
		{"El Salvador", "SLV"},
		{"Salvador", ""},
		{"el-Sisi", "EGYGOV"},
		{"Sisi", "EGYGOV"},
	}
	for _, tt := range tests {
		got := ""
		if ms := d.Who(tt.name, on); len(ms) > 0 {
			got = ms[0].Actor.Code
		}
		if got != tt.want {
			t.Errorf("Who(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
