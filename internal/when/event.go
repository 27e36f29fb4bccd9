package when

import (
	"strings"

	"dateline"
)

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
//     2012, attacked") or a past participle about the subject ("the
//     soldiers captured last month were freed") never date it; a present
//     participle about the subject ("leaders meeting here on Tuesday
//     suspended") tells what its subject was doing as it acted and does.
//   - "that day", "the same day", "the following day", "two days later",
//     "a week earlier" count from the last day named before them, in their
//     own sentence or, failing that, in the story; "hours later" is that
//     day and a bare "days later" three days on, as "several days later".
//   - "two days after", "a week before" (days, weeks and fortnights only)
//     count from another day: an act in the clause they open lies that
//     far from the day of the clause they hang from ("returned on Sunday,
//     two days after the army forced him": Friday); an act of their own
//     clause that far from the day the phrase after them names ("three
//     days after the coup on March 3"). See offsetDate.
//   - A time after "until" or "till" is a deadline or a period's end, not
//     when the act happened ("gave Moscow until Tuesday").
//   - An act named as the earlier occasion of its clause's (the object of
//     a preposition of the word table's prior role: "after", "following",
//     "since") is dated only by a time of its own ("Friday's arrest", "the
//     expulsion of a diplomat last month"): one told before the phrase
//     dates the clause's act. With none it is background: the month (or
//     year) of its clause's time ("fell on March 3 following Russia's
//     invasion": March), else the story's month.
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
	if d, why, ok := st.offsetDate(s, times, trig, tc); ok {
		return d, why
	}
	best, bestRank, bestDist := -1, 0, 0
	occ := occasionFrom(s, trig)
	var clause dateline.Date // a time of the clause an earlier occasion hangs from
	for i := range times {
		t := &times[i]
		if t.Future || t.Date.IsZero() && !t.Relative && t.Kind != KindAnaphoric || deadline(s, t.Span) {
			continue
		}
		if occ >= 0 && t.Span.Start < occ {
			// "expelled two diplomats on Friday following Estonia's
			// expulsion of ...": Friday dates the expelling
			if !t.Date.IsZero() && t.Kind != KindAnaphoric {
				clause = t.Date
			}
			continue
		}
		if t.Kind == KindOffset || i > 0 && times[i-1].Kind == KindOffset && times[i-1].Shift != 0 && governs(s, tc, times[i-1].Span) == rankSame {
			continue // "three days after the coup on March 3" dates the coup, not the act: see offsetDate
		}
		rank := governs(s, tc, t.Span)
		if rank == 0 || possessorOther(s, t.Span, trig) || nounModifier(s, t.Span, trig) {
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
	if best < 0 && occ >= 0 {
		if !clause.IsZero() {
			if clause.Precision == dateline.PrecisionDay {
				clause = dateline.Date{Year: clause.Year, Month: clause.Month, Precision: dateline.PrecisionMonth}
			}
			return clause, "background: an occasion with no date of its own, its clause's month or year"
		}
		if st.ref.IsZero() {
			return dateline.Date{}, "unknown: an occasion with no date of its own, and the story has no date"
		}
		return dateline.Date{Year: st.ref.Year, Month: st.ref.Month, Precision: dateline.PrecisionMonth},
			"background: an occasion with no date of its own, the story's month"
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
		case t.Kind == KindAnaphoric && !dayBefore(times, best, st.last).IsZero():
			return addDays(dayBefore(times, best, st.last), t.Shift), t.Kind + " \"" + t.Text + "\": from the day named before"
		case t.Kind == KindAnaphoric:
			// no day named before: the story's day, as for no expression
		case t.Date.IsZero():
			return dateline.Date{}, "unknown: " + t.Kind + " \"" + t.Text + "\" needs the story's date"
		default:
			return t.Date, t.Kind + " \"" + t.Text + "\""
		}
	}
	return st.toldDay()
}

// toldDay dates an act that no expression dates: the day the story tells
// of, else the story's day.
func (st *Story) toldDay() (dateline.Date, string) {
	switch {
	case st.day.IsZero():
		return dateline.Date{}, "unknown: no date in the text, and the story has none"
	case st.day != st.ref:
		return st.day, ruleToldDay + ": \"" + st.dayText + "\""
	}
	return st.ref, ruleStoryDate
}

