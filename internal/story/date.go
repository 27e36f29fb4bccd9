package story

import (
	"strconv"
	"strings"
	"time"
)

// stamp is what a date expression says, field by field; unknown fields are
// filled in from a reference time when it is turned into a time.Time.
type stamp struct {
	year, day      int
	month          time.Month
	hour, min, sec int
	hasTime        bool
	zone           *zone  // nil if no zone was written
	zoneName       string // abbreviation as written, or "" for numeric offsets
	full           time.Time
	hasFull        bool // an RFC 3339 time with its own offset
	lone           int  // 1 + index of a bare number after the day, an hour if "p.m." follows
}

// parseStamp reads a date expression such as "November 13, 2018 at 4:09 AM
// CST", "Nov. 13", "13 November 2018", "Tuesday 13 Nov 2018 09:00 GMT",
// "2018-11-13" or "2018-11-13T04:09:00-06:00". In strict mode every word must
// belong to the date; otherwise unknown words are skipped. It reports false
// when the text holds neither a day of a month nor a time.
func (lex *Lexicon) parseStamp(s string, strict bool) (stamp, bool) {
	var st stamp
	bare := -1 // index of the last bare number taken as a day, for "4 p.m."
	fields := strings.FieldsFunc(s, isDateSep)
	for i, f := range fields {
		ok := lex.stampField(&st, f, &bare, i)
		if !ok && strict {
			return st, false
		}
	}
	if st.lone > 0 && !st.hasTime {
		if strict {
			return st, false
		}
		st.hour = 0
	}
	if st.hasFull {
		return st, true
	}
	if st.month != 0 && st.day == 0 && st.hasTime {
		return st, false
	}
	return st, (st.month != 0 && st.day != 0) || st.hasTime
}

func isDateSep(r rune) bool {
	switch r {
	case ' ', ',', '|', '(', ')', '\t':
		return true
	}
	return false
}

// stampField takes one field of a date expression into st; it reports false
// for a field that is no part of a date.
func (lex *Lexicon) stampField(st *stamp, f string, bare *int, i int) bool {
	switch f {
	case "-", "—", "–", "--", "/", "at", "on", "of", "the", "At", "On", "AT", "ON", "·", "•":
		return true
	}
	if f[0] >= '0' && f[0] <= '9' {
		return st.number(f, bare, i)
	}
	if f[0] == '+' || f[0] == '-' {
		if off, ok := parseOffset(f); ok && st.hasTime && st.zone == nil {
			st.zone = &zone{offset: off}
			return true
		}
		return false
	}
	if z, ok := lex.zones[f]; ok && st.zone == nil {
		st.zone, st.zoneName = &z, f
		return true
	}
	if len(f) > 4 && (strings.HasPrefix(f, "GMT") || strings.HasPrefix(f, "UTC")) {
		if off, ok := parseOffset(f[3:]); ok && st.zone == nil {
			st.zone = &zone{offset: off}
			return true
		}
	}
	w := strings.ToLower(strings.ReplaceAll(f, ".", ""))
	if m, ok := lex.months[w]; ok && st.month == 0 {
		st.month = m
		return true
	}
	if lex.weekdays[w] {
		return true
	}
	switch w {
	case "am", "pm":
		return st.meridiem(w == "pm", bare, i)
	case "noon":
		st.hour, st.hasTime = 12, true
		return true
	}
	return false
}

// number takes a field that starts with a digit: a year, a day, a time
// ("4:09", "4:09AM", "4pm", "16:09:30"), an ordinal ("13th") or an ISO date.
func (st *stamp) number(f string, bare *int, i int) bool {
	if len(f) >= 10 && f[4] == '-' && f[7] == '-' {
		return st.iso(f)
	}
	lower := strings.ToLower(f)
	var pm, mer bool
	for _, suf := range [...]string{"a.m.", "a.m", "am", "p.m.", "p.m", "pm"} {
		if s, ok := strings.CutSuffix(lower, suf); ok {
			lower, mer, pm = s, true, suf[0] == 'p'
			break
		}
	}
	if isDottedClock(lower) {
		lower = strings.Replace(lower, ".", ":", 1) // "08.12", "4.30pm"
	}
	lower = strings.TrimSuffix(lower, ".")
	if strings.Contains(lower, ":") {
		if !st.clock(lower) {
			return false
		}
		return !mer || st.meridiem(pm, bare, -1)
	}
	if mer {
		h, err := strconv.Atoi(lower)
		if err != nil || h < 1 || h > 12 || st.hasTime {
			return false
		}
		st.hour, st.hasTime = h, true
		return st.meridiem(pm, bare, -1)
	}
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if s, ok := strings.CutSuffix(lower, suf); ok {
			lower = s
			break
		}
	}
	n, err := strconv.Atoi(lower)
	switch {
	case err != nil:
		return false
	case len(lower) == 4 && n >= 1800 && n <= 2200 && st.year == 0:
		st.year = n
	case len(lower) <= 2 && n >= 1 && n <= 31 && st.day == 0:
		st.day, *bare = n, i
	case len(lower) <= 2 && n >= 1 && n <= 12 && !st.hasTime && st.lone == 0:
		st.hour, st.lone = n, i+1
	default:
		return false
	}
	return true
}

