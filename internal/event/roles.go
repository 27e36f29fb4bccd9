package event

import (
	"strings"

	"dateline"
)

// Clause structure, read from function words: enough to find a verb's
// subject and object in news prose without a parser.

// isClauseBreak reports whether a token ends the clause a verb's subject
// search may look into.
func isClauseBreak(w string) bool {
	switch w {
	case ";", ":", "\u2014", "--", "(", ")", "\"",
		"because", "after", "before", "when", "while", "whereas", "although", "though", "since",
		"if", "unless", "until", "whether", "but", "that", "who", "which", "whom", "where", "said", "says":
		return true
	}
	return false
}

// isRelative reports whether w introduces a relative clause.
func isRelative(w string) bool { return w == "who" || w == "which" || w == "that" || w == "whom" }

// isPreposition reports whether w makes the noun after it an oblique, not a
// subject.
func isPreposition(w string) bool {
	switch w {
	case "of", "for", "from", "in", "at", "with", "by", "to", "on", "about", "against", "near", "into",
		"over", "under", "between", "among", "across", "through", "toward", "towards", "inside", "outside",
		"behind", "within", "without", "via", "like", "than", "including", "despite", "throughout", "around", "during",
		"amid", "amidst", "beyond", "along", "upon", "per", "until", "since", "after", "before", "off", "onto":
		return true
	}
	return false
}

// subject returns the mention that is the subject of the verb at token i,
// or -1. It looks left to the start of the verb's clause; a relative
// pronoun right before the verb points to the noun it follows ("el-Sissi,
// who backs Hiftar"); a clause joined by "and"/"but" with no subject of its
// own shares the subject of the clause before ("he wasn't participating but
// rather meeting").
func (v *sentence) subject(i int) int {
	j := i - 1
	for j >= 0 && (v.adverb(j) || isAux(v.toks[j].Lower)) {
		j--
	}
	if j >= 2 && v.toks[j].Lower == ")" && v.toks[j-2].Lower == "(" && v.endAt[j-1] >= 0 {
		// "The International Labor Office (ILO) reiterated": the acronym
		// in brackets names the subject.
		return int(v.endAt[j-1])
	}
	if j >= 0 && v.endAt[j] >= 0 && (isGerund(v.toks[i].Lower) || !isPreposition(prevWord(v, v.firstToken(int(v.endAt[j]))))) {
		// "he joined": the noun right before the verb, or the first of
		// the actors coordinated with it ("Jordan and Britain have agreed");
		// not one inside a phrase ("the sides of the island of Cyprus have"),
		// unless the -ing word is a noun it modifies ("in Israeli tank shelling").
		return v.including(v.coordinationStart(int(v.endAt[j])))
	}
	if j >= 0 && isRelative(v.toks[j].Lower) {
		k := j - 1
		if k >= 0 && v.toks[k].Lower == "," {
			k--
		}
		if k >= 0 && v.endAt[k] >= 0 {
			return int(v.endAt[k])
		}
		return -1
	}
	for {
		start := j
		for start >= 0 && !isClauseBreak(v.toks[start].Lower) && !v.commaAnd(start) {
			start--
		}
		// The first mention of the clause that is not inside a prepositional
		// phrase is its subject; a mention after the clause's first verb is
		// that verb's object ("a bombing killed one U.S. soldier and
		// wounded two others": the soldier wounded no one).
		best := -1
		for k := start + 1; k <= j; k++ {
			if w := v.toks[k].Lower; v.verbs[w] && !isGerund(w) && v.inMention[k] < 0 && k > start+1 {
				break // participles ("leaders attending the conference") do not end the subject
			}
			mi := v.startAt[k]
			if mi < 0 {
				continue
			}
			if k == 0 || !isPreposition(prevWord(v, k)) {
				best = int(mi)
				break
			}
			if best < 0 {
				best = int(mi)
			}
		}
		if best >= 0 {
			return v.including(v.coordinationStart(best))
		}
		if start < 0 || (v.toks[start].Lower != "but" && v.toks[start].Lower != "and") {
			return -1
		}
		j = start - 1
	}
}

