package when

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"dateline"
)

// Reference dates the tables use.
var (
	tue    = time.Date(2018, 11, 13, 10, 9, 0, 0, time.FixedZone("CST", -6*3600)) // the seed story's
	sun    = time.Date(2018, 11, 11, 23, 0, 0, 0, time.UTC)
	newYr  = time.Date(2019, 1, 1, 8, 0, 0, 0, time.UTC)  // a Tuesday
	leap   = time.Date(2020, 3, 1, 12, 0, 0, 0, time.UTC) // a Sunday after 29 February
	leapDy = time.Date(2016, 2, 29, 12, 0, 0, 0, time.UTC)
)

type row struct {
	name string
	ref  time.Time
	text string
	want []string // render of each expression, in order
}

// render writes an expression as Text=Date[..End]/kind[/past][/future].
func render(e Expr) string {
	var b strings.Builder
	b.WriteString(e.Text + "=" + e.Date.String())
	if !e.End.IsZero() {
		b.WriteString(".." + e.End.String())
	}
	b.WriteString("/" + e.Kind)
	if e.Past {
		b.WriteString("/past")
	}
	if e.Future {
		b.WriteString("/future")
	}
	return b.String()
}

func runRows(t *testing.T, rows []row) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			const base = 1000 // the sentence's offset in a pretend body
			s := dateline.Sentence{Span: dateline.Span{Start: base, End: base + len(r.text)}, Text: r.text}
			got := Find(s, r.ref)
			var gotS []string
			for _, e := range got {
				gotS = append(gotS, render(e))
				if e.Text != r.text[e.Start-base:e.Span.End-base] {
					t.Errorf("span %v holds %q, want %q", e.Span, r.text[e.Start-base:e.Span.End-base], e.Text)
				}
			}
			if strings.Join(gotS, "; ") != strings.Join(r.want, "; ") {
				t.Errorf("Find(%q)\n got %q\nwant %q", r.text, gotS, r.want)
			}
		})
	}
}

func TestWeekday(t *testing.T) {
	runRows(t, []row{
		{"same day", tue, "Italy's premier hosted a meeting Tuesday of Libya's rival leaders.", []string{"Tuesday=2018-11-13/weekday"}},
		{"on day before", tue, "They met on Monday.", []string{"Monday=2018-11-12/weekday/past"}},
		{"late on", tue, "The talks ended late on Friday.", []string{"Friday=2018-11-09/weekday/past"}},
		{"with part of day", tue, "Rockets hit the city Wednesday night.", []string{"Wednesday night=2018-11-07/weekday/past"}},
		{"possessive", tue, "Tuesday's meeting was cordial.", []string{"Tuesday=2018-11-13/weekday"}},
		{"curly possessive", tue, "Sunday\u2019s vote was close.", []string{"Sunday=2018-11-11/weekday/past"}},
		{"next", tue, "They will meet next Tuesday.", []string{"next Tuesday=2018-11-20/weekday/future"}},
		{"this coming", tue, "Talks resume this coming Friday.", []string{"this coming Friday=2018-11-16/weekday/future"}},
		{"last same day", tue, "He spoke last Tuesday.", []string{"last Tuesday=2018-11-06/weekday/past"}},
		{"from sunday", sun, "Police said on Saturday and on Sunday.", []string{"Saturday=2018-11-10/weekday/past", "Sunday=2018-11-11/weekday"}},
		{"across new year", newYr, "Fighting broke out on Sunday.", []string{"Sunday=2018-12-30/weekday/past"}},
		{"with date", tue, "The summit opened Monday, Nov. 12, 2018, in Palermo.", []string{"Monday, Nov. 12, 2018=2018-11-12/absolute/past"}},
		{"lower case is not a day", tue, "the sunday papers", nil},
		{"last week", tue, "They met on Thursday last week.", []string{"Thursday last week=2018-11-08/weekday/past"}},
		{"next week", sun, "They meet on Monday next week.", []string{"Monday next week=2018-11-12/weekday/future"}},
		{"this week", sun, "They met on Monday this week.", []string{"Monday this week=2018-11-05/weekday/past"}},
		{"weekday fixes year", tue, "The U.N. said on Tuesday, March 5, that it would meet.", []string{"Tuesday, March 5=2019-03-05/absolute/future"}},
		{"good friday", tue, "The Good Friday Agreement ended it.", nil},
		{"sunday times", tue, "The Sunday Times said so on Friday.", []string{"Friday=2018-11-09/weekday/past"}},
		{"weekday range", tue, "Talks ran from Monday to Wednesday.", []string{"from Monday to Wednesday=2018-11-12..2018-11-14/range"}},
	})
}

