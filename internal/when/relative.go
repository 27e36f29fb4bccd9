package when

import "time"

// mode is how a relative expression counts from the reference day.
type mode uint8

const (
	mThis   mode = iota // this week
	mLast               // last week: the one before
	mNext               // next week: the one after
	mWindow             // the past week: the stretch ending today
)

// relative reads the expressions that start with a cue word: "today",
// "yesterday", "last night", "last week", "next Tuesday", "last November",
// "earlier this month", "the past three years", "the weekend".
func (p *parser) relative(i int) (val, bool) {
	t := p.tok(i)
	ref := p.now()
	switch {
	case t.is(rToday | rTonight):
		return p.withPart(val{a: i, b: i + 1, date: dayDate(ref), kind: KindRelativeDay}), true
	case t.is(rYesterday):
		return p.withPart(val{a: i, b: i + 1, date: dayDate(ref.AddDate(0, 0, -1)), kind: KindRelativeDay, past: true}), true
	case t.is(rTomorrow):
		return p.withPart(val{a: i, b: i + 1, date: dayDate(ref.AddDate(0, 0, 1)), kind: KindRelativeDay, future: true}), true
	case t.is(rEarlier|rLater) && p.tok(i+1).is(rThis):
		v, ok := p.period(i+2, mThis)
		v.a, v.past, v.future = i, t.is(rEarlier), t.is(rLater)
		return v, ok
	case t.is(rWeekend):
		v, ok := p.period(i, mThis)
		v.a = i
		return v, ok
	}
	start := i
	var md mode
	switch {
	case t.is(rLast):
		md = mLast
	case t.is(rWindow):
		md = mWindow
	case t.is(rNext | rComing):
		md = mNext
	case t.is(rThis):
		md = mThis
		if p.tok(i + 1).is(rComing) {
			md, i = mNext, i+1
		}
	default:
		return val{}, false
	}
	v, ok := p.after(i+1, md)
	v.a = start
	return v, ok
}

// withPart extends a day over "night", "morning" and the like after it.
func (p *parser) withPart(v val) val {
	if p.tok(v.b).is(rPart) {
		v.b++
	}
	return v
}

// after reads what follows "last", "next", "this" or "past" at j.
func (p *parser) after(j int, md mode) (val, bool) {
	t := p.tok(j)
	ref := p.now()
	if wd, ok := t.weekday(); ok {
		var d time.Time
		switch md {
		case mLast:
			d = onOrBefore(ref.AddDate(0, 0, -1), wd)
		case mNext:
			d = after(ref, wd)
		default:
			d = onOrBefore(ref, wd)
		}
		return p.withPart(val{b: j + 1, date: dayDate(d), kind: KindWeekday, past: md == mLast, future: md == mNext}), true
	}
	if m := t.month(); m != 0 && !t.e.abbr {
		y := ref.Year()
		switch {
		case md == mLast && m >= ref.Month():
			y--
		case md == mNext && m <= ref.Month():
			y++
		}
		return val{b: j + 1, date: monthDate(y, m), kind: KindAbsolute, past: md == mLast, future: md == mNext}, true
	}
	if t.is(rPart) && (md == mLast || md == mThis) { // last night, this morning
		d := ref
		if md == mLast {
			d = ref.AddDate(0, 0, -1)
		}
		return val{b: j + 1, date: dayDate(d), kind: KindRelativeDay, past: md == mLast}, true
	}
	if md == mWindow || md == mLast {
		if n, k, ok := p.count(j); ok && p.tok(k).unit() != uNone {
			return p.window(j, k, n)
		}
	}
	return p.period(j, md)
}