// isDottedClock reports whether s is a time written "08.12" or "4.30".
func isDottedClock(s string) bool {
	h, m, ok := strings.Cut(s, ".")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// clock reads "4:09" or "16:09:30".
func (st *stamp) clock(s string) bool {
	if st.hasTime {
		return false
	}
	parts := strings.Split(s, ":")
	if len(parts) > 3 {
		return false
	}
	var v [3]int
	for k, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (k > 0 && len(p) != 2) || len(p) > 2 {
			return false
		}
		v[k] = n
	}
	if v[0] > 23 || v[1] > 59 || v[2] > 60 {
		return false
	}
	st.hour, st.min, st.sec, st.hasTime = v[0], v[1], v[2], true
	return true
}

// meridiem applies "a.m." or "p.m." to the time, or turns the last bare
// number into an hour ("4 p.m.").
func (st *stamp) meridiem(pm bool, bare *int, i int) bool {
	switch {
	case st.hasTime:
	case st.lone > 0 && st.lone == i:
		st.hasTime = true
	case *bare >= 0 && *bare == i-1 && st.day <= 12:
		st.hour, st.day, st.hasTime, *bare = st.day, 0, true, -1
	default:
		return false
	}
	if st.hour < 1 || st.hour > 12 {
		return false
	}
	st.hour %= 12
	if pm {
		st.hour += 12
	}
	return true
}

// iso reads "2018-11-13", "2018-11-13T04:09:00Z" or
// "2018-11-13T04:09:00-06:00".
func (st *stamp) iso(f string) bool {
	if len(f) == 10 {
		t, err := time.Parse(time.DateOnly, f)
		if err != nil || st.month != 0 {
			return false
		}
		st.year, st.month, st.day = t.Year(), t.Month(), t.Day()
		return true
	}
	if t, err := time.Parse(time.RFC3339, f); err == nil {
		st.full, st.hasFull = t, true
		return true
	}
	for _, layout := range [...]string{"2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, f); err == nil {
			st.year, st.month, st.day = t.Year(), t.Month(), t.Day()
			st.hour, st.min, st.sec, st.hasTime = t.Hour(), t.Minute(), t.Second(), true
			return true
		}
	}
	return false
}

// time turns the stamp into a time. Fields it lacks come from ref: the year,
// and for a bare time the day; the zone comes from ref when the stamp has a
// time but no zone, and is UTC otherwise. It reports false when the year or
// the day cannot be known.
func (st stamp) time(ref time.Time) (time.Time, bool) {
	if st.hasFull {
		return st.full, true
	}
	y, m, d := st.year, st.month, st.day
	if m == 0 || d == 0 {
		if ref.IsZero() || !st.hasTime || m != 0 || d != 0 {
			return time.Time{}, false
		}
		y, m, d = ref.Date()
	}
	if y == 0 {
		if ref.IsZero() {
			return time.Time{}, false
		}
		y = ref.Year()
	}
	if d > daysIn(y, m) {
		return time.Time{}, false
	}
	loc := time.UTC
	switch {
	case st.zone != nil:
		loc = st.zone.location(st.zoneName, y, m, d)
	case st.hasTime && !ref.IsZero():
		loc = ref.Location()
	}
	return time.Date(y, m, d, st.hour, st.min, st.sec, 0, loc), true
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseTimes reads a publication stamp that may hold an update: "November
// 13, 2018 at 4:09 AM CST - Updated November 13 at 5:18 AM". The updated
// part takes the published year, day and zone when it omits them. ref
// supplies a year when the published part has none.
func (lex *Lexicon) parseTimes(s string, strict bool, ref time.Time) (pub, upd time.Time, ok bool) {
	pubText, updText, hasUpd := cutUpdated(s)
	pubText = trimLabel(pubText)
	if pubText != "" {
		st, ok := lex.parseStamp(pubText, strict)
		if !ok {
			return pub, upd, false
		}
		if pub, ok = st.time(ref); !ok {
			return pub, upd, false
		}
	}
	if hasUpd {
		st, ok := lex.parseStamp(updText, strict)
		if !ok {
			return pub, upd, false
		}
		r := pub
		if r.IsZero() {
			r = ref
		}
		if upd, ok = st.time(r); !ok {
			return pub, upd, false
		}
	}
	return pub, upd, !pub.IsZero() || !upd.IsZero()
}

// cutUpdated splits s at the word "Updated" (or "Last updated",
// "Modified").
func cutUpdated(s string) (before, after string, found bool) {
	lower := strings.ToLower(s)
	for _, kw := range [...]string{"last updated", "updated", "last modified", "modified"} {
		if i := strings.Index(lower, kw); i >= 0 {
			return s[:i], trimLabel(s[i+len(kw):]), true
		}
	}
	return s, "", false
}

// trimLabel drops separators and labels around a date: "Published:",
// "Posted", "First published on", " - ".
func trimLabel(s string) string {
	for {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "-—–|:·•"))
		lower := strings.ToLower(t)
		for _, kw := range [...]string{"first published", "published", "posted", "date", "filed"} {
			if strings.HasPrefix(lower, kw) {
				t = t[len(kw):]
				break
			}
		}
		if t == s {
			return t
		}
		s = t
	}
}
