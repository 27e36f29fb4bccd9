package pipeline

import (
	"testing"
	"time"

	"dateline"
)

// TestGovernorNoHeadOfState: a city's mayor or a province's governor is of
// the country's government but is not its head of state, so "Tehran's
// mayor" is not the person who leads Iran on that day; a mayor the
// knowledge knows by that office is still himself.
func TestGovernorNoHeadOfState(t *testing.T) {
	rows := []struct{ name, date, text, code, notName, want string }{
		{"a capital's mayor", "2020-01-01", "Protesters called on Tehran's mayor to resign.", "02", "Ali Khamenei", ""},
		{"a capital's governor", "2016-11-04", "Protesters called on Jakarta's governor to resign.", "02", "Joko Widodo", ""},
		{"another capital's mayor", "2018-03-01", "Protesters called on Pyongyang's mayor to resign.", "02", "Kim Jong Un", ""},
		{"guard: a mayor the knowledge knows", "2019-06-01", "Police arrested Moscow's mayor on Friday.", "17", "Vladimir Putin", "Sergei Sobyanin"},
	}
	c := newCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			e := find(codeText(t, c, tt.text, ref), tt.code)
			if e == nil {
				t.Fatalf("no %s event in %q", tt.code, tt.text)
			}
			found := tt.want == ""
			for _, p := range []*dateline.Participant{e.Source, e.Target} {
				if p != nil && p.Name == tt.notName {
					t.Errorf("%s read as %s", tt.text, tt.notName)
				}
				found = found || p != nil && p.Name == tt.want
			}
			if !found {
				t.Errorf("%s: no party named %s", tt.text, tt.want)
			}
		})
	}
}
