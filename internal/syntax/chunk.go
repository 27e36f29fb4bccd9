package syntax

import "dateline"

// chunk groups the tagged tokens into noun phrases, verb groups,
// prepositions, adverbs, predicative adjectives, clause openers and
// conjunctions. Punctuation belongs to no chunk.
func (st *state) chunk() {
	n := len(st.toks)
	w := st.an.Words
	for i := 0; i < n; {
		t := w[i].Tag
		if st.mark[i]&inTime != 0 && t != dateline.TagIN && t != dateline.TagTO && !(i > 0 && w[i-1].Tag == dateline.TagPOS && st.timeModifier(i, i, -1)) {
			i = st.timeNP(i)
			continue
		}
		if st.toks[i].Lower == "according" && i+1 < n && st.toks[i+1].Lower == "to" {
			st.add(dateline.Chunk{Kind: dateline.ChunkPP, From: i, To: i + 2, Head: i + 1})
			i += 2
			continue
		}
		if t.IsAdjective() && w[i].Roles&dateline.RoleResult != 0 && i > 0 && w[i-1].Tag.IsVerb() && i+1 < n && st.mark[i+1]&namedStart != 0 {
			// "shot dead Agustin Intriago": the state the act leaves its
			// object in, before the object's name, is the verb's
			i = st.adjectives(i, i)
			continue
		}
		if j := st.nounPhrase(i); j > i {
			i = j
			continue
		}
		if j := st.verbGroup(i); j > i {
			i = j
			continue
		}
		switch {
		case t == dateline.TagIN || t == dateline.TagTO:
			st.add(dateline.Chunk{Kind: st.prepOrOpener(i), From: i, To: i + 1, Head: i})
			i++
		case t == dateline.TagWDT || t == dateline.TagWP || t == dateline.TagWRB || t == dateline.TagWPS:
			st.add(dateline.Chunk{Kind: dateline.ChunkSub, From: i, To: i + 1, Head: i})
			i++
		case t == dateline.TagCC:
			j := i + 1
			for j < n && w[j].Tag == dateline.TagCC && j < i+3 && st.toks[i].Lower == "as" {
				j++ // "as well as"
			}
			st.add(dateline.Chunk{Kind: dateline.ChunkConj, From: i, To: j, Head: j - 1})
			i = j
		case t.IsAdverb() || t == dateline.TagRP:
			j := i + 1
			degree := t != dateline.TagRP
			for j < n && w[j].Tag.IsAdverb() {
				j++
			}
			for a := i; a < j && degree; a++ {
				degree = w[a].Roles&(dateline.RoleNegation|dateline.RoleTime|dateline.RoleTrailing) == 0
			}
			if degree && j < n && w[j].Tag.IsAdjective() && !st.probeNounPhrase(j) {
				// "called the launch extremely dangerous", "is now ready to": the
				// adverbs say how much, the adjective is the phrase's head
				i = st.adjectives(i, j)
				continue
			}
			st.add(dateline.Chunk{Kind: dateline.ChunkADVP, From: i, To: j, Head: j - 1})
			i = j
		case t.IsAdjective():
			i = st.adjectives(i, i)

		default:
			i++
		}
	}
}

// probeNounPhrase reports whether a noun phrase starts at token i, without
// adding it: "unusually strong terms" is an adverb before a noun phrase,
// which the caller chunks after the adverb.
func (st *state) probeNounPhrase(i int) bool {
	nc := len(st.an.Chunks)
	found := st.nounPhrase(i) > i
	st.an.Chunks = st.an.Chunks[:nc]
	return found
}

// adjectives adds the predicative adjective phrase that starts at from
// and whose first adjective is at head ("ready", "extremely dangerous",
// "free and fair"), and returns where it ends.
func (st *state) adjectives(from, head int) int {
	w := st.an.Words
	n := len(w)
	j := head + 1
	for j < n && (w[j].Tag.IsAdjective() || w[j].Tag == dateline.TagCC && j+1 < n && w[j+1].Tag.IsAdjective()) {
		if w[j].Tag == dateline.TagJJR && j+1 < n && st.toks[j+1].Lower == "than" {
			break // "shot dead more than 100 protesters": the comparative opens the object
		}
		j++
	}
	st.add(dateline.Chunk{Kind: dateline.ChunkADJP, From: from, To: j, Head: head})
	return j
}

// add appends a chunk and points its tokens at it.
func (st *state) add(c dateline.Chunk) int {
	c.Clause = -1
	if c.Kind != dateline.ChunkVG {
		c.Verb.Particle = -1
	}
	k := len(st.an.Chunks)
	st.an.Chunks = append(st.an.Chunks, c)
	for i := c.From; i < c.To; i++ {
		st.an.Words[i].Chunk = int32(k)
	}
	if c.Kind == dateline.ChunkVG {
		st.vgs = append(st.vgs, k)
	}
	return k
}

