package story

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"dateline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// refDate is the --date the tests read with.
var refDate = time.Date(2019, 1, 10, 0, 0, 0, 0, time.UTC)

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestGoldSeed checks the seed story against the shared gold article.
func TestGoldSeed(t *testing.T) {
	goldPath := filepath.Join("..", "..", "..", "shared", "gold", "palermo-2018.article.json")
	goldData, err := os.ReadFile(goldPath)
	if err != nil {
		t.Skipf("gold data absent: %v", err)
	}
	var gold struct {
		Headline     string                 `json:"headline"`
		Byline       []string               `json:"byline"`
		Published    time.Time              `json:"published"`
		Updated      time.Time              `json:"updated"`
		Dateline     map[string]string      `json:"dateline"`
		Contributors []dateline.Contributor `json:"contributors"`
		Paragraphs   int                    `json:"paragraphs"`
		Joined       string                 `json:"joined_paragraph"`
	}
	if err := json.Unmarshal(goldData, &gold); err != nil {
		t.Fatal(err)
	}
	seedPath := filepath.Join("..", "seed", "palermo-2018.txt")
	s, err := ReadText(seedPath, readFile(t, seedPath), Options{Date: refDate})
	if err != nil {
		t.Fatal(err)
	}
	if s.ID != "palermo-2018" {
		t.Errorf("ID: got %q, want %q", s.ID, "palermo-2018")
	}
	if s.Headline != gold.Headline {
		t.Errorf("headline: got %q, want %q", s.Headline, gold.Headline)
	}
	if !reflect.DeepEqual(s.Byline, gold.Byline) {
		t.Errorf("byline: got %q, want %q", s.Byline, gold.Byline)
	}
	checkTime(t, "published", s.Published, gold.Published)
	checkTime(t, "updated", s.Updated, gold.Updated)
	if s.Dateline == nil {
		t.Fatal("dateline: got nil")
	}
	got := map[string]string{"text": s.Dateline.Text, "place": s.Dateline.Place, "admin1": s.Dateline.Admin1, "agency": s.Dateline.Agency}
	for k, v := range got {
		if v != gold.Dateline[k] {
			t.Errorf("dateline %s: got %q, want %q", k, v, gold.Dateline[k])
		}
	}
	if !reflect.DeepEqual(s.Contributors, gold.Contributors) {
		t.Errorf("contributors: got %v, want %v", s.Contributors, gold.Contributors)
	}
	if len(s.Paragraphs) != gold.Paragraphs {
		t.Errorf("paragraphs: got %d, want %d", len(s.Paragraphs), gold.Paragraphs)
	}
	i := strings.Index(s.Body, gold.Joined)
	span := dateline.Span{Start: i, End: i + len(gold.Joined)}
	inside := false
	for _, p := range s.Paragraphs {
		inside = inside || (i >= 0 && p.Contains(span))
	}
	if !inside {
		t.Errorf("joined paragraph %q: got it outside any one paragraph (offset %d)", gold.Joined, i)
	}
	if !strings.HasPrefix(s.Body, "Italy's premier hosted") {
		t.Errorf("body starts %q, want the dateline cut", s.Body[:40])
	}
	checkInvariants(t, s)
}

func checkTime(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	_, gotOff := got.Zone()
	_, wantOff := want.Zone()
	if !got.Equal(want) || gotOff != wantOff {
		t.Errorf("%s: got %v, want %v", what, got.Format(time.RFC3339), want.Format(time.RFC3339))
	}
}

// checkInvariants checks what every story must satisfy, whatever its input.
func checkInvariants(t testing.TB, s dateline.Story) {
	t.Helper()
	if s.Body == "" || !utf8.ValidString(s.Body) {
		t.Fatalf("body empty or invalid UTF-8: %q", s.Body)
	}
	var texts []string
	end := 0
	for i, p := range s.Paragraphs {
		if p.Start < end || p.End > len(s.Body) || p.Len() <= 0 {
			t.Fatalf("paragraph %d span %v out of order or range (body %d bytes)", i, p, len(s.Body))
		}
		end = p.End
		texts = append(texts, s.Body[p.Start:p.End])
		if strings.ContainsAny(s.Body[p.Start:p.End], "\n\r") {
			t.Fatalf("paragraph %d has a newline: %q", i, s.Body[p.Start:p.End])
		}
	}
	if got := strings.Join(texts, "\n\n"); got != s.Body {
		t.Fatalf("paragraphs joined: got %q, want body %q", got, s.Body)
	}
}

