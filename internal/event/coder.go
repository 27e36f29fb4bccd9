package event

import (
	"fmt"
	"strings"

	"dateline"
)

// Found is an event found in a sentence, before it is dated and placed.
type Found struct {
	Code       Code
	Trigger    dateline.Span // body offsets of the trigger words
	Sources    []int         // indices into the sentence's mentions; several for coordinated actors
	Targets    []int         // likewise; empty when the sentence names no target
	Reciprocal bool          // coordinated sources act on each other ("Israel and Lebanon renewed talks")
	// Unidentified is set for an attack whose perpetrator the sentence does
	// not name ("a roadside bombing killed one U.S. soldier"): Sources is
	// empty and the caller codes an unidentified attacker of the country
	// where it happened, as ICEWS codes "unidentified gunmen".
	Unidentified bool
	Modality     dateline.Modality
	Confidence   float64
	Rule         string // the lexicon line and how the roles were found
}

// Find returns the events in a sentence, given the actor mentions found in
// it (sorted by Start, not overlapping). Events whose source is not an actor
// are left out; so are plain statements (CAMEO 01) when the sentence holds
// another event, since the statement is then not the news.
func (l *Lexicon) Find(s *dateline.Sentence, mentions []dateline.Mention) []Found {
	if len(s.Tokens) == 0 {
		return nil
	}
	v := l.newSentence(s, mentions)
	ms := l.matches(v)
	if len(ms) == 0 {
		return nil
	}
	v.consume(ms)
	out := make([]Found, 0, len(ms))
	other := false
	var prev []int // the sources of the previous event: the agent of ", killing ..."
	for _, m := range ms {
		if v.participialAdjunct(m) && len(prev) > 0 {
			m.source = prev[0]
		}
		f, ok := l.code(v, m, ms)
		if !ok {
			continue
		}
		prev = f.Sources
		if f.Code.Root() != "01" && f.Modality == dateline.Asserted {
			other = true
		}
		out = append(out, f)
	}
	if other {
		kept := out[:0]
		for _, f := range out {
			if f.Code.Root() != "01" {
				kept = append(kept, f)
			}
		}
		out = kept
	}
	return out
}

