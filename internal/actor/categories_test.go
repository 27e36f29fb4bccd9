package actor

import (
	"testing"

	"dateline"
)

// TestMentionCategories holds one table per category of resolution error
// seen when coding news sentences; each row is a general case of it.
func TestMentionCategories(t *testing.T) {
	d := dict(t)
	tests := []struct {
		name  string
		on    string
		story []string // earlier sentences of the story, then the one checked
		want  string
	}{
		// 1. an unknown titled person with the country after the name
		{"king of", "1990-05-01", []string{"King Mswati Dlamini of Swaziland said the vote would go ahead."}, "King Mswati Dlamini of Swaziland=SWZGOV"},
		{"prime minister of", "1990-05-01", []string{"Prime Minister Anil Perera of Sri Lanka arrived on Monday."}, "Prime Minister Anil Perera of Sri Lanka=LKAGOV"},
		{"general of", "1990-05-01", []string{"Gen. Ramon Ortiz of Guatemala denied the report."}, "Gen. Ramon Ortiz of Guatemala=GTMMIL"},
		{"president of the", "1990-05-01", []string{"President Tomas Varga of the Czech Republic visited Vienna."}, "President Tomas Varga of the Czech Republic=CZEGOV"},
		{"known person of", "1990-05-01", []string{"President Hafez al-Assad of Syria spoke."}, "President Hafez al-Assad of Syria=SYRGOV"},
		{"of a country's city is not the country", "1990-05-01", []string{"Mayor Ivan Horak of Slovakia's capital spoke."}, "Mayor Ivan Horak=GOV; Slovakia=SVK"},

		// 2. a comma does not join a country to the title after it
		{"comma before title", "1991-05-01", []string{"Canada will send engineers to the force in Haiti, Foreign Minister Aldo Brandt said."}, "Canada=CAN; force=MIL; Foreign Minister Aldo Brandt=GOV"},
		{"comma before agent", "1991-05-01", []string{"The strike spread across Chile, officials said."}, "officials=GOV"},
		{"comma list of adjectives still joins", "1991-05-01", []string{"Polish, Czech and Slovak officials met."}, "Polish=POLGOV; Czech=CZEGOV; Slovak officials=SVKGOV"},
		{"comma list of countries before agent", "1991-05-01", []string{"Norway, Sweden and Denmark officials met."}, "Norway=NORGOV; Sweden=SWEGOV; Denmark officials=DNKGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := d.NewTracker(day(tt.on))
			var ms []dateline.Mention
			for _, s := range tt.story {
				ms = tr.Mentions(sentence(s))
			}
			if got := render(ms, false); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.story[len(tt.story)-1], got, tt.want)
			}
		})
	}
}
