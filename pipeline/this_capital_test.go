package pipeline

import (
	"testing"
	"time"
)

// TestThisCapital pins "this capital" (a homeland's, a region's, a
// province's) as the city the story is filed from, as "this city" is,
// not the country's capital; "the capital" stays the country's.
func TestThisCapital(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ name, date, text, code, place string }{
		{"a homeland capital", "1992-09-08", "BISHO, South Africa — Soldiers of the Ciskei homeland opened fire on Monday on thousands of ANC supporters marching on this homeland capital.\n", "175", "Bhisho"},
		{"a regional capital", "2011-02-20", "ERBIL, Iraq — Police fired tear gas at protesters in this regional capital on Saturday.\n", "175", "Erbil"},
		{"a provincial capital", "2013-06-10", "PESHAWAR, Pakistan — Gunmen attacked a police station in this provincial capital on Monday.\n", "19", "Peshawar"},
		{"a rebel capital", "2011-03-20", "BENGHAZI, Libya — Government forces shelled this rebel capital on Saturday.\n", "19", "Benghazi"},
		{"a national capital", "1980-03-25", "SAN SALVADOR, El Salvador — Gunmen shot dead a priest in this capital on Monday.\n", "18", "San Salvador"},
		{"the capital stays the country's", "2019-06-10", "JOHANNESBURG, South Africa — Police fired tear gas at protesters in the capital on Monday.\n", "175", "Pretoria"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range codeText(t, c, tt.text, ref) {
				if !hasCode(e, tt.code) {
					continue
				}
				got := ""
				if e.Place != nil {
					got = e.Place.Name
				}
				if got != tt.place {
					t.Errorf("%s placed at %q, want %q", e.CAMEO, got, tt.place)
				}
				return
			}
			t.Errorf("no %s event", tt.code)
		})
	}
}
