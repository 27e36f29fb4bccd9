// Package dateline holds the nouns that every stage of the news-to-events
// pipeline shares: stories, sentences, tokens, mentions, actors, places,
// dates and events. It imports only the standard library.
//
// The stages live in internal/ packages and import this package, never each
// other; package pipeline runs them in order.
package dateline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Span is a half-open range of byte offsets [Start, End) into a story's Body.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Story is one news story as read from its source. Body is the text that is
// coded; every offset in sentences, mentions and events refers to it.
type Story struct {
	ID           string        // the input's id, or the file name without extension
	Source       string        // where it was read from, for error messages: file name or file:line
	URL          string        // the story's address, if known
	Headline     string        // the headline; never coded
	Byline       []string      // authors, in display case ("Paolo Santalucia")
	Published    time.Time     // when it was filed; zero if unknown
	Updated      time.Time     // when it was last updated; zero if unknown
	Dateline     *Dateline     // "PALERMO, Sicily (AP) —", nil if none
	Body         string        // paragraphs joined by "\n\n"; what is coded
	Paragraphs   []Span        // each paragraph's range in Body
	Contributors []Contributor // credit lines ("X in Cairo contributed."); never coded
}

// Date returns the story's reference date: the day it was published, in the
// zone it was published in.
func (s *Story) Date() time.Time { return s.Published }

// Dateline is the place line that opens a wire story.
type Dateline struct {
	Text    string // "PALERMO, Sicily"
	Place   string // "Palermo"
	Admin1  string // "Sicily"; empty if the dateline names none
	Country string // ISO 3166-1 alpha-3, empty if unknown
	Agency  string // "AP"
}

// Contributor is a reporter credited at the end of a story.
type Contributor struct {
	Name  string `json:"name"`
	Place string `json:"place,omitempty"`
}

// Token is a word or punctuation mark in a sentence.
type Token struct {
	Span
	Text  string // as written: Body[Start:End]
	Lower string // lower-cased Text, for matching
	// ID is Lower's id in the syntax stage's word table, set once the
	// table has identified the sentence (syntax.Analyzer.Identify), before
	// any stage reads it; NoWord if the table lacks the form or has not
	// looked. A stage that numbers its own words by the table's ids at load
	// indexes a slice by it where it would hash the word again.
	ID WordID
}

// WordID is a word form's id in the syntax stage's word table: dense, from
// 1, fixed once the table is loaded.
type WordID int32

// NoWord is the id of a form the word table lacks.
const NoWord WordID = 0

// Sentence is one sentence of a story's Body with its tokens.
type Sentence struct {
	Span
	Index     int // 0-based position in the story
	Paragraph int // 0-based paragraph it belongs to
	Text      string
	Tokens    []Token
	// Analysis is the sentence's structure (parts of speech, chunks,
	// clauses, relations), set by the syntax stage; nil before it runs.
	Analysis *Analysis
}

// MentionKind says what a mention names.
type MentionKind uint8

// Kinds of mention.
const (
	KindPerson       MentionKind = iota + 1 // a named person: "Fayez Serraj"
	KindOrganization                        // a named organisation or group: "Libyan National Army"
	KindCountry                             // a country by name or adjective used as an actor: "Libya", "Italian"
	KindAgent                               // an unnamed agent: "the premier", "rebels", "police"
	KindPronoun                             // a pronoun resolved to an actor: "he"
	KindPlace                               // a place that is not an actor here: "in Palermo"
)

var kindNames = [...]string{"", "person", "organization", "country", "agent", "pronoun", "place"}

func (k MentionKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("MentionKind(%d)", k)
}

