package syntax

import "dateline"

// The contextual rules' helpers for wire constructions: what opens a
// clause's subject, whether a word agrees with it, and what a phrase set
// off by commas or a "that" after a noun is.

// capitalisedPhrase reports whether token i opens a noun phrase with a
// capitalised word and no determiner: a name, or a people's or place's
// adjective ("Boko Haram militants", "Kurdish leader").
func (st *state) capitalisedPhrase(i int) bool {
	if i >= len(st.toks) || !isCapitalised(st.toks[i].Text) {
		return false
	}
	if st.mark[i]&inNamed != 0 {
		return true
	}
	c := &st.c[i]
	return c.has(dateline.TagNNP) || c.has(dateline.TagNNPS) || c.has(dateline.TagJJ)
}

// verbAfterPhrase reports whether the noun phrase that starts at i, with
// no determiner (names, nouns, adjectives, numbers, joined by "and"), is
// followed straight away by a word that may be a finite verb.
func (st *state) verbAfterPhrase(i int) bool {
	j := i
	for ; j < len(st.toks) && j < i+12; j++ {
		c := &st.c[j]
		if st.mark[j]&inNamed != 0 || nominal(c.t[0]) && !(j > i && (c.has(dateline.TagVBD) || c.has(dateline.TagVBZ) || c.has(dateline.TagVBP))) {
			continue
		}
		if c.t[0] == dateline.TagCC && j > i && j+1 < len(st.toks) && isCapitalised(st.toks[j+1].Text) {
			continue // "Wa Lone and Kyaw Soe Oo"
		}
		break
	}
	if j == i || j >= len(st.toks) {
		return false
	}
	return st.finiteAt(j) || st.c[j].has(dateline.TagVBD) || st.c[j].has(dateline.TagVBZ) || st.c[j].has(dateline.TagVBP)
}

// agreesWithOpening returns the present tense word i takes when it
// follows a noun phrase that opens its clause (at the sentence's start or
// after a comma or a conjunction: a determiner, a possessive or a name
// first) and agrees with the phrase's last word in number: a present in -s
// after a singular noun or a name, a plain present (the base form) after a
// plural or a noun that may be one ("police arrest"); else TagNone.
func (st *state) agreesWithOpening(i int, imm dateline.Tag) dateline.Tag {
	return st.agreesWith(i, i-1, imm)
}

// agreesWith is agreesWithOpening for a phrase that ends at word h, before
// word i.
func (st *state) agreesWith(i, h int, imm dateline.Tag) dateline.Tag {
	c := &st.c[i]
	plain := c.has(dateline.TagVBP) || c.has(dateline.TagVB)
	t := dateline.TagNone
	switch {
	case (imm == dateline.TagNN || imm == dateline.TagNNP || imm == dateline.TagNNPS && st.singularName(h)) && c.has(dateline.TagVBZ):
		t = dateline.TagVBZ
	case (imm == dateline.TagNNS || imm == dateline.TagNNPS && !st.singularName(h)) && plain:
		t = dateline.TagVBP
	case (imm == dateline.TagNN || imm == dateline.TagNNP) && st.c[h].has(dateline.TagNNS) && plain:
		t = dateline.TagVBP // "Egyptian police arrest dozens"
	default:
		return dateline.TagNone
	}
	w := st.an.Words
	k := h
	for k >= 0 && (st.mark[k]&inNamed != 0 || w[k].Tag.IsNoun() || w[k].Tag.IsAdjective() || w[k].Tag == dateline.TagPOS) {
		k--
	}
	if k >= 0 && (w[k].Tag == dateline.TagDT || w[k].Tag == dateline.TagPRPS) {
		k--
	} else if k < h && w[k+1].Tag == dateline.TagNN && st.mark[k+1]&inNamed == 0 {
		return dateline.TagNone // "budget cuts spark protests": a bare compound of common nouns may go on
	}
	if k >= h || !(k < 0 || w[k].Tag == dateline.TagComma || w[k].Tag == dateline.TagCC || w[k].Tag == dateline.TagColon || w[k].Tag == dateline.TagQuote) {
		return dateline.TagNone
	}
	return t
}

