package actor

import (
	"strings"
	"testing"

	"dateline"
)

// TestPartOfTheCountry: "the country" that a part of a place is of ("the
// north of the country", "the capital of the country") is where the story
// happens: the country its sentence named or described before it, else the
// dateline's when the story named it too, not the other party named last.
// Without a dateline, or one whose country the story has not named, and
// for "the country" as an actor, the country named last still holds.
func TestPartOfTheCountry(t *testing.T) {
	d := dict(t)
	tests := []struct {
		name     string
		dateline string // the dateline's country
		story    []string
		want     string // the country the last sentence's last "country" stands for
		skip     string // why the row is not met yet
	}{
		{"the north after the other party named last", "MLI", []string{
			"Mali's junta said on Monday it had foiled a plot against the state.",
			"France completed the withdrawal of its troops in August.",
			"Gunmen attacked a village in the north of the country on Sunday."}, "MLI", ""},
		{"passive, the west, the other party in the same sentence as the home", "NER", []string{
			"Niger's military rulers ended their defence cooperation with France last year.",
			"Twelve soldiers were killed in the west of the country on Thursday."}, "NER", ""},
		{"present tense, the capital of the country", "SDN", []string{
			"Sudan's army says it controls the airport.",
			"Egypt and Saudi Arabia are urging a truce.",
			"Shelling hits the capital of the country every night."}, "SDN", ""},
		{"the country this sentence described before", "IND", []string{
			"India accused Pakistan on Monday of backing militants.",
			"Pakistan rejected the claim.",
			"The country's army chief visited troops in the north of the country."}, "PAK", ""},
		{"the country this sentence named before", "LBN", []string{
			"Israel struck a town in Lebanon on Monday.",
			"Syria said fighting had spread to the east of the country."}, "SYR", ""},
		{"no dateline: the country named last", "", []string{
			"France withdrew its troops from Mali last year.",
			"Gunmen attacked a village in the north of the country."}, "MLI", ""},
		{"a dateline whose country the story does not name", "FRA", []string{
			"Sudan's army and the RSF have fought since April.",
			"Egypt called for a truce.",
			"Fighting spread to the east of the country this week."}, "EGY", ""},
		{"the country as an actor is the country named last", "MLI", []string{
			"Mali's junta expelled the French ambassador on Monday.",
			"France recalled its remaining troops the same day.",
			"The country's defence minister said the mission was over."}, "FRA", ""},
		{"a foreign desk's dateline", "GBR", []string{
			"Britain summoned Iran's ambassador on Wednesday over the detention of an aid worker.",
			"Iran has accused the woman of spying.",
			"She was arrested in the south of the country in March."}, "IRN",
			"a story filed from the home desk (LONDON) about another country: the dateline's country is named as the other party"},
		{"the subject country after several others advised it", "LBN", []string{
			"Lebanon's parliament failed again to elect a president.",
			"France and Saudi Arabia have urged its leaders to end the deadlock, and Qatar has offered to mediate.",
			"The country has been without a head of state for a year."}, "LBN",
			"an actor: the country named last (Qatar); the story's home is known only after the whole story is read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				t.Skip(tt.skip)
			}
			tr := newTracker(d, day("2023-06-05"))
			tr.Dateline(tt.dateline)
			var ms []dateline.Mention
			for _, s := range tt.story {
				ms = tr.Mentions(sentence(s))
			}
			got := ""
			for _, m := range ms {
				if strings.HasPrefix(m.Rule, "coref:country") {
					got = m.Actor.Country
				}
			}
			if got != tt.want {
				t.Errorf("%q: got %q, want %q (%s)", tt.story[len(tt.story)-1], got, tt.want, renderPeople(ms))
			}
		})
	}
}
