package actor

import (
	"sort"
	"strings"
	"time"

	"dateline"
)

// Match is one way a name resolves on a date.
type Match struct {
	Actor dateline.Actor       // how the name is coded on the date
	Kind  dateline.MentionKind // person, organization, country or agent
	Entry string               // the entry's canonical name
	Name  string               // the form of the entry that matched
	Rule  string               // why: "name", "spelling", "surname", "fuzzy"; then the role rule
	Role  string               // the title of the role used, if any
	From  dateline.Date        // the role's first day; zero if open or none
	To    dateline.Date        // the role's end (exclusive); zero if open or none
	Where string               // file:line of the entry
}

// Who returns how name resolves on date on: each entry the whole name
// matches, exactly, by spelling or by a close surname, with the role that
// codes it then. It serves `dateline dict who NAME --on DATE`.
func (d *Dictionary) Who(name string, on time.Time) []Match {
	var ws []word
	for i, f := range strings.Fields(name) {
		ws = splitWords(ws, f, 0, i)
	}
	markArticles(ws)
	ws = unskipped(ws)
	if len(ws) == 0 {
		return nil
	}
	day := dayKey(on)
	var out []Match
	for _, l := range d.byKey[ws[0].key] {
		c := l.n
		if len(c.norms) != len(ws) || c.article && !ws[0].article {
			continue
		}
		if exact, ok := c.matches(ws, 0, false); ok {
			out = append(out, d.match(c, day, ruleFor(c, exact)))
		}
	}
	if len(out) == 0 && len(ws) == 1 {
		for _, c := range d.fuzzyAt(ws[0]) {
			out = append(out, d.match(c, day, "fuzzy"))
		}
	}
	if a, n := d.agentAt(ws, 0); a != nil && n == len(ws) {
		m := Match{Kind: dateline.KindAgent, Entry: a.Name, Name: name, Rule: "agent", Where: a.pos.String()}
		if a.Sector != "*" && a.Sector != "=" {
			m.Actor = dateline.Actor{Name: a.Name, Sector: a.Sector, Code: a.Sector}
		}
		out = append(out, m)
	}
	if r := d.corefRule(ws); r != "" {
		out = append(out, Match{Kind: dateline.KindPronoun, Entry: name, Name: name, Rule: r, Where: "-"})
	}
	sort.SliceStable(out, func(i, j int) bool {
		ei, ej := !strings.Contains(out[i].Rule, "spelling"), !strings.Contains(out[j].Rule, "spelling")
		if ei != ej {
			return ei
		}
		return out[i].Kind < out[j].Kind
	})
	return out
}

// On returns the actor that an entry of the given kind (a person, or a
// group: KindOrganization) named exactly name codes on date on, and whether
// there is one: Who's first match of that kind whose actor keeps the name,
// without the report Who builds for each match (rule, role, source line)
// and without sorting them. A story's events ask it for each person and
// group they date.
func (d *Dictionary) On(name string, kind dateline.MentionKind, on time.Time) (dateline.Actor, bool) {
	a, _, ok := d.OnHeld(name, kind, on)
	return a, ok
}

// OnHeld is On, and also reports whether the actor held a role on date on
// (not only before its first or after its last): "former President X
// ordered the raid in 1997", told in 2005, was the government then.
func (d *Dictionary) OnHeld(name string, kind dateline.MentionKind, on time.Time) (a dateline.Actor, held, ok bool) {
	var buf [8]word
	ws := buf[:0]
	for i, f := range strings.Fields(name) {
		ws = splitWords(ws, f, 0, i)
	}
	markArticles(ws)
	ws = unskipped(ws)
	if len(ws) == 0 {
		return dateline.Actor{}, false, false
	}
	day := dayKey(on)
	// Who sorts its matches by spelling (exact ones first), then kind,
	// keeping their order otherwise: the first exact match of the kind
	// wins, else the first spelled one.
	matched := false
	var spelled dateline.Actor
	spelledHeld, spelledOK := false, false
	for _, l := range d.byKey[ws[0].key] {
		c := l.n
		if len(c.norms) != len(ws) {
			continue
		}
		exact, ok := c.matches(ws, 0, false)
		if !ok {
			continue
		}
		matched = true
		if c.ent.kind.mention() != kind {
			continue
		}
		if a, _, why := c.ent.actorOn(day); a.Name == name {
			if exact {
				return a, why == "role", true
			}
			if !spelledOK {
				spelled, spelledHeld, spelledOK = a, why == "role", true
			}
		}
	}
	if spelledOK || matched || len(ws) != 1 {
		return spelled, spelledHeld, spelledOK
	}
	for _, c := range d.fuzzyAt(ws[0]) {
		if a, _, why := c.ent.actorOn(day); c.ent.kind.mention() == kind && a.Name == name {
			return a, why == "role", true
		}
	}
	return dateline.Actor{}, false, false
}

func ruleFor(n *name, exact bool) string {
	r := "name"
	switch n.form {
	case formAdj:
		r = "adjective"
	case formSeat:
		r = "seat"
	case formSurname:
		r = "surname"
	}
	if !exact {
		r += "+spelling"
	}
	return r
}

func (d *Dictionary) match(n *name, day int, rule string) Match {
	a, r, why := n.ent.actorOn(day)
	m := Match{Actor: a, Kind: n.ent.kind.mention(), Entry: n.ent.Name, Name: n.text, Rule: rule + ":" + why, Where: n.ent.pos.String()}
	if r != nil {
		m.Role, m.From, m.To = r.Title, r.From, r.To
	}
	return m
}

func unskipped(ws []word) []word {
	out := ws[:0]
	article := false
	for _, w := range ws {
		if w.skip {
			article = true
			continue
		}
		w.article, article = article, false
		out = append(out, w)
	}
	return out
}