// subjectBeforeSetOff returns the last word of the noun phrase that opens
// the clause before a phrase set off by commas that closes at the comma
// i-1, when that phrase is a participle's, a relative clause, a
// preposition's, an apposition or an age ("The resolution, drafted by
// France, demands", "Hamas, the Islamist group, claims"), else -1.
func (st *state) subjectBeforeSetOff(i int) int {
	w := st.an.Words
	for p := i - 2; p >= 1 && p > i-14; p-- {
		t := w[p].Tag
		if t == dateline.TagComma {
			if o := w[p+1].Tag; o == dateline.TagVBN || o == dateline.TagVBG || o == dateline.TagWDT || o == dateline.TagWP || o == dateline.TagIN ||
				o == dateline.TagDT || o == dateline.TagPRPS || o == dateline.TagCD { // (an apposition or an age: no list, which "and" would close)
				if endsNP(w[p-1].Tag) || st.mark[p-1]&inNamed != 0 {
					return p - 1
				}
			}
			return -1
		}
		if t.IsPunct() || t == dateline.TagCC {
			return -1
		}
	}
	return -1
}

// singularName reports whether the name that ends at word i is one whole,
// as a country's is ("the United States", "the Philippines"): a name in
// the plural that the actor stage read.
func (st *state) singularName(i int) bool {
	return i >= 0 && st.mark[i]&inName != 0
}

// objectAhead reports whether the words at i open what a verb takes: a
// noun phrase (a determiner, a name, a number, an adjective, a noun that is
// no verb first) or a clause ("that").
func (st *state) objectAhead(i int) bool {
	if i >= len(st.toks) {
		return false
	}
	if st.lowerAt(i) == "that" || st.opensNP(i) {
		return st.c[i].t[0] != dateline.TagCD || i+1 < len(st.toks) && nominal(st.c[i+1].t[0]) && st.c[i+1].t[0] != dateline.TagCD
	}
	t := st.c[i].t[0]
	return t.IsAdjective() || t == dateline.TagNN || t == dateline.TagNNS
}

// verbOnly reports whether the word at i can only be a verb: no noun,
// adjective or number reading, and no actor, place or time around it.
func (st *state) verbOnly(i int) bool {
	if i >= len(st.toks) || st.mark[i]&(inNamed|inTime) != 0 {
		return false
	}
	c := &st.c[i]
	return c.first(verbTag) != dateline.TagNone && c.first(nominal) == dateline.TagNone && !c.has(dateline.TagRB)
}

// inSetOffPhrase reports whether word i stands in a prepositional phrase
// set off by a comma after a noun: back from i only a noun phrase's words
// and prepositions, to a preposition right after a comma that follows a
// noun ("The ministry, in a statement issued"), or to a participle with
// its preposition there ("The protests, led by young people organised
// online, began").
func (st *state) inSetOffPhrase(i int) bool {
	w := st.an.Words
	for j := i - 1; j >= 1; j-- {
		t := w[j].Tag
		switch {
		case t == dateline.TagComma:
			return false
		case (t == dateline.TagIN || t == dateline.TagVBN && j+1 < i && w[j+1].Tag == dateline.TagIN) && w[j-1].Tag == dateline.TagComma:
			return j >= 2 && (endsNP(w[j-2].Tag) || st.mark[j-2]&inNamed != 0)
		case st.mark[j]&(inNamed|inTime) != 0 || t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagCD || t == dateline.TagIN:
			continue
		default:
			return false
		}
	}
	return false
}

// subjectPronoun reports a pronoun that can only be a subject.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// toldBefore reports whether the noun phrase that ends right before i is
// the object of a verb that takes a clause or controls its object ("told
// reporters", "warned Iran", "convinced the court").
func (st *state) toldBefore(i int) bool {
	w := st.an.Words
	k := i - 1
	for k >= 0 && i-k < 8 && (st.mark[k]&inNamed != 0 || w[k].Tag.IsNoun() || w[k].Tag.IsAdjective() || determinerLike(w[k].Tag) || w[k].Tag == dateline.TagCD) {
		k--
	}
	return k >= 0 && k < i-1 && w[k].Tag.IsVerb() && st.lemmaRoles(k)&(clauseTaking|dateline.RoleObjControl|dateline.RoleAllege) != 0
}

