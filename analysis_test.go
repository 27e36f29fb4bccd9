package dateline

import (
	"slices"
	"testing"
)

// TestRelIndex checks that the indexed look-ups answer as the scan does,
// first relation first, for sentences with and without an index.
func TestRelIndex(t *testing.T) {
	tests := []struct {
		name string
		rels []Rel
	}{
		{"none", nil},
		{"one", []Rel{{RelSubj, 1, 0}}},
		{"a verb's arguments", []Rel{{RelSubj, 2, 0}, {RelObj, 2, 4}, {RelObl, 2, 5}, {RelPObj, 5, 6}, {RelObl, 2, 7}, {RelPObj, 7, 8}}},
		{"two of a kind, first wins", []Rel{{RelObj, 3, 5}, {RelObj, 3, 4}, {RelConj, 4, 5}, {RelConj, 4, 6}, {RelSubj, 3, 5}}},
		{"a chunk past the index", []Rel{{RelSubj, 70, 1}, {RelObj, 2, 3}}},
		{"too many relations", manyRels(maxIndexed + 1)},
		{"as many as indexed", manyRels(maxIndexed)},
	}
	kinds := []RelKind{RelSubj, RelObj, RelObl, RelPObj, RelConj, RelObj2}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain := &Analysis{Rels: tt.rels}
			indexed := &Analysis{Rels: tt.rels}
			indexed.Index()
			for c := -1; c < 72; c++ {
				for _, k := range kinds {
					if got, want := indexed.Dependent(c, k), plain.Dependent(c, k); got != want {
						t.Errorf("Dependent(%d, %v) = %d, want %d", c, k, got, want)
					}
					if got, want := indexed.Governor(c, k), plain.Governor(c, k); got != want {
						t.Errorf("Governor(%d, %v) = %d, want %d", c, k, got, want)
					}
					if got, want := slices.Collect(indexed.Dependents(c, k)), slices.Collect(plain.Dependents(c, k)); !slices.Equal(got, want) {
						t.Errorf("Dependents(%d, %v) = %v, want %v", c, k, got, want)
					}
				}
			}
		})
	}
}

// TestRelIndexStale checks that relations added after Index are found: a
// change in their number sends the look-ups back to a scan.
func TestRelIndexStale(t *testing.T) {
	an := &Analysis{Rels: []Rel{{RelSubj, 2, 0}}}
	an.Index()
	an.Rels = append(an.Rels, Rel{RelObj, 2, 3})
	if got := an.Dependent(2, RelObj); got != 3 {
		t.Errorf("Dependent(2, obj) after an append = %d, want 3", got)
	}
}

func manyRels(n int) []Rel {
	rs := make([]Rel, n)
	for i := range rs {
		rs[i] = Rel{Kind: RelKind(1 + i%4), From: i % 7, To: (i * 5) % 13}
	}
	return rs
}
