package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dateline"
)

// countryRow checks the events of one sentence by root and by the
// countries of their source and target ("112 IRN>ISR"; "-" for none),
// what a user of dyads relies on, leaving sectors to their own tests.
type countryRow struct {
	name, text string
	sentence   string // a snippet of the sentence checked
	want, not  []string
}

func runCountryRows(t *testing.T, rows []countryRow) {
	t.Helper()
	c := newCoder(t)
	on := time.Date(2020, 1, 7, 0, 0, 0, 0, time.UTC)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range codeText(t, c, tt.text, on) {
				if strings.Contains(e.Sentence.Text, tt.sentence) {
					got = append(got, fmt.Sprintf("%s %s>%s", e.CAMEO, countryOr(e.Source), countryOr(e.Target)))
				}
			}
			for _, w := range tt.want {
				if !codedPair(got, w) {
					t.Errorf("in %q: got %v, want %s", tt.sentence, got, w)
				}
			}
			for _, w := range tt.not {
				if codedPair(got, w) {
					t.Errorf("in %q: got %v, want no %s", tt.sentence, got, w)
				}
			}
		})
	}
}

func countryOr(p *dateline.Participant) string {
	if p == nil || p.Country == "" {
		return "-"
	}
	return string(p.Country)
}

// TestJudgedDeedByAgent: a judgement that calls an act named with its
// doer's "by" phrase something ("called the raid by Israeli warplanes an
// act of aggression") is aimed at the doer, as "called the Israeli raid an
// act of aggression" is: the object runs on through its "by" phrase to the
// second object.
func TestJudgedDeedByAgent(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "raid by warplanes, time after the subject", text: "TEHRAN, Iran (AP) — Iran on Monday called the raid by Israeli warplanes an act of aggression.\n",
			sentence: "called the raid", want: []string{"11 IRN>ISR"}},
		{name: "strike by jets, a violation", text: "DAMASCUS, Syria (AP) — Damascus called the strike by Israeli jets a flagrant violation of its sovereignty.\n",
			sentence: "called the strike", want: []string{"11 SYR>ISR"}, not: []string{"14 SYR>ISR"}},
		{name: "shelling of a city by forces, a war crime", text: "KYIV, Ukraine (AP) — Kyiv called the shelling of Kharkiv by Russian forces a war crime.\n",
			sentence: "called the shelling", want: []string{"11 UKR>RUS"}},
		{name: "strikes by aircraft, an act of war", text: "ISLAMABAD (AP) — Pakistan called the strikes by Indian aircraft an act of war on Wednesday.\n",
			sentence: "called the strikes", want: []string{"11 PAK>IND"}},
		{name: "visit by a speaker, a provocation", text: "BEIJING (AP) — Beijing called the visit by the U.S. speaker a provocation.\n",
			sentence: "called the visit", want: []string{"11 CHN>USA"}},
		{name: "incursion by troops, a violation, minister speaks", text: "CARACAS, Venezuela (AP) — Venezuela's foreign minister called the incursion by Colombian troops a violation of international law.\n",
			sentence: "called the incursion", want: []string{"11 VEN>COL"}},
	})
}

// TestAppositionBeforeWhose: a person named with an apposition that a
// "whose" clause follows ("Moshe Holtzberg, an Israeli boy whose parents
// were killed") takes the apposition's nationality as a target, as
// without the clause: the apposition ends where the relative clause
// opens.
func TestAppositionBeforeWhose(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "a boy whose parents were killed",
			text:     "JERUSALEM (AP) — On Wednesday Modi met Moshe Holtzberg, an Israeli boy whose parents were killed in Mumbai.\n",
			sentence: "met Moshe", want: []string{"040 IND>ISR"}},
		{name: "a businessman whose company builds, then a place",
			text:     "MOSCOW (AP) — Putin met Hans Keller, a German businessman whose company builds pipelines, in Moscow.\n",
			sentence: "met Hans", want: []string{"040 RUS>DEU"}},
		{name: "a refugee whose family fled",
			text:     "DHAKA, Bangladesh (AP) — The pope met Yusuf Rahman, a Bangladeshi refugee whose family fled Myanmar.\n",
			sentence: "met Yusuf", want: []string{"040 ->BGD"}},
		{name: "a journalist arrested, whose reports angered",
			text:     "MINSK, Belarus (AP) — Police arrested Tomas Novak, a Czech journalist whose reports angered the government.\n",
			sentence: "arrested Tomas", want: []string{"173 BLR>CZE"}},
		{name: "no clause: as before",
			text:     "JERUSALEM (AP) — Modi met Moshe Holtzberg, an Israeli student.\n",
			sentence: "met Moshe", want: []string{"040 IND>ISR"}},
	})
}
