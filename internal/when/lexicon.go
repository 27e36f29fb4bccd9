package when

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"dateline"
)

//go:embed data/words.txt
var embedded embed.FS

// DefaultFile is the name of the word list inside the embedded data.
const DefaultFile = "data/words.txt"

// role is a bit set of what a cue word can do in a time expression.
type role uint32

const (
	rToday     role = 1 << iota // today
	rTonight                    // tonight
	rYesterday                  // yesterday
	rTomorrow                   // tomorrow
	rPart                       // night, morning: "Tuesday night", "last night"
	rWeekend                    // weekend
	rLast                       // last, previous: the one before
	rWindow                     // past: the stretch of time ending now
	rNext                       // next: the one after
	rComing                     // coming, upcoming
	rThis                       // this
	rAgo                        // ago
	rEarlier                    // earlier (this month)
	rLater                      // later (this month)
	rAnchor                     // in, since, during: makes a bare month or year a date
	rTo                         // to, until, through: joins a range
	rFrom                       // from: opens a range
	rBetween                    // between: opens a range
	rAnd                        // and: joins a between-range
	rOn                         // on
	rThe                        // the
	rOf                         // of
	rQuantity                   // than, about: the number after is a count
	rMeasure                    // percent, km: the number before is a count
	rMonthCue                   // in, since, mid: makes a bare month a date ("in May")
	rThat                       // that: "that day" is a day the story named before
	rSame                       // same: "the same day"
	rFollowing                  // following, next: "the following day" is the day after one named before
	rPrevious                   // previous: "the previous day" is the day before one named before
	rAfter                      // after: "two days after" counts forward from another day
	rBefore                     // before: "a week before" counts back from another day
)

var roleNames = map[string]role{
	"today": rToday, "tonight": rTonight, "yesterday": rYesterday, "tomorrow": rTomorrow,
	"part": rPart, "weekend": rWeekend, "last": rLast, "window": rWindow, "next": rNext,
	"coming": rComing, "this": rThis, "ago": rAgo, "earlier": rEarlier, "later": rLater,
	"anchor": rAnchor, "to": rTo, "from": rFrom, "between": rBetween, "and": rAnd,
	"on": rOn, "the": rThe, "of": rOf, "quantity": rQuantity, "measure": rMeasure, "month": rMonthCue,
	"that": rThat, "same": rSame, "following": rFollowing, "previous": rPrevious,
	"after": rAfter, "before": rBefore,
}

// unit is a length of time counted in "two years ago" or named in "last week".
type unit uint8

const (
	uNone unit = iota
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uYear
	uDecade
	uCentury
)

var unitNames = map[string]unit{
	"hour": uHour, "day": uDay, "week": uWeek, "fortnight": uFortnight, "month": uMonth,
	"year": uYear, "decade": uDecade, "century": uCentury,
}

// triggers are the roles that can start or anchor an expression on their own;
// a sentence with none of them and no digit has no expression.
const triggers = rToday | rTonight | rYesterday | rTomorrow | rPart | rWeekend

// era is a named period: "World War Two" is 1939 to 1945.
type era struct {
	words    []string // lower case, first word included
	from, to int
}

// entry is what the word list says about one lower-case word.
type entry struct {
	month   int8 // 1-12; 0 if not a month
	abbr    bool // an abbreviated month: needs a day or a year next to it
	weekday int8 // 1-7 for Sunday-Saturday; 0 if not a weekday
	number  int  // the count the word names; 0 if none
	unit    unit
	roles   role
	eras    []era  // named periods whose first word this is
	names   []name // names that hold this weekday or month word
}

// name is a phrase in which a weekday or month word is no date: "Good Friday".
type name struct {
	words []string // lower case
	at    int      // index of the weekday or month word in words
}

func (e *entry) trigger() bool {
	return e.month != 0 || e.weekday != 0 || e.unit != uNone || e.roles&triggers != 0 || len(e.eras) != 0
}

// maxWord is the longest word the lexicon may hold; longer words are never
// looked up, so lookups can lower-case into a small stack buffer.
const maxWord = 16

// Lexicon is the word knowledge that Find reads time expressions with.
// It is read-only after Load and safe for concurrent use.
type Lexicon struct {
	words map[string]*entry
	// shapes holds, by a word's first byte, a bit for each length the
	// words of the lexicon starting with it have: most words of a
	// sentence have no such shape and are not looked up
	shapes [256]uint32
	// byID holds the entries by the id of their word in the syntax
	// stage's word table (WithWords); nil until it is given
	byID []*entry
}

// Words is the word table whose ids (dateline.Token.ID) WithWords files
// the lexicon's words under.
type Words interface {
	WordID(w string) dateline.WordID // NoWord if the table lacks w
	Words() int                      // one more than the largest id
}

