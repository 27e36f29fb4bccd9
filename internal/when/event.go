package when

import "dateline"

// How closely a time expression governs an event, by the clauses of the
// sentence's analysis.
const (
	rankOther    = 1 // another clause, not one that describes a noun
	rankAncestor = 2 // a clause the event's clause depends on: "said Tuesday that rebels attacked"
	rankSame     = 3 // the event's own clause
)

// Story dates the events of one story, sentence by sentence. Besides the
// story's own day it keeps the day the story's telling has reached: news
// tells of a day ("West African leaders on Sunday hit the junta with
// sanctions") and goes on about it without naming it again.
type Story struct {
	ref     dateline.Date // the story's day; zero when it has none
	day     dateline.Date // the day the telling is at: ref, or a day a main clause named
	dayText string
	last    dateline.Date // the last day named, for "that day"
}

// newsWindow is how many days before the story's day a day named in a main
// clause may lie and still be the day the story tells of: wire stories run
// a day or two after the news, background lies further back.
const newsWindow = 7

// NewStory starts dating a story whose day is ref (zero when it has none).
func NewStory(ref dateline.Date) *Story { return &Story{ref: ref, day: ref} }

// EventDate decides when the event whose trigger is trig happened, from the
// time expressions found in s (by Find), the sentence's analysis and the
// sentences read before (Next), and says why in a rule ("weekday
// \"Tuesday\"", "story date", ...). The date is zero when it is not known;
// the rule then starts "unknown:".
//
//   - The expression that governs the event is the nearest in its own
//     clause, else in a clause its clause depends on, else the nearest
//     elsewhere; expressions about the future and those inside a relative
//     clause about some other noun ("the rebels, who took the town in
//     2012, attacked") or a participle about the subject ("the soldiers
//     captured last month were freed") never date it.
//   - "that day", "the same day", "the following day" are the day the story
//     named last, or the day after it.
//   - A time after "until" or "till" is a deadline or a period's end, not
//     when the act happened ("gave Moscow until Tuesday").
//   - An act told in the perfect ("had attacked", "has besieged") with no
//     expression in its own clause is background the story does not date
//     to the day: it gets the story's month, as annotators give it.
//   - An act with no expression at all happened on the day the story tells
//     of: the last day a main clause named, within a week before the
//     story's day ("Hours later, police shot dead four suspects"), else the
//     story's day.
//   - Without a story date, a relative expression ("Friday", "yesterday",
//     "last week") cannot be resolved and the event has no date; absolute
//     ones ("May 21, 2020", "in 2011") still date it.
func (st *Story) EventDate(s *dateline.Sentence, times []Expr, trig dateline.Span) (dateline.Date, string) {
	an := s.Analysis
	tc := -1
	if an != nil {
		tc = an.ClauseOf(s.TokenAt(trig.Start))
	}
	best, bestRank, bestDist := -1, 0, 0
	for i := range times {
		t := &times[i]
		if t.Future || t.Date.IsZero() && !t.Relative && t.Kind != KindAnaphoric || deadline(s, t.Span) {
			continue
		}
		rank := governs(s, tc, t.Span)
		if rank == 0 || possessorOther(s, t.Span, trig) {
			continue
		}
		d := t.Start - trig.End
		if d < 0 {
			d = trig.Start - t.Span.End
		}
		if best < 0 || rank > bestRank || rank == bestRank && d < bestDist {
			best, bestRank, bestDist = i, rank, d
		}
	}
	if bestRank < rankSame && perfect(s, trig) {
		if st.ref.IsZero() {
			return dateline.Date{}, "unknown: perfect tense with no date of its own, and the story has no date"
		}
		return dateline.Date{Year: st.ref.Year, Month: st.ref.Month, Precision: dateline.PrecisionMonth},
			"background: perfect tense with no date of its own, the story's month"
	}
	if best >= 0 {
		t := &times[best]
		switch {
		case t.Kind == KindAnaphoric && !st.last.IsZero():
			return addDays(st.last, t.Shift), t.Kind + " \"" + t.Text + "\": the day named before"
		case t.Kind == KindAnaphoric:
			// no day named before: the story's day, as for no expression
		case t.Date.IsZero():
			return dateline.Date{}, "unknown: " + t.Kind + " \"" + t.Text + "\" needs the story's date"
		default:
			return t.Date, t.Kind + " \"" + t.Text + "\""
		}
	}
	switch {
	case st.day.IsZero():
		return dateline.Date{}, "unknown: no date in the text, and the story has none"
	case st.day != st.ref:
		return st.day, "the day the story tells of: \"" + st.dayText + "\""
	}
	return st.ref, "story date"
}

