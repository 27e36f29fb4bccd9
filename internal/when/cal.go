package when

import (
	"time"

	"dateline"
)

// Calendar arithmetic is done on UTC noons, so adding days never crosses a
// daylight-saving edge.

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

func dayDate(t time.Time) dateline.Date { return dateline.DateOf(t) }

func monthDate(y int, m time.Month) dateline.Date {
	return dateline.Date{Year: y, Month: m, Precision: dateline.PrecisionMonth}
}

func yearDate(y int) dateline.Date { return dateline.Date{Year: y, Precision: dateline.PrecisionYear} }

// monthOf returns the month n months after t's month (n may be negative).
func monthOf(t time.Time, n int) dateline.Date {
	f := time.Date(t.Year(), t.Month()+time.Month(n), 1, 12, 0, 0, 0, time.UTC)
	return monthDate(f.Year(), f.Month())
}

// firstDay and lastDay return the first and last day a date covers.
func firstDay(d dateline.Date) time.Time {
	switch d.Precision {
	case dateline.PrecisionYear:
		return date(d.Year, 1, 1)
	case dateline.PrecisionMonth:
		return date(d.Year, d.Month, 1)
	}
	return date(d.Year, d.Month, d.Day)
}

func lastDay(d dateline.Date) time.Time {
	switch d.Precision {
	case dateline.PrecisionYear:
		return date(d.Year, 12, 31)
	case dateline.PrecisionMonth:
		return date(d.Year, d.Month, daysIn(d.Year, d.Month))
	}
	return date(d.Year, d.Month, d.Day)
}

// cover returns the finest date that holds every day from a to b: the day,
// the month or the year; for a stretch over several years, the first year
// and, as end, the last.
func cover(a, b time.Time) (start, end dateline.Date) {
	switch {
	case a.Equal(b):
		return dayDate(a), dateline.Date{}
	case a.Year() == b.Year() && a.Month() == b.Month():
		return monthDate(a.Year(), a.Month()), dateline.Date{}
	case a.Year() == b.Year():
		return yearDate(a.Year()), dateline.Date{}
	}
	return yearDate(a.Year()), yearDate(b.Year())
}

// monday returns the Monday of t's week (weeks run Monday to Sunday).
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// weekCover covers the Monday-to-Sunday week holding t.
func weekCover(t time.Time) (start, end dateline.Date) {
	m := monday(t)
	return cover(m, m.AddDate(0, 0, 6))
}

// onOrBefore returns the latest day with weekday wd on or before ref.
func onOrBefore(ref time.Time, wd time.Weekday) time.Time {
	return ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wd) + 7) % 7))
}

// after returns the first day with weekday wd after ref.
func after(ref time.Time, wd time.Weekday) time.Time {
	n := (int(wd) - int(ref.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return ref.AddDate(0, 0, n)
}
