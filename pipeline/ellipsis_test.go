package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestBareAuxiliaryEllipsis: a clause of a subject and a bare auxiliary
// repeats the act of the verb before it ("France did not condemn the
// coup, but Germany did"; "and so has France"; "as did the European
// Union"): the new subject does the same act to the same target, denied
// when its auxiliary is ("but China did not", "nor did Japan"), done when
// "but" or "while" sets it against a denied act. A clause that goes on
// past its auxiliary ("as they did last year") repeats nothing.
func TestBareAuxiliaryEllipsis(t *testing.T) {
	rows := []lexRow{
		{"but did, after a denied act", sweepDate, "France did not condemn the coup in Niger, but Germany did.", "11", "DEU*>", ""},
		{"and so has, inverted", sweepDate, "Britain has expelled Russian diplomats, and so has France.", "16", "FRA*>RUS*", ""},
		{"as did, inverted", sweepDate, "The United States imposed sanctions on Iran, as did the European Union.", "16", "IGOEUR*>IRN*", ""},
		{"did too", sweepDate, "Kenya sent troops to Somalia, and Uganda did too.", "15", "UGA*>SOM*", ""},
		{"while did, after a denied act", sweepDate, "Russia did not attend the talks in Geneva, while Ukraine did.", "04", "UKR*>", ""},
		{"the first act is kept", sweepDate, "Britain has expelled Russian diplomats, and so has France.", "16", "GBR*>RUS*", ""},
		{"but did not: the first act is kept", sweepDate, "Russia condemned the strike, but China did not.", "11", "RUS*>", ""},
		{"not: neither did, after a denied act", sweepDate, "Japan did not recognise the junta, and neither did South Korea.", "05", "", ""},
		{"not: an auxiliary with its own time", sweepDate, "Police arrested the editor, as they did last year.", "17", "COP>*", ""},
		{"not: an auxiliary with its own verb", sweepDate, "Israel struck Gaza, but Hamas did not say whether it would respond.", "19", "ISR*>*", ""},
	}
	runSweep(t, "bare auxiliary ellipsis", rows, len(rows))
}

// TestBareAuxiliaryEllipsisDenied: a repeated act denied by its own
// auxiliary, or by "neither" or "nor", is not coded as done.
func TestBareAuxiliaryEllipsisDenied(t *testing.T) {
	c := newCoder(t)
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, code, source string }{
		{"but did not", "Russia condemned the strike, but China did not.", "11", "CHN"},
		{"nor did, after a denied act", "Japan did not recognise the junta, nor did South Korea.", "05", "KOR"},
		{"while did not", "The United States imposed sanctions on Russia, while the European Union did not.", "16", "IGOEUR"},
		{"not: a new verb after but", "Russia vetoed the resolution, but China abstained.", "12", "CHN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range codeText(t, c, tt.text, ref) {
				if hasAnyCode(e, tt.code) && e.Source != nil && strings.HasPrefix(e.Source.Code, tt.source) {
					t.Errorf("got %s %s, want no %s event by %s", e.CAMEO, dyad(e), tt.code, tt.source)
				}
			}
		})
	}
}