// period reads a unit or "weekend" at j, counted by md from ref.
func (p *parser) period(j int, md mode) (val, bool) {
	t := p.tok(j)
	ref := p.now()
	v := val{b: j + 1, kind: KindRelativePeriod, past: md == mLast || md == mWindow, future: md == mNext}
	shift := 0
	switch md {
	case mLast:
		shift = -1
	case mNext:
		shift = 1
	}
	if t.is(rWeekend) {
		sat := onOrBefore(ref, time.Saturday)
		if md == mLast && !sat.AddDate(0, 0, 1).Before(ref) {
			sat = sat.AddDate(0, 0, -7)
		}
		if md == mNext || md == mThis && ref.Weekday() != time.Sunday && ref.Weekday() != time.Saturday && !p.tok(j-1).is(rThe) {
			sat = after(ref, time.Saturday)
		}
		v.date, v.end = cover(sat, sat.AddDate(0, 0, 1))
		return v, true
	}
	switch t.unit() {
	case uWeek:
		if md == mWindow {
			v.date, v.end = cover(ref.AddDate(0, 0, -6), ref)
		} else {
			v.date, v.end = weekCover(ref.AddDate(0, 0, 7*shift))
		}
	case uFortnight:
		if md == mNext {
			v.date, v.end = cover(ref.AddDate(0, 0, 1), ref.AddDate(0, 0, 14))
		} else {
			v.date, v.end = cover(ref.AddDate(0, 0, -13), ref)
		}
	case uMonth:
		if md == mWindow {
			v.date, v.end = cover(ref.AddDate(0, 0, -30), ref)
		} else {
			v.date = monthOf(ref, shift)
		}
	case uYear:
		if md == mWindow {
			v.date, v.end = cover(ref.AddDate(-1, 0, 1), ref)
		} else {
			v.date = yearDate(ref.Year() + shift)
		}
	case uDecade:
		if md != mWindow && md != mLast {
			return val{}, false
		}
		v.date, v.end = cover(ref.AddDate(-10, 0, 1), ref)
	default:
		return val{}, false
	}
	if p.text[t.end-1]|0x20 == 's' { // "last years" is not a period
		return val{}, false
	}
	return v, true
}

// window reads "the past three years": the stretch of n units ending at ref.
func (p *parser) window(j, k, n int) (val, bool) {
	start, ok := p.back(p.tok(k).unit(), n)
	if !ok {
		return val{}, false
	}
	v := val{b: k + 1, kind: KindRelativePeriod, past: true}
	v.date, v.end = cover(start.AddDate(0, 0, 1), p.now())
	return v, true
}

// back returns the day n units before ref.
func (p *parser) back(u unit, n int) (time.Time, bool) {
	if n > 10000 {
		return time.Time{}, false
	}
	ref := p.now()
	switch u {
	case uHour:
		return ref.AddDate(0, 0, -n/24), true
	case uDay:
		return ref.AddDate(0, 0, -n), true
	case uWeek:
		return ref.AddDate(0, 0, -7*n), true
	case uFortnight:
		return ref.AddDate(0, 0, -14*n), true
	case uMonth:
		return ref.AddDate(0, -n, 0), true
	case uYear:
		return ref.AddDate(-n, 0, 0), true
	case uDecade:
		return ref.AddDate(-10*n, 0, 0), true
	case uCentury:
		return ref.AddDate(-100*n, 0, 0), true
	}
	return time.Time{}, false
}

// count reads a count at i: "3", "three", "a", "a few", "a couple of".
func (p *parser) count(i int) (int, int, bool) {
	t := p.tok(i)
	switch {
	case t.kind == kNum && t.suffix == sNone && t.ndig <= 4:
		return t.num, i + 1, true
	case t.kind == kWord && t.e != nil && t.e.number != 0:
		n, j := t.e.number, i+1
		if n == 1 && p.tok(j).kind == kWord && p.tok(j).e != nil && p.tok(j).e.number > 1 && p.tok(j).e.number < 10 {
			n, j = p.tok(j).e.number, j+1 // a few, a couple
		}
		if p.tok(j).is(rOf) {
			j++
		}
		return n, j, true
	}
	return 0, i, false
}

// ago reads "two years ago", "three days ago", "a decade ago".
func (p *parser) ago(i int) (val, bool) {
	n, j, ok := p.count(i)
	u := p.tok(j).unit()
	if !ok || u == uNone || !p.tok(j+1).is(rAgo) {
		return val{}, false
	}
	d, ok := p.back(u, n)
	if !ok {
		return val{}, false
	}
	v := val{a: i, b: j + 2, kind: KindAgo, past: true}
	switch u {
	case uHour, uDay:
		v.date = dayDate(d)
	case uWeek, uFortnight:
		v.date, v.end = weekCover(d)
	case uMonth:
		v.date = monthDate(d.Year(), d.Month())
	default:
		v.date = yearDate(d.Year())
	}
	return v, true
}