func TestRelativeDay(t *testing.T) {
	runRows(t, []row{
		{"today", tue, "Today the minister resigned.", []string{"Today=2018-11-13/relative-day"}},
		{"yesterday", tue, "He said yesterday that", []string{"yesterday=2018-11-12/relative-day/past"}},
		{"tomorrow", tue, "Talks resume tomorrow morning.", []string{"tomorrow morning=2018-11-14/relative-day/future"}},
		{"tonight", tue, "A vote is due tonight.", []string{"tonight=2018-11-13/relative-day"}},
		{"last night", tue, "Shelling resumed last night.", []string{"last night=2018-11-12/relative-day/past"}},
		{"this morning", tue, "He landed this morning.", []string{"this morning=2018-11-13/relative-day"}},
		{"yesterday over new year", newYr, "Crowds gathered yesterday.", []string{"yesterday=2018-12-31/relative-day/past"}},
		{"tomorrow in leap year", leapDy, "Polls open tomorrow.", []string{"tomorrow=2016-03-01/relative-day/future"}},
	})
}

func TestRelativePeriod(t *testing.T) {
	runRows(t, []row{
		{"last week", tue, "Protesters marched last week.", []string{"last week=2018-11/relative-period/past"}},
		{"last week over two months", newYr, "Protesters marched last week.", []string{"last week=2018-12/relative-period/past"}},
		{"this week across year", newYr, "Talks are set for this week.", []string{"this week=2018..2019/relative-period"}},
		{"next week", tue, "He will visit next week.", []string{"next week=2018-11/relative-period/future"}},
		{"last month", newYr, "Troops withdrew last month.", []string{"last month=2018-12/relative-period/past"}},
		{"this month", tue, "They will hold exercises this month.", []string{"this month=2018-11/relative-period"}},
		{"earlier this month", tue, "Clashes erupted earlier this month.", []string{"earlier this month=2018-11/relative-period/past"}},
		{"later this year", tue, "Elections are due later this year.", []string{"later this year=2018/relative-period/future"}},
		{"last year", newYr, "The deal was signed last year.", []string{"last year=2018/relative-period/past"}},
		{"the past week", tue, "Over the past week, 30 died.", []string{"past week=2018-11/relative-period/past"}},
		{"the past three years", tue, "In the past three years", []string{"past three years=2015..2018/relative-period/past"}},
		{"over the weekend", tue, "Rebels attacked over the weekend.", []string{"weekend=2018-11/relative-period"}},
		{"last weekend on sunday", sun, "It rained last weekend.", []string{"last weekend=2018-11/relative-period/past"}},
	})
}

