package pipeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/story"
)

// personRow is a short story, a mention's text in it, and the code that
// mention must have as a person ("" when the words must name no person).
type personRow struct {
	name, date, text string
	mention          string
	want             string
}

func runPersonRows(t *testing.T, rows []personRow) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			on, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			got := personCodes(t, c, tt.text, on, tt.mention)
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("%q: got person %v, want none", tt.mention, got)
			case tt.want != "" && (len(got) == 0 || got[0] != tt.want):
				t.Errorf("%q: got person %v, want %s", tt.mention, got, tt.want)
			}
		})
	}
}

// personCodes returns the codes of the person and pronoun mentions, and of
// titles that refer back to a person, whose text is text, in story order.
func personCodes(t *testing.T, c *Coder, body string, on time.Time, text string) []string {
	t.Helper()
	var out []string
	for _, ms := range codeStoryText(t, c, body, on).Mentions {
		for _, m := range ms {
			if m.Text == text && (m.Kind == dateline.KindPerson || m.Kind == dateline.KindPronoun || strings.HasPrefix(m.Rule, "coref:title")) {
				out = append(out, m.Actor.Code)
			}
		}
	}
	return out
}

// TestUnknownPeopleByApposition: a name the knowledge lacks, with a title
// in apposition after or before it, is a person of the title's sector and
// of the country the title or the story gives.
func TestUnknownPeopleByApposition(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "the new finance minister after the name", date: "2014-03-02",
			text:    "LILONGWE, Malawi (AP) — Kondwani Nkhomawa, the new finance minister, met donors in Lilongwe on Monday.\n",
			mention: "Kondwani Nkhomawa", want: "MWIGOV"},
		{name: "a senior police commander", date: "2019-10-21",
			text:    "LA PAZ, Bolivia (AP) — Protesters blocked roads near La Paz on Sunday, said Rosa Quispe, a senior police commander, on Monday.\n",
			mention: "Rosa Quispe", want: "BOLCOP"},
		{name: "the opposition leader as object", date: "2015-01-06",
			text:    "DHAKA, Bangladesh (AP) — Police detained Tarek Hossainur, the opposition leader, outside his home on Tuesday.\n",
			mention: "Tarek Hossainur", want: "BGDOPP"},
		{name: "the title names the country", date: "2016-05-02",
			text:    "GENEVA (AP) — Enele Tafua, the prime minister of Tuvalu, asked donors for help on Monday.\n",
			mention: "Enele Tafua", want: "TUVGOV"},
		{name: "a country's army chief", date: "2012-05-02",
			text:    "BAMAKO, Mali (AP) — Soldiers surrounded the palace, said Yacouba Diakite, Mali's army chief, on Monday.\n",
			mention: "Yacouba Diakite", want: "MLIMIL"},
		{name: "the title before the name", date: "2018-02-12",
			text:    "KATHMANDU, Nepal (AP) — The new interior minister, Arjun Thapalia, ordered police onto the streets on Monday.\n",
			mention: "Arjun Thapalia", want: "NPLGOV"},
		{name: "a new holder is not the one named before", date: "2018-02-12",
			text: "KATHMANDU, Nepal (AP) — Nepal's interior minister Ram Bahadur Thapa resigned on Sunday.\n\n" +
				"The new interior minister, Arjun Thapalia, ordered police onto the streets on Monday.\n",
			mention: "Arjun Thapalia", want: "NPLGOV"},
		{name: "in a town, the governor: a place", date: "2010-06-02",
			text:    "SUVA, Fiji (AP) — In Lautoka, the police commissioner said roads were closed.\n",
			mention: "Lautoka", want: ""},
		{name: "a sentence-initial adverb", date: "2010-06-02",
			text:    "SUVA, Fiji (AP) — Afterwards, the prime minister said roads were closed.\n",
			mention: "Afterwards", want: ""},
		{name: "a hotel, the meeting place", date: "2010-06-02",
			text:    "SUVA, Fiji (AP) — Leaders met at the Grand Pacific Hotel, the venue of the talks, on Monday.\n",
			mention: "Grand Pacific Hotel", want: ""},
		{name: "an agent of no title before the name", date: "2021-05-24",
			text:    "MINSK, Belarus (AP) — Police arrested the opposition journalist, Roman Pratasevich, on Sunday.\n",
			mention: "Roman Pratasevich", want: "BLRMED"},
		{name: "the name referred back by its surname", date: "2021-05-24",
			text:    "MINSK, Belarus (AP) — Police arrested the opposition journalist, Roman Pratasevich, on Sunday.\n\nPratasevich was taken to a prison.\n",
			mention: "Pratasevich", want: "BLRMED"},
		{name: "a description after the name", date: "2021-05-24",
			text:    "MINSK, Belarus (AP) — Volha Kavalkova, an opposition activist, was detained on Sunday.\n",
			mention: "Volha Kavalkova", want: "BLROPP"},
		{name: "a given name of no one known before a known surname", date: "2021-05-24",
			text:    "MINSK, Belarus (AP) — Ivan Petrou, a lawyer, was detained on Sunday.\n",
			mention: "Ivan Petrou", want: "BLRCVL"},
		{name: "a thing described is no person", date: "2021-05-24",
			text:    "MINSK, Belarus (AP) — Police raided Nasha Niva, a newspaper, on Sunday.\n",
			mention: "Nasha Niva", want: ""},
		{name: "a plural title is not a person", date: "2010-06-02",
			text:    "HARARE, Zimbabwe (AP) — Police blocked Mbare Musika, the protesters said on Monday.\n",
			mention: "Mbare Musika", want: ""},
	})
}

