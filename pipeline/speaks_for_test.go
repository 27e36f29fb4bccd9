package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestSpeaksFor: one who speaks for, heads or serves a group is of the
// group, in the group's country or, when it has none, the story's; a name
// set off before "a spokesman for X" or "the head of X" is that person,
// whether the act is theirs or done to them.
func TestSpeaksFor(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		name     string
		date     string
		text     string
		sentence string   // a snippet of the sentence checked
		want     []string // events there: "ROOT SOURCE>TARGET", "*" for any root or target; none for no event
	}{
		{"a spokesman for the rebels accuses", "2011-03-02",
			"BENGHAZI, Libya (AP) — A spokesman for the rebels accused the army of shelling homes on Tuesday.\n",
			"A spokesman for the rebels", []string{"11 LBYREB>LBYMIL"}},
		{"a spokeswoman for the ministry rejects", "2016-09-12",
			"KIEV, Ukraine (AP) — A spokeswoman for the ministry rejected the separatists' demands on Monday.\n",
			"A spokeswoman for the ministry", []string{"12 UKRGOV>*"}},
		{"a named spokesman for the miners", "2012-05-07",
			"LA PAZ, Bolivia (AP) — Tomas Riera, a spokesman for the striking miners, accused the government of ignoring their demands.\n",
			"Tomas Riera", []string{"11 BOLCVL>BOLGOV"}},
		{"the same, in the present", "2012-05-07",
			"LA PAZ, Bolivia (AP) — Tomas Riera, a spokesman for the miners, accuses the government of lying.\n",
			"Tomas Riera", []string{"11 BOLCVL>BOLGOV"}},
		{"the head of the rebels arrested", "2003-11-19",
			"BUJUMBURA, Burundi (AP) — Karim Sadeq, the head of the rebels, was arrested on Friday.\n",
			"Karim Sadeq", []string{"17 BDICOP>BDIREB"}},
		{"police detain a spokesman for the villagers", "2004-06-20",
			"DHAKA, Bangladesh (AP) — Police detained Anwar Kabir, a spokesman for the villagers, on Sunday.\n",
			"Anwar Kabir", []string{"17 BGDCOP>BGDCVL"}},
		{"an aide to the president named later by surname", "2017-02-08",
			"BUCHAREST, Romania (AP) — Lena Varga, an aide to the president, resigned on Monday.\n\nProsecutors accused Varga of taking bribes.\n",
			"accused Varga", []string{"11 ROUJUD>ROUGOV"}},
		{"the rebels' spokesman", "2011-03-02",
			"BENGHAZI, Libya (AP) — The rebels' spokesman accused the army of shelling homes on Tuesday.\n",
			"The rebels' spokesman", []string{"11 LBYREB>LBYMIL"}},
		{"the protesters' leaders as object", "2019-10-03",
			"BAGHDAD, Iraq (AP) — Police arrested the protesters' leaders on Tuesday.\n",
			"the protesters' leaders", []string{"17 IRQCOP>IRQOPP"}},
		{"leaders of a quoted movement, including a name no one knows", "2010-05-19",
			"BANGKOK, Thailand (AP) — Several leaders of the \"yellow shirt\" movement, including Somsak Wongchai, surrendered to police on Wednesday.\n",
			"Several leaders", []string{"08 THAOPP>THACOP"}},
		{"leaders including a known person are that person", "2011-02-20",
			"TRIPOLI, Libya (AP) — Several leaders, including Moammar Gadhafi, accused the rebels of treason.\n",
			"Several leaders", []string{"11 LBYGOV>LBYREB"}},
		{"officers from both armies", "2020-06-16",
			"NEW DELHI, India (AP) — Senior officers from both armies met on Tuesday, Indian officials said.\n",
			"Senior officers", []string{"04 INDMIL>*"}},
		{"who chairs a rights commission", "2010-05-05",
			"KATHMANDU, Nepal (AP) — Police detained Gita Sharma, who chairs the independent Human Rights Commission of Nepal, on Friday.\n",
			"Gita Sharma", []string{"17 NPLCOP>NGONPL"}},
		{"who leads the rebels, as subject", "2010-05-05",
			"KATHMANDU, Nepal (AP) — Sita Gurung, who leads the rebels, accused the army of killing civilians.\n",
			"Sita Gurung", []string{"11 NPLREB>NPLMIL"}},
		{"who represents the families, passive", "2010-05-05",
			"KATHMANDU, Nepal (AP) — Hari Bahadur, who represents the families of the victims, was arrested on Monday.\n",
			"Hari Bahadur", []string{"17 NPLCOP>NPLCVL"}},
		{"who leads a country governs it", "1995-03-02",
			"GENEVA (AP) — Arvo Kiltanen, who leads Estonia, accused Russia of meddling.\n",
			"Arvo Kiltanen", []string{"11 ESTGOV>RUS"}},
		{"who runs a shop is no one's", "2010-05-05",
			"KATHMANDU, Nepal (AP) — Maya Rai, who runs a small shop, accused the police of beating her son.\n",
			"Maya Rai", nil},
		{"a spokesman for gunmen is of no country", "2015-01-14",
			"KANO, Nigeria (AP) — Abdul Wali, a spokesman for the gunmen, threatened the police on Monday.\n",
			"Abdul Wali", []string{"13 UAF>NGACOP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			got := inSentence(codeText(t, c, tt.text, on), tt.sentence)
			if len(tt.want) == 0 && len(got) > 0 {
				t.Errorf("in %q: got %v, want no event", tt.sentence, got)
			}
			for _, w := range tt.want {
				if !codedPair(got, w) {
					t.Errorf("in %q: got %v, want %s", tt.sentence, got, w)
				}
			}
		})
	}
}

