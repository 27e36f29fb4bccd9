package actor

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/scanner"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"dateline"
	"dateline/internal/syntax"
)

// reportingVerb is the syntax stage's test of a form of a reporting verb,
// as the pipeline gives it to the tracker (pipeline's Coder.reporting): the
// tracker keeps no list of its own, and "said", "announced" and
// "declared" end a clause only through it.
var reportingVerb = sync.OnceValue(func() func(string) bool {
	a, err := syntax.Default()
	if err != nil {
		panic(err)
	}
	return func(w string) bool {
		return a.Roles(w).Has(dateline.RoleReport) || a.Roles(a.VerbLemma(w)).Has(dateline.RoleReport)
	}
})

// newTracker starts a tracker for tests as the pipeline does, told of the
// reporting verbs.
func newTracker(d *Dictionary, on time.Time) *Tracker {
	tr := d.NewTracker(on)
	tr.KnowReporting(reportingVerb())
	return tr
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func dict(t testing.TB) *Dictionary {
	t.Helper()
	d, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return d
}

func TestShippedDataChecks(t *testing.T) {
	for _, err := range dict(t).Check() {
		t.Errorf("Check: %v", err)
	}
}

func TestWhoRolesInTime(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Medvedev president", "Dmitry Medvedev", "2010-06-01", "RUSGOV", "president"},
		{"Medvedev premier", "Dmitry Medvedev", "2015-06-01", "RUSGOV", "prime minister"},
		{"Medvedev security council", "Dmitry Medvedev", "2021-06-01", "RUSGOV", "deputy chairman of the Security Council"},
		{"Sisi defence minister", "Abdel Fattah el-Sisi", "2013-07-03", "EGYMIL", "defense minister and commander of the armed forces"},
		{"Sisi president", "Sisi", "2015-01-01", "EGYGOV", "president"},
		{"Sisi between roles takes the next", "al-Sisi", "2014-05-01", "EGYGOV", "president"},
		{"Conte premier", "Giuseppe Conte", "2019-03-01", "ITAGOV", "prime minister"},
		{"Conte party leader", "Giuseppe Conte", "2022-03-01", "ITAPTY", "leader of the Five Star Movement"},
		{"Conte before office", "Conte", "2010-01-01", "ITA", "prime minister"},
		{"Sarraj last day is the successor's", "Fayez al-Sarraj", "2021-03-14", "LBYGOV", "prime minister of the Government of National Accord"},
		{"Gaddafi after his rule", "Gaddafi", "2018-11-13", "LBYGOV", "ruler of Libya"},
		{"Taliban insurgents", "Taliban", "2010-01-01", "AFGREB", "insurgency"},
		{"Taliban rulers", "Taleban", "2022-01-01", "AFGGOV", "rulers of Afghanistan"},
		{"UN", "U.N.", "2018-01-01", "IGOUNO", ""},
		{"Islamic State", "ISIS", "2015-01-01", "IMGRAD", ""},
		{"Haftar spelled Hifter", "Hifter", "2019-04-04", "LBYMIL", "commander of the Libyan National Army"},
		{"Gadhafi spelled Qaddafi", "Moammar Qaddafi", "2010-01-01", "LBYGOV", "ruler of Libya"},
		{"Kadhafi", "Kadhafi", "2010-01-01", "LBYGOV", "ruler of Libya"},
		{"Serraj", "Serraj", "2018-01-01", "LBYGOV", "prime minister of the Government of National Accord"},
		{"fuzzy surname", "Zelenskiyy", "2023-01-01", "UKRGOV", "president"},
		{"Netanyahu in opposition", "Benjamin Netanyahu", "2022-01-01", "ISROPP", "opposition leader"},
		{"Uribe against Santos", "Alvaro Uribe", "2016-09-27", "COLOPP", "founder and leader of the opposition Democratic Center party, senator from 2014"},
		{"Trump between terms", "Donald Trump", "2023-06-01", "USAOPP", "former president, leading figure of the opposition Republican Party"},
		{"Lula jailed", "Lula", "2018-06-01", "BRAOPP", "opposition leader of the Workers' Party, jailed 2018-2019"},
		{"Zelaya the day after the coup", "Manuel Zelaya", "2009-06-29", "HNDGOV", "president, ousted in a coup on 2009-06-28 and recognised abroad until his term ended"},
		{"Zelaya after his term", "Manuel Zelaya", "2013-11-24", "HNDOPP", "ousted president, leader of the opposition LIBRE party"},
		{"Kosovo", "Kosovo", "2020-01-01", "XKX", ""},
		{"Ivory Coast", "Côte d'Ivoire", "2020-01-01", "CIV", ""},
		{"agent", "premier", "2020-01-01", "GOV", ""},
	})
}