// objectRelativeThat reports whether "that" at i, after a noun, opens a
// relative clause whose object is that noun: the noun has no content
// clause ("the claim that"), the verb before its phrase takes no clause
// ("told reporters that", "warned Iran that"), and after "that" a subject
// and a verb come with no object of its own ("the town that government
// troops had captured in May").
func (st *state) objectRelativeThat(i int) bool {
	w := st.an.Words
	if st.lemmaRoles(i-1)&dateline.RoleNounComp != 0 || st.an.Words[i-1].Roles&dateline.RoleNounComp != 0 {
		return false
	}
	k := i - 1
	for k >= 0 && i-k < 8 && (st.mark[k]&inNamed != 0 || w[k].Tag.IsNoun() || w[k].Tag.IsAdjective() || determinerLike(w[k].Tag) || w[k].Tag == dateline.TagCD) {
		k--
	}
	if k > 0 && w[k].Tag == dateline.TagRP && w[k-1].Tag.IsVerb() {
		k-- // "shot down the drones that Hezbollah sent": the particle's verb
	}
	if k >= 0 && w[k].Tag.IsVerb() && st.lemmaRoles(k)&(clauseTaking|dateline.RoleObjControl|dateline.RoleAllege) != 0 {
		return false // "told reporters that", "convinced the court that"
	}
	// "gathered in the square that he would resign": what was told (but ",
	// a move that Kenya condemned": a phrase set off after a clause, which
	// names the clause's act; and "Under accords that Christopher signed,
	// ...": a phrase that opens the sentence has no verb before it to tell
	// anything)
	told := k >= 0 && !w[k].Tag.IsVerb() && st.toks[k].Lower != "of" && !(w[k].Tag == dateline.TagComma && k > 0) && !(k == 0 && w[k].Tag == dateline.TagIN)
	// the noun may be an object, a subject ("the deal that Russia struck
	// collapsed") or of an "of" phrase ("the price of a deal that Russia
	// struck"); a noun whose that-clause is its content ("amid fears
	// that") was ruled out above
	j := i + 1
	if j+1 < len(st.toks) && st.an.Words[j].Roles&dateline.RoleQuantity != 0 && (st.c[j+1].t[0].IsNoun() || st.mark[j+1]&inNamed != 0) {
		j++ // "a vote that most Serbs boycotted": a quantity opens the subject
	}
	for j < len(st.toks) && j < i+10 && (st.mark[j]&inNamed != 0 || determinerLike(st.c[j].t[0]) || st.c[j].t[0].IsAdjective() ||
		st.c[j].t[0] == dateline.TagCD || st.c[j].t[0] == dateline.TagPRP || st.c[j].t[0].IsNoun() && !(j > i+1 && st.c[j].first(verbTag) != dateline.TagNone) ||
		st.c[j].t[0] == dateline.TagCC && j > i+1 && j+1 < len(st.toks) && (st.mark[j+1]&inNamed != 0 || determinerLike(st.c[j+1].t[0]))) {
		j++ // "the launches that Tokyo and Seoul have condemned": subjects joined by "and"
	}
	if j == i+1 {
		return false
	}
	for j < len(st.toks) && (isAux(st.toks[j].Lower) || st.c[j].t[0] == dateline.TagMD || st.c[j].t[0] == dateline.TagRB) {
		j++
	}
	if j >= len(st.toks) || !(st.c[j].has(dateline.TagVBD) || st.c[j].has(dateline.TagVBN) || st.c[j].has(dateline.TagVBZ) || st.c[j].has(dateline.TagVBP) || st.c[j].has(dateline.TagVB)) {
		return false
	}
	n := j + 1
	if n < len(st.toks) && st.an.Words[n].Roles&dateline.RoleParticle != 0 && st.c[n].has(dateline.TagRP) {
		n++
	}
	n = st.afterTime(n) // "had abandoned a day earlier": a time is no object
	r := st.lemmaRoles(j)
	if r&dateline.RoleReport != 0 && st.clauseEndsAfterTime(n) {
		// "despite a ceasefire that the minister announced on Friday.": a
		// reporting verb that ends its clause says nothing of its own, so
		// the noun is its object
		return true
	}
	if told && n < len(st.toks) && st.c[n].t[0] == dateline.TagIN && st.lowerAt(n) != "that" && st.an.Words[n].Roles&(dateline.RoleOpener|dateline.RoleCondition) == 0 &&
		r&(clauseTaking|dateline.RoleIntransitive|dateline.RoleCopula) == 0 && !st.clauseVerbBefore(k) && !st.infinitiveSoon(n+1) {
		// "in retaliation for a chemical attack that Washington blamed on
		// Assad's forces", "killing 18 in an attack that police blamed on
		// Shining Path": a verb that takes no clause, whose object is
		// missing before its preposition, after a noun no clause-taking
		// verb governs ("said on Monday that Kenya would withdraw from"
		// is what was said; "an assembly that the movement had called on
		// Kanaks to boycott": the noun is the infinitive's)
		told = false
	}
	if told && !st.clauseVerbEarlier(k) && !(n < len(st.toks) && st.c[n].t[0] == dateline.TagIN && st.infinitiveSoon(n+1)) &&
		st.mark[i-1]&inTime == 0 && !(isBe(st.lowerAt(j-1)) && st.c[j].has(dateline.TagVBN)) {
		// "were elected in April in a vote that most Serbs boycotted", "won
		// in an election that the opposition rejected as rigged": with no
		// verb before that takes a clause nothing is told, and the noun is
		// the object the verb after "that" lacks (not a time's, "ruled on
		// Thursday that", nor a passive's, which lacks none)
		told = false
	}
	if told || r&dateline.RoleIntransitive != 0 && r&dateline.RoleShot == 0 || r&dateline.RoleCopula != 0 ||
		r&clauseTaking != 0 && !(r&dateline.RoleReport == 0 && st.lowerAt(n) == "to" && st.opensNP(n+1)) {
		return false // (but "the aid that Japan pledged to Ukraine": a will's verb, its party after "to")
	}
	return n >= len(st.toks) || !(st.opensNP(n) || st.c[n].t[0].IsNoun() || st.c[n].t[0].IsAdjective() || st.lowerAt(n) == "to" && !st.opensNP(n+1) || st.lowerAt(n) == "that")
}