// prepOrOpener tells a preposition from a clause opener: "if", "because",
// "whether" always open a clause; "after", "since", "until", "as" do when a
// subject and a finite verb follow ("after Iran attacked"), and are
// prepositions before a bare noun phrase ("after talks").
func (st *state) prepOrOpener(i int) dateline.ChunkKind {
	lower := st.toks[i].Lower
	r := st.an.Words[i].Roles
	switch {
	case lower == "that":
		return dateline.ChunkSub
	case st.an.Words[i].Tag == dateline.TagTO:
		return dateline.ChunkPP
	case r&dateline.RoleCondition != 0:
		return dateline.ChunkSub
	case r&dateline.RoleOpener == 0:
		return dateline.ChunkPP
	case st.lowerAt(i+1) == "of" || st.lowerAt(i+1) == "to":
		return dateline.ChunkPP // "because of", "as to"
	}
	// a subject and a finite verb ahead, before a comma or the end: "after
	// the court in Madrid found"; not "since then have killed"
	if i+1 < len(st.toks) && st.an.Words[i+1].Tag.IsAdverb() {
		return dateline.ChunkPP
	}
	if lower == "as" && i+1 < len(st.toks) && st.an.Words[i+1].Tag == dateline.TagVBG && st.an.Words[i+1].Roles&dateline.RoleReport != 0 {
		return dateline.ChunkPP // "was quoted as saying that": the saying is the quoted's, no clause opens
	}
	if lower == "as" && i > 0 && st.an.Words[i-1].Tag.IsVerb() {
		// "dismissed as groundless the accusations that ...": what the
		// object is called, put before the object; no clause opens
		k := i + 1
		if k < len(st.toks) && st.an.Words[k].Tag.IsAdverb() {
			k++
		}
		if k < len(st.toks) && (st.an.Words[k].Tag.IsAdjective() || st.an.Words[k].Tag == dateline.TagVBN) &&
			k+1 < len(st.toks) && determinerLike(st.an.Words[k+1].Tag) && st.an.Words[k+1].Tag != dateline.TagPOS {
			return dateline.ChunkPP
		}
	}
	if i > 0 && (st.an.Words[i-1].Tag == dateline.TagWP || st.an.Words[i-1].Tag == dateline.TagWDT) {
		return dateline.ChunkPP // "which since 2011 has killed", "who before the truce had shelled": the pronoun's verb follows
	}
	limit := i + 12
	for j := i + 1; j < len(st.toks) && j < limit; j++ {
		t := st.an.Words[j].Tag
		end := -1
		if t == dateline.TagComma && j > i+1 {
			end = st.setOffEnd(j)
		}
		switch {
		case isFinite(t):
			if st.timeOnly(i+1, j) && j+1 < len(st.toks) && !st.an.Words[j+1].Tag.IsPunct() {
				// "the movement that has camped in the square since
				// February accused the parties", "troops who had held the
				// town until 2019 attacked a convoy": a date is no subject;
				// the verb after it, with its object, is the clause's the
				// preposition's phrase sits in ("since March began." is
				// still a clause)
				return dateline.ChunkPP
			}
			if st.subjectOnlyBefore(i) && !st.finiteFrom(j+1) {
				// "Police after the vote detained the leader", "The army
				// since Monday has arrested": between a subject and its
				// verb, the only finite verb ahead
				return dateline.ChunkPP
			}
			return dateline.ChunkSub
		case end > j:
			// "as thousands of protesters, backed by rebellious soldiers,
			// besieged": a participle set off after the subject; its verb
			// comes after the closing comma
			j = end
			limit = j + 2
		case t == dateline.TagComma || t == dateline.TagPunct || t == dateline.TagTO || t == dateline.TagCC || t == dateline.TagColon:
			return dateline.ChunkPP
		}
	}
	return dateline.ChunkPP
}

// setOffEnd returns the closing comma of a participle set off by the
// comma at word j (", backed by Turkey,", ", many waving flags,"), when a
// finite verb follows it; else -1.
func (st *state) setOffEnd(j int) int {
	w := st.an.Words
	k := j + 1
	if k < len(w) && st.setOffQuantity(k) {
		k++
	}
	if k >= len(w) || w[k].Tag != dateline.TagVBN && w[k].Tag != dateline.TagVBG || !w[j-1].Tag.IsNoun() {
		return -1
	}
	for e := k + 1; e < len(w) && e < k+10; e++ {
		switch t := w[e].Tag; {
		case t == dateline.TagComma:
			if e+1 < len(w) && isFinite(w[e+1].Tag) {
				return e
			}
			return -1
		case t.IsPunct() || isFinite(t) || t == dateline.TagCC:
			return -1
		}
	}
	return -1
}

// isFinite reports whether tag t is a finite verb or a modal.
func isFinite(t dateline.Tag) bool {
	return t == dateline.TagVBD || t == dateline.TagVBZ || t == dateline.TagVBP || t == dateline.TagMD
}

// subjectOnlyBefore reports whether the words before word i are one noun
// phrase that ends in a noun: determiners, adjectives, numbers, nouns and
// possessives only ("The army", "Kenya's police").
func (st *state) subjectOnlyBefore(i int) bool {
	if i == 0 || !st.an.Words[i-1].Tag.IsNoun() {
		return false
	}
	for j := 0; j < i; j++ {
		switch t := st.an.Words[j].Tag; {
		case t.IsNoun(), t.IsAdjective(), t == dateline.TagDT, t == dateline.TagCD, t == dateline.TagPOS, t == dateline.TagPRPS:
		default:
			return false
		}
	}
	return true
}

// finiteFrom reports whether a finite verb or a modal comes at word i or
// after it.
func (st *state) finiteFrom(i int) bool {
	for j := i; j < len(st.toks); j++ {
		if isFinite(st.an.Words[j].Tag) {
			return true
		}
	}
	return false
}

// quantityLead reports words that open a number's noun phrase: "more
// than 30", "at least 20", "up to 4,000", "nearly 100", "several thousand"
// ("a crowd of several thousand stormed": the count is the phrase after
// "of", and the crowd before it the subject).
func quantityLead(w string) bool {
	switch w {
	case "more", "less", "fewer", "at", "up", "about", "nearly", "almost", "some", "around", "roughly",
		"approximately", "just", "only", "as", "several":
		return true
	}
	return false
}

// needsInner reports the leads that count only through a word after them
// ("at least 40", "up to 30", "more than 20", "as many as 50"): "fired at
// the three protesters", "at three posts" are a preposition and its object.
func needsInner(w string) bool {
	switch w {
	case "more", "less", "fewer", "at", "up", "as":
		return true
	}
	return false
}

// leadsCount reports whether the quantity lead at i opens a count: its
// inner word follows ("at least"), or, for a lead that takes the number
// itself ("about 50", "nearly a million"), the number does.
func (st *state) leadsCount(i int) bool {
	if i+1 >= len(st.toks) {
		return false
	}
	if quantityInner(st.toks[i+1].Lower) || i > 0 && quantityInner(st.toks[i-1].Lower) { // "as many as 50": the lead's second word
		return true
	}
	if needsInner(st.toks[i].Lower) {
		return false
	}
	k := i + 1
	if (st.toks[k].Lower == "a" || st.toks[k].Lower == "an") && k+1 < len(st.toks) {
		k++
	}
	t := st.an.Words[k].Tag
	if t == dateline.TagNone {
		t = st.c[k].t[0]
	}
	return t == dateline.TagCD || t == dateline.TagDollar
}