// got renders mentions as "text=CODE" (and "/Name" when asked).
func render(ms []dateline.Mention, names bool) string {
	var b []string
	for _, m := range ms {
		s := m.Text + "=" + m.Actor.Code
		if names {
			s += "/" + m.Actor.Name
		}
		b = append(b, s)
	}
	return strings.Join(b, "; ")
}

// lastMentions reads a story dated on, sentence by sentence, and returns
// the mentions of its last sentence.
func lastMentions(d *Dictionary, on string, story []string) []dateline.Mention {
	tr := newTracker(d, day(on))
	var ms []dateline.Mention
	for _, s := range story {
		ms = tr.Mentions(sentence(s))
	}
	return ms
}

func TestMentions(t *testing.T) {
	d := dict(t)
	tests := []struct {
		name  string
		on    string
		story []string // earlier sentences of the story, then the one checked
		want  string
		names bool
	}{
		// unknown people by title and nationality
		{"title and nationality", "2016-05-01", []string{"Egyptian President Ahmed Fathy Kamel met Kenyan Defense Minister Joseph Odhiambo on Monday."},
			"Egyptian President Ahmed Fathy Kamel=EGYGOV; Kenyan Defense Minister Joseph Odhiambo=KENGOV", false},
		{"military title alone", "2016-05-01", []string{"Gen. Marcus Olembe said the road was open."}, "Gen. Marcus Olembe=MIL", false},
		{"known person wins over title", "2016-05-01", []string{"Russian Prime Minister Dmitry Medvedev arrived."}, "Russian Prime Minister Dmitry Medvedev=RUSGOV", false},
		{"premier and name", "2019-05-01", []string{"Premier Giuseppe Conte spoke."}, "Premier Giuseppe Conte=ITAGOV", false},

		// spellings
		{"Hiftar", "2019-05-01", []string{"Forces loyal to Khalifa Hiftar advanced."}, "Forces loyal to Khalifa Hiftar=LBYMIL", false},
		{"Haftar full and Hifter", "2019-05-01", []string{"Khalifa Haftar spoke.", "Hifter later left."}, "Hifter=LBYMIL", false},
		{"el-Sissi", "2016-01-01", []string{"President Abdel-Fattah el-Sissi met al-Sisi's ministers."}, "President Abdel-Fattah el-Sissi=EGYGOV; al-Sisi's ministers=EGYGOV", false},
		{"Gheddafi", "2009-01-01", []string{"Colonel Moamer Gheddafi spoke."}, "Colonel Moamer Gheddafi=LBYGOV", false},
		{"Sarraj", "2017-01-01", []string{"Fayez Sarraj and Fayez al-Serraj are one."}, "Fayez Sarraj=LBYGOV; Fayez al-Serraj=LBYGOV", false},
		{"a sound-alike far in spelling is not a variant", "2010-01-01", []string{"The Workers' League of Korea met."}, "Workers' League of Korea=", false},
		{"a sector word before a group's name", "2000-01-01", []string{"The rebel Kurdistan Workers' Party said."}, "rebel Kurdistan Workers' Party=TURREB", false},
		{"a name differing in a consonant is no spelling", "2025-06-01", []string{"On Monday, Sharma spoke to reporters."}, "reporters=MED", false},
		{"a short place name is no spelling of a person", "2008-08-10", []string{"Russian troops entered Gori."}, "Russian troops=RUSMIL", false},
		{"possessive inside a name", "2000-01-01", []string{"The Kurdistan Workers' Party said."}, "Kurdistan Workers' Party=TURREB", false},

		// coreference
		{"surname after full name", "2019-05-01", []string{"Giuseppe Conte flew in.", "Conte said the talks went well."}, "Conte=ITAGOV/Giuseppe Conte", true},
		{"the premier", "2019-05-01", []string{"Giuseppe Conte flew in.", "Reporters asked questions.", "The premier said the talks went well."}, "premier=ITAGOV/Giuseppe Conte", true},
		{"he: subject of the last sentence", "2019-05-01", []string{"Italy's premier met Emmanuel Macron.", "He said the talks went well."}, "He=ITAGOV/Giuseppe Conte", true},
		{"he: subject of this sentence", "2019-05-01", []string{"Emmanuel Macron said that he would go."}, "Emmanuel Macron=FRAGOV/Emmanuel Macron; he=FRAGOV/Emmanuel Macron", true},
		{"the group", "2015-05-01", []string{"Hezbollah fired rockets.", "The group said it was retaliating."}, "group=LBNRAD; it=LBNRAD", false},
		{"unknown surname", "2015-05-01", []string{"Nigerian Interior Minister Musa Bello spoke.", "Bello said the curfew would stay."}, "Bello=NGAGOV", false},

		// compound actors
		{"compound adjectives", "2000-01-01", []string{"Senior Hungarian and Romanian officials agreed to meet."}, "Hungarian=HUNGOV; Romanian officials=ROUGOV", false},
		{"two countries", "2000-01-01", []string{"Israel and the Palestinians signed a deal."}, "Israel=ISR; Palestinians=PSE", false},
		{"country pair", "2000-01-01", []string{"Jordan and Britain have agreed, a Jordanian official confirmed."}, "Jordan=JOR; Britain=GBR; Jordanian official=JORGOV", false},

		// possessives
		{"country's office holder", "2019-05-01", []string{"Turkey's foreign minister met Germany's chancellor."}, "Turkey's foreign minister=TURGOV/Mevlut Cavusoglu; Germany's chancellor=DEUGOV/Angela Merkel", true},
		{"a deputy is not the office holder", "2017-11-15", []string{"South Africa's president spoke."}, "South Africa's president=ZAFGOV/Jacob Zuma", true},
		{"an office after a deputy title and before a comma", "2015-06-01", []string{"The UAE's prime minister spoke."}, "UAE's prime minister=AREGOV/Mohammed bin Rashid Al Maktoum", true},
		{"person's army", "2019-05-01", []string{"Haftar's forces attacked."}, "Haftar's forces=LBYMIL", false},
		{"country's rival leaders", "2019-05-01", []string{"Libya's rival leaders met."}, "Libya's rival leaders=LBYGOV", false}, // leaders are the government unless a modifier says otherwise (CAMEO),
		{"adjective, modifiers, agent", "2019-05-01", []string{"A senior Italian diplomatic official spoke."}, "Italian diplomatic official=ITAGOV", false},
		{"what a hyphenated prefix is against is no actor", "2015-01-01", []string{"They fired anti-aircraft batteries at pro-government militias."}, "militias=UAF", false},
		{"an airline is a business of its country", "2015-01-01", []string{"Turkish Airlines suspended flights."}, "Turkish Airlines=TURBUS", false},
		{"agent word as a modifier", "2001-01-01", []string{"An official Syrian newspaper called on Arabs to unite."}, "Syrian newspaper=SYRMED", false},

		// seats of power
		{"seat acts", "2019-05-01", []string{"Washington said it would respond and Moscow rejected the claim."}, "Washington=USAGOV; it=USAGOV; Moscow=RUSGOV", false},
		{"seat as a place", "2019-05-01", []string{"Talks in Moscow ended."}, "", false},
		{"seat that ends the sentence", "2019-05-01", []string{"Canberra cut ties with Islamabad."}, "Canberra=AUSGOV; Islamabad=PAKGOV", false},
		{"seat that ends the sentence after against: a place", "2019-05-01", []string{"The rebels launched an offensive against Kabul."}, "rebels=REB", false},
		{"seat that ends the sentence as a verb's object", "2019-05-01", []string{"The delegation visited Vienna."}, "", false},
		{"seat that ends the sentence after a locative", "2019-05-01", []string{"The delegation flew to Islamabad."}, "", false},
		{"seats listed after a locative are places", "2019-05-01", []string{"Russia recalled its envoys from Rome and Madrid on Monday."}, "Russia=RUS; its envoys=RUSGOV", false},
		{"seats listed with commas after a locative are places", "2019-05-01", []string{"Flights to Doha, Tehran and Ankara were cut on Monday."}, "", false},
		{"a seat after a comma that closes a place phrase acts", "2019-05-01", []string{"After talks in Moscow, Kyiv rejected the plan."}, "Kyiv=UKRGOV", false},
		{"seats joined as subjects act", "2019-05-01", []string{"Paris and Berlin condemned the attack."}, "Paris=FRAGOV; Berlin=DEUGOV", false},
		{"seat before a comma and its country", "2019-05-01", []string{"Talks with Tripoli, Libya's seat, stalled."}, "Libya=LBY", false},
		{"a seat a relative clause tells acting acts", "2019-05-01", []string{"Manila, which brought the case in 2013, welcomed the ruling."}, "Manila=PHLGOV", false},
		{"a seat whose acts are told acts", "2019-05-01", []string{"Moscow, whose troops crossed the border, denied it."}, "Moscow=RUSGOV; whose troops=RUSMIL; it=RUSGOV", false},
		{"a seat after a locative, then which: a place", "2019-05-01", []string{"The talks were held in Vienna, which hosted the last round."}, "", false},
		{"building", "2019-05-01", []string{"The Kremlin denied it."}, "Kremlin=RUSGOV", false},
		{"seat-based", "2019-05-01", []string{"The Tripoli-based U.N.-backed government protested."}, "Tripoli-based U.N.-backed government=LBYGOV", false},
		{"seat side", "2019-05-01", []string{"He accused representatives from the Tripoli side."}, "representatives=LBYGOV; Tripoli side=LBYGOV", false},

		// bodies and groups
		{"UN", "2019-05-01", []string{"The U.N. Security Council and UNICEF met with NATO allies."}, "U.N. Security Council=IGOUNO; UNICEF=IGOUNO; NATO allies=IGONATO", false},
		{"armed groups", "2016-05-01", []string{"Boko Haram and al-Shabab militants attacked police."}, "Boko Haram=NGARAD; al-Shabab militants=SOMRAD; police=COP", false},

		// a size between "of the" and an organisation's name: the members are the organisation's
		{"heads of state of a 27-member union", "2023-07-30", []string{"On Thursday the heads of state of the 27-member European Union gathered in Brussels."},
			"heads of state of the 27-member European Union=IGOEUR", false},
		{"leaders of a 27-nation union", "2022-03-10", []string{"Leaders of the 27-nation European Union agreed new sanctions."}, "Leaders of the 27-nation European Union=IGOEUR", false},
		{"foreign ministers of a 10-member bloc", "2021-04-24", []string{"Foreign ministers of the 10-member ASEAN met in Jakarta."}, "Foreign ministers of the 10-member ASEAN=IGOASN", false},
		{"members of a 22-member league", "2017-12-09", []string{"Members of the 22-member Arab League rejected the move."}, "Members of the 22-member Arab League=IGOARL", false},
		{"a number that is no size keeps the owner apart", "2017-12-09", []string{"Leaders of the 2 countries met."}, "Leaders=GOV", false},

		// odd case: a capital inside a word that starts in lower case is a slip; lower case is not a name
		{"odd-case country", "2019-05-01", []string{"iSrael struck targets in Syria."}, "iSrael=ISR", false},
		{"odd-case country inside", "2019-05-01", []string{"pakiStan condemned the attack."}, "pakiStan=PAK", false},
		{"odd-case person after a title", "2015-05-01", []string{"President obAma met the press."}, "President obAma=USAGOV", false},
		{"odd-case capital", "2019-05-01", []string{"The talks ended and moSCOW rejected the offer."}, "moSCOW=RUSGOV", false},
		{"a brand is no one", "2019-05-01", []string{"The iPhone and eBay were popular."}, "", false},
		{"lower-case chad is a word", "2019-05-01", []string{"A hanging chad decided the count."}, "", false},
		{"lower-case china is a word", "2019-05-01", []string{"The fine china broke."}, "", false},
		{"lower-case turkey is a word", "2019-05-01", []string{"They ate turkey and bread."}, "", false},
		{"lower-case georgia and jordan are not names", "2019-05-01", []string{"Her friends georgia and jordan came."}, "", false},

		// no false positives
		{"May", "2018-05-01", []string{"May I ask a question?"}, "", false},
		{"Will", "2018-05-01", []string{"Will they come back?"}, "", false},
		{"bush fire", "2018-05-01", []string{"The bush fire spread quickly."}, "", false},
		{"pronoun us", "2018-05-01", []string{"Let us go now, who knows."}, "", false},
		{"WHO", "2018-05-01", []string{"WHO warned of an outbreak."}, "WHO=IGOUNO", false},
		{"sentence-initial month", "2018-05-01", []string{"March was cold."}, "", false},
		{"place names", "2018-05-01", []string{"Palermo, Sicily and Europe were warm."}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := lastMentions(d, tt.on, tt.story)
			if got := render(ms, tt.names); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.story[len(tt.story)-1], got, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("# comment\nperson: X\nrole: LBY GOV 2019-13..2020 leader\nnonsense\nfoo: bar\nusual: 1997.. Congo\ncountry: COD\nusual: Congo\nusual: 1997-05-40.. Congo\n")},
	}
	_, err := Load(fsys)
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("got %v, want a scanner.ErrorList", err)
	}
	want := []string{"a.txt:3:1: role: bad month", "a.txt:4:1: want \"key: value\"", "a.txt:5:1: unknown key \"foo\"",
		"a.txt:6:1: usual: outside a country record", "a.txt:8:1: usual: want", "a.txt:9:1: usual: want"}
	if len(list) != len(want) {
		t.Fatalf("got %d errors (%v), want %d", len(list), err, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(list[i].Error(), w) {
			t.Errorf("error %d: got %q, want prefix %q", i, list[i].Error(), w)
		}
	}
}

