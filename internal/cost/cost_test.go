package cost

import (
	"fmt"
	"testing"
)

// recorder is a testing.TB that keeps what Linear reports.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper()             {}
func (r *recorder) Logf(string, ...any) {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

var sink [][]byte

// TestLinear runs Linear on work of known growth: linear work passes,
// quadratic work is reported.
func TestLinear(t *testing.T) {
	tests := []struct {
		name string
		work func(n int) func()
		fail bool
	}{
		{"linear", func(n int) func() {
			return func() {
				sink = sink[:0]
				for i := 0; i < n; i++ {
					sink = append(sink, make([]byte, 64))
				}
			}
		}, false},
		{"quadratic", func(n int) func() {
			return func() {
				sink = sink[:0]
				for i := 0; i < n; i++ {
					sink = append(sink, make([]byte, 64*i))
				}
			}
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Linear(r, []int{200}, tt.work)
			if got := len(r.errors) > 0; got != tt.fail {
				t.Errorf("reported %v, want a report: %v", r.errors, tt.fail)
			}
		})
	}
}
