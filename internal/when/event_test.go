package when

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/analysistest"
)

// TestFindUndated reads a sentence with no reference date: absolute
// expressions keep their dates, relative ones are found without one.
func TestFindUndated(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"weekday", "Rebels attacked on Friday.", "Friday=?/weekday"},
		{"yesterday", "Rebels attacked yesterday.", "yesterday=?/relative-day/past"},
		{"last week", "Rebels attacked last week.", "last week=?/relative-period/past"},
		{"ago", "Rebels attacked two years ago.", "two years ago=?/ago/past"},
		{"day and month with no year", "Rebels attacked on May 21.", "May 21=?/absolute"},
		{"month with a relative year", "Rebels attacked in May last year.", "May last year=?/absolute"},
		{"full date", "Rebels attacked on May 21, 2020.", "May 21, 2020=2020-05-21/absolute"},
		{"year", "Rebels attacked in 2011.", "2011=2011/year"},
		{"numeric date", "Rebels attacked on 2018-11-13.", "2018-11-13=2018-11-13/absolute"},
		{"decade", "Rebels fought through the 1970s.", "1970s=1970..1979/decade"},
		{"weekday with a full date", "Rebels attacked on Tuesday, May 21, 2019.", "Tuesday, May 21, 2019=2019-05-21/absolute"},
		{"range with its year at the end", "Talks ran from May 1 to May 3, 2020.", "from May 1 to May 3, 2020=2020-05-01..2020-05-03/range"},
		{"next week keeps its cue", "Talks resume next week.", "next week=?/relative-period/future"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Find(dateline.Sentence{Text: tt.text}, time.Time{}) {
				r := render(e)
				if e.Date.IsZero() {
					r = strings.Replace(r, "=/", "=?/", 1)
				}
				if e.Relative != e.Date.IsZero() {
					t.Errorf("%q: got Relative %v with date %q", e.Text, e.Relative, e.Date)
				}
				got = append(got, r)
			}
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEventDate dates events in hand-built analyses, so that the rules
// are pinned whatever the tagger makes of the words.
func TestEventDate(t *testing.T) {
	tue := dateline.Date{Year: 2018, Month: time.November, Day: 13, Precision: dateline.PrecisionDay}
	tests := []struct {
		name    string
		spec    string
		trigger string // the trigger's words; the first occurrence
		ref     dateline.Date
		want    string // date, "" for unknown
		rule    string // a part of the rule
	}{
		{"own clause", "{main [NP Rebels] [VG+past attacked] [NP the town] [PP on] [NP+time Sunday] .}",
			"attacked", tue, "2018-11-11", `weekday "Sunday"`},
		{"no expression: the story's day", "{main [NP Rebels] [VG+past attacked] [NP the town] .}",
			"attacked", tue, "2018-11-13", "story date"},
		{"own clause before the reporting clause's",
			"{main [NP Police] [VG+past said] [NP+time Tuesday] {complement [SUB that] [NP rebels] [VG+past attacked] [NP soldiers] [PP on] [NP+time Sunday]} .}",
			"attacked", tue, "2018-11-11", "Sunday"},
		{"the reporting clause dates what it reports",
			"{main [NP Police] [VG+past said] [NP+time Tuesday] {complement [SUB that] [NP rebels] [VG+past attacked] [NP soldiers]} .}",
			"attacked", tue, "2018-11-13", "Tuesday"},
		{"a relative clause about another noun does not",
			"{main [NP The rebels] , {relative [SUB who] [VG+past seized] [NP the town] [PP in] [NP+time 2012]} , [VG+past attacked] [NP the army] .}",
			"attacked", tue, "2018-11-13", "story date"},
		{"an act in a relative clause takes the date of the noun's clause",
			"{main [NP Tunisia] [VG+present+perfect has changed] [PP since] [NP+time the 2011 uprising] {relative [SUB that] [VG+past ousted] [NP Ben Ali]} .}",
			"ousted", tue, "2011", `year "2011"`},
		{"a relative clause on the subject is not dated by its main clause's complement",
			"{main [NP Anwar] , {relative [SUB who] [VG+past hosted] [NP the talks]} , [VG+past said] {complement [NP the commanders] [VG+past met] [PP on] [NP+time Sunday]} .}",
			"hosted", tue, "2018-11-13", "story date"},
		{"nor by a complement two clauses down",
			"{main [NP The envoy] , {relative [SUB who] [VG+past visited] [NP Kabul]} , [VG+past said] {complement [NP officials] [VG+past told] [NP him] {complement [NP the Taliban] [VG+past released] [NP hostages] [PP on] [NP+time Sunday]}} .}",
			"visited", tue, "2018-11-13", "story date"},
		{"past perfect with no date of its own: the story's month",
			"{main [NP Police] [VG+past said] [NP+time Tuesday] {complement [SUB that] [NP rebels] [VG+past+perfect had attacked] [NP soldiers]} .}",
			"had attacked", tue, "2018-11", "perfect"},
		{"present perfect with no date of its own: the story's month",
			"{main [NP Israel] [VG+present+perfect has besieged] [NP the strip] .}",
			"has besieged", tue, "2018-11", "perfect"},
		{"perfect with a date of its own keeps it",
			"{main [NP Rebels] [VG+past+perfect had attacked] [NP the town] [PP on] [NP+time Sunday] .}",
			"had attacked", tue, "2018-11-11", "Sunday"},
		{"a light verb in the perfect",
			"{main [NP Rebels] [VG+past+perfect had held] [NP talks] .} | obj had held>talks",
			"talks", tue, "2018-11", "perfect"},
		{"future expressions never date an act",
			"{main [NP Rebels] [VG+past attacked] [NP the town] , {adverbial [SUB before] [NP talks] [NP+time next week]} .}",
			"attacked", tue, "2018-11-13", "story date"},
		{"undated story: a weekday is unknown",
			"{main [NP Rebels] [VG+past attacked] [NP the town] [PP on] [NP+time Friday] .}",
			"attacked", dateline.Date{}, "", `unknown: weekday "Friday" needs the story's date`},
		{"undated story: yesterday is unknown",
			"{main [NP Rebels] [VG+past attacked] [NP the town] [NP+time yesterday] .}",
			"attacked", dateline.Date{}, "", `"yesterday" needs the story's date`},
		{"undated story: no expression is unknown",
			"{main [NP Rebels] [VG+past attacked] [NP the town] .}",
			"attacked", dateline.Date{}, "", "the story has none"},
		{"undated story: an absolute date still dates",
			"{main [NP Rebels] [VG+past attacked] [NP the town] [PP on] [NP+time May 21 , 2020] .}",
			"attacked", dateline.Date{}, "2020-05-21", "absolute"},
		{"undated story: a year still dates",
			"{main [NP Rebels] [VG+past attacked] [NP the town] [PP in] [NP+time 2011] .}",
			"attacked", dateline.Date{}, "2011", "year"},
		{"undated story: the perfect is unknown",
			"{main [NP Israel] [VG+present+perfect has besieged] [NP the strip] .}",
			"has besieged", dateline.Date{}, "", "perfect"},
		{"undated story: a relative date in the clause is not replaced by a year elsewhere",
			"{main [NP Rebels] [VG+past attacked] [NP the town] [PP on] [NP+time Friday] , [PP as] [PP in] [NP+time 2012] .}",
			"attacked", dateline.Date{}, "", "Friday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rule := dateIn(t, tt.ref, nil, tt.spec, tt.trigger)
			if got.String() != tt.want {
				t.Errorf("date: got %q (%s), want %q", got, rule, tt.want)
			}
			if !strings.Contains(rule, tt.rule) {
				t.Errorf("rule: got %q, want it to hold %q", rule, tt.rule)
			}
		})
	}
}