func TestAbsolute(t *testing.T) {
	runRows(t, []row{
		{"month day", tue, "Clashes began on May 21.", []string{"May 21=2018-05-21/absolute/past"}},
		{"day month", tue, "He arrived on 15 October.", []string{"15 October=2018-10-15/absolute/past"}},
		{"ordinal of", tue, "On the 21st of May the army withdrew.", []string{"21st of May=2018-05-21/absolute/past"}},
		{"month day year", tue, "It was signed May 21, 2020, in Rome.", []string{"May 21, 2020=2020-05-21/absolute/future"}},
		{"day month year", tue, "It was signed 21 May 2017.", []string{"21 May 2017=2017-05-21/absolute/past"}},
		{"abbreviation", tue, "The vote on Nov. 6 was close.", []string{"Nov. 6=2018-11-06/absolute/past"}},
		{"soon after ref", tue, "The vote on Dec. 20 is key.", []string{"Dec. 20=2018-12-20/absolute/future"}},
		{"far after ref goes back a year", tue, "The vote on 20 February was close.", []string{"20 February=2018-02-20/absolute/past"}},
		{"december from january", newYr, "The vote on Dec. 30 was close.", []string{"Dec. 30=2018-12-30/absolute/past"}},
		{"february from january", newYr, "Polls open on February 24.", []string{"February 24=2019-02-24/absolute/future"}},
		{"leap day", leap, "Talks collapsed on Feb. 29.", []string{"Feb. 29=2020-02-29/absolute/past"}},
		{"leap day in a common year", newYr, "Talks collapsed on Feb. 29.", nil},
		{"in month year", tue, "Elections were held in August 2020.", []string{"August 2020=2020-08/absolute/future"}},
		{"in month", tue, "Elections were held in August.", []string{"August=2018-08/absolute/past"}},
		{"in later month", tue, "Elections were held in December.", []string{"December=2017-12/absolute/past"}},
		{"last month name", tue, "The siege began last November.", []string{"last November=2017-11/absolute/past"}},
		{"next month name", tue, "Elections are due next March.", []string{"next March=2019-03/absolute/future"}},
		{"mid month", tue, "Since mid-March, rebels have advanced.", []string{"March=2018-03/absolute/past"}},
		{"month last year", tue, "In May last year, rebels advanced.", []string{"May last year=2017-05/absolute/past"}},
		{"iso", tue, "Filed 2018-11-13 in Palermo.", []string{"2018-11-13=2018-11-13/absolute"}},
		{"slash day first", tue, "Filed 13/11/2018 in Palermo.", []string{"13/11/2018=2018-11-13/absolute"}},
		{"slash month first", tue, "Filed 11/13/2018 in Palermo.", []string{"11/13/2018=2018-11-13/absolute"}},
		{"slash ambiguous", tue, "Filed 05/06/2018 in Palermo.", nil},
		{"iso invalid", tue, "Code 2018-13-45 here.", nil},
	})
}

func TestNotADate(t *testing.T) {
	runRows(t, []row{
		{"may modal", tue, "Rebels may attack the city.", nil},
		{"May at start", tue, "May is a month of protests.", nil},
		{"Theresa May", tue, "Theresa May said Britain would leave.", nil},
		{"May possessive", tue, "Since May's election, nothing changed.", nil},
		{"march verb", tue, "Thousands march on the capital.", nil},
		{"March verb at start", tue, "March organisers said 500 joined.", nil},
		{"quantity", tue, "Some 2011 people fled.", nil},
		{"quantity before noun", tue, "Officials said 2011 people fled.", nil},
		{"more than", tue, "More than 1999 people fled.", nil},
		{"round quantity", tue, "The 2000 soldiers left.", nil},
		{"percent", tue, "Prices rose 2011%.", nil},
		{"money", tue, "It cost $2011.", nil},
		{"big number", tue, "It cost 12,2011 euros.", nil},
		{"model name", tue, "They flew an MH2011 jet.", nil},
		{"small number", tue, "Some 30 people died.", nil},
		{"abbreviation alone", tue, "Jan said hello.", nil},
		{"no trigger", tue, benchNoDate, nil},
		{"cold war lowercase", tue, "a new cold war looms", nil},
	})
}