// code decides who acts on whom for one match, and its modality.
func (l *Lexicon) code(v *sentence, m match, all []match) (Found, bool) {
	c := l.codes[m.p.code]
	f := Found{
		Code:       c,
		Trigger:    dateline.Span{Start: v.toks[m.trigFrom].Start, End: v.toks[m.trigTo].End},
		Confidence: 0.9,
	}
	how := "active"
	src, tgt := m.source, m.target
	if m.anchorIsVerb && src < 0 && tgt < 0 && v.reducedRelative(m) {
		// "10 Russian soldiers killed in Ukraine": the noun before the
		// participle is what was done to; the agent follows "by", if any.
		tgt = int(v.endAt[m.trigFrom-1])
		src, how = v.byAgent(m.trigTo+1), "reduced-relative"
		if src < 0 {
			// "10 Russian soldiers killed in Ukraine": by someone unnamed
			if !violent(c) || v.accident() {
				return f, false
			}
			f.Unidentified, how = true, how+"+unidentified"
		}
	}
	if m.anchorIsVerb && src < 0 {
		if m.passive {
			m.last = m.trigTo
		}
		if by := v.byAgent(m.last + 1); by >= 0 && (v.passiveAux(m.trigFrom) || isParticiple(v.toks[m.trigFrom].Lower)) {
			if violent(c) && v.accidentAfter(m.last+1) {
				return f, false // "killed by the Malaysia Airlines flight MH17 crash": the airline attacked no one
			}
			// "was killed by X", "extremists backed by Qatar"
			src, how = by, "passive"
			if tgt < 0 && !v.passiveAux(m.trigFrom) && m.trigFrom > 0 && v.endAt[m.trigFrom-1] >= 0 {
				tgt = int(v.endAt[m.trigFrom-1]) // "extremists backed by Qatar"
			}
			if tgt < 0 {
				tgt = v.subject(m.trigFrom)
			}
		} else if (v.passiveAux(m.trigFrom) || v.afterQuantity(m.trigFrom)) && tgt < 0 && isParticiple(v.toks[m.trigFrom].Lower) {
			// "X was attacked": X is the target; the attacker is not
			// named ("killed on Sunday", "killed by a roadside bomb"),
			// unless nobody attacked ("killed in a car crash").
			if !violent(c) || v.accident() {
				return f, false
			}
			tgt, f.Unidentified, how = v.subject(m.trigFrom), true, "passive+unidentified"
		}
	}
	if src >= 0 && tgt < 0 && m.sourceAfter {
		// "X received a call from SOURCE": the subject is the target.
		tgt, how = v.subject(m.trigFrom), "source-slot"
	}
	var betweenB = -1
	if !f.Unidentified {
		// Who did it: the roles the sentence gives, tried in turn.
		if src < 0 && tgt < 0 {
			if a, b, ok := v.between(m.last + 1); ok {
				if m.anchorIsVerb {
					// "ready to host a meeting between A and B": the host acts
					// on both parties.
					tgt, betweenB, how = a, b, "between-targets"
				} else {
					src, tgt, how = a, b, "between"
				}
			}
		}
		if src < 0 {
			if p := v.possessor(m.trigFrom); p >= 0 {
				src, how = p, how+"+possessive"
			}
		}
		if src < 0 && !m.anchorIsVerb && v.passiveAux(m.trigFrom) {
			// A predicate after "be" ("Vietnam is committed to", "Israel is
			// opposed to") takes the clause's subject.
			src, how = v.subject(m.trigFrom), "predicate"
		}
		if src < 0 && !m.anchorIsVerb {
			// A noun after a light verb is that verb's act: "were engaged in
			// ethnic cleansing", "mounted its long-threatened invasion".
			if lv := v.lightVerbBefore(m.trigFrom); lv >= 0 {
				src, how = v.subject(lv), "light-verb"
			}
		}
		if src < 0 && !m.anchorIsVerb {
			// A nominal trigger takes its agent from the noun phrase only:
			// "Israeli air raids", "rebel attacks". The clause's subject is
			// not the agent of every noun in the clause.
			if a := v.adjacentBefore(m.trigFrom); a >= 0 {
				src, how = a, how+"+modifier"
			} else if by := v.byAgent(m.last + 1); by >= 0 {
				src, how = by, how+"+by"
			}
		}
		if src < 0 && m.anchorIsVerb {
			if g := v.gerundSubject(m.trigFrom); g >= 0 {
				src, how = g, how+"+complement"
			}
		}
		if src < 0 && m.anchorIsVerb {
			src = v.subject(m.trigFrom)
		}
		if src < 0 && m.anchorIsVerb {
			// "Egypt said it would meet Libya": an unresolved pronoun subject
			// after a reporting verb is the reporter.
			if r := v.reporterOfPronoun(m.trigFrom); r >= 0 {
				src, how = r, how+"+reported-pronoun"
			}
		}
		if src < 0 && m.anchorIsVerb {
			// "the uprising that ousted and killed X": a verb coordinated with
			// an earlier one shares its subject.
			if p := previousCoordinatedVerb(v, m, all); p != nil {
				src = v.subject(p.trigFrom)
				how += "+shared-subject"
			}
		}
	}
	if src < 0 && !f.Unidentified && m.anchorIsVerb && violent(c) && v.weaponSubject(m.trigFrom) && !v.accident() {
		// "A roadside bombing near Samarra killed one U.S. soldier"
		f.Unidentified, how = true, how+"+unidentified"
	}
	if src < 0 && !f.Unidentified {
		return f, false
	}
	f.Modality = v.modality(m, all)
	if c.Root() == "01" && m.anchorIsVerb && tgt < 0 {
		// "declared that China must drop barriers": saying what another
		// must do is a demand on it; what it should do, an appeal.
		if t, code := v.obligation(m.last + 1); t >= 0 {
			if dc, ok := l.codes[code]; ok {
				c, f.Code, tgt, how = dc, dc, t, how+"+obligation"
			}
		}
	}
	var sources []int
	if src >= 0 {
		sources = v.coordinated(src)
	}
	mutual := len(sources) > 1 && reciprocal(c.CAMEO)
	if tgt < 0 {
		tgt = v.object(m.last+1, nextVerbTrigger(m, all))
		if tgt >= 0 && v.conjunctOfObject(m, tgt) {
			// "providing aerial photographs and other military
			// intelligence to Macedonia": more of what is given
			tgt = v.object(v.afterMention(tgt), nextVerbTrigger(m, all))
		}
		if mutual && tgt >= 0 && prevWord(v, v.firstToken(tgt)) != "with" &&
			(isPreposition(prevWord(v, v.firstToken(tgt))) || v.firstToken(tgt)-m.last > 3) {
			// "Israel and Lebanon renewed negotiations on a pullback from
			// Lebanon": coordinated parties negotiate with each other.
			tgt = -1
		}
	}
	intent := f.Modality == dateline.Future && hasIntent(c.CAMEO)
	if tgt < 0 && m.anchorIsVerb && (complementTarget(c.CAMEO) || intent) && !mutual {
		// "demanded that the United States match ...", "threatened to
		// impose restrictions against German goods": the target is the
		// actor the demanded or threatened act is about.
		tgt, how = v.complementObject(m.last+1), how+"+complement-target"
	}
	if tgt < 0 && (c.Root() == "13" || intent) {
		// "threatened to strike unless Israel rescinded": a condition
		// names whom the threat or offer is aimed at.
		if u := v.conditionSubject(m.last + 1); u >= 0 {
			tgt, how = u, how+"+condition"
		}
	}
	if tgt < 0 && m.anchorIsVerb && (c.QuadClass == 4) {
		// "opened fire to disperse demonstrators": force used for a
		// purpose is aimed at the purpose's object.
		if k := m.last + 1; k+1 < len(v.toks) && v.toks[k].Lower == "to" {
			tgt = v.object(k+2, -1)
		}
	}
	if tgt < 0 && m.anchorIsVerb && m.p.words == 1 {
		// "ousted and killed X": coordinated verbs share their object;
		// "denied responsibility and accused X" has its own.
		if n := coordinatedVerb(v, m, all); n != nil {
			tgt = v.object(n.last+1, nextVerbTrigger(*n, all))
		}
	}
	if c.Root() == "11" && tgt >= 0 && prevWord(v, v.firstToken(tgt)) == "to" && v.mentions[tgt].Actor.Sector == "IGO" {
		// "complained to the United Nations over Israeli air raids": the
		// body is where the complaint goes; whom it is about is the target.
		if about := v.about(v.afterMention(tgt)); about >= 0 {
			tgt, how = about, how+"+about"
		}
	}
	if c.Root() == "14" && len(sources) > 0 {
		if rc, ok := l.forceNotProtest(c.CAMEO, v.mentions[sources[0]].Actor.Sector); ok {
			// "troops stormed the building", "police blocked the roads":
			// the same act by armed forces is force, not protest.
			c, f.Code, how = rc, rc, how+"+by-force"
		}
	}
	f.Sources = v.named(sources)
	if tgt >= 0 {
		f.Targets = v.named(v.coordinated(tgt))
		if betweenB >= 0 && tgt != betweenB {
			f.Targets = append(f.Targets, v.appositive(betweenB))
		}
		f.Targets = without(f.Targets, f.Sources)
	} else {
		f.Confidence -= 0.1
		f.Reciprocal = len(f.Sources) > 1 && reciprocal(c.CAMEO)
	}
	if f.Unidentified && len(f.Targets) == 0 {
		return f, false // "a blast killed five": no actor on either side
	}
	if len(f.Sources) == 0 && !f.Unidentified {
		return f, false
	}
	f.Rule = fmt.Sprintf("verbs.txt:%d %s [%s]", m.p.line, m.p.text, how)
	if !v.complementOfTrigger(m, all) {
		// "agreed to undertake exercises": the agreement is the intent;
		// the exercises stay a future act, not a second intent.
		l.asIntent(&f, v.willNot(m.trigFrom))
	}
	if c.Root() == "03" && f.Modality == dateline.Asserted {
		// "vowed not to return the Golan Heights": a pledge not to do
		// what would yield or cooperate is a refusal.
		if code, ok := v.pledgedNot(m, all); ok {
			if rc, ok := l.codes[code]; ok {
				f.Code, f.Rule = rc, f.Rule+" -> refusal "+code
			}
		}
	}
	return f, true
}