// The rules of the dates toldDay gives.
const (
	ruleStoryDate = "story date"
	ruleToldDay   = "the day the story tells of"
)

// Untimed reports whether a date rule of EventDate's (or the rest of an
// event's rule after it) says that no time expression dated the act: it
// was given the day the story tells of, or the story's own, a day of the
// news rather than one the text names.
func Untimed(rule string) bool {
	return strings.HasPrefix(rule, ruleStoryDate) || strings.HasPrefix(rule, ruleToldDay)
}

// Standing reports whether the act at trig, told in the perfect, is a
// standing situation or a count over a stretch of a year or more, not an
// act of the news: a time of its own clause follows a word of the word
// table's stretch role ("since") and lies a year or more before the
// story's day ("the rebels have fought for independence since 1976",
// "police have detained 3,000 people since 2019"). A stretch of days or
// months ("have arrested 120 people since Saturday") is the news and
// stays an act, and so do acts counted one by one ("police have arrested
// 40 people since 2019", "has shut down 3,000 organisations since 2018"):
// a tally a story gives as news. why says which time made it so.
func (st *Story) Standing(s *dateline.Sentence, times []Expr, trig dateline.Span) (why string, ok bool) {
	if st.ref.IsZero() || !perfect(s, trig) || counted(s, trig) {
		return "", false
	}
	an := s.Analysis
	tc := an.ClauseOf(s.TokenAt(trig.Start))
	for i := range times {
		t := &times[i]
		if t.Date.IsZero() || t.Future || governs(s, tc, t.Span) != rankSame {
			continue
		}
		k := s.TokenAt(t.Span.Start)
		if k < 0 || !an.Words[k].Roles.Has(dateline.RoleStretch) && (k == 0 || !an.Words[k-1].Roles.Has(dateline.RoleStretch)) {
			continue
		}
		if monthIndex(st.ref)-monthIndex(t.Date) >= 12 {
			return "a standing situation: the perfect over the stretch since \"" + t.Text + "\", a year or more before the story", true
		}
	}
	return "", false
}

// counted reports whether the object of the verb group that tells the act
// at trig is counted: a number or a word of quantity ("40 people",
// "hundreds of activists").
func counted(s *dateline.Sentence, trig dateline.Span) bool {
	an, c := triggerChunk(s, trig)
	if c < 0 || an.Chunks[c].Kind != dateline.ChunkVG {
		return false
	}
	o := an.Dependent(c, dateline.RelObj)
	if o < 0 {
		return false
	}
	for i := an.Chunks[o].From; i <= an.Chunks[o].Head; i++ {
		if an.Words[i].Tag == dateline.TagCD || an.Words[i].Roles.Has(dateline.RoleQuantity) {
			return true
		}
	}
	return false
}

// monthIndex counts d's month from year zero; a year alone is its January.
func monthIndex(d dateline.Date) int {
	return d.Year*12 + max(int(d.Month), 1) - 1
}

// PassingDate dates an act an event noun tells in passing, as what another
// act is over or what a verb that does not do it tells of ("tensions rose
// over Iraq's invasion of Kuwait", "survivors marked the massacre"): as
// EventDate, but one that no expression dates is background that came
// before, the month of the day the story tells of, not that day.
func (st *Story) PassingDate(s *dateline.Sentence, times []Expr, trig dateline.Span) (dateline.Date, string) {
	d, why := st.EventDate(s, times, trig)
	if occasionPP(s, trig) >= 0 {
		return d, why // "during two days of Russian shelling": the clause's time
	}
	if told, _ := st.toldDay(); d == told && d.Precision == dateline.PrecisionDay {
		return dateline.Date{Year: d.Year, Month: d.Month, Precision: dateline.PrecisionMonth},
			"background: an act told in passing with no date of its own, the month of " + why
	}
	return d, why
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
	if cl.Verb >= 0 && (an.Chunks[cl.Verb].Verb.Tense == dateline.TenseFuture || an.Chunks[cl.Verb].Verb.Modal != "") {
		return false // "Merino will be sworn in on Tuesday": a day to come, not the one the story tells of
	}
	if k := an.Words[i].Chunk; k >= 0 && an.Chunks[k].Poss {
		return false
	}
	return true
}