// coordinationStart returns the first mention of the coordination that
// ends with mention mi: "Jordan and Britain", "neither A nor B".
func (v *sentence) coordinationStart(mi int) int {
	joined := false // a comma continues a list only after its "and"
	for {
		k := v.firstToken(mi) - 1
		if k < 1 {
			return mi
		}
		w := v.toks[k].Lower
		switch {
		case w == "and" || w == "or" || w == "nor":
			if v.toks[k-1].Lower == "," {
				if !v.serialList(k - 1) {
					return mi // ", and it is now governed": a new clause, not a list
				}
				k-- // "The US, Russia, and Switzerland"
			}
			joined = true
		case w == "," && joined:
		case isDeterminer(w) && k > 1 && (v.toks[k-1].Lower == "," || v.toks[k-1].Lower == "and"):
			k-- // "The United States, the European Union, Britain and Canada"
			if v.toks[k].Lower == "and" {
				joined = true
			} else if !joined {
				return mi
			}
		default:
			return mi // ", officials said": not a list
		}
		prev := v.endAt[k-1]
		if prev < 0 {
			return mi
		}
		mi = int(prev)
	}
}

// commaAnd reports whether token k is "and" or "but" after a comma, which
// starts a new clause: "..., and it is now governed by ...".
func (v *sentence) commaAnd(k int) bool {
	w := v.toks[k].Lower
	return (w == "and" || w == "but") && k > 0 && v.toks[k-1].Lower == ","
}

// prevWord returns the token before k, skipping determiners and adjectives
// that cannot be prepositions.
func prevWord(v *sentence, k int) string {
	for j := k - 1; j >= 0; j-- {
		w := v.toks[j].Lower
		if isDeterminer(w) || w == "other" || w == "some" || w == "several" || w == "two" || w == "three" {
			continue
		}
		return w
	}
	return ""
}

func isAux(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could",
		"should", "may", "might", "must", "can", "did", "does", "do", "'s", "'ve", "'ll", "'d", "ca", "wo":
		return true
	}
	return false
}

// including returns mi unless it is an actor without a country followed by
// ", including A and B", in which case it returns A (whose coordination
// gives the others): "Other leaders ..., including X and Y, also participated".
func (v *sentence) including(mi int) int {
	if v.mentions[mi].Actor.Country != "" {
		return mi
	}
	for k := v.afterMention(mi); k < len(v.toks) && k < v.afterMention(mi)+12; k++ {
		if v.toks[k].Lower == "including" {
			if a := v.nextMention(k+1, k+4); a >= 0 {
				return a
			}
		}
	}
	return mi
}

// object returns the first actor mention after token i in the verb's clause,
// or -1. Places after a locative preposition ("in Libya") are not objects;
// the search stops at a clause break or at the next trigger (stop).
func (v *sentence) object(i, stop int) int {
	for k := i; k < len(v.toks); k++ {
		if stop >= 0 && k >= stop {
			return -1
		}
		w := v.toks[k].Lower
		if isQuote(w) {
			continue
		}
		if isClauseBreak(w) || w == "," && k+1 < len(v.toks) && isClauseBreak(v.toks[k+1].Lower) {
			return -1
		}
		if w == "," && (v.reportingClauseAt(k+1) || v.reportingTail(k+1)) {
			return -1 // ", a Jordanian official confirmed": the source of the news, not the object
		}
		if (w == "and" || w == "but" || w == "or") && k+1 < len(v.toks) && v.inMention[k+1] < 0 &&
			(v.verbs[v.toks[k+1].Lower] || isAux(v.toks[k+1].Lower)) {
			return -1 // "declared martial law and said ...": another verb phrase
		}
		if (w == "and" || w == "but") && k+1 < len(v.toks) && v.startAt[k+1] >= 0 && v.startsClause(int(v.startAt[k+1]), true) {
			return -1 // "poured into South Ossetia and warplanes bombed ...": another clause
		}
		if w == "," && k+1 < len(v.toks) && (subordinator(v.toks[k+1].Lower) || isGerund(v.toks[k+1].Lower) ||
			v.toks[k+1].Lower == "and" || v.toks[k+1].Lower == "but") {
			return -1 // ", as authorities in Croatia cracked down": another clause
		}
		mi := v.startAt[k]
		if mi < 0 {
			continue
		}
		if p := prevWord(v, k); isLocative(p) && p != "at" && v.mentions[mi].Kind == dateline.KindCountry {
			continue // "troops in Lebanon"; but "fired rockets at Israel"
		}
		if v.possessivePronoun(int(mi)) {
			continue // "met his Jordanian counterpart": "his" is not the one met
		}
		return int(mi)
	}
	return -1
}

