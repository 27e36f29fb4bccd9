package event

import "dateline"

// modality decides whether the event of match m is reported as having
// happened, from the words before its trigger in its clause: negation
// ("did not", "wasn't", "neither ... nor", "denied"), future and plans
// ("will", "plans to"), conditions and hypotheticals ("if", "could",
// "would"), and complements of another trigger ("agreed to lift": the
// agreement is the event, the lifting is not yet).
func (v *sentence) modality(m match, all []match) dateline.Modality {
	i := m.trigFrom
	// Walk left over the verb group: adverbs, auxiliaries, negation.
	mod := dateline.Asserted
	j := i - 1
	for ; j >= 0; j-- {
		w := v.toks[j].Lower
		switch w {
		case "not", "n't", "never", "no", "neither", "nor", "cannot", "without":
			return dateline.Negated
		case "a", "an", "any":
			if !m.anchorIsVerb {
				continue // "not a fight"
			}
		case "will", "'ll", "shall":
			mod = dateline.Future
			continue
		case "would":
			// "said they would boycott": the future of a reported intention.
			if mod == dateline.Asserted {
				mod = dateline.Hypothetical
				if v.reportedBefore(j) {
					mod = dateline.Future
				}
			}
			continue
		case "could", "might", "may", "should", "must", "can":
			if mod == dateline.Asserted {
				mod = dateline.Hypothetical
			}
			continue
		case "and", "or":
			if to := v.coordinatedInfinitive(j); to >= 0 {
				return v.infinitive(to, all) // "urged them to respect the ceasefire and protect civilians"
			}
		case "to":
			if m.p.code[:2] == "14" && j > 0 && !v.hasVolition(j-1) {
				// "shunned work to protest", "began a hunger strike to
				// protest": the act was done in protest; the protest is real.
				return dateline.Asserted
			}
			return v.infinitive(j, all)
		}
		if isAux(w) || v.adverb(j) || isAspect(w) {
			continue // "prepared to resume shelling": the shelling is as planned as the resuming
		}
		break
	}
	if mod != dateline.Asserted {
		return mod
	}
	if !m.anchorIsVerb {
		// A noun in the object of an infinitive shares its modality:
		// "agreed to undertake joint military exercises".
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			w := v.toks[k].Lower
			if isClauseBreak(w) || w == "," || v.inMention[k] >= 0 {
				break
			}
			if w == "to" && k+1 < i && !isDeterminer(v.toks[k+1].Lower) {
				return v.infinitive(k, all)
			}
		}
	}
	if v.demanded(m, all) {
		return dateline.Hypothetical
	}
	// A gerund right after a preposition is a nominal complement, not an
	// act: "accuses X of working with", "in hopes of ending".
	if j >= 0 && isGerund(v.toks[i].Lower) && isPreposition(v.toks[j].Lower) && !isTemporal(v.toks[j].Lower) {
		return dateline.Hypothetical
	}
	// Clause-level cues further left: "if", "unless", "whether", "neither",
	// "denied", "refused"; stop at the clause's start.
scan:
	for k := j; k >= 0; k-- {
		w := v.toks[k].Lower
		switch w {
		case "if", "unless", "whether", "lest":
			return dateline.Hypothetical
		case "aiming", "aims", "aimed", "seeking", "hoping", "hopes", "designed", "meant", "bid", "effort", "efforts", "attempt":
			if k+1 < len(v.toks) && (v.toks[k+1].Lower == "to" || v.toks[k+1].Lower == "of") && k+1 < i {
				return dateline.Hypothetical
			}
		case "plans", "planning", "plan", "intended", "intends":
			if k+1 < len(v.toks) && v.toks[k+1].Lower == "to" && k+1 < i {
				return dateline.Future
			}
		case "neither", "nor", "denied", "denies", "deny", "denying":
			return dateline.Negated
		case "and", "or", "but":
			break scan // "denied responsibility and accused ...": a new verb phrase
		}
		if isClauseBreak(w) {
			if w == "that" && k > 0 && alleging(v.toks[k-1].Lower) {
				return dateline.Hypothetical // "officials alleged that the North admitted ...": not established
			}
			break
		}
	}
	// A sentence that opens with "Neither" negates its main clause.
	if len(v.toks) > 0 && v.toks[0].Lower == "neither" && !v.hasBreakBefore(i) {
		return dateline.Negated
	}
	return dateline.Asserted
}