// TestUnknownPeopleAsTitle: "X as TITLE" after a verb of choosing names
// the person the title is given to.
func TestUnknownPeopleAsTitle(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "elected as speaker", date: "2020-08-03",
			text:    "BELGRADE, Serbia (AP) — Lawmakers elected Teodora Ilicic as speaker on Monday.\n",
			mention: "Teodora Ilicic", want: "SRBLEG"},
		{name: "named as army chief", date: "2021-06-02",
			text:    "BAMAKO, Mali (AP) — The junta named Souleymane Diarrassouba as army chief on Tuesday.\n",
			mention: "Souleymane Diarrassouba", want: "MLIMIL"},
		{name: "one word, chosen as prime minister", date: "2012-06-02",
			text:    "MASERU, Lesotho (AP) — Parliament chose Mokoenane as prime minister on Friday.\n",
			mention: "Mokoenane", want: "LSOGOV"},
		{name: "appointed as the new interior minister", date: "2019-04-02",
			text:    "KHARTOUM, Sudan (AP) — The council appointed Osman Abdelrahim as the new interior minister.\n",
			mention: "Osman Abdelrahim", want: "SDNGOV"},
		{name: "a body is no title", date: "2019-04-02",
			text:    "KHARTOUM, Sudan (AP) — The council named Bahri Hall as the parliament's seat.\n",
			mention: "Bahri Hall", want: ""},
	})
}

// TestUnknownPeopleReporting: a two- or three-word name whose first word is
// a given name of the knowledge's people, as the subject of a reporting
// verb ("said" and "told" as well as "says"), is a person of the story's
// country with no sector.
func TestUnknownPeopleReporting(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "a resident said", date: "2013-08-15",
			text:    "CAIRO, Egypt (AP) — Security forces cleared the camp on Wednesday, Ahmed Farouky says.\n",
			mention: "Ahmed Farouky", want: "EGY"},
		{name: "said and the name", date: "2019-02-02",
			text:    "CARACAS, Venezuela (AP) — Troops fired tear gas at marchers in Caracas, added Maria Gonzalvez.\n",
			mention: "Maria Gonzalvez", want: "VEN"},
		{name: "told reporters", date: "2008-01-02",
			text:    "NAIROBI, Kenya (AP) — John Mwangiru told reporters that police had burned his shop.\n",
			mention: "John Mwangiru", want: "KEN"},
		{name: "three words", date: "2016-07-02",
			text:    "MANILA, Philippines (AP) — Police shot two men in Tondo, Jose Maria Dizonio warned.\n",
			mention: "Jose Maria Dizonio", want: "PHL"},
		{name: "the irregular said", date: "2017-08-10",
			text:    "NAIROBI, Kenya (AP) — Police fired tear gas at opposition supporters.\n\nAhmed Farouky said the rally would go on.\n",
			mention: "Ahmed Farouky", want: "KEN"},
		{name: "said and the name after", date: "2019-02-02",
			text:    "CARACAS, Venezuela (AP) — Troops fired tear gas at marchers in Caracas, said Maria Gonzalvez.\n",
			mention: "Maria Gonzalvez", want: "VEN"},
		{name: "a company is not a person", date: "2016-07-02",
			text:    "TOKYO, Japan (AP) — Toyota Tsusho announced it would build a plant in Kenya.\n",
			mention: "Toyota Tsusho", want: ""},
		{name: "a bank is not a person", date: "2016-07-02",
			text:    "FRANKFURT, Germany (AP) — Peter Hambrecht Bank announced it would close branches.\n",
			mention: "Peter Hambrecht Bank", want: ""},
		{name: "one word is not enough", date: "2016-07-02",
			text:    "LAGOS, Nigeria (AP) — Gunmen attacked a bus near Ibadan, Adewale says.\n",
			mention: "Adewale", want: ""},
	})
}

