// Package eval scores coded events against gold standards.
//
// It reads two gold formats, told apart by their content:
//
//   - story gold (one JSON object a line with "doc" and "sentence_contains"):
//     the events a story must, may or must not yield, each tied to a sentence
//     by an exact snippet of it;
//   - sentence gold (one JSON object a line with "id", "text" and "events"):
//     one sentence a line with its events, as in the PLOVER and PETRARCH-2
//     gold standard records.
//
// Events are read from dateline's JSON Lines output (see SCHEMA.md). Score
// compares them with the gold and returns a Report that prints as aligned
// text or JSON.
//
// Matching rules, for both formats:
//   - only asserted events (or events without a modality) are scored, unless
//     Scorer.AllModalities is set; output events of docs the gold does not
//     hold are counted and otherwise ignored;
//   - countries compare upper case; a gold country of "", "---" or null
//     wants an actor with no country; a gold "IGO" wants any international
//     body: an actor whose country is in igo.txt (UNO, EUR, AFR, NATO, ARL,
//     OPC, ...), whose sector is IGO or whose CAMEO code starts with IGO;
//     a gold party of no country whose only sector is IGO accepts one too
//     (no country applies to a body; its sector says what it is);
//   - a gold sector list accepts any of its values; no gold sector accepts
//     any sector.
//
// Story gold: an output event belongs to a gold line when its doc is the
// line's and its sentence text contains the line's snippet (white space
// folded, typographic quotes straightened). It matches the line when its
// CAMEO root is one of the line's roots and its source and target fit, either
// way round on symmetric lines. A gold target of null accepts any target or
// none. Dates must equal the gold date or lie inside it ("2018-03" accepts
// "2018-03-14"; null accepts any); places must
// have the gold name ignoring case, or lie in the gold country when the gold
// names only a country, or be null when the gold place is null.
//
// Sentence gold: within each sentence gold and output events are paired one
// to one, as many as possible, at each level (event, type or root, dyad,
// triple); scores are micro-averaged over the file. See SentenceReport.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"dateline"
)

// Format says which kind of gold a file holds.
type Format uint8

// Gold formats.
const (
	FormatStory    Format = iota + 1 // story gold: events tied to sentences by snippets
	FormatSentence                   // sentence gold: one sentence a line with its events
)

// String returns the format's name: "story" or "sentence".
func (f Format) String() string {
	switch f {
	case FormatStory:
		return "story"
	case FormatSentence:
		return "sentence"
	}
	return fmt.Sprintf("Format(%d)", f)
}

// MarshalText writes the format's name.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// Gold is a parsed gold file. Lines is set for story gold, Sentences for
// sentence gold.
type Gold struct {
	Name      string // file name, for reports and errors
	Format    Format
	Lines     []Line     // story gold, in file order
	Sentences []Sentence // sentence gold, in file order
	// Label is what sentence gold events are labelled with: "type" when
	// every event has a PLOVER type, otherwise "root" (every event has a
	// CAMEO code or root).
	Label string
}

// Line is one line of story gold: an event that a sentence must (Required)
// or may yield, or a sentence that must yield none (Forbidden).
type Line struct {
	Num       int        // line number in the gold file
	Doc       string     // story id
	Contains  string     // exact snippet of the sentence, as written in the gold
	Source    *Party     // nil only on forbidden lines
	Target    *Party     // nil: the gold names no target (any target is accepted)
	Roots     []string   // acceptable 2-digit CAMEO roots
	CAMEO     string     // the gold's preferred CAMEO code, for reports
	PLOVER    string     // the gold's PLOVER type, for reports; "" if none
	Date      string     // YYYY, YYYY-MM or YYYY-MM-DD; "" accepts any date
	Place     *GoldPlace // nil: the event has no place
	Required  bool
	Symmetric bool // source and target may be swapped
	Forbidden bool // no event happened in this sentence
	Why       string

	snippet string // Contains, normalised
}

// Party is a gold source or target.
type Party struct {
	Name    string
	Country string   // upper case; "" means the actor has no country
	Sectors []string // upper case; any of them is accepted; empty accepts any sector
}

// GoldPlace is a gold event place.
type GoldPlace struct {
	Name    string
	Country string
}

// Sentence is one line of sentence gold.
type Sentence struct {
	Num     int // line number in the gold file
	ID      string
	Text    string
	Date    string
	NoEvent bool
	Events  []GoldEvent
}

// GoldEvent is one event of sentence gold. Countries are upper case; "" and
// "---" both mean none or unknown and are stored as "".
type GoldEvent struct {
	SourceCountry string
	TargetCountry string
	SourceSector  string
	TargetSector  string
	Type          string     // PLOVER type; "" if the gold gives a CAMEO code instead
	CAMEO         string     // CAMEO code; "" if none
	Root          string     // 2-digit CAMEO root; "" if none
	Mode          string     // PLOVER mode; "" if none
	Place         *GoldPlace // where it happened ("location"), nil if the gold gives none
}

