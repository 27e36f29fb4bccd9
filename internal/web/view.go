package web

import (
	"strconv"
	"strings"
	"time"

	"dateline"
	"dateline/pipeline"
)

// codedView is a coded story as the API writes it.
type codedView struct {
	Story     storyView        `json:"story"`
	Sentences []sentenceView   `json:"sentences"`
	Mentions  []mentionView    `json:"mentions"`
	Dates     []dateView       `json:"dates"`
	Events    []dateline.Event `json:"events"`
	// Warnings says what a reader of the events should know: a story with
	// no date has its relative dates left unknown.
	Warnings []string `json:"warnings"`
}

type storyView struct {
	ID           string                 `json:"id"`
	URL          string                 `json:"url,omitempty"`
	Headline     string                 `json:"headline,omitempty"`
	Byline       []string               `json:"byline,omitempty"`
	Published    string                 `json:"published,omitempty"`
	Updated      string                 `json:"updated,omitempty"`
	Dateline     *datelineView          `json:"dateline,omitempty"`
	Body         string                 `json:"body"`
	Paragraphs   [][2]int               `json:"paragraphs"`
	Contributors []dateline.Contributor `json:"contributors,omitempty"`
}

type datelineView struct {
	Text    string `json:"text"`
	Place   string `json:"place,omitempty"`
	Admin1  string `json:"admin1,omitempty"`
	Country string `json:"country,omitempty"`
	Agency  string `json:"agency,omitempty"`
}

type sentenceView struct {
	Index     int    `json:"index"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// mentionView is an actor or place mention; offsets are into the body.
type mentionView struct {
	Sentence int             `json:"sentence"`
	Start    int             `json:"start"`
	End      int             `json:"end"`
	Text     string          `json:"text"`
	Kind     string          `json:"kind"`
	Actor    *actorView      `json:"actor"`
	Place    *dateline.Place `json:"place"`
	Rule     string          `json:"rule,omitempty"`
}

type actorView struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Code    string `json:"code,omitempty"`
}

// dateView is a time expression that dated events: where it is written and
// the date it was read as.
type dateView struct {
	Sentence  int      `json:"sentence"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Events    []string `json:"events"`
}

func viewCoded(c *dateline.Coded) codedView {
	v := codedView{
		Story:     viewStory(&c.Story),
		Sentences: make([]sentenceView, 0, len(c.Sentences)),
		Mentions:  []mentionView{},
		Events:    c.Events,
	}
	if v.Events == nil {
		v.Events = []dateline.Event{}
	}
	for i, s := range c.Sentences {
		v.Sentences = append(v.Sentences, sentenceView{s.Index, s.Paragraph, s.Start, s.End, s.Text})
		if i >= len(c.Mentions) {
			continue
		}
		for _, m := range c.Mentions[i] {
			mv := mentionView{Sentence: s.Index, Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind.String(), Place: m.Place, Rule: m.Rule}
			if !m.Actor.IsZero() {
				mv.Actor = &actorView{m.Actor.Name, m.Actor.Country, m.Actor.Sector, m.Actor.Code}
			}
			v.Mentions = append(v.Mentions, mv)
		}
	}
	v.Dates = dateSpans(c.Sentences, c.Events)
	v.Warnings = pipeline.Warnings(c)
	if v.Warnings == nil {
		v.Warnings = []string{}
	}
	return v
}

func viewStory(st *dateline.Story) storyView {
	v := storyView{
		ID: st.ID, URL: st.URL, Headline: st.Headline, Byline: st.Byline,
		Published: stamp(st.Published), Updated: stamp(st.Updated),
		Body: st.Body, Paragraphs: make([][2]int, 0, len(st.Paragraphs)), Contributors: st.Contributors,
	}
	if d := st.Dateline; d != nil {
		v.Dateline = &datelineView{d.Text, d.Place, d.Admin1, d.Country, d.Agency}
	}
	for _, p := range st.Paragraphs {
		v.Paragraphs = append(v.Paragraphs, [2]int{p.Start, p.End})
	}
	return v
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// dateSpans finds the time expressions that dated events. An event's rule
// names its date's source as `date: kind "text"`; the text is looked for in
// the event's sentence, nearest its trigger.
func dateSpans(sents []dateline.Sentence, events []dateline.Event) []dateView {
	out := []dateView{}
	at := map[[2]int]int{} // span -> index in out
	for _, e := range events {
		text := dateText(e.Rule)
		if text == "" || e.Date == "" {
			continue
		}
		var s *dateline.Sentence
		for i := range sents {
			if sents[i].Index == e.Sentence.Index {
				s = &sents[i]
				break
			}
		}
		if s == nil {
			continue
		}
		start := nearest(s.Text, text, e.Trigger.Start-s.Start)
		if start < 0 {
			continue
		}
		key := [2]int{s.Start + start, s.Start + start + len(text)}
		if i, ok := at[key]; ok {
			out[i].Events = append(out[i].Events, e.ID)
			continue
		}
		at[key] = len(out)
		out = append(out, dateView{s.Index, key[0], key[1], text, string(e.Date), string(e.DatePrecision), []string{e.ID}})
	}
	return out
}

// dateText returns the quoted text of a rule's date part, or "".
func dateText(rule string) string {
	i := strings.LastIndex(rule, "date: ")
	if i < 0 {
		return ""
	}
	rest := rule[i+len("date: "):]
	q := strings.IndexByte(rest, '"')
	if q < 0 {
		return ""
	}
	quoted, err := strconv.QuotedPrefix(rest[q:])
	if err != nil {
		return ""
	}
	text, err := strconv.Unquote(quoted)
	if err != nil {
		return ""
	}
	return text
}

// nearest returns the offset of the occurrence of sub in s closest to pos,
// or -1.
func nearest(s, sub string, pos int) int {
	best := -1
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return best
		}
		i += from
		if best < 0 || abs(i-pos) < abs(best-pos) {
			best = i
		}
		from = i + 1
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