// possessivePronoun reports whether mention mi is a possessive determiner
// before a noun ("his counterpart", "their forces").
func (v *sentence) possessivePronoun(mi int) bool {
	m := v.mentions[mi]
	if m.Kind != dateline.KindPronoun {
		return false
	}
	switch v.toks[v.firstToken(mi)].Lower {
	case "his", "her", "its", "their", "our":
		return true
	}
	return false
}

func isLocative(w string) bool {
	switch w {
	case "in", "at", "near", "inside", "across", "throughout", "within", "outside", "around":
		return true
	}
	return false
}

// coordinated returns mi and the mentions coordinated with it:
// "A and B", "A, B and C", "A as well as B", "neither A nor B".
func (v *sentence) coordinated(mi int) []int {
	out := []int{mi}
	k := v.afterMention(mi)
	for k < len(v.toks) {
		w := v.toks[k].Lower
		var next int
		switch {
		case w == "and" || w == "or" || w == "nor":
			next = k + 1
		case w == "," && k+1 < len(v.toks) && (v.toks[k+1].Lower == "and" || v.toks[k+1].Lower == "or"):
			next = k + 2
		case w == "," && v.listItemAt(k+1, out):
			next = k + 1
		case w == "as" && k+2 < len(v.toks) && v.toks[k+1].Lower == "well" && v.toks[k+2].Lower == "as":
			next = k + 3
		default:
			return out
		}
		if next < len(v.toks) && isDeterminer(v.toks[next].Lower) {
			next++
		}
		if next >= len(v.toks) || v.startAt[next] < 0 {
			return out
		}
		b := int(v.startAt[next])
		if v.startsClause(b, k > 0 && v.toks[k].Lower == ",") && !(len(out) >= 2 && w == ",") {
			return out // "X, and it is now governed by ...": a new clause; "A, B, and C met" is a list
		}
		out = append(out, b)
		k = v.afterMention(b)
	}
	return out
}

// listItemAt reports whether a further list item starts at token j, after
// a comma, with or without a determiner: "A, the B, C and D".
func (v *sentence) listItemAt(j int, out []int) bool {
	if j < len(v.toks) && isDeterminer(v.toks[j].Lower) {
		j++
	}
	if j >= len(v.toks) || v.startAt[j] < 0 || len(out) == 0 {
		return false
	}
	return v.listContinues(j) && !v.apposition(out[len(out)-1], int(v.startAt[j]))
}

// listContinues reports whether the mention at token k is followed by more
// of a list ("A, B and C"), so that "A, B" is a coordination and not an
// apposition ("the prime minister, Fayez Serraj,").
func (v *sentence) listContinues(k int) bool {
	mi := int(v.startAt[k])
	j := v.afterMention(mi)
	if j+1 < len(v.toks) && v.toks[j].Lower == "," && (v.toks[j+1].Lower == "and" || v.toks[j+1].Lower == "or") {
		return true // "A, B, and C"
	}
	return j < len(v.toks) && (v.toks[j].Lower == "and" || (v.toks[j].Lower == "," && j+1 < len(v.toks) && v.startAt[j+1] >= 0))
}

// apposition reports whether mention b, after a comma, renames mention a:
// an unnamed agent followed by a named person ("the prime minister, Fayez
// Serraj,").
func (v *sentence) apposition(a, b int) bool {
	return v.mentions[a].Kind == dateline.KindAgent && v.mentions[b].Kind == dateline.KindPerson
}

