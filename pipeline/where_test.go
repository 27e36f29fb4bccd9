package pipeline

import (
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/where"
)

// TestPlaceConstructions pins where events happen for the constructions
// news uses to say so, each row a construction (seas, borders, regions
// with compass words, venues, "the capital", datelines with and without
// the event's place, acts between states); the first rows are the
// examples of issue 13.
func TestPlaceConstructions(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2024, 5, 14, 12, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name, text, root string
		want             string // name/country of the place, "<none>" for none
	}{
		{"a sea named after a country is in no country", "North Korea fired a missile into the Sea of Japan on Friday.", "15", "Sea of Japan/"},
		{"an act between states is not in the target's country", "Iran expelled two French diplomats on Monday.", "16", "<none>"},
		{"through a city", "Thousands of protesters marched through Tbilisi on Saturday.", "14", "Tbilisi/GEO"},
		{"a city shelled is the place", "Russian forces shelled Kharkiv on Sunday.", "19", "Kharkiv/UKR"},

		{"the Gulf of Mexico", "The U.S. Navy fired missiles into the Gulf of Mexico on Monday.", "", "Gulf of Mexico/"},
		{"the Black Sea", "Russian warships fired missiles at Ukrainian ports from the Black Sea.", "19", "<none>"},
		{"a border with a place in it", "Indian and Chinese troops clashed along the border in Ladakh on Monday.", "19", "Ladakh/IND"},
		{"a border with a country is no place", "Turkish troops clashed with Kurdish fighters on the border with Syria on Monday.", "19", "<none>"},
		{"a compass region of a country", "Israeli jets bombed targets in southern Lebanon on Tuesday.", "19", "southern Lebanon/LBN"},
		{"a compass region of a country named as an actor", "Russian forces attacked eastern Ukraine on Sunday.", "19", "eastern Ukraine/UKR"},
		{"a state named as the news names it", "Militias attacked villages in West Darfur on Sunday.", "18", "West Darfur/SDN"},
		{"a country's east", "Rebels attacked army posts in Libya's east on Sunday.", "19", "eastern Libya/LBY"},
		{"the south of the country", "KABUL, Afghanistan (AP) \u2014 Taliban fighters attacked police posts in the south of the country on Sunday.", "19", "southern Afghanistan/AFG"},
		{"the town of a place", "A roadside bomb exploded near the town of Samarra, killing two U.S. soldiers.", "18", "Samarra/IRQ"},
		{"the town of a place as the object", "The army shelled the town of Idlib on Sunday.", "19", "Idlib/SYR"},
		{"a city over the region it lies in", "Russian forces shelled Kharkiv in eastern Ukraine on Sunday.", "19", "Kharkiv/UKR"},
		{"into a country named as an actor", "Syria sent troops into Lebanon in 1976.", "", "Lebanon/LBN"},
		{"the capital of the story's country", "ADDIS ABABA, Ethiopia (AP) \u2014 Ethiopian police arrested opposition supporters in the capital on Monday.", "17", "Addis Ababa/ETH"},
		{"the capital named beside it", "Crowds set fires in the capital, Niamey, and attacked the French embassy on Sunday.", "", "Niamey/NER"},
		{"a landmark of the dateline's city", "YEREVAN, Armenia (AP) \u2014 Crowds gathered in Yerevan on Wednesday.\n\nArmenian protesters stormed the parliament on Wednesday.", "14", "Yerevan/ARM"},
		{"a landmark abroad is not the dateline's", "WASHINGTON (AP) \u2014 Armenian protesters stormed the parliament on Wednesday.", "", "<none>"},
		{"a city's landmark named with it", "Riot police clashed with demonstrators at Barcelona's airport on Monday.", "", "Barcelona/ESP"},
		{"the dateline is not the place of an event elsewhere", "BEIRUT, Lebanon (AP) \u2014 Syrian troops shelled Aleppo on Sunday.", "19", "Aleppo/SYR"},
		{"a summons by the state the story is filed from", "TEHRAN, Iran (AP) \u2014 Iran summoned the French ambassador on Monday.", "11", "Tehran/IRN"},
		{"an act between states never in the target's country", "Pakistan recalled its ambassador in New Delhi on Friday.", "16", "<none>"},
		{"a statement where its speaker is", "Lavrov, speaking during a trip to Brazil, called on Ukraine to end the shelling.", "02", "Brazil/BRA"},
		{"a statement is not where what it speaks of happened", "Pakistan condemned attacks in the Kashmir valley on Friday.", "11", "<none>"},
		{"an accusation is not where the act it speaks of happened", "India blamed Pakistan for Thursday's attack in Kashmir.", "11", "<none>"},
		{"a relative clause's act where its noun is", "Police found the village in Helmand where rebels killed nine farmers.", "18", "Helmand/AFG"},
		{"a relative clause's act where its place noun is", "The army took the town of Idlib, where rebels had attacked a checkpoint.", "19", "Idlib/SYR"},
		{"a joined verb shares the place", "Protesters gathered in Yerevan and stormed the parliament on Tuesday.", "", "Yerevan/ARM"},
		{"a participle shares the place", "A car bomb exploded in Kabul on Monday, killing nine people.", "18", "Kabul/AFG"},
		{"a meeting at its venue named later", "ROME (AP) \u2014 Italy's premier held talks with Egypt's president on Monday.\n\nBoth leaders attended the Geneva conference on Libya.", "04", "Geneva/CHE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := codeText(t, c, tt.text, ref)
			e := find(events, tt.root)
			if e == nil {
				t.Fatalf("no event %q in %d events", tt.root, len(events))
			}
			got := "<none>"
			if e.Place != nil {
				got = e.Place.Name + "/" + e.Place.Country
			}
			if where.Key(got) != where.Key(tt.want) { // GeoNames spells "Samarra" "Sāmarrā’"
				t.Errorf("got %s (%s %s), want %s", got, e.CAMEO, e.Rule, tt.want)
			}
			for _, e := range events {
				if e.Target != nil && e.Target.Name == "Japan" {
					t.Errorf("got a target in Japan: %+v", e.Target)
				}
			}
		})
	}
}