// triggerChunk returns the sentence's analysis and the chunk holding the
// trigger's first token, or -1 when there is none.
func triggerChunk(s *dateline.Sentence, trig dateline.Span) (*dateline.Analysis, int) {
	an := s.Analysis
	if an == nil {
		return nil, -1
	}
	i := s.TokenAt(trig.Start)
	if i < 0 || an.Words[i].Chunk < 0 {
		return an, -1
	}
	return an, int(an.Words[i].Chunk)
}

// occasionFrom returns where the phrase starts that names the act at trig
// as an earlier occasion of its clause's act, the preposition it is the
// object of (the prior role of the word table: "after the arrest of X",
// "following Estonia's expulsion of"), or -1 when it is none. Expressions before that phrase
// date the clause's act, not its occasion, which took place before it.
func occasionFrom(s *dateline.Sentence, trig dateline.Span) int {
	an, k := triggerChunk(s, trig)
	if k < 0 {
		return -1
	}
	if an.Chunks[k].Kind != dateline.ChunkNP {
		return -1
	}
	pp := an.Governor(k, dateline.RelPObj)
	if ps := an.Dependent(k, dateline.RelPoss); pp < 0 && ps >= 0 {
		pp = an.Governor(ps, dateline.RelPObj) // "after [Israel 's] raid"
	}
	if pp < 0 || !an.Words[an.Chunks[pp].Head].Roles.Has(dateline.RoleOccasion|dateline.RolePrior) {
		return -1
	}
	return s.Tokens[an.Chunks[pp].From].Start
}

// occasionPP returns the chunk of the preposition of the occasion role
// ("after", "during", "amid") whose object names the act at trig, itself
// or through a span of time or a count, or -1.
func occasionPP(s *dateline.Sentence, trig dateline.Span) int {
	an, k := triggerChunk(s, trig)
	if k < 0 {
		return -1
	}
	pp := an.Governor(k, dateline.RelPObj)
	for depth := 0; depth < 3 && pp >= 0 && s.Tokens[an.Chunks[pp].Head].Lower == "of"; depth++ {
		// "during two days of shelling": the span stands for the act
		gov := an.Governor(pp, dateline.RelNMod)
		if gov < 0 || !an.Chunks[gov].Time && an.Words[an.Chunks[gov].Head].Roles&(dateline.RoleQuantity|dateline.RoleTime) == 0 {
			break
		}
		k, pp = gov, an.Governor(gov, dateline.RelPObj)
	}
	if ps := an.Dependent(k, dateline.RelPoss); pp < 0 && ps >= 0 {
		pp = an.Governor(ps, dateline.RelPObj)
	}
	if pp < 0 || !an.Words[an.Chunks[pp].Head].Roles.Has(dateline.RoleOccasion) {
		return -1
	}
	return pp
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
	next := &an.Chunks[k+1]
	i := s.TokenAt(trig.Start)
	return i < next.From || i >= next.To
}

// dayBefore returns the last day named before expression i: in its own
// sentence ("attacked on Monday and two days later ..."), else last, the
// last day the story named before the sentence.
func dayBefore(times []Expr, i int, last dateline.Date) dateline.Date {
	for j := i - 1; j >= 0; j-- {
		if t := &times[j]; !t.Future && t.Date.Precision == dateline.PrecisionDay && t.End.IsZero() {
			return t.Date
		}
	}
	return last
}

