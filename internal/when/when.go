// Package when finds the time expressions in a sentence and resolves them
// against the story's reference date: "Tuesday", "last week", "May 21",
// "in 2011", "two years ago", "from May 1 to May 3", "during World War Two".
//
// News coders often date every event to the day the story was filed; the
// pipeline instead dates an event from the expressions near it, which Find
// returns with their spans, dates and the evidence (Kind, Past, Future).
//
// Find is a hand-written scan over its own tokens, keyed on the words of an
// embedded word list (data/words.txt: months, weekdays, counts, units, cue
// words and named eras). A sentence with no digit and no month, weekday,
// unit or relative-day word is rejected by a pre-scan that allocates nothing.
// A lexicon given the syntax stage's word table (WithWords) reads a word
// that is also one of the sentence's tokens by the token's id, where it
// would lower-case and hash it again; what it finds is the same.
//
// Resolution rules (ref is the reference date, in the story's zone):
//   - A weekday ("Tuesday", "on Tuesday", "Tuesday night") is the latest such
//     day on or before ref; "last Tuesday" the latest strictly before;
//     "next Tuesday", "coming Tuesday", "this coming Tuesday" the first after.
//   - A day and month without a year ("May 21", "21 May") take ref's year,
//     or the year before when that would put the date more than 60 days
//     after ref: news mostly reports the past.
//   - A month alone needs a cue ("in May", "since March", "mid-August",
//     "last May") or a day or year, so that "may" and "march" the verbs and
//     "Theresa May" are not dates. "in August" is the latest August on or
//     before ref's month; "next August" the first after; "last August" the
//     latest strictly before.
//   - Weeks run Monday to Sunday. "last week", "this week", "next week",
//     "the weekend" and windows such as "the past month" or "two weeks ago"
//     cover several days, so their Date is the finest period holding all of
//     them: the month if they fall in one month, else the year; a stretch
//     over two years has Date in the first year and End in the second.
//   - A bare four-digit number is a year when it lies in 1900-2100 and does
//     not read as a count: not after "than", "about", "some"...; not before
//     "percent", "people", "troops"... or a lower-case plural ("2011 people"),
//     unless a cue such as "in", "since" or "the" precedes a non-round number.
//     After "in", "since", "during" and the like, years from 1000 count.
//   - "the 1970s" is year 1970 to 1979 (Kind "decade"); an era from the word
//     list is its first year to its last (Kind "era").
//
// Past and Future are set from explicit cues (ago, last, yesterday, earlier;
// next, tomorrow, later, coming) and, for expressions that name a period
// outright, from where that whole period lies relative to ref. A verb's tense
// is not looked at.
//
// Without a reference date (a story that carries none) relative
// expressions are found but not resolved: they have Relative set and no
// Date. Nothing falls back to the day the program runs.
//
// EventDate answers the stage's question for one event: which of the
// sentence's expressions dates it, read from the sentence's clause
// analysis, and what date it gets when none does.
package when

import (
	"time"

	"dateline"
)

// Expr is a time expression found in a sentence, resolved against a reference date.
type Expr struct {
	dateline.Span               // byte offsets in the story body
	Text          string        // the expression as written
	Date          dateline.Date // the date, or the start of a range; precision day, month or year
	End           dateline.Date // the end of a range ("between 2011 and 2014"); zero otherwise
	Past          bool          // refers to before the reference date
	Future        bool          // refers to after the reference date, by an explicit cue or date
	Kind          string        // what kind of expression it is: see the Kind constants
	// Relative is set for an expression counted from the reference date:
	// a weekday, "yesterday", "last week", "two years ago", a day and month
	// with no year. Found with no reference date, it has no Date.
	Relative bool
	// Shift is, for an anaphoric expression (Kind KindAnaphoric, no Date),
	// how many days after the day named before it lies: 0 for "that day",
	// 1 for "the following day", -1 for "the previous day", 2 for "two
	// days later". For an offset (Kind KindOffset, no Date) it is how many
	// days the act before "after" or "before" lies from the day after it:
	// 2 for "two days after", -7 for "a week before".
	Shift int
}