// infinitiveSoon reports whether "to" and a verb come within a few words
// from i, before any punctuation or other preposition ("called on Kanaks
// to boycott", not "signed with Iran in January to investigate").
func (st *state) infinitiveSoon(i int) bool {
	for j := i; j < len(st.toks)-1 && j < i+6; j++ {
		if st.c[j].t[0].IsPunct() || st.c[j].t[0] == dateline.TagIN {
			return false
		}
		if st.lowerAt(j) == "to" && st.c[j+1].has(dateline.TagVB) {
			return true
		}
	}
	return false
}

// clauseVerbEarlier reports whether any verb before word k takes a clause
// or controls its object ("told reporters gathered in the square that",
// "said in a statement carried by state media that").
func (st *state) clauseVerbEarlier(k int) bool {
	for j := k; j >= 0; j-- {
		if st.an.Words[j].Tag.IsVerb() && st.lemmaRoles(j)&(clauseTaking|dateline.RoleObjControl|dateline.RoleAllege) != 0 {
			return true
		}
	}
	return false
}

// clauseVerbBefore reports whether the nearest verb before word k takes a
// clause ("said on Monday that", "told reporters in Kabul that").
func (st *state) clauseVerbBefore(k int) bool {
	for j := k; j >= 0; j-- {
		if st.an.Words[j].Tag.IsVerb() {
			return st.lemmaRoles(j)&(clauseTaking|dateline.RoleObjControl) != 0
		}
	}
	return false
}

