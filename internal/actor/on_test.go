package actor

import (
	"testing"

	"dateline"
)

// whoOn is what On must answer: Who's first match of the kind whose actor
// keeps the name asked for.
func whoOn(d *Dictionary, name string, kind dateline.MentionKind, on string) (dateline.Actor, bool) {
	for _, m := range d.Who(name, day(on)) {
		if m.Actor.Name == name && m.Kind == kind {
			return m.Actor, true
		}
	}
	return dateline.Actor{}, false
}

// TestOnAgreesWithWho checks that On, the lean look-up a story's events
// date their people and groups with, answers as Who's first match of the
// kind would: for people in and out of office, groups whose role moves,
// spelling variants, fuzzy surnames, names no entry holds, and agent
// nouns, which are no person.
func TestOnAgreesWithWho(t *testing.T) {
	d := dict(t)
	person, group := dateline.KindPerson, dateline.KindOrganization
	tests := []struct {
		name string
		who  string
		kind dateline.MentionKind
		on   string
		code string // what On gives; "" for no actor
	}{
		{"president in office", "Dmitry Medvedev", person, "2010-06-01", "RUSGOV"},
		{"premier later", "Dmitry Medvedev", person, "2015-06-01", "RUSGOV"},
		{"defence minister before presidency", "Abdel Fattah el-Sisi", person, "2013-07-03", "EGYMIL"},
		{"party leader after office", "Giuseppe Conte", person, "2022-03-01", "ITAPTY"},
		{"opposition leader", "Benjamin Netanyahu", person, "2022-01-01", "ISROPP"},
		{"between terms", "Donald Trump", person, "2023-06-01", "USAOPP"},
		{"ousted the day after", "Manuel Zelaya", person, "2009-06-29", "HNDGOV"},
		{"insurgents before taking power", "Taliban", group, "2010-01-01", "AFGREB"},
		{"rulers after taking power", "Taliban", group, "2022-01-01", "AFGGOV"},
		{"group asked as a person", "Taliban", person, "2022-01-01", ""},
		{"person asked as a group", "Giuseppe Conte", group, "2019-03-01", ""},
		{"spelling variant keeps no canonical name", "Hifter", person, "2019-04-04", ""},
		{"fuzzy surname keeps no canonical name", "Zelenskiyy", person, "2023-01-01", ""},
		{"nobody", "Jane Roe", person, "2020-01-01", ""},
		{"agent noun", "premier", person, "2020-01-01", ""},
		{"empty", "", person, "2020-01-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := d.On(tt.who, tt.kind, day(tt.on))
			want, wantOK := whoOn(d, tt.who, tt.kind, tt.on)
			if got != want || ok != wantOK {
				t.Errorf("On(%q, %s, %s): got %+v %v, want Who's %+v %v", tt.who, tt.kind, tt.on, got, ok, want, wantOK)
			}
			if got.Code != tt.code || ok != (tt.code != "") {
				t.Errorf("On(%q, %s, %s): got %q %v, want %q", tt.who, tt.kind, tt.on, got.Code, ok, tt.code)
			}
		})
	}
}