// serialList reports whether the comma at k closes the middle item of a
// list of three or more actors ("The US, Russia, and Switzerland").
func (v *sentence) serialList(k int) bool {
	if k < 1 || v.endAt[k-1] < 0 {
		return false
	}
	first := v.firstToken(int(v.endAt[k-1]))
	return first >= 2 && v.toks[first-1].Lower == "," && v.endAt[first-2] >= 0
}

// appositive returns the named person in "the prime minister, Fayez Serraj,"
// for the unnamed agent mi, or mi itself.
func (v *sentence) appositive(mi int) int {
	if v.mentions[mi].Kind != dateline.KindAgent {
		return mi
	}
	k := v.afterMention(mi)
	if k+1 < len(v.toks) && v.toks[k].Lower == "," {
		if p := v.startAt[k+1]; p >= 0 && v.mentions[p].Kind == dateline.KindPerson {
			return int(p)
		}
	}
	return mi
}

// gerundSubject returns the object of the verb before a gerund complement,
// which is the gerund's subject: "accuses X of working with", "blamed X for
// attacking". It returns -1 when the trigger at i is no such gerund.
func (v *sentence) gerundSubject(i int) int {
	if i < 2 || !isGerund(v.toks[i].Lower) {
		return -1
	}
	switch v.toks[i-1].Lower {
	case "of", "for":
		return int(v.endAt[i-2])
	}
	return -1
}

// reporterOfPronoun handles a verb whose subject is a pronoun that the actor
// stage left unresolved, right after a reporting verb: in "Egypt said it
// would meet Libya" the pronoun is Egypt. It returns the reporting verb's
// subject, or -1.
func (v *sentence) reporterOfPronoun(i int) int {
	j := i - 1
	for j >= 0 && (v.adverb(j) || isAux(v.toks[j].Lower)) {
		j--
	}
	if j < 1 || v.inMention[j] >= 0 {
		return -1
	}
	switch v.toks[j].Lower {
	case "it", "they", "he", "she", "we":
	default:
		return -1
	}
	k := j - 1
	for k >= 0 && (v.toks[k].Lower == "that" || v.toks[k].Lower == "on" || isTimeWord(v.toks[k].Lower)) {
		k-- // "said on Friday (that) he would ..."
	}
	if k < 0 || !isReporting(v.toks[k].Lower) {
		return -1
	}
	return v.subject(k)
}

func isReporting(w string) bool {
	switch w {
	case "said", "says", "say", "announced", "announces", "confirmed", "confirms", "stated", "declared", "vowed",
		"pledged", "promised", "warned", "insisted", "added", "indicated", "believes", "believed", "hoped", "hopes":
		return true
	}
	return false
}

// complementObject finds the target in a verb's complement: after "that"
// it is the complement's subject, after "to" the object of the infinitive.
// It looks at most 12 tokens ahead and stops at clause punctuation.
func (v *sentence) complementObject(i int) int {
	for k := i; k < len(v.toks) && k < i+12; k++ {
		w := v.toks[k].Lower
		switch w {
		case ";", ":", ",", "\u2014", "--", "(", "because", "although", "while", "but", "unless", "if":
			return -1
		}
		mi := v.startAt[k]
		if mi < 0 {
			continue
		}
		if isLocative(prevWord(v, k)) && v.mentions[mi].Kind == dateline.KindCountry {
			continue
		}
		return int(mi)
	}
	return -1
}

// adjacentBefore returns the mention right before a nominal trigger at i,
// allowing adjectives between: "Israeli air raids", "two Palestinian
// suicide bombers". It returns -1 when a verb, determiner-free gap or clause
// break comes first.
func (v *sentence) adjacentBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v.endAt[j] >= 0 {
			return int(v.endAt[j])
		}
		w := v.toks[j].Lower
		if isClauseBreak(w) || isDeterminer(w) || isPreposition(w) || isAux(w) || w == "," || w == "and" || v.verbs[w] {
			return -1 // "Canada imposed coordinated sanctions": the verb's subject is not a modifier
		}
	}
	return -1
}

