package when

import (
	"strings"
	"time"

	"dateline"
)

// parser reads the expressions of one sentence.
type parser struct {
	toks []tok
	text string
	// The reference day, kept as numbers: a time.Time here would make
	// escape analysis move the token buffer to the heap.
	ry, rd int
	rm     time.Month
}

// now returns the reference day as a UTC noon.
func (p *parser) now() time.Time { return date(p.ry, p.rm, p.rd) }

var noTok tok // what tok returns outside the sentence: matches nothing

func (p *parser) tok(i int) *tok {
	if i >= 0 && i < len(p.toks) {
		return &p.toks[i]
	}
	return &noTok
}

func (t *tok) is(r role) bool { return t.kind == kWord && t.e != nil && t.e.roles&r != 0 }

func (t *tok) isPunct(c byte) bool { return t.kind == kPunct && t.punct == c }

// month returns the month a capitalised month word names, or 0.
func (t *tok) month() time.Month {
	if t.kind != kWord || t.e == nil || !t.upper {
		return 0
	}
	return time.Month(t.e.month)
}

// weekday returns the weekday a capitalised weekday word names.
func (t *tok) weekday() (time.Weekday, bool) {
	if t.kind != kWord || t.e == nil || !t.upper || t.e.weekday == 0 {
		return 0, false
	}
	return time.Weekday(t.e.weekday - 1), true
}

func (t *tok) isDay() bool {
	return t.kind == kNum && t.ndig <= 2 && t.num >= 1 && t.num <= 31 && t.suffix != sDecade
}

func (t *tok) isYear() bool { return t.kind == kNum && t.ndig == 4 && t.suffix == sNone }

func (t *tok) unit() unit {
	if t.kind != kWord || t.e == nil {
		return uNone
	}
	return t.e.unit
}

// parse reads the expression starting at token i, joining ranges.
func (p *parser) parse(i int) (val, bool) {
	if t := p.tok(i); t.is(rFrom | rBetween) {
		// After "from" or "between" a bare month may open a range; alone
		// it still needs its own cue.
		if v, ok := p.base(i+1, true); ok {
			if r, ok := p.joinRange(v, t.is(rBetween)); ok {
				r.a = i
				return r, true
			}
		}
		return val{}, false
	}
	v, ok := p.base(i, false)
	if !ok {
		return v, false
	}
	if r, ok := p.joinRange(v, false); ok {
		return r, true
	}
	return v, true
}

// base reads one expression, not a range, starting at token i. inRange
// says it ends a range, where a bare month needs no cue.
func (p *parser) base(i int, inRange bool) (val, bool) {
	t := p.tok(i)
	switch t.kind {
	case kNum:
		if v, ok := p.numeric(i); ok {
			return v, true
		}
		if v, ok := p.dayFirst(i); ok {
			return v, true
		}
		if v, ok := p.ago(i); ok {
			v.rel = true
			return v, true
		}
		if v, ok := p.offset(i); ok {
			return v, true
		}
		return p.year(i, inRange)
	case kWord:
		if t.e == nil {
			return val{}, false
		}
		if len(t.e.names) != 0 && p.inName(i) {
			return val{}, false
		}
		if wd, ok := t.weekday(); ok {
			return p.weekday(i, wd), true
		}
		if t.month() != 0 {
			return p.monthFirst(i, inRange)
		}
		if v, ok := p.anaphor(i); ok {
			return v, true
		}
		if t.e.roles != 0 {
			if v, ok := p.relative(i); ok {
				v.rel = true
				return v, true
			}
		}
		if t.e.number != 0 {
			if v, ok := p.ago(i); ok {
				v.rel = true
				return v, true
			}
			if v, ok := p.offset(i); ok {
				return v, true
			}
		}
		if t.e.unit != uNone {
			if v, ok := p.offset(i); ok {
				return v, true // "hours later"
			}
		}
		if len(t.e.eras) != 0 && t.upper {
			return p.era(i)
		}
	}
	return val{}, false
}