// year reads a year ("2011") or a decade ("1970s") at i.
func (p *parser) year(i int, inRange bool) (val, bool) {
	t, prev, next := p.tok(i), p.tok(i-1), p.tok(i+1)
	if t.kind == kNum && t.ndig == 4 && t.suffix == sDecade {
		return val{a: i, b: i + 1, date: yearDate(t.num), end: yearDate(t.num + 9), kind: KindDecade}, true
	}
	if !t.isYear() || p.partOfNumber(i) || prev.is(rQuantity) || next.is(rMeasure) {
		return val{}, false
	}
	strong := inRange || prev.is(rAnchor|rFrom|rBetween|rTo)
	switch {
	case strong && (t.num < 1000 || t.num > 2999):
		return val{}, false
	case !strong && (t.num < 1900 || t.num > 2100):
		return val{}, false
	case p.plural(i+1) && (t.num%100 == 0 || !strong && !prev.is(rThe)):
		return val{}, false // 2011 people, the 2000 soldiers
	case p.countRange(i):
		return val{}, false // from 2000 to 3000 people
	}
	return val{a: i, b: i + 1, date: yearDate(t.num), kind: KindYear, yearSet: true}, true
}

// partOfNumber reports whether the number at i is part of a larger one or
// of an amount: "1,2011", "2011.5", "$2011", "2011%".
func (p *parser) partOfNumber(i int) bool {
	t, prev, next := p.tok(i), p.tok(i-1), p.tok(i+1)
	if prev.kind == kPunct && adjacent(prev, t) {
		switch prev.punct {
		case ',', '.', '$', '/', 0:
			return true
		}
	}
	if next.kind == kPunct && adjacent(t, next) {
		switch next.punct {
		case '%', '/', 0:
			return true
		case ',', '.':
			return p.tok(i+2).kind == kNum && adjacent(next, p.tok(i+2))
		}
	}
	if p.code(i+1, 1) || p.code(i-1, -1) { // 2018-13-45, 45-13-2018
		return true
	}
	if prev.kind == kNum && adjacent(prev, t) { // capped digit runs never split, but be safe
		return true
	}
	return prev.kind == kWord && adjacent(prev, t) // MH2011, F2000
}

// plural reports whether token j is a lower-case plural noun: "people" is in
// the word list, "soldiers" ends in s.
func (p *parser) plural(j int) bool {
	t := p.tok(j)
	if t.kind != kWord || t.upper || t.end-t.start < 4 {
		return false
	}
	return p.text[t.end-1] == 's' && p.text[t.end-2] != 's'
}

// code reports whether tokens from j on, stepping by dir, read
// separator-number-separator, all touching: a numeric code, not a year.
func (p *parser) code(j, dir int) bool {
	a, b, c, d := p.tok(j-dir), p.tok(j), p.tok(j+dir), p.tok(j+2*dir)
	sep := func(t *tok) bool { return t.isPunct('-') || t.isPunct('/') || t.isPunct('.') }
	return sep(b) && c.kind == kNum && sep(d) &&
		touching(a, b) && touching(b, c) && touching(c, d)
}

func touching(a, b *tok) bool { return a.end == b.start || b.end == a.start }

// countRange reports whether the number at i opens a range of counts: its
// other end is a number that is no year or is followed by a count's noun.
func (p *parser) countRange(i int) bool {
	j, o := p.tok(i+1), p.tok(i+2)
	if !(j.isPunct('-') || j.is(rTo|rAnd)) || o.kind != kNum {
		return false
	}
	if !o.isYear() {
		return o.ndig != 2 // 2011-14 is a range of years
	}
	return o.num > 2100 || p.plural(i+3) || p.tok(i+3).is(rMeasure)
}
