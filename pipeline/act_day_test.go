package pipeline

import (
	"strings"
	"testing"
	"time"
)

// dateRow is a sentence coded on a story of a given day and the date the
// first event whose CAMEO code starts with code, and whose dyad starts with
// src, must get.
type dateRow struct{ name, text, code, src, want string }

// testDateRows codes each row's text as a story of day ref and checks the
// date of its first event with the row's code and source.
func testDateRows(t *testing.T, ref time.Time, rows []dateRow) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			var all []string
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+dyad(e)+" "+string(e.Date))
				if strings.HasPrefix(e.CAMEO, tt.code) && strings.HasPrefix(dyad(e), tt.src) {
					if got := string(e.Date); got != tt.want {
						t.Errorf("%s %s dated %s, want %s", e.CAMEO, dyad(e), got, tt.want)
					}
					return
				}
			}
			t.Errorf("no %s %s event in %v", tt.code, tt.src, all)
		})
	}
}

// TestOffsetAfterList: an offset that closes a list of acts the first of
// which names the day ("downgraded its relations on Thursday, ordered the
// ambassador to leave and sealed the border, a day after rioters burned
// the embassy") counts back from that day, not from the day the story
// tells of; a day in the clause the offset hangs from still comes first,
// and with no day in the sentence the story's day is the base.
func TestOffsetAfterList(t *testing.T) {
	sat := time.Date(2020, time.January, 4, 12, 0, 0, 0, time.UTC)
	testDateRows(t, sat, []dateRow{
		{"expelled, summoned and suspended, two days after", "Russia expelled two British diplomats on Friday, summoned the British ambassador and suspended flights to London, two days after Britain expelled 23 Russian diplomats.", "161", "GBR", "2020-01-01"},
		{"closed, summoned and suspended, a week after", "Ethiopia closed its embassy in Asmara on Tuesday, summoned the Eritrean envoy and suspended flights, a week after Eritrean troops shelled the town of Zalambessa.", "194", "ERI", "2019-12-24"},
		{"downgraded, ordered and sealed, a day after", "Thailand downgraded its relations with Cambodia on Thursday, ordered the Cambodian ambassador to leave and sealed the border, a day after rioters in Phnom Penh burned the Thai embassy and ransacked Thai-owned hotels and shops.", "145", "KHM", "2020-01-01"},
		{"suspended, expelled and closed, a day after", "Pakistan suspended trade with India on Monday, expelled the Indian high commissioner and closed its airspace, a day after Indian jets bombed a camp in Balakot.", "195", "IND", "2019-12-29"},
		{"the hanging clause's own day", "Turkey recalled its ambassador from Israel on Friday, two days after Israeli troops raided a Turkish aid ship.", "190", "ISR", "2020-01-01"},
		{"no day in the sentence", "Israel closed the Gaza crossings, a day after Palestinian militants fired rockets at Sderot.", "194", "PSE", "2020-01-03"},
	})
}