// Load reads the gold file at path, detecting its format by its content.
// Errors name path:line.
func Load(path string) (*Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load gold: %w", err)
	}
	defer f.Close()
	g, err := ReadGold(f, path)
	if err != nil {
		return nil, err
	}
	g.Name = filepath.Base(path)
	return g, nil
}

// ReadGold reads gold from r, detecting its format by the first non-blank
// line. name is used in errors, which read name:line: message.
func ReadGold(r io.Reader, name string) (*Gold, error) {
	g := &Gold{Name: name}
	seen := map[string]int{} // sentence id -> line
	err := eachLine(r, func(num int, line []byte) error {
		if g.Format == 0 {
			f, err := detect(line)
			if err != nil {
				return err
			}
			g.Format = f
		}
		if g.Format == FormatStory {
			l, err := parseLine(line)
			if err != nil {
				return err
			}
			l.Num = num
			g.Lines = append(g.Lines, l)
			return nil
		}
		s, err := parseSentence(line)
		if err != nil {
			return err
		}
		if first, ok := seen[s.ID]; ok {
			return fmt.Errorf("duplicate id %q (first on line %d)", s.ID, first)
		}
		seen[s.ID] = num
		s.Num = num
		g.Sentences = append(g.Sentences, s)
		return nil
	}, name)
	if err != nil {
		return nil, err
	}
	if g.Format == 0 {
		return nil, fmt.Errorf("%s: no gold lines", name)
	}
	if g.Format == FormatSentence {
		if err := g.setLabel(); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// setLabel decides whether sentence gold is scored by PLOVER type or by
// CAMEO root.
func (g *Gold) setLabel() error {
	typed, rooted := true, true
	for _, s := range g.Sentences {
		for _, e := range s.Events {
			typed = typed && e.Type != ""
			rooted = rooted && e.Root != ""
		}
	}
	switch {
	case typed:
		g.Label = "type"
	case rooted:
		g.Label = "root"
	default:
		noType, noRoot := 0, 0
		for _, s := range g.Sentences {
			for _, e := range s.Events {
				if e.Type == "" && noType == 0 {
					noType = s.Num
				}
				if e.Root == "" && noRoot == 0 {
					noRoot = s.Num
				}
			}
		}
		return fmt.Errorf("%s:%d: event has no plover type, but line %d has one and no cameo code: give every event a plover type or every event a cameo code",
			g.Name, noType, noRoot)
	}
	return nil
}

// eachLine calls fn with each non-blank line of r and its 1-based number,
// prefixing fn's errors with name:line.
func eachLine(r io.Reader, fn func(num int, line []byte) error, name string) error {
	br := bufio.NewReader(r)
	for num := 1; ; num++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if num == 1 {
				line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
			}
			line = bytes.TrimSpace(line)
			if len(line) > 0 {
				if ferr := fn(num, line); ferr != nil {
					return fmt.Errorf("%s:%d: %w", name, num, ferr)
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, num, err)
		}
	}
}

// detect tells the gold format from one line.
func detect(line []byte) (Format, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return 0, fmt.Errorf("not a JSON object: %w", err)
	}
	if _, ok := m["sentence_contains"]; ok {
		return FormatStory, nil
	}
	_, id := m["id"]
	_, events := m["events"]
	if id && events {
		return FormatSentence, nil
	}
	return 0, errors.New("unknown gold format: want story gold (doc, sentence_contains) or sentence gold (id, text, events)")
}

// list reads a JSON string, null or list of strings.
type list []string

func (l *list) UnmarshalJSON(b []byte) error {
	switch b[0] {
	case 'n':
		*l = nil
		return nil
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*l = nil
		if s != "" {
			*l = list{s}
		}
		return nil
	}
	var ss []string
	if err := json.Unmarshal(b, &ss); err != nil {
		return errors.New("want a string, null or a list of strings")
	}
	*l = ss
	return nil
}

type partyJSON struct {
	Name    string        `json:"name"`
	Country dateline.Null `json:"country"`
	Sector  list          `json:"sector"`
}

type lineJSON struct {
	Doc      string        `json:"doc"`
	Contains string        `json:"sentence_contains"`
	Source   *partyJSON    `json:"source"`
	Target   *partyJSON    `json:"target"`
	Roots    list          `json:"cameo_root"`
	CAMEO    string        `json:"cameo"`
	PLOVER   dateline.Null `json:"plover"`
	Date     dateline.Null `json:"date"`
	Place    *struct {
		Name    string        `json:"name"`
		Country dateline.Null `json:"country"`
	} `json:"place"`
	Required  bool   `json:"required"`
	Symmetric bool   `json:"symmetric"`
	Forbidden bool   `json:"forbidden"`
	Why       string `json:"why"`
}