// actOfObject reports whether the preposition at j follows a verb's
// object: "of" after a verb of charging ("accused the army of"), "for"
// after any verb ("blamed Iran for"). The gerund after
// it is the act the object is said to do, not an adjective ("the threat of
// rising prices" has no verb before its noun).
func (st *state) actOfObject(j int) bool {
	if l := st.lowerAt(j); l != "of" && l != "for" {
		return false
	}
	w := st.an.Words
	k := j - 1
	for k >= 0 && j-k < 8 && (st.mark[k]&inNamed != 0 || w[k].Tag.IsNoun() || w[k].Tag.IsAdjective() || determinerLike(w[k].Tag) || w[k].Tag == dateline.TagCD || w[k].Tag == dateline.TagPRP) {
		k--
	}
	if k < 0 || k >= j-1 || !w[k].Tag.IsVerb() || isAux(st.lowerAt(k)) {
		return false
	}
	// "of" only after a verb of charging ("accused X of"; not "denied
	// reports of growing unrest"), "for" after any verb's object
	return st.lowerAt(j) == "for" || st.lemmaRoles(k)&dateline.RoleAllege != 0
}

// inApposition reports whether word i follows a noun phrase set off by a
// comma after another noun phrase that opens the sentence ("Members of the
// ADF, an armed group linked"): the apposition's words back to the comma,
// and before the comma the noun phrase's words back to the sentence's
// start, with no verb.
func (st *state) inApposition(i int) bool {
	w := st.an.Words
	j := i - 1
	for j >= 0 && (st.mark[j]&inNamed != 0 || w[j].Tag.IsNoun() || w[j].Tag.IsAdjective() || determinerLike(w[j].Tag) || w[j].Tag == dateline.TagCD) {
		j--
	}
	if j < 1 || j == i-1 || w[j].Tag != dateline.TagComma || !endsNP(w[j-1].Tag) && st.mark[j-1]&inNamed == 0 {
		return false
	}
	for k := j - 1; k >= 0; k-- {
		t := w[k].Tag
		if !(st.mark[k]&inNamed != 0 || t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagCD || t == dateline.TagIN && w[k].Roles&(dateline.RoleOpener|dateline.RoleCondition) == 0) {
			return false
		}
	}
	// (a sentence that opens with a preposition opens with an adverbial,
	// not with the subject: "In a statement late on Tuesday, Morocco's
	// foreign ministry regretted the decision, called it")
	return w[0].Tag != dateline.TagIN
}

// verbAfterAside reports whether, after word i, the apposition it stands in
// closes with a comma followed by a finite verb, past a relative clause or
// phrases joined by "and" inside it ("linked to the Islamic State that
// operates in eastern Congo and western Uganda, kidnapped").
func (st *state) verbAfterAside(i int) bool {
	for j := i + 1; j+1 < len(st.toks) && j < i+30; j++ {
		t := st.c[j].t[0]
		switch {
		case t == dateline.TagComma:
			n := &st.c[j+1]
			return st.finiteAt(j+1) || n.t[0] == dateline.TagVBD || n.has(dateline.TagVBD) && n.t[0] != dateline.TagJJ && n.t[0] != dateline.TagNN
		case t.IsPunct() || t == dateline.TagQuote || t == dateline.TagLRB:
			return false
		}
	}
	return false
}

// participleSince reports whether a participle was tagged since the comma
// before word i: "burning houses and" coordinates a second one.
func (st *state) participleSince(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch st.an.Words[j].Tag {
		case dateline.TagVBG:
			return true
		case dateline.TagComma, dateline.TagVBD, dateline.TagVBZ, dateline.TagVBP, dateline.TagMD:
			return false
		}
	}
	return false
}

// inNameApposition reports whether word i stands in a noun phrase opened by a
// determiner right after a comma that follows a name: "Sergei Kovalyov, a
// veteran rights campaigner".
func (st *state) inNameApposition(i int) bool {
	w := st.an.Words
	for j := i - 1; j >= 2; j-- {
		t := w[j].Tag
		switch {
		case t == dateline.TagDT && w[j-1].Tag == dateline.TagComma:
			return st.mark[j-2]&inNamed != 0 || w[j-2].Tag == dateline.TagNNP
		case t.IsNoun() || t.IsAdjective() || t == dateline.TagCD:
			continue
		default:
			return false
		}
	}
	return false
}

// nameBeforeComma reports whether the comma at i follows a plural noun or a
// name, also one with its acronym in brackets after it ("the Economic
// Community of West African States (ECOWAS),").
func (st *state) nameBeforeComma(i int) bool {
	w := st.an.Words
	j := i - 1
	if j >= 3 && w[j].Tag == dateline.TagRRB && w[j-2].Tag == dateline.TagLRB {
		j -= 3
	}
	return j >= 0 && (w[j].Tag == dateline.TagNNS || w[j].Tag == dateline.TagNNP || w[j].Tag == dateline.TagNNPS)
}