// quantityInner reports words that continue such a lead: "than", "least".
func quantityInner(w string) bool {
	switch w {
	case "than", "least", "to", "many", "as":
		return true
	}
	return false
}

// nounPhrase reads a noun phrase at i and returns where it ends (i if none).
func (st *state) nounPhrase(i int) int {
	n := len(st.toks)
	w := st.an.Words
	start := i
	t := w[i].Tag
	named := st.mark[i]&inNamed != 0 && w[i].Tag != dateline.TagPRPS && w[i].Tag != dateline.TagVBN
	switch {
	case named:
	case quantityLead(st.toks[i].Lower) && st.numberAhead(i) && st.leadsCount(i):
	case t == dateline.TagPRP || t == dateline.TagEX:
		if st.toks[i].Lower == "'s" {
			return i
		}
		return st.closeNP(start, i+1, i, false)
	case t == dateline.TagDT || t == dateline.TagPDT || t == dateline.TagPRPS || t == dateline.TagWPS || t == dateline.TagCD ||
		t == dateline.TagDollar || t.IsNoun():
	case t == dateline.TagQuote:
		if st.quotedModifiers(i) < 0 {
			return i
		}
	case t.IsAdjective():
		// an adjective opens a noun phrase only when a noun follows, and not
		// one that has its own determiner or number ("shot dead four suspects")
		if !st.nounAhead(i) || i+1 < n && (w[i+1].Tag == dateline.TagDT || w[i+1].Tag == dateline.TagCD || w[i+1].Tag == dateline.TagPRPS) {
			return i
		}
	default:
		return i
	}
	head := -1
	j := i
	for j < n {
		tj := w[j].Tag
		if st.namedAs(start, head, j) {
			return st.closeNP(start, j, head, false)
		}
		if st.mark[j]&inTime != 0 && (j > start || st.mark[j]&timeStart == 0) {
			if st.timeModifier(j, start, head) {
				j++ // "the 2011 uprising": a year that modifies a noun
				continue
			}
			break // "a meeting Tuesday": the time is its own phrase
		}
		if k := st.quotedModifiers(j); k > j && (j == start || w[j-1].Tag == dateline.TagDT || w[j-1].Tag == dateline.TagPRPS || w[j-1].Tag.IsAdjective()) {
			j = k // China's "dangerous and destabilising" actions: quoted modifiers before the noun
			continue
		}
		if tj == dateline.TagQuote && j > start && j+1 < n && (w[j+1].Tag.IsNoun() || w[j+1].Tag.IsAdjective() || w[j-1].Tag.IsNoun() || w[j-1].Tag.IsAdjective()) &&
			(head < 0 || j+1 < n && (w[j+1].Tag.IsNoun() || w[j+1].Tag.IsAdjective())) {
			j++ // the "mini-summit": quotation marks inside a phrase
			continue
		}
		if st.mark[j]&inNamed != 0 && tj == dateline.TagPRPS && (j+1 >= n || st.mark[j+1]&namedStart != 0 || st.mark[j+1]&inNamed == 0) {
			// "its demand", "their first meeting": a possessive pronoun is the
			// phrase's determiner, whatever it stands for
			if j > start {
				return st.closeNP(start, j, head, false)
			}
			j++
			continue
		}
		if st.mark[j]&inNamed != 0 {
			if j > start && tj == dateline.TagPRP && !isCapitalised(st.toks[j].Text) {
				break // "the status it had extended": a pronoun the actor stage named opens its own phrase
			}
			if j > start && st.mark[j]&namedStart != 0 && head >= 0 && w[head].Tag != dateline.TagCD && !named &&
				isCapitalised(st.toks[head].Text) && !w[j-1].Tag.IsAdjective() && st.toks[head].Lower != "the" &&
				!(head == j-1 && st.mark[head]&inNamed == 0 && (!isCapitalised(st.toks[j].Text) || st.lowerNounNamed(j+1))) {
				// "Israeli Prime Minister" then another name: two phrases; not
				// "12 Catalan separatist leaders" or "a Capitol Police
				// officer", where an unnamed capitalised word modifies the
				// agent words after it, nor "in The Hague", "in The Gambia",
				// where a capitalised article opens the name
				break
			}
			if j > start && st.mark[j]&namedStart != 0 && named && !st.properRun(start, j) && !st.theNameModifies(start, j) {
				break // two names side by side: "gave Kenya ..."
			}
			if j > start && st.mark[j]&namedStart != 0 && !named && head == j-1 && head == start && w[head].Tag == dateline.TagNN && !isCapitalised(st.toks[head].Text) &&
				start > 0 && (w[start-1].Tag == dateline.TagIN || w[start-1].Tag == dateline.TagTO) && isCapitalised(st.toks[j].Text) {
				// "put to death Sheikh Nimr al-Nimr": a bare noun that ends a
				// fixed phrase after its preposition, then the verb's late
				// object by name; a named noun ("of journalist Evan
				// Gershkovich") is one phrase with the name
				break
			}
			if j > start && st.mark[j]&namedStart != 0 && !named && head == j-1 && (w[head].Tag == dateline.TagNNS || w[head].Roles&dateline.RoleTime != 0) && !isCapitalised(st.toks[head].Text) &&
				!(w[head].Tag == dateline.TagNNS && st.indefinite(start)) && (isCapitalised(st.toks[j].Text) || w[head].Roles&dateline.RoleTime != 0 || !tj.IsNoun()) {
				// a plural noun or a word of time, then a name: "within hours
				// Eritrean jets attacked", "earlier in the week Beijing halted";
				// not after "a", which no plural ends: "a rights campaigner";
				// nor a plural before an agent word in lower case: "the U.N.
				// war crimes tribunal", "the human rights commission"; a
				// possessive still opens its own ("rifles its coast guard
				// seized")
				break
			}
			named = true
			if tj.IsNoun() || tj == dateline.TagCD || tj == dateline.TagPRP {
				head = j
			} else if tj == dateline.TagPOS && j+1 < n && st.mark[j+1]&inNamed != 0 && st.mark[j+1]&namedStart == 0 {
				head = -1 // "Libya 's rival leaders": the head comes after
			}
			j++
			if j < n && st.mark[j]&(inNamed|inTime) == 0 { // a time after a name is its own phrase: "the ambassador hours later"
				lowerName := !isCapitalised(st.toks[j-1].Text) && (w[j-1].Tag.IsAdjective() || w[j-1].Tag == dateline.TagNN) ||
					w[j-1].Tag.IsAdjective() || // "military aid", "French flags": a name or agent word that modifies a noun
					allCaps(st.toks[j-1].Text) && len(st.toks[j-1].Text) > 1 && !(start > 0 && w[start-1].Tag.IsVerb() && w[j].Tag != dateline.TagNNS) // "UN trucks", "NATO troops", "allowed UN inspectors"; not "gave UN access"
				if (lowerName || w[j].Roles&dateline.RolePlaceKind != 0) && (w[j].Tag == dateline.TagNN || w[j].Tag == dateline.TagNNS) && !isCapitalised(st.toks[j].Text) {
					// "military aid", "military exercises": an agent word that
					// modifies a noun; "police in Kano state arrested": the kind
					// of place after its name heads the phrase, and no verb takes
					// the kind word alone for its subject
					named = false
					head = j
					j++
					continue
				}
				if w[j-1].Tag.IsAdjective() && w[j].Tag == dateline.TagCC && j-1 == start && st.sharedModifier(j-1) {
					// "cut off military and economic aid": the agent word
					// modifies the noun with the adjective it is joined to
					named = false
					j++
					continue
				}
				determined := j-1 > start && (w[start].Tag == dateline.TagDT || w[start].Tag == dateline.TagCD)
				if (lowerName || w[j-1].Roles&dateline.RoleAdjectival != 0 || determined) && w[j].Tag.IsAdjective() && !isCapitalised(st.toks[j].Text) && st.nounAhead(j) && j+1 < n && !isCapitalised(st.toks[j+1].Text) {
					// "a Russian army peacekeeping brigade": modifiers, then the
					// head; so "Chinese naval exercises", with "Chinese" tagged
					// as the language but first an adjective in the word table,
					// and a name after a determiner or a number ("three U.S.
					// consular officials", "the Russian consular staff")
					named = false
					j++
					continue
				}
				if st.mark[start]&inNamed == 0 && (w[j].Tag == dateline.TagNN || w[j].Tag == dateline.TagNNS || w[j].Tag == dateline.TagNNP) {
					named = false // "the Mediterranean island", "the U.S. embassy", "recent US Predator attacks"
					continue
				}
				if (w[j].Tag == dateline.TagNNP || w[j].Tag == dateline.TagNNPS) && st.properRun(start, j) {
					continue // "Iraqi President Saddam Hussein"
				}
				if w[j].Tag == dateline.TagNNS && !isCapitalised(st.toks[j].Text) && st.ofTheName(start, j) {
					// "foreign ministers of the 12 European Community
					// nations": a body's name after "of the" modifies the
					// plural after it, which ends the phrase (not a second
					// phrase the verb would take for its subject)
					named = false
					head = j
					j++
					continue
				}
				if w[j].Tag == dateline.TagQuote && st.quoteOpenIn(start, j) && j+1 < n && (w[j+1].Tag == dateline.TagNN || w[j+1].Tag == dateline.TagNNS) {
					// leaders of the "red shirt" movement: a quoted name that
					// modifies the noun after its closing mark
					named = false
					j++
					continue
				}
				break
			}
			continue
		}
		if named {
			if (tj == dateline.TagNNP || tj == dateline.TagNNPS) && st.properRun(start, j) {
				head = j
				j++
				continue // "Iraqi President Saddam Hussein": names run on
			}
			break
		}
		switch {
		case tj.IsNoun() && head == j-1 && j > start && w[head].Roles&dateline.RoleTime != 0 && w[j].Roles&dateline.RoleQuantity != 0 && tj == dateline.TagNNS:
			// "By evening thousands had gathered", "within hours hundreds
			// had fled": a word of time, then a plural that counts people,
			// is two phrases, the count the clause's subject
			return st.closeNP(start, j, head, false)
		case tj.IsNoun():
			head = j
		case tj == dateline.TagCD || tj == dateline.TagDollar:
			if head < 0 || w[j-1].Tag == dateline.TagCD || w[j-1].Tag == dateline.TagDollar || w[j-1].Tag == dateline.TagCC && st.spelledNumber(j-2) {
				head = j
			} else if st.modelNumber(head, j) {
				// "Leopard 2 battle tanks", "Leopard 2 tanks": a number in a
				// model's name, not a second phrase of the verb's; the noun
				// after it heads the phrase
				head = j
			} else {
				return st.closeNP(start, j, head, false)
			}
		case (tj == dateline.TagVBG || tj == dateline.TagVBN) && j == start+1 && st.setOffQuantity(start):
			return st.closeNP(start, j, start, false) // "protesters, many waving flags,": the quantity is the participle's subject
		case tj.IsAdjective() || tj == dateline.TagVBN && head < 0 && j > start || tj == dateline.TagVBG && head < 0 && j > start:
			if head >= 0 && tj.IsAdjective() && w[head].Tag == dateline.TagCD && st.nounAhead(j) {
				break // "three wounded soldiers", "up to 1,000 ethnic Turks": a number counts the noun after its adjectives
			}
			if head >= 0 && tj.IsAdjective() && !(isCapitalised(st.toks[head].Text) && isCapitalised(st.toks[j].Text) && st.nounAhead(j)) &&
				!(w[head].Tag == dateline.TagNNP && st.mark[head]&inNamed == 0 && head == j-1 && st.nounAhead(j)) &&
				!st.officeModifier(head, j) {
				// "12 Catalan separatist leaders": an unnamed capitalised
				// modifier is no head; a named actor is ("gave Ukraine new weapons")
				return st.closeNP(start, j, head, false) // "the army ready": the adjective is not inside
			}
		case tj == dateline.TagDT || tj == dateline.TagPDT || tj == dateline.TagPRPS || tj == dateline.TagWPS:
			if j > start && !(w[j-1].Tag == dateline.TagPDT || tj == dateline.TagDT && w[j-1].Tag == dateline.TagDT) &&
				!(head < 0 && st.toks[j-1].Lower == "than" && st.numberAhead(j-1)) { // "more than a dozen"
				return st.closeNP(start, j, head, false)
			}
		case tj == dateline.TagPOS:
			if head >= 0 {
				return st.closeNP(start, j+1, head, true)
			}
			return st.closeNP(start, j, head, false)
		case tj == dateline.TagCC && head == j-1 && j > start+1 && st.spelledNumber(j-2) && st.spelledNumber(j-1) && j+1 < n && st.spelledNumber(j+1):
			// "two hundred and thirty prisoners": one number, spelled out
		case tj == dateline.TagCC && head < 0 && j > start && w[j-1].Tag.IsAdjective() && j+1 < n && (w[j+1].Tag.IsAdjective() || w[j+1].Tag.IsNoun()):
			// "economic and travel sanctions": modifiers joined before the noun
		case (quantityLead(st.toks[j].Lower) || quantityInner(st.toks[j].Lower)) && head < 0 && st.numberAhead(j):
		case tj.IsAdverb() && head < 0 && j+1 < n && (w[j+1].Tag.IsAdjective() || w[j+1].Tag == dateline.TagCD):
			// "a very large", "almost 20"
		default:
			return st.closeNP(start, j, head, false)
		}
		j++
	}
	if named && j < n && w[j].Tag == dateline.TagPOS {
		return st.closeNP(start, j+1, head, true)
	}
	if j > start && w[j-1].Tag == dateline.TagPOS {
		return st.closeNP(start, j, head, true) // a name that ends in its possessive: "Saddam Hussein 's"
	}
	if j < n && w[j].Roles&dateline.RoleReflexive != 0 && head >= 0 {
		j++ // "Putin himself"
	}
	return st.closeNP(start, j, head, false)
}

