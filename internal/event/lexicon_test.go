package event

import "testing"

// TestDefaultLexicon checks the shipped lexicon loads and covers every CAMEO
// root with patterns whose codes all map to a QuadClass.
func TestDefaultLexicon(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	roots := map[string]int{}
	for _, p := range l.patterns {
		roots[p.code[:2]]++
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if roots[root] == 0 {
			t.Errorf("root %s has no patterns", root)
		}
	}
	for code, c := range l.codes {
		if c.QuadClass < 1 || c.QuadClass > 4 {
			t.Errorf("code %s: got QuadClass %d", code, c.QuadClass)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Load(mustSub(b)); err != nil {
			b.Fatal(err)
		}
	}
}

func mustSub(b *testing.B) fsFS {
	sub, err := subData()
	if err != nil {
		b.Fatal(err)
	}
	return sub
}