// joinRange extends v over "- X", "to X" or, after "between", "and X".
func (p *parser) joinRange(v val, between bool) (val, bool) {
	j := v.b
	t := p.tok(j)
	if !t.isPunct('-') && !t.is(rTo) && !(between && t.is(rAnd)) {
		return val{}, false
	}
	w, ok := p.rangeEnd(j+1, &v)
	if !ok || !compatible(v.kind, w.kind) {
		return val{}, false
	}
	if w.yearSet && !v.yearSet && v.kind == KindAbsolute {
		v.rel = w.rel // the year written after the range's end is the start's too
		v.date.Year = w.date.Year
		if v.date.Month > w.date.Month {
			v.date.Year--
		}
	}
	if !w.yearSet && firstDay(w.date).Before(firstDay(v.date)) {
		switch w.kind {
		case KindWeekday:
			w.date = dayDate(firstDay(w.date).AddDate(0, 0, 7))
		case KindAbsolute:
			w.date.Year++
		}
	}
	end := w.date
	if !w.end.IsZero() {
		end = w.end
	}
	if lastDay(end).Before(firstDay(v.date)) {
		return val{}, false
	}
	return val{a: v.a, b: w.b, date: v.date, end: end, kind: KindRange,
		past: v.past && w.past, future: v.future && w.future, yearSet: v.yearSet || w.yearSet, rel: v.rel || w.rel}, true
}

func compatible(a, b string) bool {
	if a == b {
		return true
	}
	dated := func(k string) bool { return k == KindAbsolute || k == KindYear || k == KindDecade }
	return dated(a) && dated(b)
}

// rangeEnd reads the end of a range that starts with v: a whole expression,
// or the day alone after a month and day ("May 1-3"), or two digits after a
// year ("2011-14").
func (p *parser) rangeEnd(j int, v *val) (val, bool) {
	t := p.tok(j)
	if v.kind == KindAbsolute && v.date.Precision == dateline.PrecisionDay && t.isDay() && p.tok(j+1).month() == 0 {
		w := val{a: j, b: j + 1, date: v.date, kind: KindAbsolute, yearSet: v.yearSet, rel: v.rel}
		w.date.Day = t.num
		if y, b, ok := p.yearAfter(j+1, true); ok && !v.yearSet {
			w.date.Year, w.b, w.yearSet, w.rel = y, b, true, false
		}
		return w, validDate(w.date)
	}
	if v.kind == KindYear && t.kind == kNum && t.ndig == 2 && t.suffix == sNone {
		y := v.date.Year/100*100 + t.num
		if y <= v.date.Year {
			y += 100
		}
		if y-v.date.Year > 30 || p.tok(j+1).isPunct('-') { // 2018-13-45 is no range
			return val{}, false
		}
		return val{a: j, b: j + 1, date: yearDate(y), kind: KindYear, yearSet: true}, true
	}
	return p.base(j, true)
}

// numeric reads "2018-11-13" and an unambiguous "13/11/2018".
func (p *parser) numeric(i int) (val, bool) {
	t, s1, n2, s2, n3 := p.tok(i), p.tok(i+1), p.tok(i+2), p.tok(i+3), p.tok(i+4)
	if !adjacent(t, s1) || !adjacent(s1, n2) || !adjacent(n2, s2) || !adjacent(s2, n3) ||
		n2.kind != kNum || n3.kind != kNum || n2.ndig > 2 || n2.suffix != sNone || n3.suffix != sNone {
		return val{}, false
	}
	var y, m, d int
	switch {
	case t.ndig == 4 && s1.isPunct('-') && s2.isPunct('-') && n3.ndig <= 2:
		y, m, d = t.num, n2.num, n3.num
	case t.ndig <= 2 && s1.isPunct('/') && s2.isPunct('/') && (n3.ndig == 4 || n3.ndig == 2):
		y, m, d = n3.num, t.num, n2.num
		if n3.ndig == 2 {
			y += 2000
		}
		switch {
		case m > 12 && d <= 12:
			m, d = d, m
		case m != d && d <= 12:
			return val{}, false // 05/06/2018: May 6 or 5 June?
		}
	default:
		return val{}, false
	}
	dd := dateline.Date{Year: y, Month: time.Month(m), Day: d, Precision: dateline.PrecisionDay}
	return val{a: i, b: i + 5, date: dd, kind: KindAbsolute, yearSet: true}, validDate(dd)
}

