package pipeline

import (
	"testing"
	"time"
)

// TestPlacePhrases pins how a place phrase of the event's own clause is
// read: a capital, a possessor, "this city" and a city named before a site
// as objects of an act done somewhere; "the edge of X" as X; a phrase
// beside a noun that names no kind of place is no apposition.
func TestPlacePhrases(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name, text, root, want string
	}{
		{"seizing the capital is in the capital of the act's country",
			"DAMASCUS, Syria (AP) \u2014 Rebels seized the capital on Tuesday.", "19", "Damascus/SYR"},
		{"the capital in a story filed from elsewhere",
			"NAIROBI, Kenya (AP) \u2014 Islamist fighters captured the Somali capital on Monday after government troops fled.", "19", "Mogadishu/SOM"},
		{"a possessor names the place of the site struck",
			"Rebel fighters from Sudan bombed Khartoum's main airport on Tuesday.", "19", "Khartoum/SDN"},
		{"a possessor, passive voice",
			"Kandahar's airport was shelled by insurgents overnight, officials said.", "19", "Kandahar/AFG"},
		{"this city is the dateline's",
			"GOMA, Congo (AP) \u2014 Rebels captured this eastern city on Tuesday.", "19", "Goma/COD"},
		{"this town, another verb",
			"KIDAL, Mali (AP) \u2014 Separatist fighters overran this desert town on Sunday.", "19", "Kidal/MLI"},
		{"on the edge of a city",
			"Warplanes struck rebel positions on the edge of Kandahar on Monday.", "19", "Kandahar/AFG"},
		{"on the edges of a city",
			"Government troops shelled militant hideouts on the edges of Aleppo overnight.", "19", "Aleppo/SYR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := find(codeText(t, c, tt.text, ref), tt.root)
			if e == nil {
				t.Fatalf("no %s event in %q", tt.root, tt.text)
			}
			if got := placeName(e.Place); got != tt.want {
				t.Errorf("place = %s, want %s (%s)", got, tt.want, e.Rule)
			}
		})
	}
}

// TestNoPlacePhrase pins phrases that name no place of the event.
func TestNoPlacePhrase(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, root string
	}{
		{"a fronted phrase that is no place, then the subject's name",
			"In a separate dispute, Belarus expelled Latvia's ambassador on Monday.", "16"},
		{"the same with another country",
			"In a new row, Poland expelled Russia's consul on Friday.", "16"},
		{"a possessive country names no place for an act between states",
			"Britain expelled Russia's ambassador on Monday.", "16"},
		{"a possessor that is an actor, not a place",
			"Protesters stormed the president's office on Monday.", "14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := find(codeText(t, c, tt.text, ref), tt.root)
			if e == nil {
				t.Fatalf("no %s event in %q", tt.root, tt.text)
			}
			if e.Place != nil {
				t.Errorf("place = %s, want none (%s)", placeName(e.Place), e.Rule)
			}
		})
	}
}