// officeModifier reports whether the lower-case noun at head, then the
// adjective at j, modify the noun of office after them ("Iran's deputy
// foreign minister", "the vice interior minister", "a state economic
// adviser"), with up to two lower-case nouns between ("the deputy national
// security adviser", "the deputy foreign affairs minister"): one phrase,
// the office its head, wherever it stands, so a title set off after a name
// is the name's apposition. An adjective after any other noun still closes
// its phrase ("the army ready", "gave the army new weapons"), and so does
// one before a plural office, which may open a phrase of its own with no
// determiner ("told the minister foreign envoys would arrive"), where a
// singular one may not.
func (st *state) officeModifier(head, j int) bool {
	w := st.an.Words
	if head != j-1 || w[head].Tag != dateline.TagNN || st.mark[head]&inNamed != 0 || isCapitalised(st.toks[head].Text) ||
		w[j].Tag != dateline.TagJJ || isCapitalised(st.toks[j].Text) {
		return false
	}
	for k := j + 1; k < len(w) && k <= j+3 && (w[k].Tag == dateline.TagNN || w[k].Tag == dateline.TagNNS) && !isCapitalised(st.toks[k].Text); k++ {
		if w[k].Roles&dateline.RoleOffice != 0 {
			return w[k].Tag == dateline.TagNN
		}
	}
	return false
}