// monthWord reads a month name at i, with the full stop of an abbreviation.
func (p *parser) monthWord(i int) (m time.Month, abbr bool, next int) {
	t := p.tok(i)
	if m = t.month(); m == 0 {
		return 0, false, i
	}
	next = i + 1
	if t.e.abbr && p.tok(next).isPunct('.') && adjacent(t, p.tok(next)) {
		next++
	}
	return m, t.e.abbr, next
}

// yearAfter reads a four-digit year at j, after a comma if comma.
func (p *parser) yearAfter(j int, comma bool) (int, int, bool) {
	if comma && p.tok(j).isPunct(',') {
		j++
	}
	if t := p.tok(j); t.isYear() && t.num >= 1000 && !p.tok(j+1).is(rMeasure) {
		return t.num, j + 1, true
	}
	return 0, j, false
}

// relYearAfter reads "last year", "of this year", "next year" at j.
func (p *parser) relYearAfter(j int) (int, int, bool) {
	if p.tok(j).is(rOf) {
		j++
	}
	t := p.tok(j)
	if p.tok(j+1).unit() != uYear || p.possessive(j+2) {
		return 0, j, false
	}
	switch y := p.now().Year(); {
	case t.is(rLast):
		return y - 1, j + 2, true
	case t.is(rThis):
		return y, j + 2, true
	case t.is(rNext):
		return y + 1, j + 2, true
	}
	return 0, j, false
}

// dayMonth resolves a day and month with no year: the reference year, or
// the one before if that puts the date more than 60 days after ref.
func (p *parser) dayMonth(m time.Month, d int) (dateline.Date, bool) {
	y := p.now().Year()
	if d <= daysIn(y, m) && date(y, m, d).After(p.now().AddDate(0, 0, 60)) {
		y--
	}
	dd := dateline.Date{Year: y, Month: m, Day: d, Precision: dateline.PrecisionDay}
	return dd, validDate(dd)
}

func (p *parser) possessive(j int) bool {
	a, s := p.tok(j), p.tok(j+1)
	return a.isPunct('\'') && s.kind == kWord && adjacent(a, s) && s.end-s.start == 1 && p.text[s.start]|0x20 == 's'
}

// monthCue reports whether the words before token i make a bare month there
// a date: "in May", "mid-May", "the end of May".
func (p *parser) monthCue(i int) bool {
	k := i - 1
	if p.tok(k).isPunct('-') && adjacent(p.tok(k), p.tok(i)) {
		k--
	}
	if p.tok(k).is(rOf) {
		k--
	}
	return p.tok(k).is(rMonthCue)
}

// monthFirst reads "May 21", "May 21, 2020", "May 2020", "May last year" and
// a cued bare month, "in May".
func (p *parser) monthFirst(i int, inRange bool) (val, bool) {
	m, abbr, j := p.monthWord(i)
	v := val{a: i, kind: KindAbsolute}
	day := 0
	if t := p.tok(j); t.isDay() && p.tok(j+1).month() == 0 {
		day, j = t.num, j+1
	}
	y, j2, yok := p.yearAfter(j, day != 0)
	if !yok {
		y, j2, yok = p.relYearAfter(j)
		v.rel = yok // "May last year"
	}
	if yok {
		j = j2
	}
	v.b, v.yearSet = j, yok
	v.rel = v.rel || !yok
	switch {
	case day != 0 && yok:
		v.date = dateline.Date{Year: y, Month: m, Day: day, Precision: dateline.PrecisionDay}
	case day != 0:
		v.date, _ = p.dayMonth(m, day)
	case yok:
		v.date = monthDate(y, m)
	default:
		if abbr || !(inRange || p.monthCue(i)) || p.possessive(j) {
			return val{}, false
		}
		y := p.now().Year()
		if m > p.now().Month() {
			y--
		}
		v.date = monthDate(y, m)
	}
	return v, validDate(v.date)
}

