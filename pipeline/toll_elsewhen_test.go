package pipeline

import (
	"testing"
	"time"
)

// TestTollOnlyOfItsTime: an attack by someone unknown is the toll of the
// force a story names only when that force may be of its time. The
// force a story recalls from another month or year ("Israel's army
// invaded Lebanon in June") leaves the day's bombing by unknown men its
// own act; force of the same day, or told with no time of its own,
// still takes the dead as its toll.
func TestTollOnlyOfItsTime(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC) // a Friday
	for _, tt := range []struct {
		name, text string
		kept       bool // an attack by unidentified attackers is coded
	}{
		{"a bombing, the invasion months before", "BEIRUT, Lebanon (AP) — The president-elect was killed on Tuesday when a bomb wrecked the headquarters of his party. Israel's army invaded Lebanon in June.", true},
		{"bombs, riots the winter before", "BOMBAY, India (AP) — Bombs tore through Bombay on Thursday, killing more than 200 people. Hindu militants attacked a mosque in December.", true},
		{"an ambush, a raid years before", "BAMAKO, Mali (AP) — Five policemen were killed in an ambush near Gao on Monday. Rebels attacked the town in 2019.", true},
		{"soldiers shot, the city stormed last year", "KABUL, Afghanistan (AP) — Two soldiers were shot dead near Kandahar on Sunday. Taliban fighters stormed the city last year.", true},
		{"the past force told first", "NAIROBI, Kenya (AP) — Police fired on protesters in Nairobi in March 2022. A journalist was killed in Nairobi on Wednesday.", true},
		{"shelling in 2014, aid workers killed", "DONETSK, Ukraine (AP) — Three aid workers were killed near Donetsk on Thursday. Separatist fighters shelled the camp in 2014.", true},
		{"the same day", "KATHMANDU, Nepal (AP) — Police fired on demonstrators in Kathmandu on Sunday. At least 14 people were killed on Sunday.", false},
		{"the toll of the day's clashes, told first", "DHAKA, Bangladesh (AP) — At least 12 people were killed on Tuesday. Police opened fire on protesters in Dhaka on Tuesday.", false},
		{"the toll with no day of its own", "GOMA, Congo (AP) — Rebels attacked an army base near Goma on Monday. Twelve soldiers were killed.", false},
		{"force with no day of its own", "LAGOS, Nigeria (AP) — Soldiers opened fire on the crowd. Eight people were killed on Wednesday.", false},
		{"no one killed", "BEIRUT, Lebanon (AP) — Israel's army invaded Lebanon in June. No one was killed on Tuesday.", false},
		{"a killing only feared", "BAMAKO, Mali (AP) — Rebels attacked the town in 2019. Five policemen may be killed next week.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if e.Source != nil && e.Source.Name == unidentifiedName {
					got = append(got, e.CAMEO+" "+dyad(e))
				}
			}
			if tt.kept != (len(got) > 0) {
				t.Errorf("got attacks by unidentified attackers %v, want some: %v", got, tt.kept)
			}
		})
	}
}
