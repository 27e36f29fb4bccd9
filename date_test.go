package dateline

import (
	"testing"
	"time"
)

func TestDateString(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"day", Date{2018, time.November, 13, PrecisionDay}, "2018-11-13"},
		{"day padded", Date{2021, time.February, 1, PrecisionDay}, "2021-02-01"},
		{"month", Date{2011, time.March, 0, PrecisionMonth}, "2011-03"},
		{"year", Date{1995, 0, 0, PrecisionYear}, "1995"},
		{"early year padded", Date{632, time.June, 8, PrecisionDay}, "0632-06-08"},
		{"year past 9999", Date{12345, 0, 0, PrecisionYear}, "12345"},
		{"negative year as fmt", Date{-44, time.March, 15, PrecisionDay}, "-044-03-15"},
		{"unknown", Date{2018, time.November, 13, PrecisionNone}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