// TestDateConstructions pins when events happen for the ways stories say
// so, and that a story with no date leaves its relative dates unknown.
func TestDateConstructions(t *testing.T) {
	c := newCoder(t)
	mon := time.Date(2023, 7, 31, 12, 0, 0, 0, time.UTC) // a Monday
	tests := []struct {
		name, text string
		ref        time.Time
		sentence   int // the event's sentence
		root       string
		want       string // date, "" for unknown
	}{
		{"a weekday", "Rebels attacked Kidal on Friday.", mon, 0, "19", "2023-07-28"},
		{"the day the story tells of goes on", "West African leaders on Sunday imposed sanctions on Niger's junta. Police fired tear gas at protesters in Niamey.",
			mon, 1, "1", "2023-07-30"},
		{"hours later is the day told of", "Gunmen killed the president on Wednesday. Hours later, police shot dead four suspects.",
			time.Date(2021, 7, 8, 12, 0, 0, 0, time.UTC), 1, "1", "2021-07-07"},
		{"that day is the day named before", "Gunmen stormed into Israel on October 7, killing hundreds. The militants took 200 people hostage that day.",
			time.Date(2023, 10, 21, 12, 0, 0, 0, time.UTC), 1, "18", "2023-10-07"},
		{"background in the perfect gets the month", "Israel has besieged the Gaza Strip.", mon, 0, "19", "2023-07"},
		{"a year of its own", "Syria sent troops into Lebanon in 1976.", mon, 0, "", "1976"},
		{"undated story: a weekday is unknown", "Rebels attacked Kidal on Friday.", time.Time{}, 0, "19", ""},
		{"undated story: yesterday is unknown", "Rebels attacked Kidal yesterday.", time.Time{}, 0, "19", ""},
		{"undated story: no date at all is unknown", "Rebels attacked Kidal.", time.Time{}, 0, "19", ""},
		{"undated story: a full date still dates", "Rebels attacked Kidal on May 21, 2012.", time.Time{}, 0, "19", "2012-05-21"},
		{"undated story: a year still dates", "Rebels attacked Kidal in 2012.", time.Time{}, 0, "19", "2012"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e *dateline.Event
			for _, x := range codeText(t, c, tt.text, tt.ref) {
				if x.Sentence.Index == tt.sentence && strings.HasPrefix(x.CAMEO, tt.root) {
					e = &x
					break
				}
			}
			if e == nil {
				t.Fatalf("no event %q in sentence %d", tt.root, tt.sentence)
			}
			if string(e.Date) != tt.want {
				t.Errorf("got %q (%s), want %q", e.Date, e.Rule, tt.want)
			}
			if e.Date == "" && e.DatePrecision != "unknown" {
				t.Errorf("got precision %q with no date, want unknown", e.DatePrecision)
			}
		})
	}
}