// WithWords returns a copy of lx that reads a sentence's words by the
// ids t gave its tokens, where it would lower-case and hash them again.
// What Find returns is the same.
func (lx *Lexicon) WithWords(t Words) *Lexicon {
	c := *lx
	c.byID = make([]*entry, t.Words())
	for w, e := range lx.words {
		if id := t.WordID(w); id != dateline.NoWord && int(id) < len(c.byID) {
			c.byID[id] = e
		}
	}
	return &c
}

// Load reads a word list (the format of data/words.txt) from fsys.
func Load(fsys fs.FS, name string) (*Lexicon, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("load time words: %w", err)
	}
	lx := &Lexicon{words: make(map[string]*entry, 256)}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := lx.addLine(strings.Fields(strings.ToLower(line))); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return lx, nil
}

func (lx *Lexicon) entry(w string) (*entry, error) {
	if len(w) > maxWord {
		return nil, fmt.Errorf("word %q longer than %d bytes", w, maxWord)
	}
	e := lx.words[w]
	if e == nil {
		e = &entry{}
		lx.words[w] = e
		if w != "" {
			lx.shapes[w[0]] |= 1 << len(w)
		}
	}
	return e, nil
}

func (lx *Lexicon) addLine(f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("want at least 3 fields, got %d", len(f))
	}
	switch f[0] {
	case "era":
		return lx.addEra(f[1:])
	case "name":
		return lx.addName(f[1:])
	}
	e, err := lx.entry(f[1])
	if err != nil {
		return err
	}
	switch f[0] {
	case "month", "weekday", "number":
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("%s %s: bad number %q", f[0], f[1], f[2])
		}
		return setNumber(e, f, n)
	case "unit":
		u, ok := unitNames[f[2]]
		if !ok || len(f) != 3 {
			return fmt.Errorf("unit %s: unknown unit %q", f[1], f[2])
		}
		e.unit = u
	case "cue":
		for _, r := range f[2:] {
			bit, ok := roleNames[r]
			if !ok {
				return fmt.Errorf("cue %s: unknown role %q", f[1], r)
			}
			e.roles |= bit
		}
	default:
		return fmt.Errorf("unknown kind %q", f[0])
	}
	return nil
}

func setNumber(e *entry, f []string, n int) error {
	switch f[0] {
	case "month":
		if n < 1 || n > 12 || len(f) > 4 || (len(f) == 4 && f[3] != "abbr") {
			return fmt.Errorf("month %s: want 1-12 and optional abbr", f[1])
		}
		e.month, e.abbr = int8(n), len(f) == 4
	case "weekday":
		if n < 0 || n > 6 || len(f) != 3 {
			return fmt.Errorf("weekday %s: want 0-6", f[1])
		}
		e.weekday = int8(n + 1)
	case "number":
		if n < 1 || len(f) != 3 {
			return fmt.Errorf("number %s: want a positive count", f[1])
		}
		e.number = n
	}
	return nil
}

func (lx *Lexicon) addEra(f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("era: want from-year, to-year and words")
	}
	from, err1 := strconv.Atoi(f[0])
	to, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil || from > to || from < 1 || to > 9999 {
		return fmt.Errorf("era %s: bad years %s %s", strings.Join(f[2:], " "), f[0], f[1])
	}
	for _, w := range f[2:] {
		if len(w) > maxWord {
			return fmt.Errorf("era word %q longer than %d bytes", w, maxWord)
		}
	}
	e, _ := lx.entry(f[2])
	e.eras = append(e.eras, era{words: f[2:], from: from, to: to})
	return nil
}

// addName files a name under its weekday or month word. The word list is
// read top to bottom, so names must come after the months and weekdays.
func (lx *Lexicon) addName(f []string) error {
	for at, w := range f {
		if e := lx.words[w]; e != nil && (e.month != 0 || e.weekday != 0) {
			e.names = append(e.names, name{words: f, at: at})
			return nil
		}
	}
	return fmt.Errorf("name %s: holds no month or weekday", strings.Join(f, " "))
}

// lookup returns the entry for the ASCII word w, matched case-insensitively,
// without allocating.
func (lx *Lexicon) lookup(w string) *entry {
	if len(w) > maxWord || w == "" {
		return nil
	}
	if c := w[0]; lx.shapes[c|asciiCase(c)]&(1<<len(w)) == 0 {
		return nil
	}
	var buf [maxWord]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lx.words[string(buf[:len(w)])]
}

// asciiCase is the bit that lower-cases ASCII capital c, or 0.
func asciiCase(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return 'a' - 'A'
	}
	return 0
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	return Load(embedded, DefaultFile)
})

// Default returns the lexicon built from the embedded word list, loading it
// on first use.
func Default() (*Lexicon, error) { return defaultLexicon() }