// startsClause reports whether mention mi is the subject of a new clause:
// a nominative pronoun always is.
// After a comma ("X, and Y has ...", "X, and France urged") a mention
// followed by an auxiliary or a verb starts one too; without one ("Jordan
// and Britain have agreed") it does not.
func (v *sentence) startsClause(mi int, afterComma bool) bool {
	switch v.toks[v.firstToken(mi)].Lower {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	k := v.afterMention(mi)
	return afterComma && k < len(v.toks) && v.toks[k].Lower != "'s" && (isAux(v.toks[k].Lower) || v.verbs[v.toks[k].Lower])
}

// reducedRelative reports whether the verb of m is a past participle right
// after a noun and followed by a preposition or the end: "soldiers killed in
// Ukraine", "civilians imprisoned for ...", not "soldiers killed 10 people".
func (v *sentence) reducedRelative(m match) bool {
	i := m.trigFrom
	if i == 0 || v.endAt[i-1] < 0 || !isParticiple(v.toks[i].Lower) || !hasSuffix(v.toks[i].Lower, "ed", "en", "wn") {
		return false
	}
	if i >= 2 && (v.toks[i-2].Lower == "were" || v.toks[i-2].Lower == "was") {
		return false
	}
	k := m.trigTo + 1 // the word right after the verb, not the pattern's object
	if k >= len(v.toks) {
		return true
	}
	w := v.toks[k].Lower
	if w == "by" || (isPreposition(w) && w != "to") || w == "," || w == "." {
		// "There were 10 soldiers killed": also after existential there.
		return v.existentialOrNoVerbBefore(i)
	}
	return false
}

// existentialOrNoVerbBefore reports whether the clause before token i has
// no verb of its own, so a participle at i cannot be its main verb unless
// the sentence has no other: "There were 10 soldiers killed in Ukraine",
// "The civilians imprisoned for ... were released".
func (v *sentence) existentialOrNoVerbBefore(i int) bool {
	for k := i + 1; k < len(v.toks); k++ {
		w := v.toks[k].Lower
		if isAux(w) && w != "'s" {
			return true // a main verb follows: the participle modifies the noun
		}
		if w == ";" || w == "," || isClauseBreak(w) {
			break
		}
	}
	for k := i - 1; k >= 0; k-- {
		if v.toks[k].Lower == "there" {
			return true
		}
	}
	return false
}

func hasSuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if len(w) > len(s) && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}

// willNot reports "will not", "won't" or "would not" right before the verb
// at i: an announced refusal.
func (v *sentence) willNot(i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		w := v.toks[j].Lower
		if w == "not" || w == "n't" {
			p := v.toks[j-1].Lower
			return p == "will" || p == "wo" || p == "would" || p == "'ll"
		}
		if !v.adverb(j) && !isAux(w) {
			return false
		}
	}
	return false
}

// participialAdjunct reports whether m is an -ing verb after a comma that
// adds to the clause before it: "was attacked by militiamen, killing 156
// people". Its agent is the previous event's.
func (v *sentence) participialAdjunct(m match) bool {
	i := m.trigFrom
	return m.anchorIsVerb && i > 0 && isGerund(v.toks[i].Lower) && v.toks[i-1].Lower == ","
}

// reportingClauseAt reports whether a reporting clause starts at token k:
// an actor followed by a reporting verb (", a Jordanian official confirmed",
// ", officials said").
func (v *sentence) reportingClauseAt(k int) bool {
	if k < len(v.toks) && isDeterminer(v.toks[k].Lower) {
		k++
	}
	if k >= len(v.toks) || v.startAt[k] < 0 {
		return false
	}
	j := v.afterMention(int(v.startAt[k]))
	for n := 0; n < 2 && j < len(v.toks) && v.toks[j].Text != v.toks[j].Lower; n++ {
		j++ // a name after the agent: "the Czechoslovak news agency Ceteka reported"
	}
	return j < len(v.toks) && (isReporting(v.toks[j].Lower) || v.toks[j].Lower == "confirmed" || v.toks[j].Lower == "reported" || v.toks[j].Lower == "told")
}