// dayFirst reads "21 May", "21st of May 2020" and "1-3 May".
func (p *parser) dayFirst(i int) (val, bool) {
	t := p.tok(i)
	if !t.isDay() {
		return val{}, false
	}
	if p.tok(i+1).isPunct('-') && p.tok(i+2).isDay() {
		if m, _, j := p.monthWord(i + 3); m != 0 {
			v, ok := p.dayMonthYear(i, j, m, t.num)
			w, ok2 := p.dayMonthYear(i+2, j, m, p.tok(i+2).num)
			if !ok || !ok2 || w.date.Day < v.date.Day {
				return val{}, false
			}
			v.end, v.kind = w.date, KindRange
			v.b = w.b
			return v, true
		}
	}
	j := i + 1
	if t.suffix == sOrdinal && p.tok(j).is(rOf) {
		j++
	}
	m, _, j := p.monthWord(j)
	if m == 0 {
		return val{}, false
	}
	return p.dayMonthYear(i, j, m, t.num)
}

// dayMonthYear finishes a day-first date: the optional year at j.
func (p *parser) dayMonthYear(i, j int, m time.Month, d int) (val, bool) {
	v := val{a: i, b: j, kind: KindAbsolute}
	y, b, ok := p.yearAfter(j, true)
	if !ok {
		y, b, ok = p.relYearAfter(j)
		v.rel = ok // "21 May last year"
	}
	if ok {
		v.b, v.yearSet = b, true
		v.date = dateline.Date{Year: y, Month: m, Day: d, Precision: dateline.PrecisionDay}
		return v, validDate(v.date)
	}
	var good bool
	v.date, good = p.dayMonth(m, d)
	v.rel = true
	return v, good
}

// weekday reads "Tuesday", "Tuesday night" and "Tuesday, May 21".
func (p *parser) weekday(i int, wd time.Weekday) val {
	j := i + 1
	k := j
	if p.tok(k).isPunct(',') {
		k++
	}
	if p.tok(k).kind != kPunct {
		if v, ok := p.base(k, false); ok && v.kind == KindAbsolute && v.date.Precision == dateline.PrecisionDay {
			v.a = i
			if !v.yearSet {
				v.date = p.yearForWeekday(v.date, wd)
			}
			return v
		}
	}
	if p.tok(j).is(rPart) {
		j++
	}
	v := val{a: i, b: j, date: dayDate(onOrBefore(p.now(), wd)), kind: KindWeekday, rel: true}
	if w := p.tok(j + 1); w.unit() == uWeek && w.end-w.start == 4 { // Tuesday last week
		shift := 0
		switch t := p.tok(j); {
		case t.is(rLast):
			shift, v.past = -7, true
		case t.is(rNext):
			shift, v.future = 7, true
		case t.is(rThis):
		default:
			return v
		}
		mon := monday(p.now().AddDate(0, 0, shift))
		v.date, v.b = dayDate(mon.AddDate(0, 0, (int(wd)+6)%7)), j+2
	}
	return v
}

// anaphor reads a day that refers to one named before: "that day", "that
// night", "the same day", "the following day", "the next day", "the
// previous day". Its date is the story's to give.
func (p *parser) anaphor(i int) (val, bool) {
	t := p.tok(i)
	j, shift := i+1, 0
	switch n := p.tok(j); {
	case t.is(rThat):
	case !t.is(rThe):
		return val{}, false
	case n.is(rSame):
		j++
	case n.is(rFollowing):
		j, shift = j+1, 1
	case n.is(rPrevious):
		j, shift = j+1, -1
	default:
		return val{}, false
	}
	u := p.tok(j)
	if !(u.unit() == uDay && p.text[u.end-1]|0x20 == 'y' || u.is(rPart)) {
		return val{}, false
	}
	return val{a: i, b: j + 1, kind: KindAnaphoric, shift: shift}, true
}