// TestSpeakersByName: a name the knowledge lacks, whose surname is within
// a spelling of a known person's, is someone else when a given name of no
// one known stands before it; a title before it keeps the known person.
func TestSpeakersByName(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "a given name before a near surname, who chairs", date: "2015-05-05",
			text:    "KARACHI, Pakistan (AP) — Nasreen Jahangir, who chairs the teachers union, was detained on Friday.\n",
			mention: "Nasreen Jahangir", want: "PAKLAB"},
		{name: "a given name before a near surname, a spokeswoman for", date: "2015-05-05",
			text:    "KARACHI, Pakistan (AP) — Nadia Haftari, a spokeswoman for the miners, accused the police of lying.\n",
			mention: "Nadia Haftari", want: "PAKCVL"},
		{name: "a common given name before a known surname", date: "2019-10-03",
			text:    "BAGHDAD, Iraq (AP) — Ali Hashimi, a spokesman for the protesters, accused the police of firing live rounds.\n",
			mention: "Ali Hashimi", want: "IRQOPP"},
		{name: "a common given name before a spelling of a surname", date: "2019-10-03",
			text:    "BAGHDAD, Iraq (AP) — Reza Karimi, an aide to the prime minister, denied the claims.\n",
			mention: "Reza Karimi", want: "IRQGOV"},
		{name: "a spelling of the person's own given name keeps them", date: "2013-06-01",
			text:    "CAIRO, Egypt (AP) — Muhammad Mursi met the envoy on Monday.\n",
			mention: "Mursi", want: "EGYGOV"},
		{name: "a title of a place, then the name", date: "2014-11-05",
			text:    "CHILPANCINGO, Mexico (AP) — The governor of Guerrero state, Angel Ruiz, resigned on Thursday.\n",
			mention: "Angel Ruiz", want: "MEXGOV"},
		{name: "a title of a place as object, then the name", date: "2019-11-05",
			text:    "LA PAZ, Bolivia (AP) — Protesters dragged the mayor of the town of Vinto, Patricia Arce, through the streets.\n",
			mention: "Patricia Arce", want: "BOLGOV"},
		{name: "a surname that is a common given name, before a title", date: "2021-07-08",
			text:    "PORT-AU-PRINCE, Haiti (AP) — The police were in control, said Pierre Joseph, the interim prime minister.\n",
			mention: "Pierre Joseph", want: "HTIGOV"},
		{name: "a surname that is a common given name, who heads", date: "2021-07-08",
			text:    "PORT-AU-PRINCE, Haiti (AP) — Marc Charles, who heads the national police, said four suspects were killed.\n",
			mention: "Marc Charles", want: "HTICOP"},
		{name: "a common given name alone is no name", date: "2021-07-08",
			text:    "PORT-AU-PRINCE, Haiti (AP) — The police were in control, said Joseph, the interim prime minister.\n",
			mention: "Joseph", want: ""},
		{name: "a title before a near surname keeps the known person", date: "2015-05-05",
			text:    "BENGHAZI, Libya (AP) — General Haftari said his forces had taken the port.\n",
			mention: "General Haftari", want: "LBYMIL"},
	})
}

// TestSpeaksForTruncated codes every prefix of sentences of the
// constructions above, cut anywhere, as a headline may be: none may fail.
func TestSpeaksForTruncated(t *testing.T) {
	c := newCoder(t)
	on := time.Date(2014, 11, 5, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		`Tomas Riera, a spokesman for the striking miners, accused the government of lying.`,
		`Police detained Karim Sadeq, the student, the head of the rebels' armed wing, on Friday.`,
		`Gita Sharma, who chairs the independent Human Rights Commission of Nepal, was detained.`,
		`Several leaders of the "red shirt" movement, including Somsak Wongchai, surrendered.`,
		`The governor of Guerrero state, Angel Ruiz, resigned, and the rebels' leader fled.`,
		`Police opened fire on buses carrying students, who were going home, killing six.`,
	} {
		words := strings.Fields(s)
		for n := 1; n <= len(words); n++ {
			cut := strings.Join(words[:n], " ")
			codeText(t, c, "LA PAZ, Bolivia (AP) — "+cut+"\n", on)
			codeText(t, c, "LA PAZ, Bolivia (AP) — "+strings.TrimRight(cut, `,."`)+"\n", on)
		}
	}
}