// demanded reports whether m lies in the "that" complement of an earlier
// request, demand, threat or promise: in "ILO repeated its demand that
// Israel ease restrictions", the easing has not happened.
func (v *sentence) demanded(m match, all []match) bool {
	for _, o := range all {
		if o.trigTo >= m.trigFrom || !complementTarget(o.p.code) || m.trigFrom-o.trigTo > 15 {
			continue
		}
		for k := o.trigTo + 1; k < m.trigFrom; k++ {
			if v.toks[k].Lower == "that" {
				return true
			}
			if v.toks[k].Lower == ";" {
				break
			}
		}
	}
	return false
}

// reportedBefore reports whether a reporting or announcing verb comes
// before token j in the sentence.
func (v *sentence) reportedBefore(j int) bool {
	for k := 0; k < j; k++ {
		switch v.toks[k].Lower {
		case "said", "says", "say", "announced", "announces", "confirmed", "confirms", "told", "stated", "declared",
			"vowed", "pledged", "promised", "warned", "insisted", "added", "indicated", "signalled", "signaled", "quoted", "saying":
			return true
		}
	}
	return false
}

func (v *sentence) hasBreakBefore(i int) bool {
	for k := 0; k < i; k++ {
		if isClauseBreak(v.toks[k].Lower) {
			return true
		}
	}
	return false
}

// coordinatedInfinitive returns the "to" of an infinitive that the verb
// after the conjunction at j is coordinated with, at most eight words back
// and within the clause, or -1.
func (v *sentence) coordinatedInfinitive(j int) int {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		w := v.toks[k].Lower
		if w == "to" && k+1 < j && v.verbs[v.toks[k+1].Lower] {
			return k
		}
		if isClauseBreak(w) || w == "," {
			return -1
		}
	}
	return -1
}

// hasVolition reports whether the word at j announces a will or plan, so
// that an infinitive after it has not happened yet.
func (v *sentence) hasVolition(j int) bool {
	for j > 0 && (isTimeWord(v.toks[j].Lower) || v.adverb(j)) {
		j-- // "threatened today to hold a strike"
	}
	switch v.toks[j].Lower {
	case "plans", "planned", "planning", "plan", "intends", "intended", "intend", "vowed", "vows", "pledged",
		"threatened", "threatens", "wants", "wanted", "decided", "ready", "willing", "called", "urged", "asked",
		"expected", "likely", "due", "set", "going", "scheduled", "aiming", "aims", "hopes", "seeks", "sought":
		return true
	}
	return false
}

// infinitive reads the words before "to" at token j: intentions and plans
// are future; any other infinitive (the complement of "agreed", "threatened",
// "urged", "aiming") did not happen yet.
func (v *sentence) infinitive(j int, all []match) dateline.Modality {
	if j == 0 {
		return dateline.Hypothetical
	}
	switch v.toks[j-1].Lower {
	case "went", "managed", "began", "begun", "begins", "begin", "started", "starts", "continued", "continues",
		"continue", "used", "came", "proceeded", "moved", "helped", "help":
		return dateline.Asserted
	case "plans", "planned", "planning", "plan", "intends", "intended", "intend", "vowed", "vows", "pledged",
		"pledges", "promised", "promises", "wants", "wanted", "decided", "agreed", "ready", "willing", "prepared",
		"offered", "offers", "threatened", "threatens", "vow", "pledge", "promise", "want", "decide", "agree",
		"preparing", "prepares", "determined", "resolved":
		// The actor's own will: announced, it is an event of intent;
		// unless another says it must be so ("the US must be ready to
		// mediate"): then it is asked for, not announced.
		for k := j - 2; k >= 0 && k >= j-5; k-- {
			switch w := v.toks[k].Lower; w {
			case "must", "should", "ought", "could", "might", "may":
				return dateline.Hypothetical
			case "be", "is", "are", "was", "were", "been", "not", "also", "more":
				continue
			}
			break
		}
		return dateline.Future
	}
	// Purposes, expectations and any other complement ("aiming to",
	// "expected to", "urged X to") did not happen and were not promised.
	return dateline.Hypothetical
}

// isAspect reports verbs that only say when another act runs: "resume
// shelling", "continued attacking".
func isAspect(w string) bool {
	switch w {
	case "resume", "resumed", "resumes", "resuming", "continue", "continued", "continues", "continuing",
		"keep", "kept", "keeps", "keeping", "begin", "began", "begins", "start", "started", "starts", "stop", "stopped":
		return true
	}
	return false
}

func isGerund(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }

func isTemporal(w string) bool {
	switch w {
	case "after", "before", "since", "while", "by", "without", "despite", "following", "upon":
		return true
	}
	return false
}

// alleging reports verbs whose "that" complement is an allegation, not a
// fact the report stands behind.
func alleging(w string) bool {
	switch w {
	case "alleged", "alleges", "allege", "alleging":
		return true
	}
	return false
}