// Kinds of expression, for Expr.Kind.
const (
	KindWeekday        = "weekday"         // Tuesday, next Friday
	KindRelativeDay    = "relative-day"    // today, yesterday, last night
	KindRelativePeriod = "relative-period" // last week, this month, earlier this year
	KindAbsolute       = "absolute"        // May 21, 21 May 2020, in August, 2018-11-13
	KindYear           = "year"            // in 2011
	KindDecade         = "decade"          // the 1970s
	KindAgo            = "ago"             // two years ago
	KindRange          = "range"           // from May 1 to May 3, between 2011 and 2014
	KindEra            = "era"             // during World War Two
	KindAnaphoric      = "anaphoric"       // that day, the same day, the following day, two days later: a day named before
	KindOffset         = "offset"          // two days after, a week before: counted from a day the sentence names or tells of
)

// Find returns the time expressions in s, in order, resolved against ref with
// the embedded word list. It returns nil if the list fails to load, which the
// package tests rule out; call Default to see the error.
func Find(s dateline.Sentence, ref time.Time) []Expr {
	lx, err := Default()
	if err != nil {
		return nil
	}
	return lx.Find(s, ref)
}

// Find returns the time expressions in s, in order, resolved against ref.
// It allocates nothing when s has none.
//
// A zero ref means the story's date is not known: absolute expressions
// ("May 21, 2020", "in 2011", "the 1970s") are still resolved, relative
// ones are returned with Relative set and no Date, and Past and Future
// come from explicit cues only ("ago", "next").
func (lx *Lexicon) Find(s dateline.Sentence, ref time.Time) []Expr {
	ws := words{toks: s.Tokens, base: s.Start}
	if !lx.hasTrigger(s.Text, &ws) {
		return nil
	}
	var buf [64]tok
	ws.k = 0
	p := parser{toks: lx.scan(s.Text, &ws, buf[:0]), text: s.Text}
	undated := ref.IsZero()
	if undated {
		ref = date(2000, time.January, 1) // any day: only relative readings use it, and they are dropped
	}
	p.ry, p.rm, p.rd = ref.Date()
	var out []Expr
	for i := 0; i < len(p.toks); {
		v, ok := p.parse(i)
		if !ok || v.kind != KindAnaphoric && v.kind != KindOffset && !v.valid() {
			i++
			continue
		}
		if out == nil {
			out = make([]Expr, 0, 4)
		}
		e := makeExpr(v, p.toks[v.a].start, p.toks[v.b-1].end, s, p.now())
		if v.kind == KindAnaphoric || v.kind == KindOffset {
			e.Past, e.Future, e.Shift = false, false, v.shift
		}
		if undated {
			e.Past, e.Future = v.past, v.future
			if v.rel {
				e.Date, e.End = dateline.Date{}, dateline.Date{}
			}
		}
		out = append(out, e)
		i = v.b
	}
	return out
}

// val is an expression being parsed: tokens [a, b) and what they mean.
type val struct {
	a, b         int
	date, end    dateline.Date
	kind         string
	past, future bool // explicit cues
	yearSet      bool // the year was written out
	rel          bool // counted from the reference date: a weekday, "yesterday", "May 21" with no year
	shift        int  // for an anaphoric day: days after the day named before
}

func (v *val) valid() bool {
	return validDate(v.date) && (v.end.IsZero() || validDate(v.end))
}

func validDate(d dateline.Date) bool {
	if d.Year < 1 || d.Year > 9999 || d.Precision < dateline.PrecisionYear || d.Precision > dateline.PrecisionDay {
		return false
	}
	if d.Precision >= dateline.PrecisionMonth && (d.Month < 1 || d.Month > 12) {
		return false
	}
	return d.Precision < dateline.PrecisionDay || d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// makeExpr writes v, which covers bytes [start, end) of s.Text, as an Expr.
func makeExpr(v val, start, end int, s dateline.Sentence, ref time.Time) Expr {
	e := Expr{
		Span: dateline.Span{Start: s.Start + start, End: s.Start + end},
		Text: s.Text[start:end],
		Date: v.date, End: v.end, Kind: v.kind, Relative: v.rel,
	}
	last := v.date
	if !v.end.IsZero() {
		last = v.end
	}
	e.Past = v.past || lastDay(last).Before(ref)
	e.Future = v.future || firstDay(v.date).After(ref)
	if e.Past && e.Future { // explicit cues disagree with the calendar: trust the cue
		e.Past, e.Future = v.past, v.future
	}
	return e
}