// namedAs reports whether the bare plural at j after the phrase's head is
// what the object of a verb of naming is called ("called the bishops
// hypocrites", "called Trump criminals"): a phrase of its own, the last
// noun, after a plural or a name straight after the verb's phrase. A bare
// singular is so when it closes the clause or a list ("called the arrests
// repression.", "called the arrest oppression and persecution"); after a
// singular head only before "and" or "or" and another bare noun ("called
// a news conference" stays one phrase).
func (st *state) namedAs(start, head, j int) bool {
	w := st.an.Words
	if head < 0 || head != j-1 || j <= start || start == 0 || w[j].Tag != dateline.TagNNS && w[j].Tag != dateline.TagNN || isCapitalised(st.toks[j].Text) ||
		j+1 < len(w) && (w[j+1].Tag.IsNoun() || w[j+1].Tag == dateline.TagPOS) {
		return false
	}
	listed := j+2 < len(w) && w[j+1].Tag == dateline.TagCC && (w[j+2].Tag == dateline.TagNN || w[j+2].Tag == dateline.TagNNS) && !isCapitalised(st.toks[j+2].Text)
	closes := j+1 >= len(w) || w[j+1].Tag == dateline.TagPunct || w[j+1].Tag == dateline.TagComma
	if w[j].Tag == dateline.TagNN && !listed && (w[head].Tag == dateline.TagNN || !closes) {
		return false
	}
	if t := w[head].Tag; t != dateline.TagNNS && t != dateline.TagNNP && t != dateline.TagNNPS && !(t == dateline.TagNN && listed) {
		return false
	}
	for v := start - 1; v >= 0 && start-v < 24; v-- {
		// past the members before it in a list: "called Trump, Macron and
		// May criminals"
		switch t := w[v].Tag; {
		case t.IsVerb():
			return st.lemmaRoles(v)&dateline.RoleNaming != 0
		case !t.IsNoun() && !t.IsAdjective() && t != dateline.TagDT && t != dateline.TagCC && t != dateline.TagComma:
			return false
		}
	}
	return false
}

