package pipeline

import (
	"testing"
	"time"
)

// TestSharedCountryName pins how "Congo" and "Congolese", which two states
// bear, are read: the story decides (its dateline, the names it used), and
// with nothing to go by, what the news meant on the story's day: DR Congo
// before 1971 and from 1997, the Republic of the Congo while DR Congo was
// Zaire. A direction before the name is a region of the country it means
// ("eastern Congo", "eastern Democratic Republic of Congo").
func TestSharedCountryName(t *testing.T) {
	c := defaultCoder(t)
	tests := []struct {
		name, date, text, root, dyad, place string
	}{
		{"an accusation, today", "2023-02-10",
			"Congo accused Rwanda of backing the M23 rebels.", "11", "CODGOV>RWAGOV", ""},
		{"an accusation while DR Congo was Zaire", "1985-02-10",
			"Congo accused Gabon of harbouring opposition exiles.", "11", "COGGOV>GABGOV", ""},
		{"an accusation before Zaire", "1964-02-10",
			"Congo accused Belgium of backing the secessionists.", "11", "CODGOV>BELGOV", ""},
		{"the demonym, today", "2012-11-21",
			"Congolese troops fired on M23 fighters near the airport.", "19", "CODMIL>CODREB", ""},
		{"the demonym while DR Congo was Zaire", "1993-06-10",
			"Congolese soldiers fired on opposition supporters.", "17", "COGMIL>COGOPP", ""},
		{"a region of the country, today", "2022-06-01",
			"Rebels ambushed an army convoy in eastern Congo on Tuesday.", "19", "CODREB>CODMIL", "eastern DR Congo/COD"},
		{"a region named by the long name", "2022-06-01",
			"Militiamen attacked a displacement camp in eastern Democratic Republic of Congo, killing 40 people.", "19", "", "eastern DR Congo/COD"},
		{"the country as a place, today", "2019-03-01",
			"Gunmen kidnapped three aid workers in Congo on Monday.", "18", "", "DR Congo/COD"},
		{"the story from Brazzaville decides, whatever the day", "2016-04-05",
			"BRAZZAVILLE, Congo (AP) \u2014 Police arrested opposition supporters in the south of Congo on Monday. Security forces later shelled rebel positions in southern Congo.", "19", "", "southern Republic of the Congo/COG"},
		{"the story from Kinshasa decides, whatever the day", "1985-04-05",
			"KINSHASA (AP) \u2014 Troops fired on students protesting in the capital on Monday. Soldiers later raided villages in eastern Congo.", "19", "", "eastern DR Congo/COD"}, // villages raided: 190 on their civilians, no people fired on (TestCivilianThingHit)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			evs := codeText(t, c, tt.text, ref)
			var e = find(evs, tt.root)
			for i := range evs {
				if evs[i].CAMEO[:2] == tt.root {
					e = &evs[i] // the last of the root: the rows' event is told last
				}
			}
			if e == nil {
				t.Fatalf("no %s event in %q: %v", tt.root, tt.text, evs)
			}
			if got := dyad(*e); tt.dyad != "" && got != tt.dyad {
				t.Errorf("dyad = %s, want %s (%s)", got, tt.dyad, e.Rule)
			}
			if got := placeName(e.Place); tt.place != "" && got != tt.place {
				t.Errorf("place = %s, want %s (%s)", got, tt.place, e.Rule)
			}
		})
	}
}
