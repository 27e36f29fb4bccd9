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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain := &Analysis{Rels: tt.rels}
			indexed := &Analysis{Rels: tt.rels}
			indexed.Index()
			sameLookups(t, indexed, plain)
		})
	}
}

// TestAddRel checks that relations added one by one, with one dropped
// between (as the analyser does), are looked up as a scan finds them, and
// that the index lists them when it can.
func TestAddRel(t *testing.T) {
	tests := []struct {
		name    string
		rels    []Rel
		drop    int // drop the relation at this index after adding the first drop+2; -1: none
		indexed bool
	}{
		{"one", []Rel{{RelSubj, 1, 0}}, -1, true},
		{"a verb's arguments", []Rel{{RelSubj, 2, 0}, {RelObj, 2, 4}, {RelObl, 2, 5}, {RelPObj, 5, 6}, {RelObl, 2, 7}, {RelPObj, 7, 8}}, -1, true},
		{"two of a kind, first wins", []Rel{{RelObj, 3, 5}, {RelObj, 3, 4}, {RelConj, 4, 5}, {RelConj, 4, 6}, {RelSubj, 3, 5}}, -1, true},
		{"one dropped, then more added", []Rel{{RelObj, 3, 5}, {RelObj, 3, 4}, {RelConj, 4, 5}, {RelConj, 4, 6}, {RelSubj, 3, 5}}, 1, true},
		{"one dropped after the last added: scanned", []Rel{{RelSubj, 2, 0}, {RelObj, 2, 4}, {RelObl, 2, 5}}, 1, false},
		{"a chunk past the index", []Rel{{RelObj, 2, 3}, {RelSubj, 70, 1}, {RelObj, 2, 4}}, -1, false},
		{"too many relations", manyRels(maxIndexed + 1), -1, false},
		{"as many as indexed", manyRels(maxIndexed), -1, true},
		{"as many as indexed, one dropped", manyRels(maxIndexed), 10, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			built := &Analysis{}
			var want []Rel
			for i, r := range tt.rels {
				built.AddRel(r)
				want = append(want, r)
				if i == tt.drop+1 && tt.drop >= 0 {
					built.Rels = slices.Delete(built.Rels, tt.drop, tt.drop+1)
					want = slices.Delete(want, tt.drop, tt.drop+1)
				}
			}
			if !slices.Equal(built.Rels, want) {
				t.Fatalf("Rels = %v, want %v", built.Rels, want)
			}
			sameLookups(t, built, &Analysis{Rels: want})
			if got := built.indexed(); got != tt.indexed {
				t.Errorf("indexed() = %v, want %v", got, tt.indexed)
			}
		})
	}
}

// sameLookups checks that got answers every look-up as want does.
func sameLookups(t *testing.T, got, want *Analysis) {
	t.Helper()
	kinds := []RelKind{RelSubj, RelObj, RelObl, RelPObj, RelConj, RelObj2}
	for c := -1; c < 72; c++ {
		for _, k := range kinds {
			if g, w := got.Dependent(c, k), want.Dependent(c, k); g != w {
				t.Errorf("Dependent(%d, %v) = %d, want %d", c, k, g, w)
			}
			if g, w := got.Governor(c, k), want.Governor(c, k); g != w {
				t.Errorf("Governor(%d, %v) = %d, want %d", c, k, g, w)
			}
			if g, w := slices.Collect(got.Dependents(c, k)), slices.Collect(want.Dependents(c, k)); !slices.Equal(g, w) {
				t.Errorf("Dependents(%d, %v) = %v, want %v", c, k, g, w)
			}
		}
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