// parseLine reads one line of story gold.
func parseLine(b []byte) (Line, error) {
	var j lineJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return Line{}, err
	}
	l := Line{
		Doc: j.Doc, Contains: j.Contains, CAMEO: j.CAMEO, PLOVER: string(j.PLOVER),
		Date: string(j.Date), Required: j.Required, Symmetric: j.Symmetric,
		Forbidden: j.Forbidden, Why: j.Why, snippet: normText(j.Contains),
	}
	switch {
	case l.Doc == "":
		return l, errors.New("missing doc")
	case strings.TrimSpace(l.Contains) == "":
		return l, errors.New("missing sentence_contains")
	case l.Forbidden && l.Required:
		return l, errors.New("a line cannot be both forbidden and required")
	case l.Forbidden:
		return l, nil
	case j.Source == nil:
		return l, errors.New("missing source")
	case len(j.Roots) == 0:
		return l, errors.New("missing cameo_root")
	}
	for _, r := range j.Roots {
		if !isRoot(r) {
			return l, fmt.Errorf("cameo_root %q: want two digits", r)
		}
		l.Roots = append(l.Roots, r)
	}
	if !validDate(l.Date) {
		return l, fmt.Errorf("date %q: want YYYY, YYYY-MM, YYYY-MM-DD or null", l.Date)
	}
	l.Source = party(j.Source)
	l.Target = party(j.Target)
	if j.Place != nil {
		l.Place = &GoldPlace{Name: j.Place.Name, Country: strings.ToUpper(string(j.Place.Country))}
	}
	return l, nil
}

func party(j *partyJSON) *Party {
	if j == nil {
		return nil
	}
	p := &Party{Name: j.Name, Country: normCountry(string(j.Country))}
	for _, s := range j.Sector {
		if s = strings.ToUpper(strings.TrimSpace(s)); s != "" {
			p.Sectors = append(p.Sectors, s)
		}
	}
	return p
}

type sentenceJSON struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Date    string `json:"date"`
	NoEvent bool   `json:"no_event"`
	Events  []struct {
		SourceCountry dateline.Null `json:"source_country"`
		TargetCountry dateline.Null `json:"target_country"`
		SourceSector  dateline.Null `json:"source_sector"`
		TargetSector  dateline.Null `json:"target_sector"`
		PLOVER        dateline.Null `json:"plover"`
		CAMEO         dateline.Null `json:"cameo"`
		Root          dateline.Null `json:"cameo_root"`
		Mode          dateline.Null `json:"mode"`
		Location      *struct {
			Name string `json:"name"`
		} `json:"location"`
	} `json:"events"`
}

// parseSentence reads one line of sentence gold.
func parseSentence(b []byte) (Sentence, error) {
	var j sentenceJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return Sentence{}, err
	}
	s := Sentence{ID: j.ID, Text: j.Text, Date: j.Date, NoEvent: j.NoEvent}
	if s.ID == "" {
		return s, errors.New("missing id")
	}
	if s.NoEvent && len(j.Events) > 0 {
		return s, errors.New("no_event is true but events are given")
	}
	for i, je := range j.Events {
		e := GoldEvent{
			SourceCountry: normCountry(string(je.SourceCountry)),
			TargetCountry: normCountry(string(je.TargetCountry)),
			SourceSector:  string(je.SourceSector),
			TargetSector:  string(je.TargetSector),
			Type:          strings.ToUpper(strings.TrimSpace(string(je.PLOVER))),
			CAMEO:         strings.TrimSpace(string(je.CAMEO)),
			Root:          strings.TrimSpace(string(je.Root)),
			Mode:          string(je.Mode),
		}
		if je.Location != nil && strings.TrimSpace(je.Location.Name) != "" {
			e.Place = &GoldPlace{Name: strings.TrimSpace(je.Location.Name)}
		}
		if e.Root == "" && len(e.CAMEO) >= 2 {
			e.Root = e.CAMEO[:2]
		}
		if e.Root != "" && !isRoot(e.Root) {
			return s, fmt.Errorf("event %d: cameo root %q: want two digits", i+1, e.Root)
		}
		if e.Type == "" && e.Root == "" {
			return s, fmt.Errorf("event %d: no plover type and no cameo code", i+1)
		}
		s.Events = append(s.Events, e)
	}
	return s, nil
}

func isRoot(s string) bool {
	return len(s) == 2 && isDigit(s[0]) && isDigit(s[1])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// validDate reports whether s is "", YYYY, YYYY-MM or YYYY-MM-DD.
func validDate(s string) bool {
	for i := 0; i < len(s); i++ {
		want := isDigit(s[i])
		if i == 4 || i == 7 {
			want = s[i] == '-'
		}
		if !want {
			return false
		}
	}
	return len(s) == 0 || len(s) == 4 || len(s) == 7 || len(s) == 10
}

// In reports whether the line's sentence is text: whether text holds the
// line's snippet, compared as the scorer compares them.
func (l *Line) In(text string) bool { return strings.Contains(normText(text), l.snippet) }