// subjectOpens reports whether the comma at i closes a noun phrase that
// opens the sentence ("The council," "Israel's cabinet,"): no preposition
// or verb before it, so it is the subject a set-off phrase interrupts.
func (st *state) subjectOpens(i int) bool {
	w := st.an.Words
	j := i - 1
	if j < 0 || !w[j].Tag.IsNoun() {
		return false
	}
	for ; j >= 0; j-- {
		t := w[j].Tag
		if !(t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagPOS) {
			return false
		}
	}
	return true
}

// reportPhraseParticiple reports whether the past form at i follows the
// noun of a prepositional phrase on a reporting verb ("said in a statement
// issued on Monday", "told reporters in a briefing posted online", past the
// verb's object) and has
// no object of its own: it is a participle on that noun, not the verb of
// what was said. The noun has its determiner ("in a statement", "in its
// report"), so no bare noun ("said in Geneva talks collapsed") is taken.
func (st *state) reportPhraseParticiple(i int) bool {
	w := st.an.Words
	if i < 4 || !w[i-1].Tag.IsNoun() || st.mark[i-1]&(inNamed|inTime) != 0 || st.objectAt(i+1) {
		return false
	}
	j := i - 2
	for j > 0 && (w[j].Tag.IsAdjective() || w[j].Tag.IsNoun() && st.mark[j]&(inNamed|inTime) == 0) {
		j--
	}
	if !determinerLike(w[j].Tag) || j < 2 || w[j-1].Tag != dateline.TagIN {
		return false
	}
	v := j - 2
	for n := 0; v > 0 && n < 4 && (w[v].Tag.IsNoun() || determinerLike(w[v].Tag) || w[v].Tag.IsAdjective()); n++ {
		v-- // "told reporters in a briefing posted online": past the verb's object
	}
	for v > 0 && w[v].Tag.IsAdverb() {
		v--
	}
	return isFinite(w[v].Tag) && st.lemmaRoles(v)&dateline.RoleReport != 0
}

// afterThose reports whether the past form at i follows "those", with only
// adverbs between: "those" then stands for the people the participle
// describes ("release all those arbitrarily detained").
func (st *state) afterThose(i int) bool {
	j := i - 1
	for j > 0 && st.an.Words[j].Tag.IsAdverb() {
		j--
	}
	return j >= 0 && j < i && st.toks[j].Lower == "those"
}

// nounListAnd reports whether the conjunction at i closes a list of common
// nouns set off by commas ("women, children and"): a common noun (an agent
// noun too, not a name) before it,
// and before that a comma after another, with only a noun phrase's words
// between.
func (st *state) nounListAnd(i int) bool {
	w := st.an.Words
	if i < 3 || !w[i-1].Tag.IsNoun() || w[i-1].Tag == dateline.TagNNP || st.mark[i-1]&inTime != 0 {
		return false
	}
	for j := i - 2; j > 0; j-- {
		t := w[j].Tag
		switch {
		case t == dateline.TagComma:
			return w[j-1].Tag.IsNoun() && w[j-1].Tag != dateline.TagNNP && st.mark[j-1]&inTime == 0
		case t.IsNoun() || t.IsAdjective() || determinerLike(t) || t == dateline.TagCD:
		default:
			return false
		}
	}
	return false
}

