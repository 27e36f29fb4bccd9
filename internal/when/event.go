package when

import "dateline"

// How closely a time expression governs an event, by the clauses of the
// sentence's analysis.
const (
	rankOther    = 1 // another clause, not one that describes a noun
	rankAncestor = 2 // a clause the event's clause depends on: "said Tuesday that rebels attacked"
	rankSame     = 3 // the event's own clause
)

// EventDate decides when the event whose trigger is trig happened, from the
// time expressions found in s (by Find) and the sentence's analysis, and
// says why in a rule ("weekday \"Tuesday\"", "story date", ...). ref is the
// story's day; zero when the story has no date. The date is zero when it
// is not known; the rule then starts "unknown:".
//
//   - The expression that governs the event is the nearest in its own
//     clause, else in a clause its clause depends on, else the nearest
//     elsewhere; expressions about the future and those inside a relative
//     clause about some other noun ("the rebels, who took the town in
//     2012, attacked") never date it.
//   - An act told in the perfect ("had attacked", "has besieged") with no
//     expression in its own clause is background the story does not date
//     to the day: it gets the story's month, as annotators give it.
//   - An act with no expression at all happened on the story's day.
//   - Without a story date, a relative expression ("Friday", "yesterday",
//     "last week") cannot be resolved and the event has no date; absolute
//     ones ("May 21, 2020", "in 2011") still date it.
func EventDate(s *dateline.Sentence, times []Expr, trig dateline.Span, ref dateline.Date) (dateline.Date, string) {
	an := s.Analysis
	tc := -1
	if an != nil {
		tc = an.ClauseOf(s.TokenAt(trig.Start))
	}
	best, bestRank, bestDist := -1, 0, 0
	for i := range times {
		t := &times[i]
		if t.Future || t.Date.IsZero() && !t.Relative {
			continue
		}
		rank := governs(s, tc, t.Span)
		if rank == 0 {
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
		if ref.IsZero() {
			return dateline.Date{}, "unknown: perfect tense with no date of its own, and the story has no date"
		}
		return dateline.Date{Year: ref.Year, Month: ref.Month, Precision: dateline.PrecisionMonth},
			"background: perfect tense with no date of its own, the story's month"
	}
	if best >= 0 {
		t := &times[best]
		if t.Date.IsZero() {
			return dateline.Date{}, "unknown: " + t.Kind + " \"" + t.Text + "\" needs the story's date"
		}
		return t.Date, t.Kind + " \"" + t.Text + "\""
	}
	if ref.IsZero() {
		return dateline.Date{}, "unknown: no date in the text, and the story has none"
	}
	return ref, "story date"
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
		if an.Clauses[c].Kind == dateline.ClauseRelative {
			return 0
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
