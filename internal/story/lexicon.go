package story

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed lexicon.txt
var defaultLexicon []byte

// Lexicon is the small word knowledge the reader uses: month and weekday
// names, time-zone abbreviations, agency names, job-title words and name
// particles. The
// default is embedded from lexicon.txt; LoadLexicon reads another.
type Lexicon struct {
	months    map[string]time.Month // lower-case name -> month
	weekdays  map[string]bool       // lower-case names
	zones     map[string]zone       // upper-case abbreviation -> zone
	titles    map[string]bool       // lower-case title words, agencies included
	agencies  map[string]bool       // lower-case agency names
	particles map[string]bool       // lower-case name particles
}

// zone is a time-zone abbreviation's offset, or a US generic zone whose
// offset depends on the date.
type zone struct {
	offset int  // seconds east of UTC (standard time for US zones)
	us     bool // US generic zone: daylight time adds an hour
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// DefaultLexicon returns the embedded lexicon, parsed once.
func DefaultLexicon() *Lexicon {
	defaultOnce.Do(func() {
		lex, err := parseLexicon("lexicon.txt", defaultLexicon)
		if err != nil {
			panic(err) // the embedded file is tested; this cannot happen
		}
		defaultLex = lex
	})
	return defaultLex
}

// LoadLexicon reads a lexicon in the format of the embedded lexicon.txt
// from fsys.
func LoadLexicon(fsys fs.FS, name string) (*Lexicon, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	return parseLexicon(name, data)
}

func parseLexicon(name string, data []byte) (*Lexicon, error) {
	lex := &Lexicon{
		months:    map[string]time.Month{},
		weekdays:  map[string]bool{},
		zones:     map[string]zone{},
		titles:    map[string]bool{},
		agencies:  map[string]bool{},
		particles: map[string]bool{},
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := lex.add(strings.Fields(line)); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return lex, nil
}

func (lex *Lexicon) add(f []string) error {
	want := 2
	if f[0] == "month" || f[0] == "zone" {
		want = 3
	}
	if len(f) != want {
		return fmt.Errorf("%q entry needs %d fields, has %d", f[0], want, len(f))
	}
	key := strings.ToLower(f[1])
	switch f[0] {
	case "month":
		m, err := strconv.Atoi(f[2])
		if err != nil || m < 1 || m > 12 {
			return fmt.Errorf("bad month number %q", f[2])
		}
		lex.months[key] = time.Month(m)
	case "weekday":
		lex.weekdays[key] = true
	case "zone":
		z, err := parseZone(f[2])
		if err != nil {
			return err
		}
		lex.zones[strings.ToUpper(f[1])] = z
	case "title":
		lex.titles[key] = true
	case "agency":
		lex.titles[key], lex.agencies[key] = true, true
	case "particle":
		lex.particles[key] = true
	default:
		return fmt.Errorf("unknown entry kind %q", f[0])
	}
	return nil
}

// parseZone reads "+05:30", "-06:00" or a US generic zone "us-5".
func parseZone(s string) (zone, error) {
	if h, ok := strings.CutPrefix(s, "us"); ok {
		n, err := strconv.Atoi(h)
		if err != nil || n > 0 || n < -12 {
			return zone{}, fmt.Errorf("bad US zone %q", s)
		}
		return zone{offset: n * 3600, us: true}, nil
	}
	off, ok := parseOffset(s)
	if !ok {
		return zone{}, fmt.Errorf("bad zone offset %q", s)
	}
	return zone{offset: off}, nil
}

// parseOffset reads "+05:30", "-0600", "+1" or "-5" as seconds east of UTC.
func parseOffset(s string) (int, bool) {
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	digits := strings.Replace(s[1:], ":", "", 1)
	if len(digits) == 0 || len(digits) > 4 {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h, _ = strconv.Atoi(digits)
	case 3:
		h, _ = strconv.Atoi(digits[:1])
		m, _ = strconv.Atoi(digits[1:])
	case 4:
		h, _ = strconv.Atoi(digits[:2])
		m, _ = strconv.Atoi(digits[2:])
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}

// location returns the fixed zone for abbreviation abbr on the given day.
func (z zone) location(abbr string, y int, m time.Month, d int) *time.Location {
	if !z.us {
		return time.FixedZone(abbr, z.offset)
	}
	std, dst := usZoneNames(z.offset)
	if usDaylight(y, m, d) {
		return time.FixedZone(dst, z.offset+3600)
	}
	return time.FixedZone(std, z.offset)
}

// usZoneNames returns the standard and daylight abbreviations of the US zone
// with the given standard offset.
func usZoneNames(offset int) (std, dst string) {
	switch offset / 3600 {
	case -5:
		return "EST", "EDT"
	case -6:
		return "CST", "CDT"
	case -7:
		return "MST", "MDT"
	case -8:
		return "PST", "PDT"
	case -9:
		return "AKST", "AKDT"
	case -10:
		return "HST", "HDT"
	}
	return "", ""
}

// usDaylight reports whether US daylight time is in force on the day: from
// the second Sunday of March to the day before the first Sunday of November.
func usDaylight(y int, m time.Month, d int) bool {
	switch {
	case m < time.March || m > time.November:
		return false
	case m > time.March && m < time.November:
		return true
	case m == time.March:
		return d >= nthSunday(y, time.March, 2)
	default:
		return d < nthSunday(y, time.November, 1)
	}
}

func nthSunday(y int, m time.Month, n int) int {
	wd := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (7-int(wd))%7 + 7*(n-1)
}
