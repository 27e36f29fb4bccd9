package pipeline

import (
	"reflect"
	"testing"
	"time"

	"dateline/internal/actor"
	"dateline/internal/event"
)

// TestWordIDsCodeAlike checks that the actor and event stages, finding a
// sentence's words by the word table's ids (WithWords), code what they
// code finding them by their text: the ids only save hashing.
func TestWordIDsCodeAlike(t *testing.T) {
	byID := defaultCoder(t)
	byID.All = true // negated and hypothetical acts too, with their modality
	byText := *byID
	var err error
	if byText.Actors, err = actor.Default(); err != nil {
		t.Fatal(err)
	}
	lex, err := event.Default()
	if err != nil {
		t.Fatal(err)
	}
	byText.Lexicon = lex.WithSectors(byText.Actors)
	ref := time.Date(2019, 6, 3, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, text string }{
		{"statement", "KAMPALA, June 3 (Reuters) - Uganda's president accused Rwanda on Monday of backing rebels in the east."},
		{"arrest", "CAIRO (Reuters) - Egyptian police arrested 12 opposition activists in Cairo on Sunday, security sources said."},
		{"strike", "BEIRUT - Israeli warplanes struck targets in southern Lebanon overnight, killing three Hezbollah fighters."},
		{"sanction", "WASHINGTON - The United States imposed sanctions on Iran's oil minister and accused him of funding militias."},
		{"negated", "ANKARA - Turkey will not send troops to Libya, its defence minister said on Tuesday."},
		{"hypothetical", "BRUSSELS - The EU would impose sanctions on Belarus if its government refused to free the detained journalists."},
		{"hyphens", "SEOUL - North Korea test-fired two short-range missiles on Thursday, a counter-move to joint drills."},
		{"meeting", "PALERMO - Fayez Serraj met Khalifa Haftar in Palermo in November 2018 and agreed to hold elections."},
		{"protest", "NAIROBI - Thousands of protesters clashed with riot police in Nairobi, who fired tear gas."},
		{"appeal", "GENEVA - The United Nations urged Myanmar to allow aid workers into Rakhine state."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := codeText(t, byID, tc.text, ref)
			want := codeText(t, &byText, tc.text, ref)
			if len(want) == 0 {
				t.Fatalf("no events by text: the row tests nothing")
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("by id:\n%+v\nby text:\n%+v", got, want)
			}
		})
	}
}