// reportingTail reports whether the words from k to the end of the
// sentence are a reporting clause whose reporter is not an actor:
// ", western diplomatic sources in neighboring Pakistan said today".
func (v *sentence) reportingTail(k int) bool {
	for n := 0; k < len(v.toks) && n < 10; k, n = k+1, n+1 {
		w := v.toks[k].Lower
		switch {
		case w == "said" || w == "reported" || w == "told" || w == "says" || w == "reports":
			for k++; k < len(v.toks); k++ {
				if w := v.toks[k].Lower; w == "," || isClauseBreak(w) {
					return false // more clause follows: ", officials said, and ..."
				}
			}
			return true
		case w == "," || isClauseBreak(w) || isAux(w) || v.verbs[w] && !isGerund(w):
			return false
		}
	}
	return false
}

// lightVerbs carry no act of their own; the noun after them names it.
var lightVerbs = map[string]bool{
	"engaged": true, "engage": true, "engages": true, "engaging": true, "committed": true, "commit": true, "commits": true, "perpetrated": true, "perpetrate": true,
	"conducted": true, "conduct": true, "conducts": true, "mounted": true, "mount": true, "mounts": true,
	"launched": true, "launch": true, "launches": true, "staged": true, "stage": true, "stages": true,
	"waged": true, "wage": true, "wages": true, "unleashed": true, "undertook": true, "undertake": true,
	"imposed": true, "impose": true, "imposes": true, "imposing": true, "declared": true, "declare": true,
	"fired": true, "fire": true, "fires": true, "firing": true, "used": true, "use": true, "uses": true, "using": true,
	"dropped": true, "hurled": true, "threw": true, "lobbed": true,
}

// lightVerbBefore returns the index of a light verb at most four tokens
// before a nominal trigger at i, with only particles, determiners,
// possessives and adjectives between ("engaged in ethnic cleansing",
// "mounted its long-threatened invasion"), or -1.
func (v *sentence) lightVerbBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		w := v.toks[j].Lower
		if lightVerbs[w] && v.inMention[j] < 0 {
			return j
		}
		if w == "out" && j > 0 && strings.HasPrefix(v.toks[j-1].Lower, "carr") {
			return j - 1 // "carried out an attack"; "carrying monitors" is no light verb
		}
		if isClauseBreak(w) || w == "," || (v.inMention[j] >= 0 && !v.possessivePronoun(int(v.inMention[j]))) {
			return -1
		}
	}
	return -1
}

// subordinator reports words that open a clause after a comma.
func subordinator(w string) bool {
	switch w {
	case "as", "while", "when", "where", "after", "before", "because", "although", "though", "since", "with",
		"which", "who", "whom", "whose", "saying", "adding", "according":
		return true
	}
	return false
}

// obligation reads a reported obligation after a statement verb at token i:
// "(that) Y must|has to|needs to ..." gives Y and CAMEO 100 (demand),
// "(that) Y should|ought to ..." gives Y and 020 (appeal). It returns -1
// when the complement is no obligation.
func (v *sentence) obligation(i int) (int, string) {
	for i < len(v.toks) && (v.toks[i].Lower == "that" || v.toks[i].Lower == "here" || isTimeWord(v.toks[i].Lower) || v.adverb(i)) {
		i++
	}
	if i < len(v.toks) && isDeterminer(v.toks[i].Lower) {
		i++
	}
	if i >= len(v.toks) || v.startAt[i] < 0 {
		return -1, ""
	}
	mi := int(v.startAt[i])
	k := v.afterMention(mi)
	if k >= len(v.toks) {
		return -1, ""
	}
	switch w := v.toks[k].Lower; {
	case w == "must":
		return mi, "100"
	case (w == "has" || w == "have" || w == "needs" || w == "need") && k+1 < len(v.toks) && v.toks[k+1].Lower == "to":
		return mi, "100"
	case w == "should" || w == "ought":
		return mi, "020"
	}
	return -1, ""
}