// TestReadTextGolden reads every story in testdata and compares the result
// with testdata/golden/NAME.json; -update rewrites them.
func TestReadTextGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	html, _ := filepath.Glob("testdata/*.html")
	for _, f := range append(files, html...) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			s, err := ReadText(f, readFile(t, f), Options{Date: refDate})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, s)
			got, err := json.MarshalIndent(s, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", filepath.Base(f)+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := readFile(t, golden)
			if !bytes.Equal(got, want) {
				t.Errorf("got:\n%s\nwant (%s):\n%s", got, golden, want)
			}
		})
	}
}

func TestReadText(t *testing.T) {
	cst := time.FixedZone("CST", -6*3600)
	edt := time.FixedZone("EDT", -4*3600)
	tests := []struct {
		name      string
		text      string
		headline  string
		byline    []string
		published time.Time
		updated   time.Time
		dl        *dateline.Dateline
		paras     []string
		contrib   []dateline.Contributor
	}{
		{
			name:      "sentence is body",
			text:      "Police arrested two men in Nairobi.",
			published: refDate,
			paras:     []string{"Police arrested two men in Nairobi."},
		},
		{
			name:      "untitled paragraphs",
			text:      "Rebels took the town.\n\nThe army left.\n",
			published: refDate,
			paras:     []string{"Rebels took the town.", "The army left."},
		},
		{
			name:      "headline then prose",
			text:      "Rebels take town\n\nRebels took the town.\n\nThe army left.",
			headline:  "Rebels take town",
			published: refDate,
			paras:     []string{"Rebels took the town.", "The army left."},
		},
		{
			name:      "byline with two authors and zone",
			text:      "Talks end\n\nBy JOHN SMITH and MARY MCDONALD November 13, 2018 at 4:09 AM CST - Updated November 13 at 5:18 AM\n\nROME (AP) — Talks ended.",
			headline:  "Talks end",
			byline:    []string{"John Smith", "Mary McDonald"},
			published: time.Date(2018, 11, 13, 4, 9, 0, 0, cst),
			updated:   time.Date(2018, 11, 13, 5, 18, 0, 0, cst),
			dl:        &dateline.Dateline{Text: "ROME", Place: "Rome", Agency: "AP"},
			paras:     []string{"Talks ended."},
		},
		{
			name:      "US generic zone in summer",
			text:      "By Jane Doe | Reuters\nJuly 4, 2019 10:00 a.m. ET\n\nNEW YORK (Reuters) - Markets closed.",
			byline:    []string{"Jane Doe"},
			published: time.Date(2019, 7, 4, 10, 0, 0, 0, edt),
			dl:        &dateline.Dateline{Text: "NEW YORK", Place: "New York", Agency: "Reuters"},
			paras:     []string{"Markets closed."},
		},
		{
			name:      "country in second dateline part",
			text:      "KABUL, Afghanistan (AP) -- A bomb exploded.",
			published: refDate,
			dl:        &dateline.Dateline{Text: "KABUL, Afghanistan", Place: "Kabul", Admin1: "Afghanistan", Agency: "AP"},
			paras:     []string{"A bomb exploded."},
		},
		{
			name:      "dateline date takes ref year",
			text:      "BEIRUT, Lebanon, Dec 30 (Reuters) - Talks began.",
			published: time.Date(2018, 12, 30, 0, 0, 0, 0, time.UTC),
			dl:        &dateline.Dateline{Text: "BEIRUT, Lebanon", Place: "Beirut", Admin1: "Lebanon", Agency: "Reuters"},
			paras:     []string{"Talks began."},
		},
		{
			name:      "dateline on a line of its own",
			text:      "Pakistan summons envoy\n\nISLAMABAD —\n\nPakistan summoned India's envoy on Friday.\n\nIndia recalled its own.",
			headline:  "Pakistan summons envoy",
			published: refDate,
			dl:        &dateline.Dateline{Text: "ISLAMABAD", Place: "Islamabad"},
			paras:     []string{"Pakistan summoned India's envoy on Friday.", "India recalled its own."},
		},
		{
			name:      "dateline of two cities",
			text:      "NIAMEY/ABUJA —\n\nLeaders imposed sanctions.",
			published: refDate,
			dl:        &dateline.Dateline{Text: "NIAMEY/ABUJA", Place: "Niamey/Abuja"},
			paras:     []string{"Leaders imposed sanctions."},
		},
		{
			name:      "hyphens inside the city's name",
			text:      "Gunmen kill president\n\nPORT-AU-PRINCE, Haiti —\n\nGunmen shot the president.",
			headline:  "Gunmen kill president",
			published: refDate,
			dl:        &dateline.Dateline{Text: "PORT-AU-PRINCE, Haiti", Place: "Port-au-Prince", Admin1: "Haiti"},
			paras:     []string{"Gunmen shot the president."},
		},
		{
			name:      "a hyphenated city before an agency",
			text:      "DAR ES-SALAAM, Tanzania (Reuters) - Talks began.",
			published: refDate,
			dl:        &dateline.Dateline{Text: "DAR ES-SALAAM, Tanzania", Place: "Dar Es-Salaam", Admin1: "Tanzania", Agency: "Reuters"},
			paras:     []string{"Talks began."},
		},
		{
			name:      "hyphen after capitals is prose",
			text:      "ISIS - the group - claimed it.",
			published: refDate,
			paras:     []string{"ISIS - the group - claimed it."},
		},
		{
			name:      "broken paragraph joined",
			text:      "Troops of\n\nthe army left.\n\nThen Rebels came.",
			published: refDate,
			paras:     []string{"Troops of the army left.", "Then Rebels came."},
		},
		{
			name:      "one paragraph a line",
			text:      "Rebels took the town of Kidal on Monday after heavy fighting with government troops, residents of the town said.\nThe army withdrew.",
			published: refDate,
			paras:     []string{"Rebels took the town of Kidal on Monday after heavy fighting with government troops, residents of the town said.", "The army withdrew."},
		},
		{
			name:      "credit with shared place",
			text:      "CAIRO (AP) — Talks ended.\n\nJohn Smith and Mary Jones in Cairo contributed.",
			published: refDate,
			dl:        &dateline.Dateline{Text: "CAIRO", Place: "Cairo", Agency: "AP"},
			paras:     []string{"Talks ended."},
			contrib:   []dateline.Contributor{{Name: "John Smith", Place: "Cairo"}, {Name: "Mary Jones", Place: "Cairo"}},
		},
		{
			name:      "prose ending contributed stays",
			text:      "Talks ended.\n\nItaly said the money was what the allies contributed.",
			published: refDate,
			paras:     []string{"Talks ended.", "Italy said the money was what the allies contributed."},
		},
		{
			name:      "lone credit-like line is the body",
			text:      "Reporting by John Smith",
			published: refDate,
			paras:     []string{"Reporting by John Smith"},
		},
		{
			name:      "ISO date line",
			text:      "Talks end\n2018-11-13\n\nThe talks ended.",
			headline:  "Talks end",
			published: time.Date(2018, 11, 13, 0, 0, 0, 0, time.UTC),
			paras:     []string{"The talks ended."},
		},
		{
			name:      "sentence then capitals lead is no header",
			text:      "Rebels took the town.\n\nNATO — the alliance said it would act.",
			published: refDate,
			paras:     []string{"Rebels took the town.", "NATO — the alliance said it would act."},
		},
		{
			name:      "headline ending in a quote",
			text:      "Conte: 'We made progress'\n\nROME (AP) — Talks ended.",
			headline:  "Conte: 'We made progress'",
			published: refDate,
			dl:        &dateline.Dateline{Text: "ROME", Place: "Rome", Agency: "AP"},
			paras:     []string{"Talks ended."},
		},
		{
			name:      "headline, byline and dateline without blank lines",
			text:      "Talks end\nBy John Smith\nROME (AP) — Talks ended on Friday after three days of meetings between the two delegations in the Italian capital.\nThe envoy left.",
			headline:  "Talks end",
			byline:    []string{"John Smith"},
			published: refDate,
			dl:        &dateline.Dateline{Text: "ROME", Place: "Rome", Agency: "AP"},
			paras:     []string{"Talks ended on Friday after three days of meetings between the two delegations in the Italian capital.", "The envoy left."},
		},
		{
			name:      "HTML with entities and breaks",
			text:      "<html><body><h1>Talks end</h1><p>ROME (AP) &mdash; Talks&nbsp;ended.<br>The envoy left &amp; flew home.</p><!-- ad --><p>&copy; 2019</p></body></html>",
			headline:  "Talks end",
			published: refDate,
			dl:        &dateline.Dateline{Text: "ROME", Place: "Rome", Agency: "AP"},
			paras:     []string{"Talks ended.", "The envoy left & flew home.", "© 2019"},
		},
		{
			name:      "less-than in plain text is not HTML",
			text:      "Turnout was <50% and a<b.",
			published: refDate,
			paras:     []string{"Turnout was <50% and a<b."},
		},
		{
			name:      "AFP slug and separators dropped",
			text:      "PARIS (AFP) - Talks ended.\n\n___\n\nCopyright 2019 The Associated Press. All rights reserved.\n\nbur-ach/jm",
			published: refDate,
			dl:        &dateline.Dateline{Text: "PARIS", Place: "Paris", Agency: "AFP"},
			paras:     []string{"Talks ended."},
		},
		{
			name:      "sentence starting By is no byline",
			text:      "By Monday, the rebels had taken the town.\n\nThe army left.",
			published: refDate,
			paras:     []string{"By Monday, the rebels had taken the town.", "The army left."},
		},
		{
			name:      "trailing agency in byline, update only, places with commas",
			text:      "Egypt brokers truce\n\nBy SAMY MAGDY and JOSEPH KRAUSS Associated Press\nUpdated 5:18 AM GMT, November 13, 2018\n\nCAIRO (AP) — Egypt brokered a truce.\n\nAssociated Press writers Fares Akram in Gaza City, Gaza Strip, and Aya Batrawy in Dubai, United Arab Emirates, contributed.",
			headline:  "Egypt brokers truce",
			byline:    []string{"Samy Magdy", "Joseph Krauss"},
			published: time.Date(2018, 11, 13, 5, 18, 0, 0, time.UTC),
			updated:   time.Date(2018, 11, 13, 5, 18, 0, 0, time.UTC),
			dl:        &dateline.Dateline{Text: "CAIRO", Place: "Cairo", Agency: "AP"},
			paras:     []string{"Egypt brokered a truce."},
			contrib:   []dateline.Contributor{{Name: "Fares Akram", Place: "Gaza City, Gaza Strip"}, {Name: "Aya Batrawy", Place: "Dubai, United Arab Emirates"}},
		},
		{
			name:      "dotted time, Reuters roles in parentheses",
			text:      "Mon 14 Jan 2019 08.12 GMT\n\nBERLIN (dpa) - Merkel met Macron.\n\n(Writing by Thomas Escritt; editing by Gareth Jones)",
			published: time.Date(2019, 1, 14, 8, 12, 0, 0, time.UTC),
			dl:        &dateline.Dateline{Text: "BERLIN", Place: "Berlin", Agency: "dpa"},
			paras:     []string{"Merkel met Macron."},
			contrib:   []dateline.Contributor{{Name: "Thomas Escritt"}, {Name: "Gareth Jones"}},
		},
		{
			name:      "spaces and controls",
			text:      "\ufeffRebels\u00a0took\t the\x01 town.  ",
			published: refDate,
			paras:     []string{"Rebels took the town."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadText("x.txt", []byte(tt.text), Options{Date: refDate})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, s)
			if s.Headline != tt.headline {
				t.Errorf("headline: got %q, want %q", s.Headline, tt.headline)
			}
			if !reflect.DeepEqual(s.Byline, tt.byline) {
				t.Errorf("byline: got %q, want %q", s.Byline, tt.byline)
			}
			checkTime(t, "published", s.Published, tt.published)
			checkTime(t, "updated", s.Updated, tt.updated)
			if !reflect.DeepEqual(s.Dateline, tt.dl) {
				t.Errorf("dateline: got %+v, want %+v", s.Dateline, tt.dl)
			}
			var paras []string
			for _, p := range s.Paragraphs {
				paras = append(paras, s.Body[p.Start:p.End])
			}
			if !reflect.DeepEqual(paras, tt.paras) {
				t.Errorf("paragraphs: got %q, want %q", paras, tt.paras)
			}
			if !reflect.DeepEqual(s.Contributors, tt.contrib) {
				t.Errorf("contributors: got %+v, want %+v", s.Contributors, tt.contrib)
			}
		})
	}
}

func TestReadTextErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		want error
		msg  string
	}{
		{"empty", "", ErrEmpty, "read story bad.txt: empty text"},
		{"white space", " \n\t\r\n ", ErrEmpty, "read story bad.txt: empty text"},
		{"controls only", "\x01\x02\n", ErrEmpty, "read story bad.txt: empty text"},
		{"NUL", "ab\x00cd", ErrBinary, "read story bad.txt: binary data (NUL byte) at byte offset 2"},
		{"invalid UTF-8", "abc\xffdef", ErrInvalidUTF8, "read story bad.txt: invalid UTF-8 at byte offset 3"},
		{"tags only", "<p></p><br>", ErrEmpty, "read story bad.txt: empty text"},
		{"too long", strings.Repeat("word ", MaxStory/5+1), ErrTooLong, "read story bad.txt: text too long: 1048580 bytes, over the 1048576 a story may hold"},
		{"input too long", strings.Repeat("<b>", MaxInput/3+1), ErrTooLong, "read story bad.txt: text too long: 8388609 bytes, over the 8388608 a story's input may hold"},
		{"too long in HTML", "<p>" + strings.Repeat("word ", MaxStory/5+1) + "</p>", ErrTooLong, "read story bad.txt: text too long: 1048584 bytes, over the 1048576 a story may hold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadText("dir/bad.txt", []byte(tt.text), Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("got error %v, want %v", err, tt.want)
			}
			if err.Error() != strings.Replace(tt.msg, "bad.txt", "dir/bad.txt", 1) {
				t.Errorf("got message %q, want %q", err, tt.msg)
			}
		})
	}
}

