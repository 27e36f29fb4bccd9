package syntax

import "testing"

// TestSpelledNumber holds a number spelled out with "and" inside it ("two
// hundred and thirty prisoners", wire style): one noun phrase, the verb's
// object, wherever it stands. Numbers in letters joined as two amounts, and
// "and" between two verbs' objects, stay apart.
func TestSpelledNumber(t *testing.T) {
	tests := []struct {
		name, text, chunks string
	}{
		{"after the verb", "Russia returned two hundred and thirty prisoners on Friday.",
			"[NP Russia] [VG returned] [NP two hundred and thirty prisoners] [PP on] [NP Friday] ."},
		{"after an aside", "The rebels freed on Sunday, after long talks, one hundred and twelve hostages.",
			"[NP The rebels] [VG freed] [PP on] [NP Sunday] , [PP after] [NP long talks] , [NP one hundred and twelve hostages] ."},
		{"a subject, thousands", "Two thousand and fifty soldiers crossed the border.",
			"[NP Two thousand and fifty soldiers] [VG crossed] [NP the border] ."},
		{"not: two amounts", "Police arrested two and released three.",
			"[NP Police] [VG arrested] [NP two] [CC and] [VG released] [NP three] ."},
		{"not: two phrases", "Talks between the two and the three parties failed.",
			"[NP Talks] [PP between] [NP the two] [CC and] [NP the three parties] [VG failed] ."},
		{"not: digits", "Troops killed 200 and wounded 30.",
			"[NP Troops] [VG killed] [NP 200] [CC and] [VG wounded] [NP 30] ."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := sentenceNames(t, tc.text, nil, nil, nil)
			if got := Chunks(s); got != tc.chunks {
				t.Errorf("got %s, want %s", got, tc.chunks)
			}
		})
	}
}