// TestStoryDays dates events by the sentences before them: the day the
// story tells of, and the day "that day" refers to.
func TestStoryDays(t *testing.T) {
	mon := dateline.Date{Year: 2023, Month: time.July, Day: 31, Precision: dateline.PrecisionDay} // a Monday
	tests := []struct {
		name    string
		before  []string // the sentences read before, in order
		spec    string
		trigger string
		ref     dateline.Date
		want    string
		rule    string
	}{
		{"the day a main clause named goes on",
			[]string{"{main [NP Leaders] [PP on] [NP+time Sunday] [VG+past imposed] [NP sanctions] .}"},
			"{main [NP Police] [VG+past drove] [NP them] [ADVP back] .}", "drove", mon, "2023-07-30", `"Sunday"`},
		{"a later day named in a main clause takes over",
			[]string{"{main [NP Leaders] [PP on] [NP+time Saturday] [VG+past met] .}", "{main [NP Crowds] [VG+past marched] [PP on] [NP+time Sunday] .}"},
			"{main [NP Police] [VG+past fired] [NP tear gas] .}", "fired", mon, "2023-07-30", `"Sunday"`},
		{"a day named in a complement clause does not",
			[]string{"{main [NP He] [VG+past said] {complement [NP rebels] [VG+past attacked] [PP on] [NP+time Thursday]} .}"},
			"{main [NP Police] [VG+past arrested] [NP ten men] .}", "arrested", mon, "2023-07-31", "story date"},
		{"a day to come named in a main clause does not",
			[]string{"{main [NP Lawmakers] [VG+past voted] [PP on] [NP+time Sunday] .}", "{main [NP Merino] [VG+future will be sworn] [PP in] [PP on] [NP+time Monday] .}"},
			"{main [NP Police] [VG+past fired] [NP tear gas] .}", "fired", mon, "2023-07-30", `"Sunday"`},
		{"nor a day to come in the future",
			[]string{"{main [NP The junta] [VG+past seized] [NP power] [PP on] [NP+time Saturday] .}", "{main [NP Envoys] [VG+future will arrive] [NP+time today] .}"},
			"{main [NP Soldiers] [VG+past detained] [NP ministers] .}", "detained", mon, "2023-07-29", `"Saturday"`},
		{"a day told in the perfect looks back",
			[]string{"{main [NP He] [VG+past+perfect had been briefed] [PP on] [NP+time Sunday] .}"},
			"{main [NP Biden] [VG+past urged] [NP the generals] .}", "urged", mon, "2023-07-31", "story date"},
		{"a day that dates a noun does not",
			[]string{"{main [PP After] [NP+poss+time Thursday 's] [NP attack] , [NP Islamabad] [VG+past rejected] [NP it] .} | poss attack>Thursday 's"},
			"{main [NP India] [VG+past recalled] [NP its envoy] .}", "recalled", mon, "2023-07-31", "story date"},
		{"a day more than a week back is background",
			[]string{"{main [NP The coup] [VG+past began] [PP on] [NP+time July 12] .}"},
			"{main [NP Police] [VG+past arrested] [NP ten men] .}", "arrested", mon, "2023-07-31", "story date"},
		{"an act's own date is kept",
			[]string{"{main [NP Leaders] [PP on] [NP+time Sunday] [VG+past imposed] [NP sanctions] .}"},
			"{main [NP Police] [VG+past fired] [NP+time today] .}", "fired", mon, "2023-07-31", `"today"`},
		{"that day is the day named last, in any clause",
			[]string{"{main [NP Israel] [VG+past vowed] {adverbial [SUB after] [NP gunmen] [VG+past stormed] [NP Israel] [PP on] [NP+time July 7 , 2023]} .}"},
			"{main [NP The militants] [VG+past took] [NP hostages] [NP+time that day] .}", "took", mon, "2023-07-07", "anaphoric"},
		{"the following day is the day after",
			[]string{"{main [NP Talks] [VG+past opened] [PP on] [NP+time July 20 , 2023] .}"},
			"{main [NP Rebels] [VG+past walked] [ADVP out] [NP+time the following day] .}", "walked", mon, "2023-07-21", "anaphoric"},
		{"that day with no day before is the story's day",
			nil,
			"{main [NP Rebels] [VG+past attacked] [NP+time that day] .}", "attacked", mon, "2023-07-31", "story date"},
		{"that day in an undated story refers all the same",
			[]string{"{main [NP Talks] [VG+past opened] [PP on] [NP+time July 20 , 2023] .}"},
			"{main [NP Rebels] [VG+past walked] [ADVP out] [NP+time that day] .}", "walked", dateline.Date{}, "2023-07-20", "anaphoric"},
		{"an undated story has no day to go on",
			[]string{"{main [NP Talks] [VG+past opened] [PP on] [NP+time July 20 , 2023] .}"},
			"{main [NP Rebels] [VG+past walked] [ADVP out] .}", "walked", dateline.Date{}, "", "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rule := dateIn(t, tt.ref, tt.before, tt.spec, tt.trigger)
			if got.String() != tt.want {
				t.Errorf("date: got %q (%s), want %q", got, rule, tt.want)
			}
			if !strings.Contains(rule, tt.rule) {
				t.Errorf("rule: got %q, want it to hold %q", rule, tt.rule)
			}
		})
	}
}