// Next reads the days sentence s names, once its events are dated: the
// last day named, and the day the story tells of when a main clause tells
// of a day within a week before the story's.
func (st *Story) Next(s *dateline.Sentence, times []Expr) {
	for i := range times {
		t := &times[i]
		if t.Future || t.Date.Precision != dateline.PrecisionDay || !t.End.IsZero() {
			continue
		}
		st.last = t.Date
		if st.ref.IsZero() || !tellsOf(s, t.Span) {
			continue
		}
		if d := firstDay(st.ref).Sub(firstDay(t.Date)).Hours() / 24; d >= 0 && d <= newsWindow {
			st.day, st.dayText = t.Date, t.Text
		}
	}
}

// tellsOf reports whether the expression at sp dates what a sentence tells:
// it lies in a main clause that depends on none and is not told in the
// perfect ("He had been briefed on Sunday night" looks back), and it dates
// the clause, not a noun ("After Thursday's attack"). Without an analysis,
// any expression does.
func tellsOf(s *dateline.Sentence, sp dateline.Span) bool {
	an := s.Analysis
	if an == nil {
		return true
	}
	i := s.TokenAt(sp.Start)
	c := an.ClauseOf(i)
	if c < 0 {
		return true
	}
	cl := &an.Clauses[c]
	if cl.Kind != dateline.ClauseMain || cl.Parent >= 0 || cl.Verb >= 0 && an.Chunks[cl.Verb].Verb.Perfect {
		return false
	}
	if k := an.Words[i].Chunk; k >= 0 && an.Chunks[k].Poss {
		return false
	}
	return true
}

// possessorOther reports whether the expression at sp is the possessor of
// a noun ("Thursday's attack") that is not the event's trigger: it dates
// that noun's act, not the clause around it ("said Pakistan had a hand in
// Thursday's attack" was not said on Thursday).
func possessorOther(s *dateline.Sentence, sp, trig dateline.Span) bool {
	an := s.Analysis
	if an == nil {
		return false
	}
	k := an.Words[s.TokenAt(sp.Start)].Chunk
	if k < 0 || !an.Chunks[k].Poss || int(k)+1 >= len(an.Chunks) {
		return false
	}
	next := an.Chunks[k+1]
	i := s.TokenAt(trig.Start)
	return i < next.From || i >= next.To
}

// addDays returns day d moved by n days.
func addDays(d dateline.Date, n int) dateline.Date {
	if n == 0 {
		return d
	}
	return dayDate(firstDay(d).AddDate(0, 0, n))
}

// governs ranks how closely the expression at sp governs an event in clause
// tc; 0 when it cannot date it. Without an analysis every expression ranks
// alike and the nearest wins.
func governs(s *dateline.Sentence, tc int, sp dateline.Span) int {
	an := s.Analysis
	if an == nil || tc < 0 {
		return rankOther
	}
	ec := an.ClauseOf(s.TokenAt(sp.Start))
	switch {
	case ec < 0:
		return rankOther
	case ec == tc:
		return rankSame
	case an.Within(tc, ec):
		return rankAncestor
	}
	for c, n := ec, 0; c >= 0 && n <= len(an.Clauses); c, n = an.Clauses[c].Parent, n+1 {
		if an.Within(tc, c) {
			break // reached a clause the event's clause lies in
		}
		if an.Clauses[c].Kind == dateline.ClauseRelative || an.AboutSubject(c) {
			return 0 // "the soldiers captured last month were freed"
		}
	}
	return rankOther
}

// perfect reports whether the event's verb is in the perfect, present or
// past: the trigger's verb group, or for a noun the verb group it is the
// object of ("had held talks").
func perfect(s *dateline.Sentence, trig dateline.Span) bool {
	an := s.Analysis
	if an == nil {
		return false
	}
	i := s.TokenAt(trig.Start)
	if i < 0 || i >= len(an.Words) || an.Words[i].Chunk < 0 {
		return false
	}
	c := int(an.Words[i].Chunk)
	if an.Chunks[c].Kind == dateline.ChunkNP {
		if c = an.Governor(c, dateline.RelObj); c < 0 {
			return false
		}
	}
	return an.Chunks[c].Kind == dateline.ChunkVG && an.Chunks[c].Verb.Perfect
}

// deadline reports whether the time expression at sp follows "until" or
// "till", at most three words before it ("until the end of June"): a
// deadline or the end of a period ("gave Moscow until midnight on
// Tuesday"), not when the act happened.
func deadline(s *dateline.Sentence, sp dateline.Span) bool {
	k := s.TokenAt(sp.Start)
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch w := s.Tokens[j].Lower; {
		case w == "until" || w == "till":
			return true
		case len(w) == 1 && !isLetter(w[0]):
			return false // punctuation ends the phrase
		}
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