// offsetDate dates an event by an offset ("two days after", "a week
// before") in one of two ways, and reports false when neither applies.
//   - The event is told in the clause the offset opens ("returned on
//     Sunday, two days after the army forced him from office"): it lies
//     that many days from the day of the clause the offset hangs from (the
//     nearest day named in that clause or one above it, else the last day
//     a main clause before it names, else the day the story tells of).
//   - The offset dates the event's own clause and the phrase after it names
//     the day it counts from ("three days after the coup on March 3,
//     soldiers detained ..."): it lies that many days from that day.
func (st *Story) offsetDate(s *dateline.Sentence, times []Expr, trig dateline.Span, tc int) (dateline.Date, string, bool) {
	an := s.Analysis
	if an == nil || tc < 0 {
		return dateline.Date{}, "", false
	}
	for i := range times {
		o := &times[i]
		if o.Kind != KindOffset {
			continue
		}
		head := s.TokenAt(o.Start)
		word := s.TokenAt(o.Span.End - 1) // "after", "before"
		oc := an.ClauseOf(head)
		opened := -1 // the clause the offset opens, if it opens one
		if word+1 < len(an.Words) && an.ClauseOf(word+1) != oc {
			opened = an.ClauseOf(word + 1)
		}
		if trig.Start >= o.Span.End && opened >= 0 && joinedTo(an, tc, opened) && !dayIn(s, times, tc) {
			base, from := dateline.Date{}, ""
			// the day of the clause the offset hangs from, else of a clause
			// above it ("ordered the army on Wednesday to stop firing, 11
			// days after")
			for c, depth := oc, 0; c >= 0 && base.IsZero() && depth < 6; c, depth = an.Clauses[c].Parent, depth+1 {
				bestDist := -1
				for j := range times {
					t := &times[j]
					if j == i || t.Future || t.Date.Precision != dateline.PrecisionDay || !t.End.IsZero() || an.ClauseOf(s.TokenAt(t.Start)) != c {
						continue
					}
					d := o.Start - t.Span.End
					if d < 0 {
						d = t.Start - o.Span.End
					}
					if bestDist < 0 || d < bestDist {
						base, from, bestDist = t.Date, "\""+t.Text+"\"", d
					}
				}
			}
			if base.IsZero() {
				base, from = mainDayBefore(s, times, o.Start)
			}
			if base.IsZero() {
				base, from = st.day, "the day the story tells of"
			}
			if base.IsZero() {
				return dateline.Date{}, "unknown: offset \"" + o.Text + "\" from a day the story does not give", true
			}
			return addDays(base, -o.Shift), "offset \"" + o.Text + "\" back from " + from, true
		}
		if i+1 < len(times) && governs(s, tc, o.Span) == rankSame && oc == tc {
			t := &times[i+1]
			if c := an.ClauseOf(s.TokenAt(t.Start)); t.Future || t.Date.Precision != dateline.PrecisionDay || !t.End.IsZero() || c != oc && c != opened {
				continue
			}
			return addDays(t.Date, o.Shift), "offset \"" + o.Text + "\" from \"" + t.Text + "\"", true
		}
	}
	return dateline.Date{}, "", false
}

// mainDayBefore returns the last day a main clause names before byte at,
// and its text: the day of a list of acts an offset closes ("downgraded
// its relations on Thursday, ordered the ambassador to leave and sealed
// the border, a day after rioters burned the embassy"), whose clauses the
// analysis does not join.
func mainDayBefore(s *dateline.Sentence, times []Expr, at int) (dateline.Date, string) {
	an := s.Analysis
	for j := len(times) - 1; j >= 0; j-- {
		t := &times[j]
		if t.Start >= at || t.Future || t.Kind == KindOffset || t.Date.Precision != dateline.PrecisionDay || !t.End.IsZero() {
			continue
		}
		if c := an.ClauseOf(s.TokenAt(t.Start)); c >= 0 && an.Clauses[c].Kind == dateline.ClauseMain && an.Clauses[c].Parent < 0 {
			return t.Date, "\"" + t.Text + "\""
		}
	}
	return dateline.Date{}, ""
}

// joinedTo reports whether clause c is clause to, a verb joined to its
// verb by "and" ("after hardliners placed him under house arrest and
// declared a state of emergency"), or the to-infinitive of either: the
// act decided, voted or ordered that day ("a day after the Council voted
// to bar Iraqi officials").
func joinedTo(an *dateline.Analysis, c, to int) bool {
	for depth := 0; c >= 0 && depth < 4; depth++ {
		if c == to {
			return true
		}
		if g := an.Governor(an.Clauses[c].Verb, dateline.RelConj); g >= 0 {
			c = an.ClauseOfChunk(g)
			continue
		}
		if an.Clauses[c].Kind != dateline.ClauseInfinitive {
			return false
		}
		c = an.Clauses[c].Parent
	}
	return false
}

