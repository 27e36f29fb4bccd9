package actor

import (
	"testing"

	"dateline"
)

// TestResolutionGaps: who is who in constructions that used to resolve to
// no one or to the wrong country: ethnic peoples, national societies,
// forces a country leads, informants (issue 12).
func TestResolutionGaps(t *testing.T) {
	d := dict(t)
	tests := []struct {
		name  string
		on    string
		story []string
		want  string
	}{
		{"ethnic demonym not plural", "1998-05-14", []string{"Police beat the ethnic Chinese in Medan."}, "Police=COP; ethnic Chinese=CVL"},
		{"ethnic demonym before a noun modifies it", "1998-05-14", []string{"Rioters burned ethnic Chinese shops."}, "Rioters=CVL"},
		{"national society by adjective", "2023-10-21", []string{"The Egyptian Red Crescent sent trucks."}, "Egyptian Red Crescent=NGOEGY"},
		{"national society by name", "2023-10-21", []string{"The Qatar Red Crescent sent trucks."}, "Qatar Red Crescent=NGOQAT"},
		{"the movement alone", "2023-10-21", []string{"The Red Crescent sent trucks."}, "Red Crescent=NGO"},
		{"Interpol", "2015-06-09", []string{"Interpol sent a team."}, "Interpol=IGO"},
		{"country-led coalition", "2018-08-10", []string{"The Saudi-led coalition bombed Saada."}, "Saudi-led coalition=SAUMIL"},
		{"officers of a led mission", "2006-04-20", []string{"Officers of the Australian-led regional assistance mission fired."}, "Officers of the Australian-led regional assistance mission=AUSCOP"},
		{"body-led troops", "2004-03-20", []string{"NATO-led troops fired."}, "NATO-led troops=IGONATO"},
		{"a mission alone names no one", "2006-04-20", []string{"A fact-finding mission arrived."}, ""},
		{"sources", "2020-07-14", []string{"Armenian military sources said the town fell."}, ""},
		{"a source close to someone", "2020-07-14", []string{"A source close to the Armenian president said the town fell."}, ""},
		{"witnesses", "2020-07-14", []string{"Witnesses said soldiers fired."}, "soldiers=MIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(lastMentions(d, tt.on, tt.story), false); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.story[len(tt.story)-1], got, tt.want)
			}
		})
	}
}

// TestRegionBlocs: a region's leaders are its bloc when the story names
// it, before or after; else they stay of no country.
func TestRegionBlocs(t *testing.T) {
	d := dict(t)
	tests := []struct {
		name  string
		story []string
		want  string
	}{
		{"bloc named after", []string{"West African leaders met on Sunday.", "ECOWAS imposed sanctions."}, "West African leaders=IGOWAF"},
		{"bloc named before", []string{"The European Union met.", "European leaders criticised Hungary."}, "European leaders=IGOEUR"},
		{"no bloc named", []string{"West African leaders met on Sunday.", "Niger's army took power."}, "West African leaders=GOV; Niger's army=NERMIL"},
		{"a military noun is no bloc's", []string{"West African troops landed on Sunday.", "ECOWAS imposed sanctions."}, "troops=MIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTracker(d, day("2023-07-31"))
			var ss []*dateline.Sentence
			var ms [][]dateline.Mention
			for _, text := range tt.story {
				s := sentence(text)
				ss = append(ss, s)
				ms = append(ms, tr.Mentions(s))
			}
			for i, s := range ss {
				tr.Settle(s, ms[i], nil)
			}
			var got []dateline.Mention
			for _, sm := range ms {
				for _, m := range sm {
					if m.Actor.Sector != "" && m.Kind == dateline.KindAgent {
						got = append(got, m)
					}
				}
			}
			if r := render(got, false); r != tt.want {
				t.Errorf("%q: got %s, want %s", tt.story[0], r, tt.want)
			}
		})
	}
}