func TestCheckFindsProblems(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte(`sector: GOV government
country: AAA
name: Aland
person: Jane Roe
role: AAA GOV 2010..2014 president
role: AAA GOV 2012..2016 president
role: ZZZ GOV 2016..2018 president
role: AAA XXX 2019..2018 minister
person: John Roe
name: Jane Roe
role: AAA GOV
`)},
	}
	d, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Check() {
		got = append(got, e.Error())
	}
	want := []string{
		"a.txt:6:1: Jane Roe: role overlaps",
		"a.txt:7:1: Jane Roe: unknown country code \"ZZZ\"",
		"a.txt:8:1: Jane Roe: role ends",
		"a.txt:8:1: Jane Roe: unknown sector \"XXX\"",
		"a.txt:10:1: name \"Jane Roe\" is also given at a.txt:4:1",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems:\n%s\nwant %d", len(got), strings.Join(got, "\n"), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d: got %q, want prefix %q", i, got[i], want[i])
		}
	}
}

func FuzzLoad(f *testing.F) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile("testdata/" + e.Name())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Load(fstest.MapFS{"x.txt": {Data: []byte(s)}})
		if err != nil {
			if !strings.Contains(err.Error(), "x.txt:") {
				t.Errorf("error without file:line: %v", err)
			}
			return
		}
		d.Check()
		d.Who("Jane Roe", time.Now())
		newTracker(d, time.Now()).Mentions(sentence("Jane Roe, the Aland president, said he met rebels in Roe."))
	})
}

