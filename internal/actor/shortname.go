package actor

import (
	"strings"

	"dateline"
)

// noteShortName records a group the story named in full by a name of
// several words (words [i, e)) by the head word of that name, its last
// capitalised word before its "of" or "for" ("Tigers" of "the Liberation
// Tigers of Tamil Eelam"), so that the word alone names it later ("the
// Tigers", "a Tiger suicide squad"), as a surname names a person named in
// full. Only a plural head names the group's members, as "the Tigers" does
// ("Ansar al-Sharia" gives no "Sharia law"); one that is an agent noun
// ("Forces", "Brigades": the agent nouns read those), a state's word or
// initials is no short name.
func (t *Tracker) noteShortName(i, e int, a dateline.Actor) {
	ws := t.ws
	k, caps := -1, 0
	for j := i; j < e && ws[j].norm != "of" && ws[j].norm != "for" && !ws[j].punct; j++ {
		if ws[j].cap && !ws[j].skip && ws[j].norm != "the" {
			k = j
			caps++
		}
	}
	// a singular head is a short name only as the name's one word before
	// its "of" or "for" ("the Coordination of Azawad Movements": "the
	// Coordination"), never a last word of its own ("Sharia")
	head := k >= 0 && caps == 1 && k+1 < e && (ws[k+1].norm == "of" || ws[k+1].norm == "for")
	if k < 0 || k+1 < len(ws) && ws[k+1].hyph || ws[k].hyph || ws[k].upper || ws[k].poss || len(ws[k].norm) < 4 ||
		!head && (!strings.HasSuffix(ws[k].norm, "s") || strings.HasSuffix(ws[k].norm, "ss")) || t.d.in(&ws[k], lexState) {
		return
	}
	if ag, _ := t.d.agentAt(ws, k); ag != nil {
		return
	}
	name := t.s.Text[ws[i].start-t.s.Start : ws[e-1].end-t.s.Start]
	t.shortNames = append(t.shortNames, acronym{letters: ws[k].norm, actor: a, name: name, known: true, head: head && !strings.HasSuffix(ws[k].norm, "s")})
}

// shortNameAt reads at word i, or after an article there, the head word of
// a group's name the story gave in full before (noteShortName): "the
// Tigers", or its singular before a noun ("a Tiger suicide squad"). It is
// that group only when the story named no other group with that word, and
// the knowledge has no name that starts there.
func (t *Tracker) shortNameAt(i int) (int, []dateline.Mention) {
	if len(t.shortNames) == 0 {
		return i, nil
	}
	ws := t.ws
	k := i
	if determiners[ws[k].norm] && k+1 < len(ws) {
		k++
	}
	w := &ws[k]
	if !w.cap || w.upper || w.punct {
		return i, nil
	}
	next := k+1 < len(ws) && !ws[k+1].punct
	if next && (ws[k+1].cap || ws[k+1].hyph) {
		return i, nil // "the Tigers Football Club": a name of its own
	}
	var c *acronym
	for n := range t.shortNames {
		s := &t.shortNames[n]
		// the head as written ("the Tigers"), or its singular before a
		// noun ("a Tiger suicide squad")
		if s.letters != w.norm && (s.letters != w.norm+"s" || !next) || s.letters == w.norm && k == i {
			continue // ("Tigers" with no article may be another's: a team's)
		}
		if s.head && (ws[i].norm != "the" || next && (ws[k+1].norm == "of" || ws[k+1].norm == "for")) {
			continue // "the Coordination", not "a Coordination for the Defence of Water"
		}
		if c != nil && c.actor.Code != s.actor.Code {
			return i, nil // two groups of that word: neither
		}
		c = s
	}
	if c == nil || t.named(k) != nil {
		return i, nil
	}
	return k + 1, []dateline.Mention{t.mention(k, k+1, dateline.KindOrganization, c.actor, link("short name", c.name, "the group named before in full whose name's head word this is"))}
}