// pledgedNot reads "not to" or "never to" after a pledge and returns the
// refusal it makes: of the act the complement names when that act is
// cooperation ("vowed never to negotiate" 125), a plain rejection (120)
// when the complement names no act; ok is false for a pledge not to do
// harm ("pledged not to attack"), which stays a pledge.
func (v *sentence) pledgedNot(m match, all []match) (string, bool) {
	k := m.last + 1
	if k+1 >= len(v.toks) || v.toks[k].Lower != "not" && v.toks[k].Lower != "never" || v.toks[k+1].Lower != "to" {
		return "", false
	}
	for _, o := range all {
		if o.trigFrom > k+1 && o.trigFrom <= k+3 {
			return refusalCode(o.p.code)
		}
	}
	return "120", true
}

// named replaces unnamed agents by the person named in apposition.
func (v *sentence) named(ms []int) []int {
	for i, mi := range ms {
		ms[i] = v.appositive(mi)
	}
	return ms
}

// forceNotProtest recodes a protest act done by soldiers or police: to
// obstruct is to blockade (191), a violent protest is an assault (190).
func (l *Lexicon) forceNotProtest(cameo, sector string) (Code, bool) {
	if sector != "MIL" && sector != "COP" {
		return Code{}, false
	}
	to := ""
	switch cameo[:3] {
	case "144":
		to = "191"
	case "145":
		to = "190"
	}
	c, ok := l.codes[to]
	return c, ok
}