// offset reads a count of days or weeks from another day: "two days
// later", "a week earlier" (from the day named before: an anaphor), "three
// days after", "a day before" (from the day of what follows, or of the
// clause it hangs from). Hours count no day: "hours later" is that day.
func (p *parser) offset(i int) (val, bool) {
	n, j, ok := p.count(i)
	if !ok && p.bareUnits(i) {
		// "hours later", "days after the vote": a bare plural is a few,
		// as "several" and "a few" are in the word list; hours count no day
		n, j, ok = aFew, i, true
	}
	if !ok || n > 1000 {
		return val{}, false
	}
	days := 0
	switch p.tok(j).unit() {
	case uHour:
	case uDay:
		days = n
	case uWeek:
		days = 7 * n
	case uFortnight:
		days = 14 * n
	default:
		return val{}, false
	}
	switch w := p.tok(j + 1); {
	case w.is(rLater):
		return val{a: i, b: j + 2, kind: KindAnaphoric, shift: days}, true
	case w.is(rEarlier):
		return val{a: i, b: j + 2, kind: KindAnaphoric, shift: -days}, true
	case w.is(rAfter):
		return val{a: i, b: j + 2, kind: KindOffset, shift: days}, true
	case w.is(rBefore):
		return val{a: i, b: j + 2, kind: KindOffset, shift: -days}, true
	}
	return val{}, false
}

// aFew is the count of a bare plural of hours or days ("days later"):
// the word list's "several" and "few".
const aFew = 3

// bareUnits reports whether token i is a plural of hours or days with no
// count before it and not a length of time ("for days after"): "hours
// later", "Days after the vote". Weeks and longer are left undated: a
// guess of three of them would name a day no one wrote.
func (p *parser) bareUnits(i int) bool {
	t := p.tok(i)
	if u := t.unit(); u != uHour && u != uDay || p.text[t.end-1]|0x20 != 's' {
		return false
	}
	if prev := p.tok(i - 1); prev.kind == kWord && prev.e != nil && (prev.e.number != 0 || prev.e.roles != 0) || prev.kind == kNum {
		return false // "two days later" is read from its count; "the past days", "in recent days"
	}
	if i == 0 {
		return true
	}
	prev := p.tok(i - 1)
	if prev.kind != kWord {
		return true
	}
	w := p.text[prev.start:prev.end]
	return !strings.EqualFold(w, "for") && !strings.EqualFold(w, "within") && !strings.EqualFold(w, "over")
}

// era reads a named period from the word list: "World War Two".
func (p *parser) era(i int) (val, bool) {
	best := val{}
	for _, e := range p.tok(i).e.eras {
		k := i
		for n, w := range e.words {
			if n > 0 && p.tok(k).isPunct('-') {
				k++
			}
			t := p.tok(k)
			if t.kind != kWord || !strings.EqualFold(p.text[t.start:t.end], w) {
				k = -1
				break
			}
			k++
		}
		if k > best.b {
			best = val{a: i, b: k, date: yearDate(e.from), kind: KindEra}
			if e.to != e.from {
				best.end = yearDate(e.to)
			}
		}
	}
	return best, best.b > 0
}

// inName reports whether the weekday or month word at i is part of a name
// from the word list: "Good Friday", "Sunday Times".
func (p *parser) inName(i int) bool {
	for _, n := range p.tok(i).e.names {
		k := i - n.at
		ok := k >= 0
		for _, w := range n.words {
			t := p.tok(k)
			if !ok || t.kind != kWord || !strings.EqualFold(p.text[t.start:t.end], w) {
				ok = false
				break
			}
			k++
		}
		if ok {
			return true
		}
	}
	return false
}

// yearForWeekday moves a day and month written without a year to the year,
// next to the reference year, in which it falls on wd: "Tuesday, March 5".
// It keeps d when no such year is near.
func (p *parser) yearForWeekday(d dateline.Date, wd time.Weekday) dateline.Date {
	ry := p.now().Year()
	for _, y := range [...]int{d.Year, ry, ry - 1, ry + 1} {
		if d.Day <= daysIn(y, d.Month) && date(y, d.Month, d.Day).Weekday() == wd {
			d.Year = y
			return d
		}
	}
	return d
}