// dateIn dates the event whose trigger is the first occurrence of trigger
// in the sentence spec writes, in a story of day ref after the sentences
// before.
func dateIn(t *testing.T, day dateline.Date, before []string, spec, trigger string) (dateline.Date, string) {
	t.Helper()
	var ref time.Time
	if !day.IsZero() {
		ref = time.Date(day.Year, day.Month, day.Day, 12, 0, 0, 0, time.UTC)
	}
	st := NewStory(day)
	for _, b := range before {
		s := analysistest.MustParse(b)
		st.Next(s, Find(*s, ref))
	}
	s := analysistest.MustParse(spec)
	i := strings.Index(s.Text, trigger)
	if i < 0 {
		t.Fatalf("no %q in %q", trigger, s.Text)
	}
	return st.EventDate(s, Find(*s, ref), dateline.Span{Start: i, End: i + len(trigger)})
}

// TestFindAnaphoric reads the days that refer to a day named before.
func TestFindAnaphoric(t *testing.T) {
	tests := []struct{ text, want string }{
		{"They took hostages that day.", "that day/0"},
		{"Police came that night.", "that night/0"},
		{"They met again the same day.", "the same day/0"},
		{"Talks resumed the following day.", "the following day/1"},
		{"Talks resumed the next day.", "the next day/1"},
		{"He had arrived the previous day.", "the previous day/-1"},
		{"He said that days of talks lay ahead.", ""},
		{"It was the day of the vote.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range Find(dateline.Sentence{Text: tt.text}, tue) {
			if e.Kind == KindAnaphoric {
				got = append(got, e.Text+"/"+strconv.Itoa(e.Shift))
			}
		}
		if strings.Join(got, "; ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFindOffsets reads counts of days from another day: "two days later"
// is an anaphor, "two days after" an offset from what follows.
func TestFindOffsets(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Two days later, the army recaptured it.", "Two days later/anaphoric/2"},
		{"A week earlier, soldiers raided the office.", "A week earlier/anaphoric/-7"},
		{"He returned on Sunday, two days after the coup.", "Sunday/weekday/0; two days after/offset/2"},
		{"Police struck a day before the vote.", "a day before/offset/-1"},
		{"Hours later, police fired.", "Hours later/anaphoric/0"},
		{"The army expelled the envoy hours later.", "hours later/anaphoric/0"},
		{"Days later, troops raided the office.", "Days later/anaphoric/3"},
		{"Troops raided the office days after the vote.", "days after/offset/3"},
		{"Police struck hours before the vote.", "hours before/offset/0"},
		{"Protests went on for days after the vote.", ""},
		{"Weeks later, the army withdrew.", ""},
		{"The talks lasted hours.", ""},
		{"Three years later, he returned.", ""},
		{"Two days of talks ended.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range Find(dateline.Sentence{Text: tt.text}, tue) {
			got = append(got, e.Text+"/"+e.Kind+"/"+strconv.Itoa(e.Shift))
		}
		if strings.Join(got, "; ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