// modelNumber reports whether the number at j is part of the name of a
// model before it: a capitalised word no actor or place names, right
// before a short number in digits, a noun after it ("Leopard 2 battle
// tanks"). A named actor before a number is a verb's first object
// ("gave Kenya 40 million euros").
func (st *state) modelNumber(head, j int) bool {
	w := st.an.Words
	if head != j-1 || w[head].Tag != dateline.TagNNP || st.mark[head]&inNamed != 0 || j+1 >= len(w) || !w[j+1].Tag.IsNoun() {
		return false
	}
	d := st.toks[j].Text
	if len(d) > 3 {
		return false
	}
	for _, r := range d {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// spelledNumber reports whether token i is a number written in letters.
func (st *state) spelledNumber(i int) bool {
	if st.an.Words[i].Tag != dateline.TagCD {
		return false
	}
	for _, r := range st.toks[i].Lower {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// theNameModifies reports whether the name after "the" at start modifies
// the lower-case agent noun named at j: "by the Delhi police", "the Lahore
// court", "a Capitol Police officer", where the name after a verb without
// "the" stands alone ("gave Kenya aid").
func (st *state) theNameModifies(start, j int) bool {
	w := st.an.Words
	if w[start].Tag != dateline.TagDT || start+1 >= j || st.mark[start+1]&namedStart == 0 {
		return false
	}
	if isCapitalised(st.toks[j].Text) {
		// "a Capitol Police officer", "a New York Police officer": a
		// capitalised agent word whose named span ends in a lower-case noun
		if !st.lowerNounNamed(j + 1) {
			return false
		}
	} else if !(w[j].Tag == dateline.TagNN || w[j].Tag == dateline.TagNNS) {
		return false
	}
	for k := start + 2; k < j; k++ {
		if st.mark[k]&namedStart != 0 {
			return false // one name only before the noun
		}
	}
	return true
}

// lowerNounNamed reports whether the word at k goes on the named span
// before it as a lower-case noun: "officer" in "Police officer".
func (st *state) lowerNounNamed(k int) bool {
	w := st.an.Words
	return k < len(w) && st.mark[k]&inNamed != 0 && st.mark[k]&namedStart == 0 && !isCapitalised(st.toks[k].Text) &&
		(w[k].Tag == dateline.TagNN || w[k].Tag == dateline.TagNNS)
}

// ofTheName reports whether the name that ends at j-1 follows "of the"
// inside the phrase that opened at start: "leaders of the Arab League".
func (st *state) ofTheName(start, j int) bool {
	if !isCapitalised(st.toks[j-1].Text) {
		return false
	}
	for k := start + 1; k+1 < j-1; k++ {
		if st.toks[k].Text == "of" && st.toks[k+1].Lower == "the" {
			return true
		}
	}
	return false
}

// properRun reports whether the phrase [from, to) is a title and name
// run that another name may continue: "Iraqi President" + "Saddam Hussein".
func (st *state) properRun(from, to int) bool {
	w := st.an.Words
	if w[to-1].Tag == dateline.TagPOS {
		return false
	}
	for k := from; k < to; k++ {
		if !(w[k].Tag == dateline.TagNNP || w[k].Tag == dateline.TagJJ && isCapitalised(st.toks[k].Text)) {
			return false
		}
	}
	return true
}

// closeNP adds the noun phrase [from, to) and returns to.
func (st *state) closeNP(from, to, head int, poss bool) int {
	if to <= from {
		return from
	}
	w := st.an.Words
	if head < 0 {
		// no noun: "the wounded", "three", "the two"
		head = to - 1
		if poss && head > from {
			head--
		}
		for head > from && w[head].Tag.IsPunct() {
			head-- // the "mini-summit": not the quotation mark
		}
	}
	named := false
	for k := from; k < to; k++ {
		if st.mark[k]&inNamed != 0 {
			named = true
		}
	}
	_ = w
	st.add(dateline.Chunk{Kind: dateline.ChunkNP, From: from, To: to, Head: head, Named: named, Poss: poss})
	return to
}

// timeNP reads the words of a time expression at i as one noun phrase.
func (st *state) timeNP(i int) int {
	j := i + 1
	for j < len(st.toks) && st.mark[j]&inTime != 0 && st.mark[j]&timeStart == 0 && st.an.Words[j].Tag != dateline.TagIN {
		j++
	}
	if j+1 < len(st.toks) && st.an.Words[j].Tag == dateline.TagPOS && st.mark[j+1]&inTime == 0 {
		// "Thursday's attack": the time is the possessor of the phrase after it
		st.add(dateline.Chunk{Kind: dateline.ChunkNP, From: i, To: j + 1, Head: j - 1, Time: true, Poss: true})
		return j + 1
	}
	st.add(dateline.Chunk{Kind: dateline.ChunkNP, From: i, To: j, Head: j - 1, Time: true})
	return j
}

// timeModifier reports whether the time expression at j modifies a noun
// after it inside a phrase that began at start ("the 2011 uprising"), or
// opens after a possessor: a year, or a date with a number that follows
// the phrase's determiner or possessor before its head ("the Sept. 18
// attack", "a July 1977 coup", "Israel's June 1981 strike"; not "the next
// day talks resumed", which names no day by number). head is the phrase's
// head so far, -1.
func (st *state) timeModifier(j, start, head int) bool {
	k := j
	for k < len(st.toks) && st.mark[k]&inTime != 0 && (k == j || st.mark[k]&timeStart == 0) {
		k++
	}
	if k >= len(st.toks) || st.mark[k]&inNamed != 0 && (isCapitalised(st.toks[k].Text) || j == start || !determinerLike(st.an.Words[start].Tag)) {
		return false // "in 2011 Obama said"; but "the 2019 uprising", an agent word after a determiner and a year
	}
	t := st.an.Words[k].Tag
	if t == dateline.TagNone {
		t = st.c[k].t[0]
	}
	if t != dateline.TagNN && t != dateline.TagNNS {
		return false
	}
	if st.an.Words[j].Tag == dateline.TagCD {
		return true
	}
	if head >= 0 {
		return false
	}
	s := j // where the time starts
	for s > start && st.mark[s]&timeStart == 0 {
		s--
	}
	if s > start && !determinerLike(st.an.Words[s-1].Tag) || s == start && (s == 0 || st.an.Words[s-1].Tag != dateline.TagPOS) {
		return false
	}
	for i := s; i < k; i++ {
		if st.an.Words[i].Tag == dateline.TagCD {
			return true
		}
	}
	return false
}

// nounAhead reports whether a noun follows the adjectives at i.
func (st *state) nounAhead(i int) bool {
	w := st.an.Words
	for j := i + 1; j < len(st.toks); j++ {
		t := w[j].Tag
		switch {
		case t.IsNoun() || st.mark[j]&inNamed != 0 || t == dateline.TagCD:
			return true
		case t.IsAdjective() || t == dateline.TagCC || t == dateline.TagVBN || t == dateline.TagVBG && j > i:
			continue
		}
		return false
	}
	return false
}

// numberAhead reports whether a number comes within two words after i.
func (st *state) numberAhead(i int) bool {
	for j := i + 1; j < len(st.toks) && (j <= i+2 || j == i+3 && (st.toks[i+2].Lower == "a" || st.toks[i+2].Lower == "an")); j++ {
		// "more than 20", "more than a million"
		t := st.an.Words[j].Tag
		if t == dateline.TagNone {
			t = st.c[j].t[0] // still being tagged: the likeliest reading
		}
		if t == dateline.TagCD || t == dateline.TagDollar {
			return true
		}
	}
	return false
}

// adverbsAfter returns the index of the word after negation i and the
// adverb that makes one with it, "no longer"; else i+1 ("not only
// attacked" and "no later than" negate no verb, and stay as they were
// read).
func (st *state) adverbsAfter(i int) int {
	if st.noLonger(i) && st.an.Words[i+1].Tag.IsAdverb() {
		st.an.Words[i+1].Chunk = int32(len(st.an.Chunks)) // the group verbGroup is about to add
		return i + 2
	}
	return i + 1
}

// verbGroup reads a verb group at i: modal, auxiliaries, adverbs and
// negation, the main verb and its particle, or "to" and a base verb.
func (st *state) verbGroup(i int) int {
	n := len(st.toks)
	w := st.an.Words
	t := w[i].Tag
	vg := dateline.VerbGroup{Particle: -1}
	// "neither confirmed nor denied", "nor did it": a verb right after a
	// negating conjunction is negated
	vg.Neg = i > 0 && w[i-1].Tag == dateline.TagCC && w[i-1].Roles&dateline.RoleNegation != 0
	j := i
	if k := st.adverbsAfter(i); st.an.Words[i].Roles&dateline.RoleNegation != 0 && t.IsAdverb() && k < n && (w[k].Tag == dateline.TagTO || w[k].Tag.IsVerb()) {
		// "vowed not to return", "pledged never to": the infinitive is
		// negated; "Russia never attacked", "the junta no longer
		// recognises": the verb
		if j := st.verbGroup(k); j > k {
			c := &st.an.Chunks[len(st.an.Chunks)-1]
			c.From = i
			c.Verb.Neg = true
			st.an.Words[i].Chunk = int32(len(st.an.Chunks) - 1)
			return j
		}
		return i
	}
	switch {
	case t == dateline.TagTO:
		k := i + 1
		for k < n && (w[k].Tag.IsAdverb() || w[k].Tag == dateline.TagQuote) {
			k++ // 'to "crush"': a partial quotation opens on the verb
		}
		if k >= n || !w[k].Tag.IsVerb() {
			return i
		}
		vg.Infinitive = true
		j = i + 1
	case t == dateline.TagMD || t.IsVerb():
	default:
		return i
	}
	head := -1
	lastAux := ""
	for j < n {
		tj := w[j].Tag
		lower := st.toks[j].Lower
		switch {
		case tj == dateline.TagMD:
			if head >= 0 || vg.Modal != "" {
				goto done
			}
			vg.Modal = lower
			vg.Finite = true
			if lower == "cannot" {
				vg.Neg = true
			}
		case tj == dateline.TagQuote && head < 0 && vg.Infinitive && j > i && w[j-1].Tag == dateline.TagTO:
			j++
			continue
		case tj == dateline.TagQuote && j > i && st.quotedRest(j, head, vg.Modal):
			j++ // 'was "deeply disappointed"', 'has "firmly rejected"': a partial quotation opens after the auxiliary
			continue
		case tj.IsAdverb():
			// adverbs inside the group only when a verb follows
			k := j
			for k < n && (w[k].Tag.IsAdverb() || w[k].Tag == dateline.TagQuote && st.quotedRest(k, head, vg.Modal)) {
				k++
			}
			if k >= n || !w[k].Tag.IsVerb() || head >= 0 && !isAux(st.toks[head].Lower) {
				goto done
			}
			for m := j; m < k; m++ {
				if w[m].Roles&dateline.RoleNegation != 0 {
					vg.Neg = true
				}
			}
			j = k
			continue
		case w[j].Roles&dateline.RoleReflexive != 0 && st.emphatic(j, head, vg.Modal):
			j++ // "who was himself wounded": the reflexive only stresses the subject
			continue
		case tj.IsVerb():
			if head >= 0 && !(isAux(st.toks[head].Lower) || isGet(st.toks[head].Lower)) {
				goto done // "helped rebuild": a second group
			}
			if head >= 0 {
				lastAux = st.toks[head].Lower
				st.noteAux(&vg, lastAux, tj)
			} else if tj == dateline.TagVBD || tj == dateline.TagVBZ || tj == dateline.TagVBP {
				vg.Finite = true
			}
			head = j
		default:
			goto done
		}
		j++
	}
done:
	if head < 0 {
		return i
	}
	// a particle: "called up", "stepped down", "carried out"
	if j < n && w[j].Tag == dateline.TagRP {
		vg.Particle = j
		j++
	}
	ht := w[head].Tag
	switch {
	case vg.Modal == "will" || vg.Modal == "'ll" || vg.Modal == "shall":
		vg.Tense = dateline.TenseFuture
	case vg.Tense == dateline.TenseNone && (ht == dateline.TagVBD || lastAux == "had" || lastAux == "was" || lastAux == "were" || lastAux == "did"):
		vg.Tense = dateline.TensePast
	case vg.Tense == dateline.TenseNone && vg.Finite:
		vg.Tense = dateline.TensePresent
	}
	if lastAux != "" && (isBe(lastAux) || isGet(lastAux)) && ht == dateline.TagVBN {
		vg.Passive = true
	}
	if vg.Modal != "" && vg.Tense != dateline.TenseFuture {
		vg.Tense = dateline.TenseNone // "could have been": a modal says no time
	}
	st.add(dateline.Chunk{Kind: dateline.ChunkVG, From: i, To: j, Head: head, Verb: vg})
	return j
}

// emphatic reports whether the reflexive pronoun at r, after auxiliary head
// (or modal, with no verb yet), stresses the subject inside the verb group
// rather than being an object: a verb follows it, after adverbs, and the
// auxiliary is a form of "be", of "have" before "been", or a modal ("who
// was himself wounded", "had itself been accused", "would herself lead").
// "had himself appointed" (have someone do it) and "is himself a general"
// keep it a phrase of its own.
func (st *state) emphatic(r, head int, modal string) bool {
	w := st.an.Words
	k := r + 1
	for k < len(w) && w[k].Tag.IsAdverb() {
		k++
	}
	if k >= len(w) || !w[k].Tag.IsVerb() {
		return false
	}
	if head < 0 {
		return modal != ""
	}
	aux := st.toks[head].Lower
	return isBe(aux) || isHave(aux) && isBe(st.toks[k].Lower) && w[k].Tag == dateline.TagVBN // "been"
}

// quotedRest reports whether the quotation mark at q opens on the rest of a
// verb group whose auxiliary is head (or whose modal is modal, with no verb
// yet): adverbs and a verb follow it ('said it was "deeply disappointed"',
// 'would "never accept"', 'is strongly "opposed"').
func (st *state) quotedRest(q, head int, modal string) bool {
	if !(head >= 0 && (isAux(st.toks[head].Lower) || isGet(st.toks[head].Lower)) || head < 0 && modal != "") {
		return false
	}
	w := st.an.Words
	k := q + 1
	for k < len(w) && w[k].Tag.IsAdverb() {
		k++
	}
	return k < len(w) && w[k].Tag.IsVerb()
}

// noteAux records what an auxiliary before a verb of tag next says.
func (st *state) noteAux(vg *dateline.VerbGroup, aux string, next dateline.Tag) {
	switch {
	case isHave(aux) && next == dateline.TagVBN:
		vg.Perfect = true
	case isBe(aux) && next == dateline.TagVBG:
		vg.Progressive = true
	}
	switch aux {
	case "is", "are", "am", "has", "have", "does", "do", "'re", "'ve", "gets", "get":
		vg.Finite = true
		if vg.Tense == dateline.TenseNone {
			vg.Tense = dateline.TensePresent
		}
	case "was", "were", "had", "did", "got":
		vg.Finite = true
		if vg.Tense == dateline.TenseNone {
			vg.Tense = dateline.TensePast
		}
	}
}

// quotedModifiers returns the end of a quoted run of modifiers that opens
// at i and is followed by its noun (after the closing mark): Russia's
// "illegal" annexation, China's "dangerous and destabilising" actions; or
// -1. The run holds one to six adjectives, participles, adverbs, and
// "and" or commas between them.
func (st *state) quotedModifiers(i int) int {
	w := st.an.Words
	if w[i].Tag != dateline.TagQuote {
		return -1
	}
	for k := i + 1; k < len(w) && k <= i+7; k++ {
		t := w[k].Tag
		switch {
		case t == dateline.TagQuote:
			if k == i+1 || k+1 >= len(w) || !(w[k+1].Tag.IsNoun() && w[k+1].Tag != dateline.TagNNP || st.nounAhead(k)) {
				return -1
			}
			return k + 1
		case t.IsAdjective() || t == dateline.TagVBN || t == dateline.TagVBG || t.IsAdverb() || t == dateline.TagCC && k > i+1 || t == dateline.TagComma && k > i+1:
		default:
			return -1
		}
	}
	return -1
}

// quoteOpenIn reports whether a quotation mark opens among words [from, to):
// the phrase holds the first of a pair.
func (st *state) quoteOpenIn(from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		if st.an.Words[k].Tag == dateline.TagQuote {
			n++
		}
	}
	return n%2 == 1
}

// indefinite reports whether token i is the article "a" or "an", which
// opens a phrase with a singular head.
func (st *state) indefinite(i int) bool {
	l := st.lowerAt(i)
	return l == "a" || l == "an"
}

// timeOnly reports whether the words from up to to (not included) are
// all one time expression's: "February", "last March", "2019".
func (st *state) timeOnly(from, to int) bool {
	if from >= to {
		return false
	}
	for j := from; j < to; j++ {
		if st.mark[j]&inTime == 0 || j > from && st.mark[j]&timeStart != 0 {
			return false
		}
	}
	return true
}

// headlineFuture reads a headline's "X to VERB" as X's announced act, as
// "X will VERB" ("China to impose sanctions on U.S. firms", "Iran to free
// jailed aid worker", "The US and EU to hold talks"): the sentence has no
// other verb group before the infinitive and no finite one at all, and
// opens on the noun phrase (with its prepositions and conjoined members)
// the infinitive follows. A noun that takes an infinitive of its own
// ("plans to", "a bid to", "efforts to") or a time keeps it; "wants China
// to", "agreed to" have a finite verb.
func (st *state) headlineFuture() {
	ch := st.an.Chunks
	k := -1
	for i := range ch {
		if ch[i].Kind != dateline.ChunkVG {
			continue
		}
		if ch[i].Verb.Finite {
			return
		}
		if k < 0 {
			k = i
		}
	}
	if k < 1 || !ch[k].Verb.Infinitive || ch[0].Kind != dateline.ChunkNP || st.punctBetween(k-1, k) != 0 {
		return
	}
	for i := 0; i < ch[0].From; i++ {
		if t := st.an.Words[i].Tag; t != dateline.TagQuote && t != dateline.TagLRB && t != dateline.TagRRB {
			return
		}
	}
	for j := 0; j < k; j++ {
		switch ch[j].Kind {
		case dateline.ChunkNP, dateline.ChunkPP, dateline.ChunkConj:
		default:
			return
		}
		if j > 0 && st.punctBetween(j-1, j) != 0 {
			return
		}
	}
	const ofWill = dateline.RoleVolition | dateline.RoleAttempt | dateline.RoleNegative | dateline.RoleImplicative
	if p := ch[k-1]; p.Kind != dateline.ChunkNP || p.Time || st.an.Words[p.Head].Roles&(ofWill|dateline.RoleTime) != 0 {
		return
	}
	vg := &st.an.Chunks[k].Verb
	vg.Infinitive, vg.Finite, vg.Modal, vg.Tense = false, true, "will", dateline.TenseFuture
}