// complementTarget reports whether the code's target may sit in the
// complement of its verb: requests, demands, threats, intentions.
func complementTarget(code string) bool {
	switch code[:2] {
	case "02", "03", "10", "13":
		return true
	}
	return false
}

// reciprocal reports whether coordinated actors doing what code names with
// no target do it to each other: "Jordan and Britain agreed", "Israel and
// Lebanon renewed talks", but not "A and B attended" or "A and B visited".
func reciprocal(code string) bool {
	switch code[:2] {
	case "03", "05", "06":
		return true
	}
	switch code {
	case "040", "041", "046", "057", "0311", "0312":
		return true
	}
	return false
}

func without(xs, drop []int) []int {
	out := xs[:0:0]
	for _, x := range xs {
		keep := true
		for _, d := range drop {
			if x == d {
				keep = false
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

// complementOfTrigger reports whether m lies in the infinitive complement
// of another trigger a few words before it ("agreed to hold", "threatened
// to impose restrictions").
func (v *sentence) complementOfTrigger(m match, all []match) bool {
	for _, o := range all {
		if o.trigTo >= m.trigFrom || m.trigFrom-o.trigTo > 6 || o.p.code[:2] == "01" {
			continue // a statement's complement is what was announced: "saying he would host"
		}
		for k := o.trigTo; k < m.trigFrom && k <= o.trigTo+2; k++ { // the pattern may end in "to": "+agree to"
			if v.toks[k].Lower == "to" {
				return true // "agreed to", "threatened today to"
			}
		}
	}
	return false
}

// nextVerbTrigger returns where the next verbal trigger after m starts, or
// -1: an object search stops there. Nominal triggers do not stop it
// ("presiding over a handshake between A and B").
func nextVerbTrigger(m match, all []match) int {
	next := -1
	for _, o := range all {
		if o.anchorIsVerb && o.trigFrom > m.trigTo && (next < 0 || o.trigFrom < next) {
			next = o.trigFrom
		}
	}
	return next
}

// previousCoordinatedVerb returns the verbal match that m follows after
// "and" or "or", or nil.
func previousCoordinatedVerb(v *sentence, m match, all []match) *match {
	i := m.trigFrom - 1
	if i < 1 || (v.toks[i].Lower != "and" && v.toks[i].Lower != "or") {
		return nil
	}
	for k := range all {
		if all[k].anchorIsVerb && all[k].trigTo == i-1 {
			return &all[k]
		}
	}
	return nil
}

// coordinatedVerb returns the verbal match that follows m after "and" or
// "or", or nil.
func coordinatedVerb(v *sentence, m match, all []match) *match {
	i := m.last + 1
	if i < len(v.toks) && v.toks[i].Lower == "," {
		i++
	}
	if i >= len(v.toks) || (v.toks[i].Lower != "and" && v.toks[i].Lower != "or") {
		return nil
	}
	for k := range all {
		if all[k].anchorIsVerb && all[k].trigFrom == i+1 {
			return &all[k]
		}
	}
	return nil
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "got": true, "gets": true}

// passiveAux reports whether the verb at i follows a form of "be".
func (v *sentence) passiveAux(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		w := v.toks[j].Lower
		if beForms[w] {
			return true
		}
		if (w == "or" || w == "and") && j > 0 && isParticiple(v.toks[j-1].Lower) {
			j-- // "were killed or wounded": the second participle is passive too
			continue
		}
		if !v.adverb(j) {
			return false
		}
	}
	return false
}

func isParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") ||
		w == "held" || w == "met" || w == "hit" || w == "shot" || w == "struck" || w == "fought" || w == "hurt" ||
		w == "sent" || w == "led" || w == "seized" || w == "caught" || w == "cut" || w == "set" || w == "put" || w == "won" || w == "told" || w == "sought"
}

func isTimeWord(w string) bool {
	switch w {
	case "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "recently":
		return true
	}
	return false
}

// afterQuantity reports whether the word before i is a bare quantity, so a
// participle at i is passive: "three killed and thousands injured".
func (v *sentence) afterQuantity(i int) bool {
	if i == 0 {
		return false
	}
	switch v.toks[i-1].Lower {
	case "thousands", "hundreds", "dozens", "scores", "others", "many", "several", "more", "few":
		return true
	}
	return false
}

// adverb reports whether token j is an adverb and not part of a name
// ("Italy" ends in -ly too).
func (v *sentence) adverb(j int) bool { return v.inMention[j] < 0 && isAdverb(v.toks[j].Lower) }

func isAdverb(w string) bool {
	if strings.HasSuffix(w, "ly") {
		return true
	}
	switch w {
	case "also", "not", "n't", "never", "already", "again", "just", "still", "even", "then", "now", "once", "reportedly", "allegedly", "soon", "later", "first", "jointly":
		return true
	}
	return false
}

// violent reports whether a code is an act of force: 18 assault, 19 fight,
// 20 mass violence.
func violent(c Code) bool {
	switch c.Root() {
	case "18", "19", "20":
		return true
	}
	return false
}

// weapons are the nouns that name an attack by what did it, not by who:
// "a roadside bombing", "a minefield explosion", "mortar fire".
var weapons = map[string]bool{
	"bomb": true, "bombs": true, "bombing": true, "bombings": true, "explosion": true, "explosions": true,
	"blast": true, "blasts": true, "explosive": true, "explosives": true, "ied": true, "ieds": true,
	"mine": true, "mines": true, "landmine": true, "landmines": true, "rocket": true, "rockets": true,
	"missile": true, "missiles": true, "mortar": true, "mortars": true, "shell": true, "shells": true,
	"shelling": true, "grenade": true, "grenades": true, "airstrike": true, "airstrikes": true,
	"drone": true, "drones": true, "sniper": true, "snipers": true, "gunfire": true,
	"shooting": true, "ambush": true, "attack": true, "attacks": true, "booby-trap": true,
}

// weaponSubject reports whether the subject of the verb at i is a weapon
// or an attack, not an actor: "A roadside bombing near Samarra killed".
// Only the words before the subject's first preposition count.
func (v *sentence) weaponSubject(i int) bool {
	start := i - 1
	for start >= 0 && !isClauseBreak(v.toks[start].Lower) && v.toks[start].Lower != "," {
		start--
	}
	found := false
	for k := start + 1; k < i; k++ {
		w := v.toks[k].Lower
		if isPreposition(w) || v.inMention[k] >= 0 || v.verbs[w] && !weapons[w] {
			break
		}
		found = found || weapons[w]
	}
	return found
}

// accidents are the nouns of deaths nobody inflicted: a sentence with one
// ("killed in a car crash", "killed by the floods") codes no attack by an
// unnamed perpetrator.
var accidents = map[string]bool{
	"crash": true, "crashes": true, "accident": true, "accidents": true, "collision": true, "earthquake": true,
	"earthquakes": true, "quake": true, "flood": true, "floods": true, "flooding": true, "storm": true,
	"storms": true, "hurricane": true, "typhoon": true, "cyclone": true, "tornado": true, "landslide": true,
	"landslides": true, "mudslide": true, "avalanche": true, "stampede": true, "collapse": true,
	"collapsed": true, "derailment": true, "derailed": true, "blaze": true, "wildfire": true,
	"wildfires": true, "heatwave": true, "outbreak": true, "epidemic": true, "disease": true, "drowned": true,
	"lightning": true, "tsunami": true, "eruption": true,
}

// accident reports whether the sentence tells of an accident or disaster,
// or names who attacked with what ("killed in Israeli tank shelling", "air
// raids in which 20 people were killed"): either way no unnamed attacker.
func (v *sentence) accident() bool {
	for k, t := range v.toks {
		if accidents[t.Lower] {
			return true
		}
		if !weapons[t.Lower] && !raids[t.Lower] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if v.endAt[j] >= 0 {
				return true // an actor right before the attack noun: "Israeli air raids"
			}
			if w := v.toks[j].Lower; w != v.toks[j].Text || isFunctionWord(w) {
				break
			}
		}
	}
	return false
}

// accidentAfter reports whether an accident noun ends the phrase that
// starts at token i: "by the Malaysia Airlines flight MH17 crash".
func (v *sentence) accidentAfter(i int) bool {
	for k := i; k < len(v.toks) && k < i+8; k++ {
		w := v.toks[k].Lower
		if accidents[w] {
			return true
		}
		if w == "," || isClauseBreak(w) {
			return false
		}
	}
	return false
}

// raids are attack nouns that, unlike weapons, do not stand for the
// attacker alone.
var raids = map[string]bool{
	"raid": true, "raids": true, "strike": true, "strikes": true, "offensive": true, "fire": true,
	"bombardment": true, "assault": true, "incursion": true, "operation": true,
}

// conditionSubject returns the subject of an "unless" or "if" clause
// within 15 tokens after i, in the same sentence part, or -1.
func (v *sentence) conditionSubject(i int) int {
	for k := i; k < len(v.toks) && k < i+15; k++ {
		w := v.toks[k].Lower
		if w == ";" || w == ":" {
			return -1
		}
		if w != "unless" && w != "if" {
			continue
		}
		k++
		if k < len(v.toks) && isDeterminer(v.toks[k].Lower) {
			k++
		}
		if k < len(v.toks) {
			return int(v.startAt[k])
		}
		return -1
	}
	return -1
}

// about returns the actor that an "over", "about" or "against" phrase
// within 6 tokens after i names, as a noun or its modifier ("over two
// Israeli air raids"), or -1.
func (v *sentence) about(i int) int {
	for k := i; k < len(v.toks) && k < i+6; k++ {
		w := v.toks[k].Lower
		if w == "," || isClauseBreak(w) {
			return -1
		}
		if w == "over" || w == "about" || w == "against" {
			return v.nextMention(k+1, k+5)
		}
	}
	return -1
}

// conjunctOfObject reports whether mention mi is joined by "and" or "or"
// (and "other") to the noun the pattern ends on: "aerial photographs and
// other military intelligence" is one object, not an actor.
func (v *sentence) conjunctOfObject(m match, mi int) bool {
	if e := m.p.elems[len(m.p.elems)-1]; e.kind != elemWords || e.verb {
		return false
	}
	k := m.last + 1
	if k >= len(v.toks) || v.toks[k].Lower != "and" && v.toks[k].Lower != "or" {
		return false
	}
	k++
	if k < len(v.toks) && (v.toks[k].Lower == "other" || v.toks[k].Lower == "more") {
		k++
	}
	return v.firstToken(mi) == k
}

// byAgent returns the mention after "by" at token i, or -1.
func (v *sentence) byAgent(i int) int {
	for k := 0; k < 2 && i < len(v.toks) && (v.adverb(i) || isTimeWord(v.toks[i].Lower)); k++ {
		i++ // "were released yesterday by Putin"
	}
	if i < len(v.toks) && v.toks[i].Lower == "by" && i+1 < len(v.toks) {
		j := i + 1
		if isDeterminer(v.toks[j].Lower) && j+1 < len(v.toks) {
			j++
		}
		return int(v.startAt[j])
	}
	return -1
}

// between reads "between A and B" at token i (after a nominal trigger).
func (v *sentence) between(i int) (int, int, bool) {
	switch {
	case i > 0 && i <= len(v.toks) && v.toks[i-1].Lower == "between": // the pattern ends in "between"
		i--
	case i >= len(v.toks) || v.toks[i].Lower != "between":
		return -1, -1, false
	}
	a := v.nextMention(i+1, i+12)
	if a < 0 {
		return -1, -1, false
	}
	j := v.afterMention(a)
	for ; j < len(v.toks) && j < v.afterMention(a)+8; j++ {
		if v.toks[j].Lower == "and" {
			if b := v.nextMention(j+1, j+6); b >= 0 {
				return a, b, true
			}
			break
		}
	}
	return -1, -1, false
}

// nextMention returns the first mention starting at or after token i and
// before token end, or -1.
func (v *sentence) nextMention(i, end int) int {
	for ; i < len(v.toks) && i < end; i++ {
		if mi := v.startAt[i]; mi >= 0 {
			return int(mi)
		}
	}
	return -1
}

// afterMention returns the token index just after mention mi.
func (v *sentence) afterMention(mi int) int {
	end := v.mentions[mi].End
	for i, t := range v.toks {
		if t.Start >= end {
			return i
		}
	}
	return len(v.toks)
}

// firstToken returns the token index where mention mi starts.
func (v *sentence) firstToken(mi int) int { return tokenIndex(v, v.mentions[mi].Start) }

// possessor returns X in "X 's trigger" or "X 's <adjective> trigger", or -1.
func (v *sentence) possessor(i int) int {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if v.toks[j].Lower == "'s" || v.toks[j].Lower == "'" {
			return int(v.endAt[j-1])
		}
		if v.inMention[j] >= 0 || isClauseBreak(v.toks[j].Lower) {
			return -1
		}
	}
	return -1
}