// MarshalText writes the kind's name.
func (k MentionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Actor is a resolved participant: who someone is and what they stand for.
type Actor struct {
	Name    string // canonical name: "Giuseppe Conte", "Libya", "United Nations"
	Country string // ISO 3166-1 alpha-3, or an international body's code (UNO, EUR, NATO); "" if none
	Sector  string // GOV, MIL, REB, OPP, ...; "" if none
	Code    string // CAMEO actor code: "ITAGOV", "LBY", "IGOUNO"
}

// IsZero reports whether the actor is unresolved.
func (a Actor) IsZero() bool {
	return a.Name == "" && a.Country == "" && a.Sector == "" && a.Code == ""
}

// Mention is a stretch of text that names an actor or a place.
type Mention struct {
	Span
	Text string
	Kind MentionKind
	// Marks are the facts of its recognition that later stages act on,
	// typed, as the Rule tells them to a reader in words that may change
	// (next to Kind: they fill its padding, the Mention grows none).
	Marks MentionMarks `json:"-"`
	Actor Actor        // zero for pure place mentions
	Place *Place       // the place the mention names, if it names one
	Rule  string       // how it was recognised, for audit
	// Stands is, for a pronoun that stands for an actor an earlier
	// sentence named, the last word of the phrase that named it ("Gunmen
	// stormed the village. Troops fired on them": "gunmen"), else "".
	Stands string
}

// MentionMarks are facts of how a mention was recognised that later
// stages decide on (a person's role told by the text, kept on an event's
// day; a target whose sector the site gave), so that a change in the
// wording of a Rule never changes the coding. Each mark tells what the
// last step of the rule says; a later step that tells otherwise clears it.
type MentionMarks uint16

// Mention marks, each with the rule text that tells it.
const (
	// MarkTitle: a known person named after a title, "Prime Minister X"
	// (rule "+title").
	MarkTitle MentionMarks = 1 << iota
	// MarkTitleTold: the title before the name gave the role, for none
	// the knowledge lists on the day ("Kyrgyz Prime Minister X" before
	// X's first role; rule "+title-told").
	MarkTitleTold
	// MarkBetweenRoles: a known person between two roles the knowledge
	// lists (rule "between-roles"); with MarkTitleTold, the title the text
	// gives then ("Opposition leader George Papandreou" in 2008; rule
	// "between-roles+title-told").
	MarkBetweenRoles
	// MarkRoleTold: a role told in apposition ("Madhav Kumar Nepal, the
	// general secretary of the Communist Party,"; rule "+role-told").
	MarkRoleTold
	// MarkFormerTold: "former President X", the text says, a year past
	// the office: an elite (rule "+former-told").
	MarkFormerTold
	// MarkArmedMen: armed men of a group once armed ("FARC rebels" after
	// the FARC became a party; rule "+armed-men").
	MarkArmedMen
	// MarkSite: a target whose sector the thing the act falls on gave
	// ("shelled Palestinian homes": their civilians; rule "+site"): the
	// act keeps its code, as homes shelled are no people fired on.
	MarkSite
	// MarkVictimsBefore: a target given the country of the same
	// attacker's victims before (rule "+victims-before").
	MarkVictimsBefore
	// MarkRoleBegun: a person whose role begins inside the period of the
	// act's date ("seized power in a military coup in May 1961"; rule
	// "+role-begun-then"): the act may be the one that gave the office.
	MarkRoleBegun
	// MarkStoryCountry: an agent given the story's country for want of
	// another ("the police" in a story from Nairobi; rule
	// "+story-country").
	MarkStoryCountry
	// MarkSentenceCountry: an agent given the country its sentence places
	// the act in ("troops in Mali"; rule "+sentence-country").
	MarkSentenceCountry
	// MarkRankInPower: an officer named by his rank in the first days of
	// the power he took, coded as the forces that took it, not as the
	// office the knowledge gives him from that day ("Flight Lieutenant
	// Jerry Rawlings overthrew the elected government"; rule
	// "+rank-in-power").
	MarkRankInPower
)

// Place is a geocoded location.
type Place struct {
	Name       string  `json:"name"`
	Admin1     string  `json:"admin1"`
	Country    string  `json:"country"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeoNamesID int     `json:"geonames_id"`
	Feature    string  `json:"feature,omitempty"` // city, admin1, country, region
}

// Precision says how much of a Date is known.
type Precision uint8

// Date precisions, from coarse to fine.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

var precisionNames = [...]string{"", "year", "month", "day"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// Date is a calendar date known to a year, a month or a day.
type Date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision Precision
}

// DateOf returns t's calendar day as a day-precision Date.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay}
}

// IsZero reports whether nothing is known of the date.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String formats the date as YYYY, YYYY-MM or YYYY-MM-DD by its precision,
// or "" when unknown.
func (d Date) String() string {
	if d.Year < 0 || d.Month < 0 || d.Day < 0 {
		return d.format()
	}
	var buf [len("2006-01-02")]byte
	b := buf[:0]
	switch d.Precision {
	case PrecisionYear:
		b = appendPadded(b, d.Year, 4)
	case PrecisionMonth:
		b = appendPadded(append(appendPadded(b, d.Year, 4), '-'), int(d.Month), 2)
	case PrecisionDay:
		b = appendPadded(append(appendPadded(b, d.Year, 4), '-'), int(d.Month), 2)
		b = appendPadded(append(b, '-'), d.Day, 2)
	default:
		return ""
	}
	return string(b)
}

// format is String by fmt, which also pads negative numbers.
func (d Date) format() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// appendPadded appends n >= 0 in at least width digits, as fmt's %0*d:
// String runs once an event, and fmt built its strings piece by piece.
func appendPadded(b []byte, n, width int) []byte {
	digits := 1
	for m := n; m >= 10; m /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// Modality says whether an event is reported as having happened.
type Modality string

// Modalities. Only asserted events are output by default.
const (
	Asserted     Modality = "asserted"
	Negated      Modality = "negated"
	Alleged      Modality = "alleged"
	Future       Modality = "future"
	Hypothetical Modality = "hypothetical"
)

// Null is a string that is written to JSON as null when empty.
type Null string

// MarshalJSON writes null for the empty string.
func (n Null) MarshalJSON() ([]byte, error) {
	if n == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(n))
}

// UnmarshalJSON reads a string or null.
func (n *Null) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*n = Null(s)
	return nil
}

// SentenceRef is the sentence an event was coded from.
type SentenceRef struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Participant is an event's source or target as written in the record.
type Participant struct {
	Text    string `json:"text"`
	Name    string `json:"name"`
	Country Null   `json:"country"`
	Sector  Null   `json:"sector"`
	Code    string `json:"code"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Trigger is the word or phrase that names an event's action.
type Trigger struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is one coded event: who did what to whom, when and where, with the
// evidence. Its JSON form is the record contract in SCHEMA.md.
type Event struct {
	ID            string       `json:"id"`
	Doc           string       `json:"doc"`
	Sentence      SentenceRef  `json:"sentence"`
	Type          string       `json:"type"`
	Mode          string       `json:"mode"`
	CAMEO         string       `json:"cameo"`
	Goldstein     float64      `json:"goldstein"`
	QuadClass     int          `json:"quad_class"`
	Modality      Modality     `json:"modality"`
	Source        *Participant `json:"source"`
	Target        *Participant `json:"target"`
	Trigger       Trigger      `json:"trigger"`
	Date          Null         `json:"date"`
	DatePrecision Null         `json:"date_precision"`
	Place         *Place       `json:"place"`
	Confidence    float64      `json:"confidence"`
	Rule          string       `json:"rule"`
}

// Coded is a story with everything coded from it: its sentences, the actor
// and place mentions in each sentence, and its events in sentence order.
type Coded struct {
	Story     Story
	Sentences []Sentence
	Mentions  [][]Mention // per sentence, ordered by Start
	Events    []Event
	// Home is the country the story is about, as the actor stage read it
	// (ISO 3166-1 alpha-3), "" if none; its unnamed police and troops are
	// of it. Not stored.
	Home string
}

// Query selects stored events. Empty fields do not filter.
type Query struct {
	Actor    string // a name ("Haftar") or a CAMEO actor code ("LBYMIL"), as source or target
	Country  string // ISO 3166-1 alpha-3 of the source or target
	Type     string // PLOVER type
	CAMEO    string // a CAMEO code or root prefix ("04", "043")
	From     string // first event date, YYYY[-MM[-DD]], inclusive
	To       string // last event date, inclusive
	Near     string // a place name: events placed there or within Radius km
	RadiusKM float64
	Text     string // words in the event's sentence (full-text search)
	Limit    int    // at most this many events; 0 means a default
}

// Store keeps coded stories and answers queries about their events.
type Store interface {
	// Put stores a coded story in one transaction. Storing a story that is
	// already there (same id, or same text) changes nothing and reports false.
	Put(ctx context.Context, c *Coded) (added bool, err error)
	// Story returns a stored story and its events.
	Story(ctx context.Context, id string) (*Coded, error)
	// Events returns the events that match q, in story and sentence order.
	Events(ctx context.Context, q Query) ([]Event, error)
	Close() error
}

// ErrNotFound is returned by a Store for a story it does not hold.
var ErrNotFound = errors.New("not found")
