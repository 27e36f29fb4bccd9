// Package actor holds dateline's actor knowledge and resolves the actors
// that a story names.
//
// The knowledge is data: countries (with their names, adjectives and seats
// of power), international bodies, named groups, people with their roles in
// time, and agent nouns ("premier", "rebels"), in the text files of data/
// (see data/README.md), embedded and loaded through fs.FS. A Tracker reads
// one story's sentences in order and returns the actors each names, coded
// as CAMEO actors for the story's date: "Italy's premier" is ITAGOV, "Gen.
// Khalifa Hifter" is LBYMIL, "the U.N." IGOUNO. It matches names across
// spellings (Hifter, Hiftar, Haftar), codes unknown people by title and
// nationality ("Egyptian President X"), and follows a story's surnames,
// titles and pronouns back to the people they stand for.
package actor

import (
	"embed"
	"fmt"
	"go/token"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"dateline"
)

//go:embed data/*.txt
var embedded embed.FS

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErr  error
)

// Default returns the embedded knowledge, loaded once. The Dictionary is
// shared: do not modify it.
func Default() (*Dictionary, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			defaultErr = fmt.Errorf("embedded actors: %w", err)
			return
		}
		defaultDict, defaultErr = Load(sub)
	})
	return defaultDict, defaultErr
}

func timeMonth(m int) time.Month { return time.Month(m) }

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dateKey turns d into yyyymmdd: its first day, or with end set the first
// day after it (ends are exclusive: "..2021-02-13" means until that day,
// when the successor took over).
func dateKey(d dateline.Date, end bool) int {
	y, m, day := d.Year, int(d.Month), d.Day
	switch d.Precision {
	case dateline.PrecisionYear:
		if end {
			return (y+1)*10000 + 101
		}
		return y*10000 + 101
	case dateline.PrecisionMonth:
		if end {
			if m == 12 {
				return (y+1)*10000 + 101
			}
			return y*10000 + (m+1)*100 + 1
		}
		return y*10000 + m*100 + 1
	}
	return y*10000 + m*100 + day
}

