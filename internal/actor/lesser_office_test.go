package actor

import "testing"

// TestLesserOfficeIn: a role's title whose office a word of lesser: makes
// another ("deputy prime minister", "junior minister of foreign affairs",
// "treasury under secretary") files its holder under no office that word
// qualifies, so that it is never the holder of the day of the main office;
// a title after it in the same role still counts ("vice president and
// prime minister").
func TestLesserOfficeIn(t *testing.T) {
	d := dict(t)
	for _, tt := range []struct{ title, want string }{
		{"deputy prime minister", ""},
		{"vice president", ""},
		{"junior minister of foreign affairs", ""},
		{"associate foreign minister", ""},
		{"treasury under secretary for international affairs", ""},
		{"vice president and prime minister", "prime minister"},
		{"foreign minister", "foreign minister"},
		{"acting president", "president"},
	} {
		if got := d.officeIn(tt.title); got != tt.want {
			t.Errorf("officeIn(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
