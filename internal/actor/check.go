package actor

import (
	"fmt"
	"go/scanner"
	"go/token"
	"sort"
	"strings"
)

// Check reports problems in the knowledge that do not stop it loading:
// one name given to two entries of the same kind, overlapping roles of one
// person in one office, unknown country or sector codes, and roles that end
// before they begin. Each error names file:line.
func (d *Dictionary) Check() []error {
	var errs scanner.ErrorList
	add := func(pos token.Position, format string, args ...any) {
		errs.Add(pos, fmt.Sprintf(format, args...))
	}
	d.checkNames(add)
	for _, e := range d.entities {
		for i := range e.roles {
			r := &e.roles[i]
			if r.Country != "" && !d.codes[r.Country] {
				add(r.pos, "%s: unknown country code %q", e.Name, r.Country)
			}
			if r.Sector != "" && !d.isSector(r.Sector) {
				add(r.pos, "%s: unknown sector %q", e.Name, r.Sector)
			}
			if r.from >= r.to {
				add(r.pos, "%s: role ends (%s) before it begins (%s)", e.Name, r.To, r.From)
			}
			for j := 0; j < i; j++ {
				o := &e.roles[j]
				if o.Country == r.Country && sameOffice(o, r) && o.from < r.to && r.from < o.to {
					add(r.pos, "%s: role overlaps the %s role of line %d", e.Name, o.Title, o.pos.Line)
				}
			}
		}
		if e.kind == kindPerson && len(e.roles) == 0 {
			add(e.pos, "%s: person without a role", e.Name)
		}
	}
	for _, a := range d.agents {
		if a.Sector != "" && a.Sector != "*" && a.Sector != "=" && !d.isSector(a.Sector) {
			add(a.pos, "agent %s: unknown sector %q", a.Name, a.Sector)
		}
		for _, s := range []string{a.craft, a.state} {
			if s != "" && !d.isSector(s) {
				add(a.pos, "agent %s: unknown sector %q", a.Name, s)
			}
		}
	}
	errs.Sort()
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return out
}

func sameOffice(a, b *role) bool {
	if a.office != "" || b.office != "" {
		return a.office == b.office && strings.EqualFold(a.Title, b.Title)
	}
	return strings.EqualFold(a.Title, b.Title)
}

// checkNames reports a name that two entries of one kind share, and an
// agent name listed twice.
func (d *Dictionary) checkNames(add func(token.Position, string, ...any)) {
	type owner struct {
		ent    *entity
		ag     *agent
		shared bool
		pos    token.Position
	}
	seen := map[string]owner{}
	names := append([]*name(nil), d.names...)
	sort.SliceStable(names, func(i, j int) bool { return names[i].pos.Filename < names[j].pos.Filename })
	for _, n := range d.names {
		if n.form == formSurname {
			continue
		}
		k := strings.Join(n.norms, " ")
		switch {
		case n.ag() && n.agent.led:
			k = "led agent " + k // read only after "X-led": may share a word with an agent read anywhere
		case n.ag() && n.agent.named:
			k = "named agent " + k // read only as a name's last word: may share a word with an agent read anywhere
		case n.ag():
			k = "agent " + k
		default:
			k = fmt.Sprintf("%d %s", n.ent.kind, k)
		}
		o, dup := seen[k]
		if !dup {
			seen[k] = owner{n.ent, n.agent, n.shared, n.pos}
			continue
		}
		if o.ent == n.ent && o.ag == n.agent || apart(o.ent, n.ent) || o.shared || n.shared {
			continue
		}
		add(n.pos, "name %q is also given at %s", n.text, o.pos)
	}
}

func (n *name) ag() bool { return n.agent != nil }

// apart reports whether a and b are people whose roles do not overlap in
// time, so that a name they share is told apart by the story's date
// ("George Bush" in 1990 and in 2005).
func apart(a, b *entity) bool {
	if a == nil || b == nil || a.kind != kindPerson || b.kind != kindPerson || len(a.roles) == 0 || len(b.roles) == 0 {
		return false
	}
	af, at := span(a)
	bf, bt := span(b)
	return at <= bf || bt <= af
}

// span returns the first day of e's first role and the end of its last.
func span(e *entity) (from, to int) {
	from, to = e.roles[0].from, e.roles[0].to
	for _, r := range e.roles[1:] {
		from, to = min(from, r.from), max(to, r.to)
	}
	return from, to
}