// TestGoldPalermo checks the actors of the seed story against the gold
// article file, when ../shared is there.
func TestGoldPalermo(t *testing.T) {
	b, err := os.ReadFile("../../../shared/gold/palermo-2018.article.json")
	if err != nil {
		t.Skip("no gold file:", err)
	}
	story, err := os.ReadFile("../seed/palermo-2018.txt")
	if err != nil {
		t.Skip("no seed story:", err)
	}
	var gold struct {
		Actors []struct {
			Name     string   `json:"name"`
			Code     string   `json:"code"`
			Mentions []string `json:"mentions"`
		} `json:"actors"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	tr := newTracker(dict(t), day("2018-11-13"))
	var all []dateline.Mention
	for _, s := range testSentences(string(story)) {
		all = append(all, tr.Mentions(s)...)
	}
	for _, a := range gold.Actors {
		texts := a.Mentions
		if len(texts) == 0 {
			texts = []string{a.Name}
		}
		for _, want := range texts {
			t.Run(a.Name+"/"+want, func(t *testing.T) {
				var seen []string
				for _, m := range all {
					if m.Text == want || strings.HasSuffix(m.Text, want) || strings.HasPrefix(m.Text, want+"'s") {
						if m.Actor.Code == a.Code {
							return
						}
						seen = append(seen, fmt.Sprintf("%q=%s", m.Text, m.Actor.Code))
					}
				}
				t.Errorf("%q: got %v, want %s", want, seen, a.Code)
			})
		}
	}
}

// whoRow is a name, a day, and the code and role it must resolve to then.
type whoRow struct {
	name, who, on string
	code, role    string
}

// checkWho checks how each row's name resolves on its day.
func checkWho(t *testing.T, d *Dictionary, rows []whoRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			ms := d.Who(tt.who, day(tt.on))
			if len(ms) == 0 {
				t.Fatalf("Who(%q, %s): no match", tt.who, tt.on)
			}
			m := ms[0]
			if m.Actor.Code != tt.code || m.Role != tt.role {
				t.Errorf("Who(%q, %s): got %s %q (%s), want %s %q", tt.who, tt.on, m.Actor.Code, m.Role, m.Rule, tt.code, tt.role)
			}
		})
	}
}
