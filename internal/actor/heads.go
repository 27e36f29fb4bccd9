package actor

import (
	"strings"

	"dateline"
)

// noteHead records mention m, when it has a country, as the last one whose
// head noun is head, in a phrase written text; repeatedHead reads it back
// ("the officers" after "four Russian army officers", "the hostages"
// after "three Japanese hostages").
func (t *Tracker) noteHead(head, text string, m dateline.Mention) {
	if m.Actor.Country == "" {
		return
	}
	if t.headsSeen == nil {
		t.headsSeen = map[string]seenAgent{}
	}
	t.headsSeen[head] = seenAgent{actor: m.Actor, text: text, sent: t.n}
}

// repeatedHead reads "the NOUN" or "the two NOUN" at word i, a plural noun
// that names no agent but repeats the head of a nationality's phrase named
// in this sentence or the two before ("three Japanese hostages ... the
// hostages", "two Iranian men ... the two men"): that country's.
func (t *Tracker) repeatedHead(i int) (int, []dateline.Mention) {
	ws := t.ws
	if ws[i].norm != "the" {
		return i, nil // asked of every word: the look-ups below are for "the" only
	}
	k := i + 1
	if k < len(ws) && (counts[ws[k].norm] > 0 || strings.IndexAny(ws[k].norm, "0123456789") >= 0) {
		k++
	}
	if ws[i].norm != "the" || k >= len(ws) || ws[k].cap || ws[k].punct || !t.d.pluralWord(&ws[k]) || t.isAgent(k) ||
		k+1 < len(ws) && !ws[k+1].punct && !ws[k+1].poss && t.commonNounAt(k+1) {
		return i, nil // (not "the hostages' families" as their own noun: "the hostage crisis")
	}
	s, ok := t.headsSeen[ws[k].norm]
	if !ok || t.n-s.sent > 2 {
		return i, nil
	}
	return t.refersTo(i+1, k+1, dateline.KindAgent, s.actor, link("description", s.actor.Name, "the same head noun as \""+s.text+"\", named in this sentence or the two before"))
}