// TestMaxStoryCountsText checks that the limit on a story's length applies
// to its text, not to the markup around it.
func TestMaxStoryCountsText(t *testing.T) {
	html := "<html><body><p>Police arrested 12 protesters in Cairo on Monday.</p>" +
		strings.Repeat("<div class=\"ad\"></div>", MaxStory/20) + "</body></html>"
	st, err := ReadText("page.html", []byte(html), Options{})
	if err != nil {
		t.Fatalf("got error %v for %d bytes of HTML holding one sentence, want none", err, len(html))
	}
	if !strings.HasPrefix(st.Body, "Police arrested") {
		t.Errorf("got body %.40q, want the sentence", st.Body)
	}
}

func TestDisplayCase(t *testing.T) {
	lex := DefaultLexicon()
	tests := []struct{ in, want string }{
		{"PALERMO", "Palermo"},
		{"RIO DE JANEIRO", "Rio de Janeiro"},
		{"PORT-AU-PRINCE", "Port-au-Prince"},
		{"D'EMILIO", "D'Emilio"},
		{"O'BRIEN", "O'Brien"},
		{"MCDONALD", "McDonald"},
		{"DAR ES SALAAM", "Dar es Salaam"},
		{"ABDEL-FATTAH EL-SISSI", "Abdel-Fattah El-Sissi"},
		{"ZÜRICH", "Zürich"},
		{"Paolo Santalucia", "Paolo Santalucia"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := lex.displayCase(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseTimes(t *testing.T) {
	lex := DefaultLexicon()
	ref := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in       string
		pub, upd string // RFC 3339, "" for zero
		ok       bool
	}{
		{"November 13, 2018 at 4:09 AM CST - Updated November 13 at 5:18 AM", "2018-11-13T04:09:00-06:00", "2018-11-13T05:18:00-06:00", true},
		{"Nov. 13, 2018", "2018-11-13T00:00:00Z", "", true},
		{"13 November 2018", "2018-11-13T00:00:00Z", "", true},
		{"Tuesday, 13th November 2018 16:05 GMT", "2018-11-13T16:05:00Z", "", true},
		{"2018-11-13", "2018-11-13T00:00:00Z", "", true},
		{"2018-11-13T04:09:00-06:00", "2018-11-13T04:09:00-06:00", "", true},
		{"Published: 13 Nov 2018 - 09:42 CET", "2018-11-13T09:42:00+01:00", "", true},
		{"Sept 3 4 p.m. EDT", "2018-09-03T16:00:00-04:00", "", true},
		{"Jan 5 12:30 am UTC+05:30", "2018-01-05T00:30:00+05:30", "", true},
		{"March 10, 2019 9:00 PT", "2019-03-10T09:00:00-07:00", "", true},
		{"March 9, 2019 9:00 PT", "2019-03-09T09:00:00-08:00", "", true},
		{"Updated 5:18 AM", "", "2018-06-01T05:18:00Z", true},
		{"February 30, 2018", "", "", false},
		{"Rebels took the town", "", "", false},
		{"November", "", "", false},
		{"25:00", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			pub, upd, ok := lex.parseTimes(tt.in, true, ref)
			if ok != tt.ok {
				t.Fatalf("ok: got %v, want %v (pub %v)", ok, tt.ok, pub)
			}
			if !ok {
				return
			}
			if got := rfc(pub); got != tt.pub {
				t.Errorf("published: got %q, want %q", got, tt.pub)
			}
			if got := rfc(upd); got != tt.upd {
				t.Errorf("updated: got %q, want %q", got, tt.upd)
			}
		})
	}
}

func rfc(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func TestLoadLexicon(t *testing.T) {
	tests := []struct{ name, data, err string }{
		{"ok", "month janvier 1\nzone HNE -05:00\n", ""},
		{"bad kind", "colour red\n", "x.txt:1: unknown entry kind \"colour\""},
		{"bad month", "# c\nmonth foo 13\n", "x.txt:2: bad month number \"13\""},
		{"bad zone", "zone ABC +25:00\n", "x.txt:1: bad zone offset \"+25:00\""},
		{"fields", "month jan\n", "x.txt:1: \"month\" entry needs 3 fields, has 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lex, err := parseLexicon("x.txt", []byte(tt.data))
			if tt.err == "" {
				if err != nil || lex.months["janvier"] != time.January {
					t.Fatalf("got %v, want janvier", err)
				}
				return
			}
			if err == nil || err.Error() != tt.err {
				t.Errorf("got error %v, want %q", err, tt.err)
			}
		})
	}
}

func TestOptionsLexicon(t *testing.T) {
	fsys := fstest.MapFS{"fr.txt": {Data: []byte("month novembre 11\nweekday mardi\nzone HNE -05:00\n")}}
	lex, err := LoadLexicon(fsys, "fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := "Les rivaux libyens se rencontrent\n\nmardi 13 novembre 2018 09:00 HNE\n\nLe premier ministre a reçu les deux rivaux."
	s, err := ReadText("fr.txt", []byte(text), Options{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	checkTime(t, "published", s.Published, time.Date(2018, 11, 13, 9, 0, 0, 0, time.FixedZone("", -5*3600)))
	if s.Headline != "Les rivaux libyens se rencontrent" {
		t.Errorf("headline: got %q, want the first line", s.Headline)
	}
	if _, err := LoadLexicon(fsys, "missing.txt"); err == nil {
		t.Error("missing lexicon: got no error, want one")
	}
}

func FuzzReadText(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	html, _ := filepath.Glob("testdata/*.html")
	for _, name := range append(files, html...) {
		f.Add(readFile(f, name))
	}
	f.Add(readFile(f, filepath.Join("..", "seed", "palermo-2018.txt")))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadText("fuzz.txt", data, Options{Date: refDate})
		if err != nil {
			return
		}
		checkInvariants(t, s)
	})
}

func BenchmarkReadText(b *testing.B) {
	data := readFile(b, filepath.Join("..", "seed", "palermo-2018.txt"))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadText("palermo-2018.txt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzMayOpenDateline checks that the quick test passes every line the
// dateline pattern matches.
func FuzzMayOpenDateline(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	files = append(files, filepath.Join("..", "seed", "palermo-2018.txt"))
	for _, name := range files {
		for _, line := range strings.Split(string(readFile(f, name)), "\n") {
			f.Add(line)
		}
	}
	f.Add("NIAMEY/ABUJA — ")
	f.Add("BEIRUT, Lebanon, Jan 5 (Reuters) _ x")
	// what follows a place's first part, at the farthest the pattern allows
	f.Add("WASHINGTON Jan 5 (Reuters) - x")
	f.Add("BEIRUT--The")
	f.Add("Iran - the")
	f.Add("ABIDJAN 5 Jan (AFP) -")
	f.Add("ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJA Septembe. 12 (AP) — x")
	f.Add("X, Y, Z, Jan 5 — t")
	f.Add("The president, who - x")
	f.Fuzz(func(t *testing.T, line string) {
		if datelineRE.MatchString(line) && !mayOpenDateline(line) {
			t.Fatalf("%q matches the dateline pattern but fails the quick test", line)
		}
	})
}