func dayKey(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// build indexes the names once all files are read.
func (p *parser) build() {
	d := p.d
	for _, a := range d.agents {
		if a.head {
			d.heads[a.Name] = true
		}
		if a.royal {
			d.royal[a.Name] = true
		}
		if a.Name == "peoples" {
			d.peoples = a
		}
		if a.ethnic {
			d.ethnic = a
		}
	}
	for _, e := range d.entities {
		if e.kind == kindCountry && len(e.roles) == 0 {
			e.roles = []role{{Country: e.code, to: 99999999, pos: e.pos}}
		}
	}
	for _, pn := range p.pending {
		if n := d.addName(pn.text, pn.ent, pn.ag, pn.form, pn.pos); n != nil {
			n.shared = pn.shared
		}
	}
	d.givenNames()
	for _, e := range d.entities {
		if e.kind != kindPerson {
			continue
		}
		for i := range e.roles {
			if d.sectorIs(e.roles[i].Sector, sectorState) && d.sectorIs(e.roles[i].Sector, sectorOffice) {
				// after an office of the state (government, legislature,
				// bench) ends, its holder is an elite (resolve's
				// "+former-told"); a former general or police officer
				// keeps the force's sector
				e.roles[i].after = d.exOffice
			}
		}
		if len(e.surnames) == 0 {
			ws := nameWords(e.Name)
			if len(ws) > 1 {
				e.surnames = []string{ws[lastNameWord(ws)].text}
			}
		}
		for _, s := range e.surnames {
			if s != "-" {
				d.addName(s, e, nil, formSurname, e.pos)
				for _, w := range nameWords(s) {
					e.surnameKeys = append(e.surnameKeys, w.key)
				}
			}
		}
		if ws := nameWords(e.Name); len(ws) > 0 {
			for _, w := range ws[:len(ws)-1] {
				e.givenKeys = append(e.givenKeys, w.key)
			}
			e.surnameKeys = append(e.surnameKeys, ws[lastNameWord(ws)].key)
			if len(ws) > 1 && len(e.surnames) == 1 && e.surnames[0] == "-" {
				// a name too common to stand alone in the knowledge is
				// used alone once the story has named its bearer in full,
				// and for names written family name first that is the
				// first word: "Wang Yi ... Wang said", "Hun Sen ... Hun"
				e.surnameKeys = append(e.surnameKeys, ws[0].key)
			}
		}
	}
	d.opponentStart = map[string]bool{}
	for _, set := range []map[string]bool{d.opponents, d.opposite} {
		for p := range set {
			first, _, _ := strings.Cut(p, " ")
			d.opponentStart[first] = true
		}
	}
	d.opponentShape = shapesOf(d.opponentStart)
	d.rulingFirst, d.oustingFirst, d.coupFirst = firstWords(d.ruling), firstWords(d.ousting), firstWords(d.coup)
	d.spelled = nil // only the names read above share their words' strings
	d.nameWords = nil
	d.indexSectors()
	d.buildLexicon()
	for _, b := range d.fuzzy {
		// by length, so that fuzzyAt reads only the lengths a word's may
		// be within its edits of
		slices.SortStableFunc(b, func(x, y surname) int { return x.length - y.length })
	}
	offices := map[string]string{} // each title's office, worked out once: most titles are held by many
	for _, e := range d.entities {
		for i := range e.roles {
			r := &e.roles[i]
			office, ok := offices[r.Title]
			if !ok {
				office = d.officeIn(r.Title)
				offices[r.Title] = office
			}
			r.office = office
			if e.kind == kindPerson && r.office != "" {
				k := r.Country + "|" + r.office
				if l := d.offices[k]; len(l) == 0 || l[len(l)-1] != e {
					d.offices[k] = append(l, e)
				}
			}
		}
	}
}

func (d *Dictionary) addName(text string, e *entity, ag *agent, f form, pos token.Position) *name {
	d.nameWords = readNameWords(d.nameWords, text, d.keys) // into the last name's array: the words are copied below
	ws := d.nameWords
	if len(ws) == 2 && ws[0].norm == "the" {
		// "The Valley" (Anguilla's capital), "The Bottom": one word after
		// the article is a common noun that would name the place in any
		// "Galwan Valley"; the article is never part of a match, so such a
		// name is left out (list it without the article where it is safe:
		// "Hague")
		return nil
	}
	if len(ws) > 2 && ws[0].norm == "the" {
		ws = ws[1:] // "the United States" is also "United States"
	}
	if len(ws) == 0 {
		return nil
	}
	n := &name{text: text, ent: e, agent: ag, form: f, pos: pos}
	if first, _, _ := strings.Cut(text, " "); e != nil && e.kind == kindCountry && isArticle(fold(first)) {
		n.article = true
	}
	// The words' norms and keys share one array, their marks another, and
	// a word's norm and key are the strings of its first name: one
	// allocation for two, and one string for each word however many
	// names hold it.
	strs, marks := make([]string, 2*len(ws)), make([]bool, 2*len(ws))
	n.norms, n.keys = strs[:0:len(ws)], strs[len(ws):len(ws)]
	n.caps, n.acro = marks[:0:len(ws)], marks[len(ws):len(ws)]
	for _, w := range ws {
		if norm, ok := d.spelled[w.norm]; ok {
			w.norm, w.key = norm, d.keys[norm] // the key is the norm's phonetic key: the same
		} else {
			if d.spelled == nil {
				d.spelled = map[string]string{}
			}
			d.spelled[w.norm] = w.norm
		}
		d.keys[w.norm] = w.key
		if e != nil && e.kind != kindPerson {
			d.other[w.norm] = true
		}
		n.norms = append(n.norms, w.norm)
		n.keys = append(n.keys, w.key)
		n.caps = append(n.caps, w.cap)
		n.acro = append(n.acro, w.upper && len(w.norm) >= 2 || w.upper && strings.Contains(w.text, "."))
	}
	d.names = append(d.names, n)
	if e != nil && e.kind == kindCountry && f == formName && len(n.norms) == 2 && (n.norms[0] == "north" || n.norms[0] == "south") {
		d.addCompass(n.norms[0], e) // "the North" may stand for North Korea
	}
	if ag != nil && ag.led {
		d.ledBy[n.norms[0]] = append(d.ledBy[n.norms[0]], n)
		return n
	}
	if ag != nil && ag.staffed {
		d.staffedBy[n.norms[0]] = append(d.staffedBy[n.norms[0]], n)
		return n
	}
	if ag != nil && ag.named {
		d.namedBy[n.norms[0]] = append(d.namedBy[n.norms[0]], n)
		return n
	}
	if ag != nil {
		d.agentsBy[n.norms[0]] = append(d.agentsBy[n.norms[0]], n)
		return n
	}
	l := lead{n: n}
	if len(n.norms) > 1 && n.norms[1] != "'s" {
		l.next = n.keys[1]
	}
	d.byKey[n.keys[0]] = append(d.byKey[n.keys[0]], l)
	if !n.caps[0] || n.norms[0] == "'s" {
		d.uncapped[n.keys[0]] = append(d.uncapped[n.keys[0]], l)
		d.uncappedShapes.add(n.keys[0])
	}
	if f == formSurname && len(n.norms) == 1 && len(n.norms[0]) >= 5 && n.keys[0] != "" {
		b := d.fuzzy[n.keys[0][0]]
		d.fuzzy[n.keys[0][0]] = append(b, newSurname(n, len(b)))
	}
	return n
}

// officeBreaks turns the punctuation that ends a word of a title into
// spaces; built once, not for each of the thousands of roles read.
var officeBreaks = strings.NewReplacer(",", " ", ";", " ", "(", " ", ")", " ")

// officeIn returns the first agent named in a role's title that may stand
// as a title ("prime minister of the GNA" -> "prime minister"), or "".
func (d *Dictionary) officeIn(title string) string {
	// punctuation ends a word: "commander, deputy to John Garang"
	ws := nameWords(officeBreaks.Replace(strings.ToLower(title)))
	for i := 0; i < len(ws); i++ {
		if a, n := d.agentAt(ws, i); a != nil && n > 0 && a.title {
			if d.lesser[ws[i].norm] || i > 0 && d.lesser[ws[i-1].norm] {
				// (lesser: in agents.txt) a deputy president is not "the
				// president", a junior minister of foreign affairs not the
				// foreign minister; "vice president and prime minister" is PM
				i += n - 1
				continue
			}
			return a.Name
		}
	}
	return ""
}

// agentAt returns the longest agent name that starts at ws[i] and the
// number of words it spans.
func (d *Dictionary) agentAt(ws []word, i int) (*agent, int) {
	return longestAgent(d.agentsStartingAt(&ws[i]), ws, i)
}

// ledAt is agentAt for the nouns that name a force only right after who
// leads it ("the Australian-led force").
func (d *Dictionary) ledAt(ws []word, i int) (*agent, int) {
	if i >= len(ws) {
		return nil, 0
	}
	return longestAgent(d.ledBy[ws[i].norm], ws, i)
}

// staffedAt is agentAt for the nouns that name a body only right after
// whom it is made of ("the teachers' union"), in lower case.
func (d *Dictionary) staffedAt(ws []word, i int) (*agent, int) {
	if i >= len(ws) || ws[i].cap {
		return nil, 0
	}
	return longestAgent(d.staffedStartingAt(&ws[i]), ws, i)
}

// namedAt is agentAt for the nouns that name a body only as the last word
// of a capitalised name ("the National Salvation Front").
func (d *Dictionary) namedAt(ws []word, i int) (*agent, int) {
	if i >= len(ws) {
		return nil, 0
	}
	return longestAgent(d.namedStartingAt(&ws[i]), ws, i)
}

// kindAt returns the agent of a noun at word i, in lower case, that names
// a body only after whom it is made of or as the last word of a capitalised
// name (is: staffed, named), read as one word alone: "union" of "the
// union's leader" is a labour union, "movement" of "the movement's leader"
// what the knowledge makes such a movement. Nil when none.
func (d *Dictionary) kindAt(ws []word, i int) *agent {
	if i >= len(ws) || ws[i].cap {
		return nil
	}
	if ag, n := d.staffedAt(ws, i); ag != nil && n == 1 {
		return ag
	}
	for _, n := range d.namedStartingAt(&ws[i]) {
		if len(n.norms) == 1 {
			return n.agent
		}
	}
	return nil
}

// longestAgent returns the agent of the longest name of names (those that
// start with word i's folded form) that starts at word i, and its length in
// words.
func longestAgent(names []*name, ws []word, i int) (*agent, int) {
	var best *agent
	bestN := 0
	for _, n := range names {
		if len(n.norms) <= bestN || i+len(n.norms) > len(ws) {
			continue
		}
		ok := true
		for j := 0; j < len(n.norms); j++ {
			if j > 0 && ws[i+j].norm != n.norms[j] || n.acro[j] && !ws[i+j].upper || n.caps[j] && !ws[i+j].cap {
				// (an acronym in capitals only: "PM", not "10 p.m."; a
				// name the knowledge writes capitalised only so: "Father
				// Popieluszko" is a priest, "the boy's father" is not)
				ok = false
				break
			}
		}
		if ok {
			best, bestN = n.agent, len(n.norms)
		}
	}
	return best, bestN
}

// lastNameWord returns the index of the last word of a person's name that
// is no generation mark after the family name: "Aquino" of "Benigno Aquino
// Jr." and of "Benigno Aquino III" (a short word with a full stop, a roman
// numeral in capitals), so that the family name alone refers back to them.
func lastNameWord(ws []word) int {
	k := len(ws) - 1
	for k > 1 && (ws[k].punct || generation(ws[k].text) || len(ws[k].text) <= 3 && strings.HasSuffix(ws[k].text, ".")) {
		k--
	}
	return k
}

// generation reports whether w is a roman numeral in capitals ("II", "IV").
func generation(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}

// roleOn returns the role that codes e on day (yyyymmdd) and why: the role
// held then (the latest begun, when several are); between roles the next
// one; before the first role none (only its country); after the last, the
// last one.
func (e *entity) roleOn(day int) (*role, string) {
	var cur, next, last *role
	for i := range e.roles {
		r := &e.roles[i]
		switch {
		case r.from <= day && day < r.to:
			if cur == nil || r.from > cur.from {
				cur = r
			}
		case r.from > day:
			if next == nil || r.from < next.from {
				next = r
			}
		default:
			if last == nil || r.to > last.to {
				last = r
			}
		}
	}
	if cur != nil && cur.from == day && cur.Sector != "GOV" && last != nil && last.to == day && last.Sector == "GOV" {
		// the day an office ends and a role out of government begins
		// ("resigned as prime minister on Monday"): the day's acts are the
		// office's
		return last, "role"
	}
	switch {
	case cur != nil:
		return cur, "role"
	case next != nil && last != nil:
		return next, "between-roles"
	case next != nil:
		return next, "before-roles"
	case last != nil:
		return last, "former"
	}
	return nil, "no-role"
}

// formerAfter is how long (in yyyymmdd units: a year) after the last role,
// a state office, has ended its holder, though the text says "former", is
// still coded by it (resolve's "+former-told"): the news of the weeks after
// an ouster or a handover speaks of the office lost
// ("Egypt's armed forces removed President Mohamed Mursi", "Mursi was
// being held"); later, of an elite ("Police detained former President
// Maumoon Abdul Gayoom" ten years after his rule).
const formerAfter = 10000

// actorOn codes e on day.
func (e *entity) actorOn(day int) (dateline.Actor, *role, string) {
	a := dateline.Actor{Name: e.Name}
	r, why := e.roleOn(day)
	if r == nil {
		return a, nil, why
	}
	a.Country = r.Country
	if why != "before-roles" {
		a.Sector = r.Sector
	}
	a.Code = code(a.Country, a.Sector)
	if e.code != "" && e.kind != kindCountry {
		a.Code = e.code
	}
	return a, r, why
}

// addCompass files a country named "North X" or "South X" under dir, once.
func (d *Dictionary) addCompass(dir string, e *entity) {
	for _, o := range d.compassOf[dir] {
		if o == e {
			return
		}
	}
	d.compassOf[dir] = append(d.compassOf[dir], e)
}

// code is the CAMEO actor code: country then sector ("ITAGOV"), except for
// intergovernmental and non-governmental bodies, whose sector comes first
// ("IGOUNO").
func code(country, sector string) string {
	if sector == "IGO" || sector == "NGO" {
		return sector + country
	}
	return country + sector
}

// givenNames collects the first words of the people's full names (not a
// title, a particle or an agent noun): the given names the knowledge has
// seen ("Ahmed", "Jean"), by which a name it lacks is told from a company's
// ("Ahmed Salah said", not "Goldman Sachs said").
func (d *Dictionary) givenNames() {
	for _, n := range d.names {
		if n.ent == nil || n.ent.kind != kindPerson || n.form != formName || len(n.norms) < 2 {
			continue
		}
		f := n.norms[0]
		if _, agent := d.agentsBy[f]; agent || d.particles[f] || len(f) < 3 || !n.caps[0] {
			continue
		}
		d.given[f] = true
	}
}