// dayIn reports whether clause c names a day of its own.
func dayIn(s *dateline.Sentence, times []Expr, c int) bool {
	for i := range times {
		t := &times[i]
		if t.Kind != KindOffset && t.Date.Precision == dateline.PrecisionDay && s.Analysis.ClauseOf(s.TokenAt(t.Start)) == c {
			return true
		}
	}
	return false
}

// nounModifier reports whether the expression at sp stands before the
// head of a noun phrase that is not the trigger ("scrapped a 1995 security
// treaty"): it dates that noun, not the act; but it dates the act of a
// relative clause about the noun ("the 2011 uprising that ousted").
func nounModifier(s *dateline.Sentence, sp, trig dateline.Span) bool {
	an := s.Analysis
	if an == nil {
		return false
	}
	last := s.TokenAt(sp.End - 1)
	if last < 0 {
		return false
	}
	k := an.Words[last].Chunk
	if k < 0 {
		return false
	}
	c := &an.Chunks[k]
	if c.Kind != dateline.ChunkNP || c.Time || c.Head <= last {
		return false
	}
	i := s.TokenAt(trig.Start)
	if i >= c.From && i < c.To {
		return false
	}
	// "the 2011 uprising that ousted Ben Ali": the act of a relative
	// clause about the phrase is the phrase's, of its year
	return relativeOpener(an, an.ClauseOf(i)) != c.To
}

// relativeOpener returns the token that opens relative clause tc, or that
// opens the relative clause it is a further conjunct of ("that ousted and
// killed"); -1 when tc is no relative clause.
func relativeOpener(an *dateline.Analysis, tc int) int {
	for k := tc; k >= 0 && an.Clauses[k].Kind == dateline.ClauseRelative && an.Clauses[k].Parent == an.Clauses[tc].Parent; k-- {
		if an.Clauses[k].Opener >= 0 {
			return an.Clauses[k].Opener
		}
	}
	return -1
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
	sub := false // the expression lies in a complement or infinitive on the way up
	for c, n := ec, 0; c >= 0 && n <= len(an.Clauses); c, n = an.Clauses[c].Parent, n+1 {
		if an.Within(tc, c) {
			if sub && c != tc {
				// "Anwar, who hosted the talks, said the commanders would
				// meet on Tuesday": a day in a complement of the clause
				// that the event's relative clause hangs on is the
				// complement's
				return 0
			}
			return rankOther // reached a clause the event's clause lies in
		}
		if an.Clauses[c].Kind == dateline.ClauseRelative || an.AboutSubject(c) && !alongside(s, c, sp) {
			return 0 // "the soldiers captured last month were freed"
		}
		if k := an.Clauses[c].Kind; k == dateline.ClauseInfinitive || k == dateline.ClauseComplement {
			sub = true
		}
	}
	if sub {
		// "called on the president to step down, and the speaker said he
		// had agreed to quit on Wednesday": a day inside another main
		// clause's complement is that clause's, not the call's
		return 0
	}
	return rankOther
}

// alongside reports whether the expression at sp dates a present
// participle about the subject that tells what the subject was doing when
// it acted ("West African leaders meeting here on Tuesday suspended Ivory
// Coast", "ministers, meeting in Brussels on Monday, decided to"): the
// day is the clause's too. A past participle ("the soldiers captured last
// month were freed"), or a time the act runs from ("rebels fighting since
// 2012") or after, tells of before.
func alongside(s *dateline.Sentence, c int, sp dateline.Span) bool {
	an := s.Analysis
	v := an.Clauses[c].Verb
	if v < 0 || an.Words[an.Chunks[v].Head].Tag != dateline.TagVBG || an.ClauseOf(s.TokenAt(sp.Start)) != c {
		return false
	}
	k := an.Words[s.TokenAt(sp.Start)].Chunk
	if k < 0 {
		return false
	}
	pp := an.Governor(int(k), dateline.RelPObj)
	return pp < 0 || !an.Words[an.Chunks[pp].Head].Roles.Has(dateline.RolePrior)
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
