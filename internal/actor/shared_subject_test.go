package actor

import "testing"

// TestThemAfterSharedSubject: "them" in a verb phrase joined to the
// sentence's first clause with no subject of its own ("Police fired at the
// marchers and arrested 30 of them") is not that shared subject but who was
// named after it; with a subject of its own after the join ("the army
// repelled them"), the reading is as before.
func TestThemAfterSharedSubject(t *testing.T) {
	d := dict(t)
	tests := []struct {
		name, on string
		story    []string
		want     string
	}{
		{"and plus verb", "2019-03-02", []string{
			"Police fired tear gas at the marchers and arrested 30 of them."},
			"Police=COP/police; marchers=OPP/protesters; them=OPP/protesters"},
		{"comma then verb", "2019-03-02", []string{
			"Soldiers surrounded the students, then beat them with sticks."},
			"Soldiers=MIL/military; students=CVL/civilians; them=CVL/civilians"},
		{"but plus verb", "2019-03-02", []string{
			"The police detained the activists but later released them."},
			"police=COP/police; activists=OPP/opposition; them=OPP/opposition"},
		{"a subject of its own after and", "2019-03-02", []string{
			"The rebels attacked the town and the army repelled them."},
			"rebels=REB/rebels; army=MIL/military; them=REB/rebels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderPeople(lastMentions(d, tt.on, tt.story)); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.story[len(tt.story)-1], got, tt.want)
			}
		})
	}
}