func TestYear(t *testing.T) {
	runRows(t, []row{
		{"in", tue, "Libya plunged into chaos in 2011.", []string{"2011=2011/year/past"}},
		{"the uprising", tue, "Libya plunged into chaos after the 2011 uprising.", []string{"2011=2011/year/past"}},
		{"the elections", tue, "Since the 2014 elections, two governments rule.", []string{"2014=2014/year/past"}},
		{"since", tue, "Since 2014, two governments rule.", []string{"2014=2014/year/past"}},
		{"this year", tue, "Output fell in 2018.", []string{"2018=2018/year"}},
		{"future", tue, "Elections are set for 2019.", []string{"2019=2019/year/future"}},
		{"possessive", tue, "2011's revolt ended his rule.", []string{"2011=2011/year/past"}},
		{"old anchored", tue, "The city fell in 1453.", []string{"1453=1453/year/past"}},
		{"old bare", tue, "He counted 1453 votes.", nil},
		{"decade", tue, "In the 1970s, Gadhafi ruled.", []string{"1970s=1970..1979/decade/past"}},
		{"ago years", tue, "Two years ago he fled.", []string{"Two years ago=2016/ago/past"}},
		{"ago days", tue, "He fled three days ago.", []string{"three days ago=2018-11-10/ago/past"}},
		{"ago digits", tue, "He fled 10 days ago.", []string{"10 days ago=2018-11-03/ago/past"}},
		{"ago decade", tue, "A decade ago he fled.", []string{"A decade ago=2008/ago/past"}},
		{"ago few months", tue, "A few months ago he fled.", []string{"A few months ago=2018-08/ago/past"}},
		{"ago week", tue, "He fled a week ago.", []string{"a week ago=2018-11/ago/past"}},
		{"ago crossing year", newYr, "He fled two days ago.", []string{"two days ago=2018-12-30/ago/past"}},
		{"era", tue, "The city was bombed during World War Two.", []string{"World War Two=1939..1945/era/past"}},
		{"era roman", tue, "Since World War II, the port has grown.", []string{"World War II=1939..1945/era/past"}},
		{"era hyphen", tue, "After the Six-Day War, borders moved.", []string{"Six-Day War=1967/era/past"}},
	})
}

func TestRange(t *testing.T) {
	runRows(t, []row{
		{"from to", tue, "Talks ran from May 1 to May 3.", []string{"from May 1 to May 3=2018-05-01..2018-05-03/range/past"}},
		{"from to day", tue, "Talks ran from May 1 to 3.", []string{"from May 1 to 3=2018-05-01..2018-05-03/range/past"}},
		{"between years", tue, "Between 2011 and 2014, 5,000 died.", []string{"Between 2011 and 2014=2011..2014/range/past"}},
		{"year dash", tue, "The 2011-2014 war.", []string{"2011-2014=2011..2014/range/past"}},
		{"year en dash short", tue, "The 2011\u201314 war.", []string{"2011\u201314=2011..2014/range/past"}},
		{"month day dash", tue, "Talks on May 1-3 failed.", []string{"May 1-3=2018-05-01..2018-05-03/range/past"}},
		{"day dash month", tue, "Talks on 1-3 May failed.", []string{"1-3 May=2018-05-01..2018-05-03/range/past"}},
		{"year from end", tue, "From May 30 to June 2, 2017, talks ran.", []string{"From May 30 to June 2, 2017=2017-05-30..2017-06-02/range/past"}},
		{"months over new year", tue, "From November to January the roads close.", []string{"From November to January=2018-11..2019-01/range"}},
		{"between months", tue, "Between March and May, 40 died.", []string{"Between March and May=2018-03..2018-05/range/past"}},
		{"and without between", tue, "Conte and May met.", nil},
		{"range of counts", tue, "From 2000 to 3000 people fled.", nil},
		{"range of counts with dash", tue, "Some 1500-2000 people fled.", nil},
		{"backwards", tue, "From 2014 to 2011 is wrong.", []string{"2014=2014/year/past", "2011=2011/year/past"}},
	})
}

func TestDefaultLoads(t *testing.T) {
	if _, err := Default(); err != nil {
		t.Fatalf("embedded word list: %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, r := range []struct{ name, text, want string }{
		{"unknown kind", "colour red 1\n", "w.txt:1: unknown kind"},
		{"bad month", "\nmonth smarch 13\n", "w.txt:2: month smarch"},
		{"unknown role", "cue soon quickly\n", "w.txt:1: cue soon: unknown role"},
		{"name without date word", "name arab spring\n", "w.txt:1: name arab spring"},
		{"bad era", "era 1945 1939 world war two\n", "w.txt:1: era world war two: bad years"},
	} {
		t.Run(r.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"w.txt": {Data: []byte(r.text)}}, "w.txt")
			if err == nil || !strings.Contains(err.Error(), r.want) {
				t.Errorf("got error %v, want one containing %q", err, r.want)
			}
		})
	}
}