// TestUnknownPeopleReferredBack: a person found by a cue is the one a later
// surname, full name and "he" stand for, not a known leader named before.
func TestUnknownPeopleReferredBack(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "the surname later", date: "2014-11-02",
			text: "NUKU'ALOFA, Tonga (AP) — Tonga's king opened parliament in Tonga on Monday, and New Zealand's prime minister John Key sent aid.\n\n" +
				"Parliament chose Peni Tuilagitau as prime minister on Tuesday.\n\nOpposition parties asked Tuilagitau to resign.\n",
			mention: "Tuilagitau", want: "TONGOV"},
		{name: "he after the surname", date: "2014-11-02",
			text: "NUKU'ALOFA, Tonga (AP) — Tonga's king opened parliament in Tonga on Monday, and New Zealand's prime minister John Key sent aid.\n\n" +
				"Parliament chose Peni Tuilagitau as prime minister on Tuesday.\n\nOpposition parties asked Tuilagitau to resign, but he refused.\n",
			mention: "he", want: "TONGOV"},
		{name: "the full name again", date: "2013-08-15",
			text: "CAIRO, Egypt (AP) — Ahmed Farouky, a senior commander, says troops were ready.\n\n" +
				"Protesters later blamed Ahmed Farouky for the deaths.\n",
			mention: "Ahmed Farouky", want: "EGYMIL"},
		{name: "the title again", date: "2012-06-02",
			text: "MASERU, Lesotho (AP) — Lesotho's king dissolved the cabinet in Lesotho on Monday, and South Africa's president Jacob Zuma visited.\n\n" +
				"Parliament chose Mokoenane as prime minister on Friday.\n\nThe prime minister thanked South Africa.\n",
			mention: "prime minister", want: "LSOGOV"},
	})
}

// TestUnknownPeopleActs: the person found acts; the refusal is not the
// leader named before.
func TestUnknownPeopleActs(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a refusal by the new prime minister", date: "2014-11-02",
			text: "NUKU'ALOFA, Tonga (AP) — Tonga's king opened parliament in Tonga on Monday, and New Zealand's prime minister John Key sent aid.\n\n" +
				"Parliament chose Peni Tuilagitau as prime minister on Tuesday.\n\nOpposition parties demanded that Tuilagitau resign, but he refused.\n",
			sentence: "but he refused", not: []string{"* NZLGOV>*"}},
	})
}

// TestNewspaperNamesAreNoPeople: a newspaper's name that opens with a
// given name the knowledge has ("Christian", "Grant") is no person before a
// reporting verb, since its last word is a newspaper's (common.txt thing:);
// a given name and a surname still are.
func TestNewspaperNamesAreNoPeople(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "a monitor", date: "2015-01-09",
			text:    "KAMPALA, Uganda (AP) — The Christian Science Monitor reported on Friday that the vote was fair.\n",
			mention: "Christian Science Monitor", want: ""},
		{name: "an express", date: "2015-01-09",
			text:    "KAMPALA, Uganda (AP) — Victor Express said on Friday that the vote was fair.\n",
			mention: "Victor Express", want: ""},
		{name: "a gleaner after a country", date: "2015-01-09",
			text:    "KINGSTON, Jamaica (AP) — The Jamaica Gleaner said the vote was fair.\n",
			mention: "Jamaica Gleaner", want: ""},
		{name: "a chronicle in the passive", date: "2015-01-09",
			text:    "KAMPALA, Uganda (AP) — The fraud was reported by the Grant Chronicle on Friday.\n",
			mention: "Grant Chronicle", want: ""},
		{name: "a given name and a surname are a person", date: "2015-01-09",
			text:    "KAMPALA, Uganda (AP) — Mary Okafor said on Friday that the vote was fair.\n",
			mention: "Mary Okafor", want: "UGA"},
	})
}

// TestSpellingIsNoCommonWord: a close spelling of a known surname is a
// person only when the word is no common word of English; the exact name,
// and a misspelt name that is no word, still are.
func TestSpellingIsNoCommonWord(t *testing.T) {
	runPersonRows(t, []personRow{
		{"a gerund opening the sentence", "2010-01-01", "Adding that the talks had failed, the minister left the capital.", "Adding", ""},
		{"a word inside a city's name", "2010-01-01", "Talks were held in Dar es Salaam on Monday.", "Salaam", ""},
		{"a misspelt surname that is no word", "2019-04-10", "Khalifa Hiftar ordered his forces to advance on Tripoli.", "Khalifa Hiftar", "LBYMIL"},
		{"the exact surname", "2019-04-10", "Haftar ordered his forces to advance on Tripoli.", "Haftar", "LBYMIL"},
	})
}

// TestKindWordsNameNoOne: an agent word before another noun that says what
// kind it is ("the general election", "federal funds") names no actor for
// the event stage to take (rule "+kind-word").
func TestKindWordsNameNoOne(t *testing.T) {
	c := newCoder(t)
	on := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"NAIROBI, Kenya (AP) — The opposition boycotted the general election on Tuesday.\n",
		"LAGOS, Nigeria (AP) — Governors demanded more federal funds.\n",
	} {
		res := codeStoryText(t, c, text, on)
		for _, ms := range res.Mentions {
			for _, m := range ms {
				if (m.Text == "general" || m.Text == "federal") && !strings.HasSuffix(m.Rule, "+kind-word") {
					t.Errorf("%q: %q is an actor (%s, rule %s), want a kind word", text, m.Text, m.Actor.Code, m.Rule)
				}
			}
		}
	}
}

// codeStoryText codes body as a story published on day on.
func codeStoryText(t *testing.T, c *Coder, body string, on time.Time) *dateline.Coded {
	t.Helper()
	st, err := story.ReadText("test.txt", []byte(body), story.Options{Date: on})
	if err != nil {
		t.Fatal(err)
	}
	st.Published = on
	res, err := c.Code(context.Background(), &st)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