// lateObjectParticiple reports whether the past form at i follows the late
// object of a verb that an aside separates from it: a finite verb that is
// no report, then only its particle and adjuncts (prepositions, times and
// their nouns), a comma, an aside that opens with a preposition, a comma,
// and a common noun phrase right before i; the past form is no report's,
// a preposition follows it and no finite verb comes after ("freed on
// Wednesday, at the border, two soldiers captured in January").
func (st *state) lateObjectParticiple(i int) bool {
	w := st.an.Words
	j := i - 1
	for j > 0 && (w[j].Tag.IsNoun() && w[j].Tag != dateline.TagNNP || w[j].Tag.IsAdjective() || w[j].Tag == dateline.TagCD || determinerLike(w[j].Tag)) {
		j--
	}
	if j == i-1 || w[j].Tag != dateline.TagComma || st.laterVerb(i+1) || st.lemmaRoles(i)&dateline.RoleReport != 0 ||
		i+1 >= len(st.toks) || st.c[i+1].t[0] != dateline.TagIN {
		return false // (not "..., the ministry said": a frame)
	}
	k := j - 1 // the aside, back to its opening comma
	for k > 0 && w[k].Tag != dateline.TagComma {
		if isFinite(w[k].Tag) || w[k].Tag == dateline.TagVBN || w[k].Tag == dateline.TagVBG {
			return false
		}
		k--
	}
	if k <= 0 || k+1 >= j || w[k+1].Tag != dateline.TagIN {
		return false
	}
	v := k - 1 // the adjuncts, back to the verb
	for v > 0 && (w[v].Tag == dateline.TagIN || w[v].Tag == dateline.TagRP || st.mark[v]&inTime != 0 || w[v].Tag.IsNoun() || determinerLike(w[v].Tag) || w[v].Tag.IsAdjective() || w[v].Tag == dateline.TagCD) {
		v--
	}
	return v >= 0 && v < k-1 && w[v].Tag == dateline.TagVBD && st.lemmaRoles(v)&dateline.RoleReport == 0 && (w[v+1].Tag == dateline.TagIN || w[v+1].Tag == dateline.TagRP)
}

// clauseEndsAfterTime reports whether the clause ends at token n, past a
// time there, bare or after its preposition ("announced on Friday.").
func (st *state) clauseEndsAfterTime(n int) bool {
	if n+1 < len(st.toks) && st.c[n].t[0] == dateline.TagIN && st.mark[n+1]&timeStart != 0 {
		n = st.afterTime(n + 1)
	}
	return n >= len(st.toks) || st.c[n].t[0].IsPunct()
}

// asideBeforePreposition reports whether the past form at i, with its
// preposition, opens a phrase set off by commas after the object of a
// finite verb, and the phrase closes at a comma before a preposition that
// goes on with that verb: "extradited the general, charged with torture,
// to Senegal", "freed the reporter, jailed for sedition, on Friday". A
// second verb of the clause would take its own object or close at "and".
func (st *state) asideBeforePreposition(i int) bool {
	w := st.an.Words
	if i < 3 || i+2 >= len(st.toks) || w[i-1].Tag != dateline.TagComma || !(endsNP(w[i-2].Tag) && w[i-2].Tag != dateline.TagPRP || st.mark[i-2]&inNamed != 0) ||
		!st.finiteEarlier(i-1) || st.c[i+1].t[0] != dateline.TagIN || st.c[i+1].has(dateline.TagWP) {
		// (right after the participle, "as" is its preposition: "known as")
		return false
	}
	for j := i + 2; j+2 < len(st.toks); j++ {
		t := st.c[j].t[0]
		switch {
		case t == dateline.TagComma:
			return st.plainPreposition(j+1) || st.mark[j+1]&timeStart != 0 || st.c[j+1].t[0] == dateline.TagTO && (st.opensNP(j+2) || st.c[j+2].t[0].IsNoun() || st.c[j+2].t[0].IsAdjective())
		case t == dateline.TagVBG && st.c[j-1].t[0] == dateline.TagIN:
			// "suspected of bombing the embassy,": the preposition's gerund
		case t.IsPunct() || t == dateline.TagCC || t == dateline.TagWDT || t == dateline.TagWP || t == dateline.TagWRB || t.IsVerb() || t == dateline.TagMD ||
			st.an.Words[j].Roles&(dateline.RoleOpener|dateline.RoleCondition) != 0:
			return false
		}
	}
	return false
}

// plainPreposition reports whether word i is a preposition that opens no
// clause: not one that may be a relative pronoun ("that"), nor an opener
// such as "after" or "as".
func (st *state) plainPreposition(i int) bool {
	return i < len(st.toks) && st.c[i].t[0] == dateline.TagIN && !st.c[i].has(dateline.TagWP) &&
		st.an.Words[i].Roles&(dateline.RoleOpener|dateline.RoleCondition) == 0
}
