package event

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"

	"dateline"
)

// Found is an event found in a sentence, before it is dated and placed.
type Found struct {
	Code       Code
	Trigger    dateline.Span // body offsets of the trigger words
	Sources    []int         // indices into the sentence's mentions; several for coordinated actors
	Targets    []int         // likewise; empty when the sentence names no target
	Reciprocal bool          // coordinated sources act on each other ("Israel and Lebanon renewed talks")
	Respective bool          // coordinated sources and targets pair in order, as many of each ("summoned the Iranian and Russian ambassadors, respectively")
	Joint      bool          // the target, named by "with" of an act done to each other, does it too ("India clashed with China")
	// Unidentified is set for an attack whose perpetrator the sentence does
	// not name ("a roadside bombing killed one U.S. soldier"): Sources is
	// empty and the caller codes an unidentified attacker of the country
	// where it happened, as ICEWS codes "unidentified gunmen".
	Unidentified bool
	// Someone is set with Unidentified when the sentence names the doers
	// by no more than sex or number ("a man shot dead two teachers", "men
	// in plain clothes beat students"): the span of that phrase. They are
	// the attack's own doers, not the toll of force named elsewhere.
	Someone dateline.Span
	// Instrument is set with Unidentified when a weapon is the act's
	// subject or a passive's agent ("Rockets slammed into the town",
	// "were killed by shells"): force some side used, which the story
	// may tell elsewhere.
	Instrument bool
	// Implied is the sector of the agent a passive act implies when it
	// names none ("the opposition leader was arrested": the country's
	// police, COP; "was sentenced": the courts, JUD). Sources is then
	// empty and the caller codes that agent of the target's country, as
	// ICEWS-style coders do.
	Implied string
	// Crowd is the sector of the people a bare number the act is done to
	// stands for ("police arrested dozens", "hundreds were detained":
	// policy.tsv's bare=): Targets is empty and the caller codes that sector
	// of the country where the act happens, else of the source's own.
	Crowd string
	// Person is the span of a name the act is done to that names no known
	// actor ("police detained Jorge Glas": policy.tsv's person): Targets is
	// empty and the caller codes a person of the country where the act
	// happens, else of the story's, else of the source's.
	Person dateline.Span
	// Response is set for an answer to what was said before, with no
	// target of its own ("Turkey's foreign ministry rejected the
	// remarks"): the caller takes the story's last speaker as target.
	Response bool
	// Rebuttal is set with Response when what is answered is a charge
	// laid against the source (sets.txt's &imputation: "rejected the
	// charge"): the caller takes who last accused the source, before the
	// last speaker.
	Rebuttal bool
	// Censure is set with Response when what is answered is criticism
	// (sets.txt's &censure: "brushed off the criticism"): the caller takes
	// who last criticised, urged or made demands of the source, before the
	// last speaker.
	Censure bool
	// ByAnother is set for a speaker's accusation of whoever did an act it
	// names, for what the act did ("said the sanctions had harmed ordinary
	// people"): the doer the caller finds is another party than the source,
	// else there is no accusation ("he said the raids had inflicted heavy
	// casualties", of its own forces' raids, reports them).
	ByAnother bool
	// Harmed is set for an appeal for or a demand of an inquiry into a harm
	// whose only actor named is its victims ("called for an investigation
	// into the deaths of civilians in Sri Lanka"): the caller takes the
	// government of the victims' country, the state responsible.
	Harmed bool
	// Retaliation is set for a retaliation with no target of its own, or
	// an act told as one ("the protesters hit back, hurling objects"): the
	// caller takes who last acted against the source as target.
	Retaliation bool
	// Redress is set with Retaliation for redress sought at law with no
	// target of its own ("Mexico would take the case to the International
	// Court of Justice": policy.tsv's redress): against who last acted
	// against the source.
	Redress bool
	// Denial is set for a denial with no target of its own ("Moscow denied
	// any role"): the caller takes who last accused the source as target.
	Denial bool
	// Refusal is set for a refusal with no target of its own ("he said he
	// would not resign"): the caller takes who last asked or demanded
	// something of the source as target.
	Refusal bool
	// Orders is set for such a refusal of orders (sets.txt's &orders:
	// "soldiers refused orders to fire on protesters"): refused to who gave
	// them, not to whom the act would be done to.
	Orders bool
	// Concession is set for a concession with no target of its own ("the
	// prime minister resigned", "the junta lifted the curfew"): the caller
	// takes who last asked, demanded or protested something of the source
	// as target.
	Concession bool
	// TargetAct is the code of the event a target with no actor names
	// ("the coup has drawn condemnation", "condemned the attack"): the
	// caller takes who did the last such event told before as target.
	TargetAct string
	// TargetDeed is set when the target of a judgement (root 11) is an
	// earlier act named by a general noun (sets.txt's &deed: "called the
	// vote a sham", "said the move was illegal") or by an event noun no
	// act told before matched: the caller takes who did it as target (who
	// last acted against the source, else who did the last act told in the
	// same sentence or the one before). It is the least quad class that act
	// may have: 2 for a general noun, 4 for a noun of force ("the ouster").
	// It is set too, for any code, when the target phrase names an act of
	// force (TargetAct) and no act of that code was told ("protested the
	// detention" after a boat was seized): the same doer is then taken.
	TargetDeed int
	// TargetState is set with TargetDeed when the act judged is one only a
	// state does (sets.txt's &stateact: "the official results", "the
	// vote", "the new law"): only a state's act told before names its doer,
	// else the caller takes the government of the story's country.
	TargetState bool
	// TargetNoun is the event noun of the lexicon that names the act
	// judged, when TargetDeed comes from one ("condemned the capture of
	// the town", "denounced the killings"): the caller first takes who did
	// the last act told before in the story of a code the noun's entries
	// name (see Lexicon.Names).
	TargetNoun string
	// Struck is set when the targets are whom an act of force struck, named
	// in the phrase of its event noun (TargetNoun) that a judgement of it
	// names ("condemned the attack on the consulate"): the caller takes
	// instead who did the last act of that kind told before, when the story
	// told one, as the judgement is of its doer; else the victims stand.
	Struck bool
	// TargetTold is the head lemma of the target phrase when it names,
	// with "the" or "this" and no actor of its own, an act a clause of the
	// story told (nominal.tsv: "condemned the decree", "denounced the
	// proclamation"): with no act found before that names its doer, the
	// caller takes the subject of the last clause that told it. It is set
	// too for an answer to words ("rejected the plan", Response): the
	// subject of the clause that told them comes before the last speaker.
	TargetTold string
	// TargetPlace is the span of the target phrase when it names a place
	// and no actor ("suspended flights to Doha"): the caller takes the
	// place's country as target.
	TargetPlace dateline.Span
	// Against holds the speaker of a victim's claim, when the act it
	// reports names no target ("Armenia's ministry said Azerbaijani troops
	// opened fire": at Armenia): the caller takes the speaker's country.
	Against []int
	// Business is set for an act with no target of its own that falls on
	// a place of business (sets.txt's &business: "gangs looted shops"): the
	// country it is aimed at (policy.tsv's aim=) is its business (BUS),
	// not the sector the code's aim names.
	Business bool
	// Military is set for an act of force with no target of its own that
	// falls on a military site or vehicle (sets.txt's &military_site:
	// "destroyed tanks", "bombed an air base"): the country
	// it is aimed at is its military (MIL).
	Military bool
	// Site is the sector a thing the act is done to implies, by the head
	// of its object or target phrase (through a count: "hundreds of
	// shacks"), not of its subject ("tanks shelled homes"): MIL for a
	// military site or vehicle (sets.txt's &military_site: "destroyed
	// dozens of tanks"), CVL for a home or a place of everyday life
	// (&civilian_site: "shelled homes", "Serb villages"), else "". The
	// caller gives it to a country the act of coercion or force (roots
	// 17-20) is aimed at that has no sector of its own.
	Site string
	// Doer is set for a demand or an appeal whose target is the doer of the
	// act it asks for, not one it is addressed to: the subject of the
	// demanded clause ("demanded that Argentine forces withdraw") or the
	// actor of the act it names ("called for the withdrawal of Chinese
	// troops"). The caller asks a state's forces' act of their state.
	Doer bool
	// Act is the code of the act a frame speaks of ("refused to allow aid
	// into Gaza": 0863), "" when the event is the act itself.
	Act string
	// Reported, when set, is the code the event is reported under: the
	// entry's "like:" read the act as Code's ("charged the five men with
	// murder": found as the arrest code 173, reported as the accusation
	// 1121), and the caller has placed its actors by Code.
	Reported Code
	// Passing is set for an act an event noun tells in passing: named as
	// the occasion of its clause ("after Navalny's arrest by police") or
	// as the object of a verb that does not do it ("state television
	// showed the arrest of Navalny by police"). The caller drops it when
	// an earlier sentence of the story told the same act.
	Passing bool
	// Told is set when a named actor other than the source tells the act
	// ("Mitsotakis said that Turkey was threatening peace"); Teller is
	// that actor's mention index: the saying is the teller's. For an act
	// with no source named ("Pakistan's army said an Indian soldier had
	// been captured") Teller is set, Told not; -1 when no one tells it.
	Told       bool
	Teller     int
	Modality   dateline.Modality
	Confidence float64
	Rule       string // the lexicon line and how the roles were found
	// Timed is set when the entry reads a time as one of the act's own
	// arguments ("has held the pastor since 2016": `hold ... since:TIME`):
	// the stretch it names is the act's, not a standing situation's.
	Timed bool
}

// pred is an entry matched in a sentence: a verb group's or a noun
// phrase's reading, before it becomes an event.
type pred struct {
	e         *entry
	code      string // the code to emit, after combination
	act       string // the act a frame above combines with: the complement's act for a frame
	clause    int    // the clause it sits in
	vg        int    // its verb group chunk; -1 for a noun
	np        int    // its noun phrase chunk; -1 for a verb
	bind      []int  // per argument: the noun phrase bound, -1
	absorbed  bool   // combined into a frame or read as a light verb's object: not an event of its own
	anchored  bool   // a noun event that is news: a light verb's object, a subject, a frame's complement
	occasion  bool   // a noun event named as the occasion of its clause's act ("after Israel's raid on Gaza")
	setting   bool   // a meeting named in a phrase of its clause, had by the clause's subject ("laid a wreath during a visit to Poland")
	light     int    // for a noun: the light verb group whose subject does it, -1
	via       int    // for a passive verb with no agent: the event noun, its subject, whose own actor does it; -1
	comp      int    // the pred combined into this frame, -1
	spokenOf  bool   // combined into a frame: an event of its own only as not (yet) done
	decided   bool   // the complement of a decision frame: done, as its own event ("agreed to impose sanctions")
	halted    bool   // an act a verb of stopping ends, coded as policy.tsv's halted= gives ("stopped its cooperation with")
	obligee   int    // a demand's target from an obligation ("must drop barriers"), -1
	voice     int    // a blame or judgement told "according to" an actor: that phrase, its source; -1
	victim    int    // a victim's claim, on the act and on the statement that makes it: the speaker, whose country the act was aimed at; -1
	orderer   int    // an act one ordered one's own forces to do: the order's source phrase, who does it; -1
	heldOut   bool   // such an act ordered against whoever gives cause ("any aircraft that entered"): its orderer's threat
	byAnother bool   // an accusation of the doer of the act its statement judges (Facts.ByAnother)
	answer    bool   // a report holding out an answer to a deed its complement names ("warned that the seizure would not go unanswered"): aimed as a retaliation
	how       []string
}

// sent is one sentence being coded.
type sent struct {
	l           *Lexicon
	s           *dateline.Sentence
	an          *dateline.Analysis
	ms          []dateline.Mention
	actorOf     []int         // per chunk: the mention it names, -1
	also        map[int][]int // per chunk: other mentions it holds, joined by a conjunction
	preds       []pred
	predOf      []int   // per chunk (verb group or noun phrase): its pred's index, -1; see predAt
	cooperative bool    // the targets being read are of a cooperative act: an apology goes to the victims
	joining     bool    // jointTarget is reading the act a protest act is joined to: that act asks no further
	scratch     []int   // the binding an entry being matched builds; choose keeps a copy of the best
	ids         []int32 // per token, the lexicon's word ids of its lemma (2i) and lower-case form (2i+1); -2 until looked up
	// buffers kept from sentence to sentence (see sents): the chunks'
	// actorOf and predOf, the preds, and the bindings choose keeps
	both  []int
	binds []int
	from  []int // per event found, the clause of its pred (see tolled)
	// phrasalOther's last answer, for verb group phrasalK and head
	// phrasalHead: the entries of a lemma ask it one after another
	phrasalK    int
	phrasalHead string
	phrasalIs   bool
	deps        verbDeps // the dependents of the verb group matchVerb last read
	tailEnds    []uint8  // per token, 1 when it may end a tail (see endsTail), 2 when not, 0 until asked
}

// sents hold the scratch of coding a sentence between sentences: nothing
// Find returns points into it.
var sents = sync.Pool{New: func() any { return new(sent) }}

// newSent returns a sent for s from the pool, with the buffers it had.
func newSent(l *Lexicon, s *dateline.Sentence, mentions []dateline.Mention) *sent {
	x := sents.Get().(*sent)
	*x = sent{l: l, s: s, an: s.Analysis, ms: mentions, preds: x.preds[:0], scratch: x.scratch[:0], ids: x.ids[:0], tailEnds: x.tailEnds[:0],
		both: x.both[:0], binds: x.binds[:0], phrasalK: -1}
	return x
}

// release clears x of the sentence and puts it back in the pool.
func (x *sent) release() {
	clear(x.preds[:cap(x.preds)]) // no entry, binding or string is kept alive
	x.l, x.s, x.an, x.ms, x.also, x.phrasalHead = nil, nil, nil, nil, nil, ""
	sents.Put(x)
}

// wordID returns the lexicon's word id (see Lexicon.vocab) of token i's
// lemma, or with lower of its lower-case form; -1 when no heads name it.
// Each is looked up once a sentence, however many entries ask.
func (x *sent) wordID(i int, lower bool) int32 {
	if len(x.ids) == 0 {
		x.ids = slices.Grow(x.ids[:0], 2*len(x.s.Tokens))[:2*len(x.s.Tokens)]
		for k := range x.ids {
			x.ids[k] = -2
		}
	}
	k, w, wid := 2*i, x.an.Words[i].Lemma, x.an.Words[i].LemmaID
	if lower {
		k, w, wid = k+1, x.s.Tokens[i].Lower, x.s.Tokens[i].ID
	}
	if x.ids[k] == -2 {
		if kn, ok := x.l.knownOf(wid); ok {
			x.ids[k] = kn.vocab // the word table's id: no hashing
		} else if id, ok := x.l.vocab[w]; ok {
			x.ids[k] = id
		} else {
			x.ids[k] = -1
		}
	}
	return x.ids[k]
}

// nounsAt returns the noun entries of word i's lemma: by its id in the
// word table when it has one, else by its text.
func (x *sent) nounsAt(i int) []*entry {
	if kn, ok := x.l.knownOf(x.an.Words[i].LemmaID); ok {
		return kn.nouns
	}
	return x.l.nouns[x.an.Words[i].Lemma]
}

// verbsAt returns the verb entries of word i's lemma, as nounsAt does.
func (x *sent) verbsAt(i int) []*entry {
	if kn, ok := x.l.knownOf(x.an.Words[i].LemmaID); ok {
		return kn.verbs
	}
	return x.l.verbs[x.an.Words[i].Lemma]
}

// predAt returns the index of the pred read from chunk k, and whether
// there is one (a slice, not a map: it was the sentence's costliest
// allocation after the sentence itself).
func (x *sent) predAt(k int) (int, bool) {
	if k < 0 || k >= len(x.predOf) || x.predOf[k] < 0 {
		return 0, false
	}
	return x.predOf[k], true
}

// verbDeps are a verb group's subject, object, second object and agent:
// read once for all the entries of its lemma that matchVerb tries.
type verbDeps struct {
	ok                        bool // read for verb group k (the zero value is not)
	k, subj, obj, obj2, agent int
}

// depsOf returns the dependents of verb group k, from x.deps when they are
// the last asked.
func (x *sent) depsOf(k int) *verbDeps {
	if d := &x.deps; d.ok && d.k == k {
		return d
	}
	an := x.an
	x.deps = verbDeps{ok: true, k: k, subj: an.Dependent(k, dateline.RelSubj), obj: an.Dependent(k, dateline.RelObj),
		obj2: an.Dependent(k, dateline.RelObj2), agent: an.Dependent(k, dateline.RelAgent)}
	return &x.deps
}

// binding returns a binding of n arguments, all -1, in x's scratch space:
// most entries tried do not match, and only the chosen one's is kept.
func (x *sent) binding(n int) []int {
	x.scratch = slices.Grow(x.scratch[:0], n)[:n]
	for i := range x.scratch {
		x.scratch[i] = -1
	}
	return x.scratch
}

// Find returns the events in a sentence, given the actor mentions found in
// it (sorted by Start, not overlapping). The sentence's Analysis must be
// set. Events whose source is not an actor are left out; so are plain
// statements (CAMEO 01) when the sentence holds another event.
func (l *Lexicon) Find(s *dateline.Sentence, mentions []dateline.Mention) []Found {
	out, _ := l.find(nil, s, mentions, false)
	return out
}

// FindReusing is Find that returns the events in buf's storage, as
// buf[:0] when there are none: a caller that codes sentence after
// sentence and is done with the events of the last one passes them back,
// and a sentence's events cost no new array.
func (l *Lexicon) FindReusing(buf []Found, s *dateline.Sentence, mentions []dateline.Mention) []Found {
	out, _ := l.find(buf[:0], s, mentions, false)
	return out
}

// A Step is what Find did with one lexicon entry that matched a sentence:
// the entry and what it bound (Rule), the entry's code, and its fate: the
// event it became (Event, with its modality) or why it became none.
type Step struct {
	Rule     string // "18-assault.txt:12 190 attack obj=T [passive]"
	Code     string // the entry's CAMEO code
	Fate     string // "event 190 ASSAULT asserted", "no event: no actor as source", ...
	Event    string // the CAMEO code of the event it gave, "" if none
	Modality dateline.Modality
}

// String writes the step as 'explain' prints it: "rule -> fate".
func (st Step) String() string { return st.Rule + " -> " + st.Fate }

// Explain returns what Find does with a sentence, one step per entry that
// matched: which lexicon line, what it bound, and whether it became an
// event, and why not.
func (l *Lexicon) Explain(s *dateline.Sentence, mentions []dateline.Mention) []Step {
	_, trace := l.find(nil, s, mentions, true)
	return trace
}

func (l *Lexicon) find(out []Found, s *dateline.Sentence, mentions []dateline.Mention, explain bool) ([]Found, []Step) {
	if s.Analysis == nil || len(s.Tokens) == 0 {
		return out, nil
	}
	x := newSent(l, s, mentions)
	defer x.release()
	x.mapActors()
	x.verbal()
	x.nominal()
	if len(x.preds) == 0 {
		return out, nil
	}
	x.lightVerbs()
	x.compose()
	x.obligations()
	x.allegations()
	x.heldOut()
	x.attributed()
	var trace []Step
	note := func(p *pred, fate string) {
		if explain {
			trace = append(trace, Step{Rule: p.rule(), Code: p.e.code, Fate: fate})
		}
	}
	// noteEvent notes a pred that became event f
	noteEvent := func(p *pred, fate string, f *Found) {
		if explain {
			trace = append(trace, Step{Rule: p.rule(), Code: p.e.code, Fate: fate, Event: f.Code.CAMEO, Modality: f.Modality})
		}
	}
	other := false
	from := x.from[:0] // per event in out, the clause of the pred it came from
	found := func(i int, f Found) {
		if cap(out) == 0 {
			out = make([]Found, 0, len(x.preds)-i) // at most one event for pred i and each after it
		}
		out = append(out, f)
		from = append(from, x.preds[i].clause)
	}
	defer func() { x.from = from[:0] }()
	for i := range x.preds {
		p := &x.preds[i]
		if p.absorbed && p.spokenOf {
			// "agreed to send troops": the sending is an event too, but
			// not done: it keeps its own modality (future, hypothetical)
			if f, ok := x.code(p); ok && f.Modality != dateline.Asserted {
				if explain {
					noteEvent(p, fmt.Sprintf("spoken of by a frame: event %s %s %s", f.Code.CAMEO, f.Code.Type, f.Modality), &f)
				}
				found(i, f)
				continue
			}
			note(p, "absorbed: read with the frame above it")
			continue
		}
		if p.absorbed {
			note(p, "absorbed: read with the verb or frame above it")
			continue
		}
		if x.motive(p) {
			note(p, "absorbed: the motive of the protest or complaint it is the purpose of")
			continue
		}
		if p.np >= 0 && !p.anchored {
			note(p, "not an event here: an event noun with no verb that does it")
			continue
		}
		if p.e.blames() && p.voice < 0 {
			note(p, "not an event here: a blame that no speaker voices")
			continue
		}
		if p.e.judges() && p.voice < 0 {
			note(p, "not an event here: a judgement that no speaker voices")
			continue
		}
		if x.warns(p.e) {
			note(p, "not an event here: a fate to come that no speaker holds out")
			continue
		}
		f, ok := x.code(p)
		if !ok {
			note(p, "no event: no actor as source")
			continue
		}
		f.Passing = p.occasion
		f.Timed = p.e.timed
		if p.occasion && x.toldAlready(f, out) {
			note(p, "not an event here: a verb of the sentence tells the same act")
			continue
		}
		if j := x.answeredBy(p, f, out, from); j >= 0 {
			// "China retaliated against the tariffs by imposing duties":
			// the answer was the act its means tells, aimed where that act
			// is, else where the answer was
			if len(f.Targets) == 0 {
				f.Targets = out[j].Targets
			}
			out[j] = f
			noteEvent(p, fmt.Sprintf("event %s %s %s, the act its parent answer was done by", f.Code.CAMEO, f.Code.Type, f.Modality), &f)
			continue
		}
		if j := x.tolled(p, f, out, from); j >= 0 {
			if x.countried(f.Targets) && !x.sameActors(f.Targets, out[j].Targets) && !x.namesHead(out[j].Targets) {
				// "stormed the television tower, firing into crowds of
				// Lithuanians": the act on a thing fell on whom the
				// participle names
				out[j].Targets = f.Targets
				out[j].Rule += " [falls on whom its participle names]"
			}
			note(p, "not an event here: the toll or manner of the act of its clause's parent")
			continue
		}
		if x.settledBy(p, f, out, from) {
			note(p, "not an event here: the end of hostilities the deal or truce of its clause's parent brings")
			continue
		}
		if explain { // formatting the fate costs, even unused
			c := f.Code
			if f.Reported.CAMEO != "" {
				c = f.Reported // "1121 charge ... like:173": reported as 1121
			}
			noteEvent(p, fmt.Sprintf("event %s %s %s", c.CAMEO, c.Type, f.Modality), &f)
		}
		if !l.has(f.Code.CAMEO, flagStatement) && f.Modality == dateline.Asserted && !p.setting {
			other = true // the setting of a statement or comment does not silence it ("laid a wreath during a visit")
		}
		found(i, f)
		if len(f.Sources) == 0 || p.np >= 0 {
			continue
		}
		for _, ec := range x.echoes(p, f.Modality) {
			// "France did not condemn the coup, but Germany did": the act
			// again, with the bare auxiliary's subject as its source
			g := f
			if g.Sources = x.namedOnly(x.actorsOf([]int{ec.subj})); len(g.Sources) == 0 {
				continue
			}
			g.Targets, g.Modality, g.Trigger = without(f.Targets, g.Sources), ec.mod, ec.trig
			if explain {
				noteEvent(p, fmt.Sprintf("repeated by a bare auxiliary: event %s %s %s", g.Code.CAMEO, g.Code.Type, g.Modality), &g)
			}
			if !l.has(g.Code.CAMEO, flagStatement) && g.Modality == dateline.Asserted {
				other = true
			}
			found(i, g)
		}
	}
	if other {
		kept := out[:0]
		for _, f := range out {
			if !l.has(f.Code.CAMEO, flagStatement) {
				kept = append(kept, f)
			}
		}
		out = kept
		for i := range trace {
			if st := &trace[i]; st.Event != "" && l.has(st.Event, flagStatement) {
				st.Fate += ", dropped: a statement gives way to the sentence's other act"
				st.Event = ""
			}
		}
	}
	return out, trace
}

// addAlso notes mention mi as another actor of noun phrase k.
func (x *sent) addAlso(k, mi int) {
	if x.also == nil {
		x.also = map[int][]int{}
	}
	x.also[k] = append(x.also[k], mi)
}

// mapActors finds the actor each noun phrase names: the mention over its
// head, else the first mention inside it ("Israeli air raids").
func (x *sent) mapActors() {
	ch := x.an.Chunks
	x.both = slices.Grow(x.both[:0], 2*len(ch))[:2*len(ch)] // actorOf and predOf: one buffer
	both := x.both
	x.actorOf, x.predOf = both[:len(ch):len(ch)], both[len(ch):]
	x.also = nil // made on the first phrase that names two: most sentences have none
	for k := range both {
		both[k] = -1
	}
	for mi, m := range x.ms {
		if m.Actor.IsZero() {
			continue
		}
		for k := range ch {
			if ch[k].Kind != dateline.ChunkNP {
				continue
			}
			c := ch[k]
			from, to := x.s.Tokens[c.From].Start, x.s.Tokens[c.To-1].End
			if m.End <= from || m.Start >= to {
				continue
			}
			head := x.s.Tokens[c.Head]
			overHead := m.Start <= head.Start && m.End >= head.End
			if !overHead && m.Kind == dateline.KindAgent && (strings.Contains(m.Rule, "+kind-word") || m.Actor.Country == "" && x.adjectiveAt(m.End)) {
				continue // "all official contact", "military aid": an agent word that says what kind names no one
			}
			if !overHead && m.Kind == dateline.KindCountry && strings.HasPrefix(m.Rule, "seat") {
				continue // "the Paris agreement": a capital naming a document or a meeting
			}
			switch {
			case x.actorOf[k] < 0:
				x.actorOf[k] = mi
			case overHead && x.ms[x.actorOf[k]].Span == m.Span && x.group(mi) && x.group(x.actorOf[k]):
				// "the three governments": the members of one group over
				// the same words keep the order the story named them in,
				// the first as the phrase's own
				x.addAlso(k, mi)
			case overHead || x.possessor(x.actorOf[k]) && m.Kind == dateline.KindCountry:
				// the head's own actor, or one nearer the head than a
				// possessor: "its Hungarian ally" is Hungary's
				x.addAlso(k, x.actorOf[k])
				x.actorOf[k] = mi
			default:
				x.addAlso(k, mi) // "Sierra Leonean and Liberian refugees"
			}
		}
	}
}

// adjectiveAt reports whether the word that ends at byte offset end may
// be an adjective: "official" in "official contact", "military" in
// "military aid", not "rebel" in "rebel positions".
func (x *sent) adjectiveAt(end int) bool {
	for i, t := range x.s.Tokens {
		if t.End == end {
			return x.an.Words[i].Tag.IsAdjective() || x.an.Words[i].Roles&dateline.RoleAdjectival != 0
		}
	}
	return false
}

// possessor reports whether mention mi is a possessive: "its", "Russia 's".
func (x *sent) possessor(mi int) bool {
	m := x.ms[mi]
	for i, t := range x.s.Tokens {
		if t.Start >= m.End {
			return x.an.Words[i].Tag == dateline.TagPOS
		}
		if t.Start >= m.Start && x.an.Words[i].Tag == dateline.TagPRPS {
			return true
		}
	}
	return false
}

// personal reports whether mention m names a person: a person by name, or
// a pronoun that stands for one ("him", "them"; not "it").
func (x *sent) personal(m dateline.Mention) bool {
	switch m.Kind {
	case dateline.KindPerson:
		return true
	case dateline.KindPronoun:
		w := strings.ToLower(m.Text)
		return w != "it" && w != "its" && w != "itself"
	}
	return false
}

// agentModifier reports whether the actor of noun phrase k is an unnamed
// agent that only modifies the nouns after it, as the first word of a
// compound: "a general strike", "a militant training camp" name no general,
// no militant.
func (x *sent) agentModifier(k int) bool {
	m := x.ms[x.actorOf[k]]
	if m.Kind != dateline.KindAgent || x.headIsActor(k) {
		return false
	}
	c := &x.an.Chunks[k]
	if c.To < len(x.an.Words) && x.an.Words[c.To].Tag.IsNoun() {
		return false // "the army last | week": the tagger split a time phrase off
	}
	i := c.From
	for i < c.Head && x.s.Tokens[i].End != m.End {
		i++
	}
	if i >= c.Head {
		return false
	}
	for j := i + 1; j <= c.Head; j++ { // nouns only up to the head: "a militant training camp"
		if !x.an.Words[j].Tag.IsNoun() {
			return false
		}
	}
	return true
}

// headLemma returns the lemma of chunk k's head.
func (x *sent) headLemma(k int) string { return x.an.Words[x.an.Chunks[k].Head].Lemma }

// adjectiveMeets reports whether noun phrase c is a general noun of an act
// (sets.txt's &deed) whose adjective h lists: "called the launch a
// dangerous act" judges it as "called the launch dangerous" does.
func (x *sent) adjectiveMeets(c *dateline.Chunk, h *heads) bool {
	for i := c.From; i < c.Head; i++ {
		if x.an.Words[i].Tag.IsAdjective() && h.has(x.wordID(i, false)) {
			return x.l.InSet("deed", x.an.Words[c.Head].Lemma)
		}
	}
	return false
}

// descriptorMeets reports whether noun phrase c ends in a name set after
// the common noun that says what it names, and h lists that noun: "rammed
// the tugboat Yany Kapu", "seized the tanker Stena Impero" ram and seize a
// tugboat and a tanker, as "rammed the tugboat" does. A name that is an
// actor's ("the opposition leader Alexei Navalny") is read as the actor.
func (x *sent) descriptorMeets(c *dateline.Chunk, h *heads) bool {
	i := c.Head
	for i > c.From && (x.an.Words[i].Tag == dateline.TagNNP || x.an.Words[i].Tag == dateline.TagNNPS) {
		i--
	}
	if i == c.Head || x.an.Words[i].Tag != dateline.TagNN && x.an.Words[i].Tag != dateline.TagNNS {
		return false
	}
	return h.has(x.wordID(i, false))
}

// ofNameMeets reports whether noun phrase c is a common noun and the name
// of whom it is after "of", one phrase whose head the chunker puts on the
// name, and h lists that noun: "the army of Niger took power", "installed
// him as president of Burundi" are an army and a president, as "Niger's
// army" is.
func (x *sent) ofNameMeets(c *dateline.Chunk, h *heads) bool {
	i := c.Head
	for i > c.From && (x.an.Words[i].Tag == dateline.TagNNP || x.an.Words[i].Tag == dateline.TagNNPS || x.an.Words[i].Tag == dateline.TagDT) {
		i--
	}
	if i == c.Head || i-1 < c.From || x.an.Words[i].Tag != dateline.TagIN {
		// (the one preposition the chunker keeps inside a noun phrase:
		// "of" before a name)
		return false
	}
	if t := x.an.Words[i-1].Tag; t != dateline.TagNN && t != dateline.TagNNS {
		return false
	}
	return h.has(x.wordID(i-1, false)) || x.s.Tokens[i-1].Lower != x.an.Words[i-1].Lemma && h.has(x.wordID(i-1, true))
}

// satisfies reports whether noun phrase k meets h: for heads marked "!",
// that it is absent or none of them.
func (x *sent) satisfies(k int, h *heads) bool {
	if h != nil && h.not {
		// none of them, nor any phrase joined to it: "Colonel Rabuka and a
		// squad of soldiers stormed parliament" is stormed by soldiers
		return k < 0 || !slices.ContainsFunc(x.conjuncts(k), func(c int) bool { return x.meets(c, h) })
	}
	return x.meets(k, h)
}

// meets reports whether noun phrase k is what h lists.
func (x *sent) meets(k int, h *heads) bool {
	if h != nil && h.none {
		return k < 0
	}
	if h == nil || h.text == "*" || h.any {
		return k >= 0
	}
	if k < 0 {
		return false
	}
	if x.actorOf[k] < 0 && !x.an.Chunks[k].Named {
		// "shot Agustin Intriago, the mayor of Manta": a name the
		// knowledge lacks is who its apposition says
		if ap := x.an.Dependent(k, dateline.RelAppos); ap >= 0 && x.actorOf[ap] >= 0 {
			k = ap
		}
	}
	if h.actor && x.actorOf[k] >= 0 && !x.agentModifier(k) {
		return true
	}
	if h.leader && x.actorOf[k] >= 0 && x.ms[x.actorOf[k]].Kind == dateline.KindPerson && x.l.office(x.ms[x.actorOf[k]].Actor.Sector) {
		return true
	}
	if h.person && x.actorOf[k] >= 0 && x.personal(x.ms[x.actorOf[k]]) &&
		(x.ms[x.actorOf[k]].Kind != dateline.KindPronoun || x.headIsActor(k)) {
		return true // not a pronoun that only owns the thing: "held their fire for a day"
	}
	if h.name && x.unknownName(k) {
		return true // a name no actor has: "handed Nurjaman Riduan to Thai police"
	}
	if h.igo && x.actorOf[k] >= 0 && x.ms[x.actorOf[k]].Kind == dateline.KindOrganization && x.ms[x.actorOf[k]].Actor.Sector == "IGO" && x.headIsActor(k) {
		return true // "left the African Union": a body of states, by name (not "its headquarters")
	}
	c := &x.an.Chunks[k]
	if h.place && c.Named && (x.actorOf[k] < 0 || x.ms[x.actorOf[k]].Rule == "seat") {
		return true // a place, or a capital named as its government ("seized Kabul")
	}
	if h.time && c.Time {
		return true
	}
	if (x.an.Words[c.Head].Roles&(dateline.RoleQuantity|dateline.RoleTime) != 0 || x.an.Words[c.Head].Tag == dateline.TagCD) && (!h.actor || x.an.Words[c.Head].Tag == dateline.TagCD || x.an.Words[c.Head].Roles&dateline.RoleQuantity != 0) {
		// "part of the aid", "a series of bombs", "six hours of talks": the
		// phrase after "of" says what (a span of time, as spanOf reads it);
		// a number of a group is of that group, an actor ("five of the
		// missionaries were released", "seized dozens of hostages"), or
		// people the entry names ("shot dead dozens of men" as "shot dead
		// men"), though not of a pronoun, whose
		// group the tracker reads from the subject before ("Police
		// arrested 30 protesters. Twelve of them")
		for pp := range x.an.Dependents(k, dateline.RelNMod) {
			if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "of" {
				if np := x.an.Dependent(pp, dateline.RelPObj); np >= 0 && np != k && x.meets(np, h) &&
					(!h.actor || x.actorOf[np] < 0 || x.ms[x.actorOf[np]].Kind != dateline.KindPronoun) {
					return true
				}
			}
		}
	}
	if len(h.words) > 0 && (h.has(x.wordID(c.Head, false)) || x.s.Tokens[c.Head].Lower != x.headLemma(k) && h.has(x.wordID(c.Head, true))) {
		return true // the form is asked for only when it is not the lemma
	}
	if (len(h.words) > 0 || len(h.tails) > 0) && x.kindOf(k, h) {
		return true
	}
	if len(h.words) > 0 && x.namedAs(k, h) {
		return true
	}
	if len(h.words) > 0 && x.roleOfGroup(k, h) {
		return true
	}
	if len(h.words) > 0 && x.antecedentMeets(k, h) {
		return true
	}
	if len(h.words) > 0 && x.adjectiveMeets(c, h) {
		return true
	}
	if len(h.words) > 0 && !x.headIsActor(k) && x.descriptorMeets(c, h) {
		return true
	}
	if len(h.words) > 0 && x.ofNameMeets(c, h) {
		return true
	}
	if x.an.Words[c.From].Tag == dateline.TagDollar && h.has(x.l.idOf("money")) {
		return true // "$40 million", "€3 billion": an amount of money
	}
	if x.mayEndIn(k, h) {
		for _, t := range h.tails {
			if x.endsWith(k, t) {
				return true
			}
		}
	}
	if last := x.lastConjunct(k); last >= 0 && x.compoundPart(k) && x.compoundPart(last) {
		// "New Zealand and Australian troops", "Kenya and Uganda troops":
		// the countries before the conjunction share the last one's head
		// noun, as the tracker split them (one mention for each country)
		return x.meets(last, h)
	}
	if last := x.lastConjunct(k); last >= 0 && !h.actor && !h.person && !h.leader && !h.igo &&
		x.an.Words[c.Head].Tag == dateline.TagNN && x.an.Words[x.an.Chunks[last].Head].Tag == dateline.TagNNS {
		// "cut all air, rail, road and postal links with Georgia": singular
		// words set off as conjuncts share the last one's plural head (not
		// "100 soldiers and police", two heads)
		return x.meets(last, h)
	}
	if !h.actor && !h.person && !h.leader && !h.igo {
		// "launched drones and missiles at Israel", "seized cash and
		// weapons": a list of things, any of which the entry names (not a
		// list of actors, whose first member is the one read); a list of
		// named things closed by the kind they are ("blocked Facebook,
		// WhatsApp and other social media") is of that kind
		for c := range x.an.Dependents(k, dateline.RelConj) {
			if x.an.Chunks[c].Kind == dateline.ChunkNP && (x.actorOf[c] < 0 && x.actorOf[k] < 0 || x.s.Tokens[x.an.Chunks[c].From].Lower == "other") && x.meets(c, h) {
				return true
			}
		}
	}
	return false
}

// kindOf reports whether noun phrase k is headed by a noun that only says
// what sort of thing the "of" phrase after it names (sets.txt's &kindof:
// "a form of blackmail", "a kind of piracy", "an act of provocation"), and
// that phrase is what h lists.
func (x *sent) kindOf(k int, h *heads) bool {
	if x.actorOf[k] >= 0 || !x.l.InSet("kindof", x.headLemma(k)) {
		return false
	}
	np := x.ofObject(k)
	return np > k && x.meets(np, h)
}

// antecedentMeets reports whether noun phrase k, a pronoun that stands for
// an actor named before it in the sentence, is what h lists by the phrase
// it stands for, the last one before it that names the same actor: "told
// the strikers they would be fired" fires strikers, "surrounded the
// demonstrators and fired on them" fires on protesters. A pronoun whose
// actor only an earlier sentence named is what h lists by the last word
// of the phrase that named it there (the tracker's Mention.Stands: "Rebels
// attacked Gao. They were driven into the hills by troops"), the word as
// written, so an irregular plural ("gunmen") meets the list's own form.
func (x *sent) antecedentMeets(k int, h *heads) bool {
	mi := x.actorOf[k]
	if mi < 0 || x.ms[mi].Kind != dateline.KindPronoun || !x.headIsActor(k) || !strings.HasPrefix(x.ms[mi].Rule, "coref:") {
		return false
	}
	a := x.ms[mi].Actor
	for j := k - 1; j >= 0; j-- {
		if o := x.actorOf[j]; o >= 0 && x.ms[o].Kind != dateline.KindPronoun && x.ms[o].Actor == a &&
			x.an.Chunks[j].Kind == dateline.ChunkNP && x.headIsActor(j) {
			return x.meets(j, h)
		}
	}
	// "Gunmen stormed the village. Troops fired on them": the phrase an
	// earlier sentence named it by, by its last word as written
	if w := x.ms[mi].Stands; w != "" {
		return h.has(x.l.idOf(w))
	}
	return false
}

// namedAs reports whether noun phrase k names a group by its name whose
// sector counts as one of h's nouns (sets.txt's &named-SECTOR): "the
// Taliban stormed the town", "Hezbollah fighters" are rebels and
// militants as "rebels stormed the town" is (&armed).
func (x *sent) namedAs(k int, h *heads) bool {
	a := x.actorOf[k]
	if a < 0 || x.ms[a].Kind != dateline.KindOrganization || !x.headIsActor(k) {
		return false
	}
	for _, id := range x.l.named[string(x.ms[a].Actor.Sector)] {
		if h.has(id) {
			return true
		}
	}
	return false
}

// roleOfGroup reports whether noun phrase k names a member of a group by
// a role that makes him wanted (sets.txt's &wanted), and h lists the role:
// "a founding leader of the ULFA", "a senior commander of the Shabaab
// militia" are a leader and a commander, though the phrase ends in the
// group ("supporters of the Green Movement" stay the movement).
func (x *sent) roleOfGroup(k int, h *heads) bool {
	a := x.actorOf[k]
	if a < 0 || x.ms[a].Kind != dateline.KindAgent || !strings.HasPrefix(x.ms[a].Rule, "agent+of") {
		return false
	}
	c := &x.an.Chunks[k]
	for i := c.From; i < c.Head; i++ {
		if x.s.Tokens[i].Start == x.ms[a].Start { // the mention opens with the role: "leader of the ULFA"
			return x.an.Words[i].Tag.IsNoun() && x.l.InSet("wanted", x.an.Words[i].Lemma) && h.has(x.wordID(i, false))
		}
	}
	return false
}

// compoundPart reports whether noun phrase k holds a country's part of a
// compound the tracker split ("Kenya and Uganda troops": one mention for
// each country, all of the head noun's sector).
func (x *sent) compoundPart(k int) bool {
	a := x.actorOf[k]
	return a >= 0 && strings.HasPrefix(x.ms[a].Rule, "compound")
}

// lastConjunct returns the last noun phrase joined to noun phrase k as a
// conjunct ("air, rail and postal links": "postal links"), or -1.
func (x *sent) lastConjunct(k int) int {
	last := -1
	for c := range x.an.Dependents(k, dateline.RelConj) {
		if c > last && x.an.Chunks[c].Kind == dateline.ChunkNP {
			last = c
		}
	}
	return last
}

// choose returns the entry among entries that match and ask the most of
// what they bind, with its binding; between equal scores the earlier line.
// match may return a binding it reuses at its next call.
func (x *sent) choose(entries []*entry, match func(*entry) ([]int, bool)) (*entry, []int) {
	var best *entry
	var bestBind []int
	bestScore := -1
	for _, e := range entries {
		if e.top <= bestScore {
			continue // it cannot score more, and the earlier entry wins a tie
		}
		bind, ok := match(e)
		if !ok {
			continue
		}
		if sc := x.score(e, bind); sc > bestScore {
			// a copy, among the sentence's kept bindings: bind is
			// scratch that the next match overwrites
			n := len(x.binds)
			x.binds = append(x.binds, bind...)
			best, bestBind, bestScore = e, x.binds[n:len(x.binds):len(x.binds)], sc
		}
	}
	return best, bestBind
}

// score is how much entry e asked of the words it bound: its specificity,
// and one more for each argument bound through a multi-word ending, so
// "humanitarian_aid" outranks "aid" only when the phrase says "humanitarian
// aid". Between equal scores the earlier line wins: files put narrow codes
// first.
func (x *sent) score(e *entry, bind []int) int {
	n := e.specificity()
	for i := range e.args {
		a := &e.args[i]
		if a.heads == nil || a.heads.not || len(a.heads.tails) == 0 || i >= len(bind) || bind[i] < 0 || !x.mayEndIn(bind[i], a.heads) {
			continue
		}
		for _, t := range a.heads.tails {
			if x.endsWith(bind[i], t) {
				n++
				break
			}
		}
	}
	return n
}

// mayEndIn reports whether any of h's tails may end noun phrase k: whether
// a word where endsWith looks for a tail's last word (from the head to as
// far past the phrase as the longest tail reaches) is, as written or as
// lemma, the last word of one. Most phrases have none, and endsWith is then
// not asked tail by tail.
func (x *sent) mayEndIn(k int, h *heads) bool {
	if len(h.tails) == 0 {
		return false
	}
	c := &x.an.Chunks[k]
	end := c.To
	for end < len(x.s.Tokens) && end-c.To < h.tailMax && x.an.Words[end].Tag != dateline.TagComma {
		end++
	}
	for tok := max(c.Head, 0); tok < end; tok++ {
		// most words end no tail of any heads: asked first, without a search
		if x.endsTail(tok) && (hasID(h.tailLast, x.wordID(tok, true)) || hasID(h.tailLast, x.wordID(tok, false))) {
			return true
		}
	}
	return false
}

// endsTail reports whether token i, as written or as its lemma, is the
// last word of a tail of any heads; asked once a sentence a token.
func (x *sent) endsTail(i int) bool {
	if len(x.tailEnds) == 0 {
		x.tailEnds = slices.Grow(x.tailEnds[:0], len(x.s.Tokens))[:len(x.s.Tokens)]
		clear(x.tailEnds)
	}
	if x.tailEnds[i] == 0 {
		x.tailEnds[i] = 2
		if x.l.isTailEnd(x.wordID(i, true)) || x.l.isTailEnd(x.wordID(i, false)) {
			x.tailEnds[i] = 1
		}
	}
	return x.tailEnds[i] == 1
}

// endsWith reports whether noun phrase k ends in the words t (the last
// compared by lemma, and the phrase's head, which an "of" phrase may
// follow, too): "military aid", "state_of_emergency", "acts of terrorism"
// and "states of emergency" as "act_of_terrorism" and
// "state_of_emergency".
func (x *sent) endsWith(k int, t []string) bool {
	c := &x.an.Chunks[k]
	// a tail may run on into an "of" phrase: "state of emergency"
	end := c.To
	for end < len(x.s.Tokens) && end-c.To < len(t) && x.an.Words[end].Tag != dateline.TagComma {
		end++
	}
	for stop := c.Head + 1; stop <= end; stop++ {
		if stop-len(t) < c.From {
			continue
		}
		ok := true
		for i, w := range t {
			tok := stop - len(t) + i
			if x.s.Tokens[tok].Lower != w && !((i == len(t)-1 || tok == c.Head) && x.an.Words[tok].Lemma == w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return x.modifiedAs(c, t)
}

// modifiedAs reports whether noun phrase c is the two-word ending t with
// other modifiers between its words: "their first joint ground patrol" and
// "a joint search-and-rescue exercise" are joint patrols and exercises,
// "humanitarian food aid" humanitarian aid. The words between must be
// adjectives or nouns, so the first word still modifies the head.
func (x *sent) modifiedAs(c *dateline.Chunk, t []string) bool {
	if len(t) != 2 || c.Head < 0 || x.s.Tokens[c.Head].Lower != t[1] && x.an.Words[c.Head].Lemma != t[1] {
		return false
	}
	for i := c.Head - 1; i >= c.From; i-- {
		if x.s.Tokens[i].Lower == t[0] {
			return i < c.Head-1
		}
		if tag := x.an.Words[i].Tag; !tag.IsAdjective() && tag != dateline.TagNN && tag != dateline.TagNNS {
			return false
		}
	}
	return false
}

// verbal matches every clause's verb group against the verb entries.
func (x *sent) verbal() {
	an := x.an
	for ci, c := range an.Clauses {
		vg := &an.Chunks[c.Verb]
		entries := x.verbsAt(vg.Head)
		if len(entries) == 0 {
			continue
		}
		best, bestBind := x.choose(entries, func(e *entry) ([]int, bool) { return x.matchVerb(e, ci) })
		if best == nil {
			continue
		}
		x.predOf[c.Verb] = len(x.preds)
		if cap(x.preds) == 0 {
			x.preds = make([]pred, 0, len(an.Clauses)-ci+1) // at most one a clause left, and a noun's: one allocation, not a doubling each
		}
		x.preds = append(x.preds, pred{e: best, code: best.code, act: best.code, clause: ci, vg: c.Verb, np: -1, bind: bestBind,
			light: -1, via: -1, comp: -1, obligee: -1, voice: -1, victim: -1, orderer: -1})
	}
}

// matchVerb binds entry e's arguments in clause ci, or reports false.
func (x *sent) matchVerb(e *entry, ci int) ([]int, bool) {
	an := x.an
	k := an.Clauses[ci].Verb
	vg := an.Chunks[k].Verb
	if e.particle != "" && !x.hasParticle(k, e.particle) {
		return nil, false
	}
	if e.particle == "" {
		if k != x.phrasalK || e.head != x.phrasalHead {
			x.phrasalK, x.phrasalHead, x.phrasalIs = k, e.head, x.phrasalOther(k, e.head)
		}
		if x.phrasalIs {
			return nil, false // "called off a strike" is not "called a strike"
		}
	}
	d := x.depsOf(k)
	bind := x.binding(len(e.args))
	// the double object construction: "gave Kenya aid" is "gave aid to Kenya"
	// and its passive: "Kenya was given aid" is "aid was given to Kenya"
	obj2 := -1
	if e.dative {
		obj2 = d.obj2
		if obj2 < 0 && vg.Passive {
			obj2 = d.obj // the phrase after a passive verb: see argObj2
		}
	}
	for i := range e.args {
		a := &e.args[i]
		switch a.rel {
		case argObj:
			o := d.obj
			if obj2 >= 0 {
				o = obj2
			} else if vg.Passive {
				o = d.subj
			} else if o >= 0 {
				o = x.elided(k, o)
			} else if e.particle != "" {
				o = x.particleObject(k, e.particle)
			}
			if a.heads != nil && !x.satisfies(o, a.heads) {
				return nil, false
			}
			bind[i] = o
		case argObj2:
			o := d.obj2
			if o < 0 && vg.Passive {
				// "were taken hostage", "was given aid": the first object
				// is the subject, and the phrase after the verb the second
				o = d.obj
			}
			if a.heads != nil && !x.satisfies(o, a.heads) {
				return nil, false
			}
			bind[i] = o
		case argSubj:
			o := d.subj
			if vg.Passive {
				o = d.agent
			}
			if sh := x.sharedHead(o); a.heads != nil && !x.satisfies(o, a.heads) && (sh < 0 || !x.satisfies(sh, a.heads)) {
				// ("American and British warplanes struck": the noun the
				// joined adjectives share)
				return nil, false
			}
			bind[i] = o
		case argPrep:
			o := -1
			if obj2 >= 0 && slices.Contains(a.preps, "to") {
				// the first object is the receiver, whatever "to" follows: "granted women the right to drive"
				io := d.obj
				if vg.Passive {
					io = d.subj
				}
				if a.heads == nil || x.satisfies(io, a.heads) {
					o = io
				}
			}
			if o < 0 {
				o = x.prepObject(k, a)
			}
			for p := 0; o < 0 && p < i; p++ {
				if e.args[p].rel == argPrep && e.args[p].heads != nil && bind[p] >= 0 {
					// "deployed troops along its border with Ukraine": a
					// preposition after the noun an earlier one names
					o = x.prepObject(bind[p], a)
				}
			}
			if o < 0 && vg.Passive {
				o = x.strandedSubject(k, a) // "were fired on": the subject is the preposition's object
			}
			if o < 0 {
				o = x.cargo(k, a) // "a plane carrying food landed": landed with food
			}
			if a.heads != nil && o < 0 && !(a.heads.any || a.heads.text == "*" || a.heads.not) {
				return nil, false
			}
			if a.heads != nil && a.heads.not {
				// heads marked "!" may be absent, never one of them: "stepped
				// down from the podium" is no resignation; nor is any of
				// the phrases the preposition opens one of them: "beat Kenya
				// in the final in Nairobi" won a match, whatever "in
				// Nairobi" is
				if p := x.prepObject(k, &arg{rel: a.rel, preps: a.preps}); o < 0 && p >= 0 && x.meets(p, a.heads) {
					return nil, false
				}
				pos := *a.heads
				pos.not = false
				if p := x.prepObject(k, &arg{rel: a.rel, preps: a.preps, heads: &pos}); p >= 0 {
					return nil, false
				}
			} else if o < 0 && a.heads != nil && !x.prepGerund(k, a) {
				return nil, false // "committed to opening up": a gerund after the preposition will do for "*"
			}
			bind[i] = o
		case argThat:
			if x.thatClause(k) < 0 {
				return nil, false
			}
		case argInf:
			v := x.infinitiveOf(k)
			if v < 0 || a.heads != nil && !x.infHeads(v, a.heads) {
				return nil, false
			}
		case argAdv:
			if !x.hasAdverb(k, a.heads) {
				return nil, false
			}
		case argNeg:
			if !x.negated(k) {
				return nil, false
			}
		case argPassive:
			if !vg.Passive {
				return nil, false
			}
		case argActive:
			if vg.Passive {
				return nil, false
			}
		case argFuture:
			if vg.Finite && vg.Modal == "" && vg.Tense != dateline.TenseFuture {
				// "Striking workers were fired on", "holds Hezbollah
				// responsible": an act told as done or as it stands is none
				// of what an entry of an act to come reads ("would be
				// fired", "would hold Pyongyang responsible": 130), and gives
				// way to the entries that read it so (175, 112)
				return nil, false
			}
		}
	}
	return bind, true
}

// infHeads reports whether infinitive verb group v has one of h as its
// verb. A verb with a particle the lexicon knows is that phrasal verb, as
// an entry's head is: "refused to give details" is "give", "refused to give
// up power" is "give_up", another verb ("vowed to hit back": "hit_back").
func (x *sent) infHeads(v int, h *heads) bool {
	an := x.an
	c := &an.Chunks[v]
	lemma := an.Words[c.Head].Lemma
	if c.Verb.Particle >= 0 {
		p := x.s.Tokens[c.Verb.Particle].Lower
		for _, t := range h.tails {
			if len(t) == 2 && t[0] == lemma && t[1] == p {
				return true
			}
		}
	}
	if x.phrasalOther(v, lemma) {
		return false
	}
	return h.has(x.wordID(c.Head, false))
}

// negated reports whether verb group k is negated ("was not", "had never
// been"), a negation follows it ("was [not] fair"), or its object opens
// with one ("neither free nor fair", "no evidence").
func (x *sent) negated(k int) bool {
	an := x.an
	c := &an.Chunks[k]
	if c.Verb.Neg || c.To < len(an.Words) && an.Words[c.To].Roles&dateline.RoleNegation != 0 {
		return true
	}
	o := an.Dependent(k, dateline.RelObj)
	return o >= 0 && an.Words[an.Chunks[o].From].Roles&dateline.RoleNegation != 0
}

// hasAdverb reports whether verb group k holds, or is followed right
// after it or after its object by, an adverb h names ("would respond
// militarily", "intervened militarily in Mali"), or is followed right
// after it by an adjective h names ("would not go unanswered").
func (x *sent) hasAdverb(k int, h *heads) bool {
	if h == nil {
		return false
	}
	c := &x.an.Chunks[k]
	end := c.To
	if o := x.an.Dependent(k, dateline.RelObj); o >= 0 && x.an.Chunks[o].From == c.To {
		end = x.an.Chunks[o].To
		// after the members joined to the object: "brought Hamas and
		// Fatah together"
		for m := range x.an.Dependents(o, dateline.RelConj) {
			if t := x.an.Chunks[m].To; t > end && x.conjAdjacent(end, x.an.Chunks[m].From) {
				end = t
			}
		}
	}
	for i := c.From; i <= end && i < len(x.s.Tokens); i++ {
		if (i < c.To || i == c.To || i == end) && x.an.Words[i].Tag.IsAdverb() && h.has(x.wordID(i, true)) {
			return true
		}
		if i == c.To && x.an.Words[i].Tag.IsAdjective() && h.has(x.wordID(i, true)) {
			return true
		}
	}
	return false
}

// conjAdjacent reports whether only a conjunction or a comma lies between
// token end (the end of one member of a list) and from (the start of the
// next): "Hamas and Fatah", "Iran, Iraq".
func (x *sent) conjAdjacent(end, from int) bool {
	for i := end; i < from; i++ {
		if t := x.an.Words[i].Tag; t != dateline.TagCC && t != dateline.TagComma {
			return false
		}
	}
	return true
}

// phrasalOther reports whether verb group k carries a particle that makes
// its verb head another verb the lexicon knows ("call_off" beside
// "call"): an entry for the plain verb does not fit it. After a short
// object the particle counts only for a verb that undoes the plain one
// (sets.txt's &undoing: "called the strike off", "called them off");
// "sent troops back into Gaza" still sends troops.
func (x *sent) phrasalOther(k int, head string) bool {
	an := x.an
	c := &an.Chunks[k]
	if c.Verb.Particle >= 0 {
		return slices.Contains(x.l.phrasal[head], x.s.Tokens[c.Verb.Particle].Lower)
	}
	ps := x.l.phrasal[head]
	if len(ps) == 0 {
		return false
	}
	o := an.Dependent(k, dateline.RelObj)
	if o < 0 || an.Chunks[o].From != c.To {
		return false
	}
	end := an.Chunks[o].To
	if end >= len(x.s.Tokens) || end-an.Chunks[o].From > 3 || an.Words[end].Roles&dateline.RoleParticle == 0 {
		return false
	}
	p := x.s.Tokens[end].Lower
	return slices.Contains(ps, p) && x.l.InSet("undoing", head+"_"+p)
}

// hasParticle reports whether verb group k has particle p, in the group or
// right after it ("set free").
func (x *sent) hasParticle(k int, p string) bool {
	c := &x.an.Chunks[k]
	if c.Verb.Particle >= 0 && x.s.Tokens[c.Verb.Particle].Lower == p {
		return true
	}
	if c.Verb.Particle >= 0 {
		// a verb with a particle of its own takes no second one:
		// "stepped up patrols in the capital" is no "step in"
		return false
	}
	if c.To < len(x.s.Tokens) && x.s.Tokens[c.To].Lower == p {
		return true
	}
	for i := c.To; i < len(x.s.Tokens) && i < c.To+2 && x.an.Words[i].Tag.IsAdverb() && x.an.Words[i].Roles&dateline.RoleNegation == 0; i++ {
		// an adverb or two between: "were probably behind the attack",
		// "was very likely behind", "pulled quickly back"
		if i+1 < len(x.s.Tokens) && x.s.Tokens[i+1].Lower == p {
			return true
		}
	}
	// after a short object: "drove them back", "handed the suspect over";
	// a word that is no particle ends a complex predicate after any object:
	// "found twelve former ministers guilty"
	o := x.an.Dependent(k, dateline.RelObj)
	if o < 0 || x.an.Chunks[o].From != c.To {
		return false
	}
	from, end := x.an.Chunks[o].From, x.an.Chunks[o].To
	if q := x.countOf(o); q != o {
		// "drove hundreds of thousands of Rohingya out of Rakhine": a
		// count with its "of" phrase is one object, as short as that phrase
		from, end = x.an.Chunks[q].From, x.an.Chunks[q].To
	}
	if end >= len(x.s.Tokens) || x.s.Tokens[end].Lower != p {
		return false
	}
	if pp := int(x.an.Words[end].Chunk); pp >= 0 && x.an.Chunks[pp].Kind == dateline.ChunkPP {
		if np := x.an.Dependent(pp, dateline.RelPObj); np >= 0 && x.an.Chunks[np].Time && !x.adverbialTime(np) {
			// a preposition of time after the object: "signed the decree on
			// Monday" is no "sign on"; "ordered the troops in the next day"
			// (a time that stands alone) keeps its particle, and so does one
			// whose phrase is what the verb speaks of ("was very likely
			// behind the attack")
			return false
		}
	}
	return end-from <= 4 || x.an.Words[end].Roles&dateline.RoleParticle == 0
}

// adverbialTime reports whether noun phrase k is a time that stands alone
// as an adverbial, opening with a determiner or an adjective: "the next
// day", "that night", "last week"; not "Monday" or "2015", which follow a
// preposition.
func (x *sent) adverbialTime(k int) bool {
	c := &x.an.Chunks[k]
	t := x.an.Words[c.From].Tag
	return c.Time && (t == dateline.TagDT || t.IsAdjective())
}

// countOf returns the phrase a count's "of" phrase names ("hundreds of
// thousands of Rohingya": Rohingya), through at most three counts, or k
// itself when k is no count with one.
func (x *sent) countOf(k int) int {
	an := x.an
	for depth := 0; depth < 3; depth++ {
		if an.Words[an.Chunks[k].Head].Roles&dateline.RoleQuantity == 0 {
			return k
		}
		next := -1
		for pp := range an.Dependents(k, dateline.RelNMod) {
			if x.s.Tokens[an.Chunks[pp].Head].Lower == "of" && an.Chunks[pp].From == an.Chunks[k].To {
				next = an.Dependent(pp, dateline.RelPObj)
			}
		}
		if next < 0 {
			return k
		}
		k = next
	}
	return k
}

// particleObject returns the object of a phrasal verb whose particle is a
// preposition the syntax read as heading a phrase of its own, right after
// verb group k: "took over the broadcaster", "handed over the suspects",
// "took in refugees"; else -1.
func (x *sent) particleObject(k int, p string) int {
	an := x.an
	i := an.Chunks[k].To
	if i >= len(x.s.Tokens) || x.s.Tokens[i].Lower != p {
		return -1
	}
	pp := int(an.Words[i].Chunk)
	if pp < 0 || an.Chunks[pp].Kind != dateline.ChunkPP {
		return -1
	}
	np := an.Dependent(pp, dateline.RelPObj)
	for np >= 0 && an.Chunks[np].Poss {
		h := an.Governor(np, dateline.RelPoss)
		if h <= np {
			break
		}
		np = h // "took over the National Guard's headquarters": what the possessor owns
	}
	return np
}

// strandedSubject returns the subject of passive verb group k when a
// preposition a allows follows the verb with no object of its own ("the
// workers were fired on by police", "were shot at"): the subject is what
// the preposition governs in the active. It returns -1 otherwise, or when
// the subject does not meet a's heads.
func (x *sent) strandedSubject(k int, a *arg) int {
	an := x.an
	pp := k + 1
	if pp >= len(an.Chunks) || an.Chunks[pp].Kind != dateline.ChunkPP || an.Chunks[pp].From != an.Chunks[k].To ||
		!x.prepIs(pp, a.preps) || an.Dependent(pp, dateline.RelPObj) >= 0 {
		return -1
	}
	s := an.Dependent(k, dateline.RelSubj)
	if s < 0 || a.heads != nil && !x.satisfies(s, a.heads) {
		return -1
	}
	return s
}

// absolute reports whether preposition phrase pp is "with", set off by a
// comma, and a subject of a participle after it: an absolute clause ("signed the accord, with
// Egypt acting as mediator", "with the United States looking on"), whose
// noun phrase does what the participle says and is no partner of the verb.
func (x *sent) absolute(pp int) bool {
	an := x.an
	if f := an.Chunks[pp].From; x.s.Tokens[an.Chunks[pp].Head].Lower != "with" || f == 0 || x.s.Tokens[f-1].Text != "," {
		return false // (not "signed a deal with China covering gas supplies")
	}
	for np := range an.Dependents(pp, dateline.RelPObj) {
		for _, k := range x.conjuncts(np) {
			if v := an.Governor(k, dateline.RelSubj); v > k && an.Chunks[v].Kind == dateline.ChunkVG && !an.Chunks[v].Verb.Finite && !an.Chunks[v].Verb.Infinitive {
				return true
			}
		}
	}
	return false
}

// prepObject returns the noun phrase of a preposition attached to chunk k
// (a verb group's obliques, a noun phrase's modifiers) that a allows and
// whose head a's heads accept, or -1.
func (x *sent) prepObject(k int, a *arg) int {
	an := x.an
	rel := dateline.RelObl
	counted := -1
	if an.Chunks[k].Kind == dateline.ChunkNP {
		rel = dateline.RelNMod
	} else if o := an.Dependent(k, dateline.RelObj); o >= 0 {
		counted = x.countedOf(o)
	}
	try := func(pp int) int {
		if !x.prepIs(pp, a.preps) || x.absolute(pp) {
			return -1
		}
		for np := range an.Dependents(pp, dateline.RelPObj) {
			if an.Chunks[np].Time && (a.heads == nil || !a.heads.time) {
				continue // "agreed on Wednesday" agreed on no Wednesday
			}
			if np == counted {
				continue // "hosted two rounds of talks": what the count counts, not a party
			}
			if an.Chunks[np].Poss {
				// "apologised to Australia's Aboriginal people", "appealed
				// to the country's farmers": the possessor is the
				// preposition's object only as far as the chunks go; when
				// what it owns is an actor, that is who is meant
				if own := an.Governor(np, dateline.RelPoss); own >= 0 && x.actorOf[own] >= 0 && (a.heads == nil || x.satisfies(own, a.heads)) {
					return own
				}
			}
			if a.heads == nil || x.satisfies(np, a.heads) {
				return np
			}
			// a possessor is the preposition's object only as far as the
			// chunks go: "in Lebanon's affairs" is about the affairs
			if an.Chunks[np].Poss {
				if own := an.Governor(np, dateline.RelPoss); own >= 0 && x.satisfies(own, a.heads) {
					return own
				}
			}
		}
		return -1
	}
	for pp := range an.Dependents(k, rel) {
		if rel == dateline.RelObl && x.ofDeeper(k, pp) {
			continue
		}
		if np := try(pp); np >= 0 {
			return np
		}
	}
	if rel == dateline.RelNMod {
		// the "of" phrase's modifiers, as a verb's object's: "the
		// severing of ties with Morocco", "the suspension of aid to Egypt";
		// not where the thing is from ("the withdrawal of troops from
		// Lebanon" is the troops' act, aimed at no one); also past the
		// name of where it happens ("talks in Doha between A and B") and
		// past its doer ("strikes by French helicopters on Gbagbo's forces")
		for pp := range an.Dependents(k, rel) {
			w := x.s.Tokens[an.Chunks[pp].Head].Lower
			if w != "of" && w != "in" && w != "at" && w != "by" {
				continue
			}
			if o := an.Dependent(pp, dateline.RelPObj); o >= 0 && (w == "of" || w == "by" && x.actorOf[o] >= 0 || x.placeNamed(o)) {
				for pp2 := range an.Dependents(o, dateline.RelNMod) {
					if w := x.s.Tokens[an.Chunks[pp2].Head].Lower; w == "of" || w == "from" {
						continue
					}
					if np := try(pp2); np >= 0 {
						return np
					}
				}
			}
		}
	}
	if rel == dateline.RelObl {
		// the object's modifiers: "imposed sanctions on Iran"; in the
		// passive, the subject's ("evidence against Russia was presented")
		o := an.Dependent(k, dateline.RelObj)
		if an.Chunks[k].Kind == dateline.ChunkVG && an.Chunks[k].Verb.Passive {
			o = an.Dependent(k, dateline.RelSubj)
		}
		if o >= 0 {
			for pp := range an.Dependents(o, dateline.RelNMod) {
				if np := try(pp); np >= 0 {
					return np
				}
			}
			if of := x.countedOf(o); of >= 0 {
				// past a count to what it counts: "hosted two rounds of
				// talks between Hamas and Israel"
				for pp := range an.Dependents(of, dateline.RelNMod) {
					if np := try(pp); np >= 0 {
						return np
					}
				}
			}
			// past a relative clause on the object: "hit the soldiers who
			// seized power with sanctions", "suspended the aid it had
			// promised to Egypt"
			for _, ci := range x.relativesOn(o) {
				for pp := range an.Dependents(an.Clauses[ci].Verb, dateline.RelObl) {
					if np := try(pp); np >= 0 && x.lastPP(ci, pp) {
						return np
					}
				}
			}
			// past a passive participle on the object: "cut off gas
			// intended for Belarus", "seized arms bound for Gaza"
			for _, c := range an.Clauses {
				if c.Kind != dateline.ClauseParticipial || c.Verb < 0 || an.Dependent(c.Verb, dateline.RelSubj) != o {
					continue
				}
				if np := x.aimedBy(c.Verb, a); np >= 0 {
					return np
				}
				if !an.Chunks[c.Verb].Verb.Passive {
					continue
				}
				for pp := range an.Dependents(c.Verb, dateline.RelObl) {
					if np := try(pp); np >= 0 {
						return np
					}
				}
			}
		}
	}
	return -1
}

// placeNamed reports whether noun phrase k may name where an act takes
// place: a name the earlier stages found that is not a time, or a proper
// noun they did not ("talks in the Kremlin with Sarkozy").
func (x *sent) placeNamed(k int) bool {
	c := &x.an.Chunks[k]
	if c.Time {
		return false
	}
	return c.Named || x.an.Words[c.Head].Tag == dateline.TagNNP && x.actorOf[k] < 0
}

// aimedBy returns whom a participle of aiming on a thing names as its
// aim (sets.txt's &aiming: "sanctions targeting Russian banks",
// "measures aimed at Iran"), for a target argument a, or -1.
func (x *sent) aimedBy(v int, a *arg) int {
	an := x.an
	if a.role != 'T' || !x.l.InSet("aiming", x.headLemma(v)) {
		return -1
	}
	np := -1
	if !an.Chunks[v].Verb.Passive {
		np = an.Dependent(v, dateline.RelObj)
	} else {
		for pp := range an.Dependents(v, dateline.RelObl) {
			if k := an.Dependent(pp, dateline.RelPObj); k >= 0 && !an.Chunks[k].Time {
				np = k
				break
			}
		}
	}
	if np < 0 || a.heads != nil && !x.satisfies(np, a.heads) {
		return -1
	}
	return np
}

// countedOf returns the noun phrase after "of" on chunk o when o is headed
// by a quantity ("rounds of talks", "a series of strikes"), or -1.
func (x *sent) countedOf(o int) int {
	an := x.an
	if an.Words[an.Chunks[o].Head].Roles&dateline.RoleQuantity == 0 {
		return -1
	}
	return x.ofObject(o)
}

// ofObject returns the object of noun phrase k's first "of" phrase that
// has one, or -1.
func (x *sent) ofObject(k int) int {
	for pp := range x.an.Dependents(k, dateline.RelNMod) {
		if x.s.Tokens[x.an.Chunks[pp].Head].Lower == "of" {
			if np := x.an.Dependent(pp, dateline.RelPObj); np >= 0 {
				return np
			}
		}
	}
	return -1
}

// lastPP reports whether preposition pp is the last chunk of clause ci
// but its object: a phrase that may belong to the verb the clause is
// inserted after.
func (x *sent) lastPP(ci, pp int) bool {
	an := x.an
	end := an.Clauses[ci].To
	np := an.Dependent(pp, dateline.RelPObj)
	return np >= 0 && an.Chunks[np].To >= end-1
}

// ofDeeper reports whether pp, a preposition the clause of verb group k
// holds, is an "of" that modifies a noun further on than the verb's
// object: "demanded a probe into the killing of protesters" demands
// nothing of the protesters, "demanded the release of" still may read
// its object's.
func (x *sent) ofDeeper(k, pp int) bool {
	if x.s.Tokens[x.an.Chunks[pp].Head].Lower != "of" || x.an.Chunks[k].Verb.Passive {
		return false // (a passive's "of" may still be its own: "the release of the hostages was demanded")
	}
	np := x.an.Dependent(pp, dateline.RelPObj)
	if np < 0 || x.an.Words[x.an.Chunks[np].Head].Tag == dateline.TagVBG || strings.HasSuffix(x.s.Tokens[x.an.Chunks[np].From].Lower, "ing") {
		return false // "accuses representatives from the Tripoli side of working with": a gerund, what the verb charges
	}
	gov := x.an.Governor(pp, dateline.RelNMod)
	return gov >= 0 && gov != x.an.Dependent(k, dateline.RelObj) && gov != x.an.Dependent(k, dateline.RelSubj) && x.an.Governor(gov, dateline.RelPObj) >= 0
}

func (x *sent) prepIs(pp int, preps []string) bool {
	w := x.s.Tokens[x.an.Chunks[pp].Head].Lower
	if x.s.Tokens[x.an.Chunks[pp].From].Lower == "according" {
		w = "according_to"
	}
	for _, p := range preps {
		if p == w {
			return true
		}
	}
	return false
}

// thatClause returns the complement clause of verb group k, or -1.
func (x *sent) thatClause(k int) int {
	for v := range x.an.Dependents(k, dateline.RelComp) {
		for ci, c := range x.an.Clauses {
			if c.Verb == v && c.Kind == dateline.ClauseComplement {
				return ci
			}
		}
	}
	return -1
}

// thatClauseWithAct returns the first complement clause of verb group k
// whose verb reads an act ("said Glas was a fugitive and that Mexico had
// abused the right of asylum": the second), else the first, else -1.
func (x *sent) thatClauseWithAct(k int) int {
	first := -1
	for v := range x.an.Dependents(k, dateline.RelComp) {
		for ci, c := range x.an.Clauses {
			if c.Verb != v || c.Kind != dateline.ClauseComplement {
				continue
			}
			if first < 0 {
				first = ci
			}
			if _, ok := x.predAt(x.contentOf(v)); ok {
				return ci
			}
		}
	}
	return first
}

// prepGerund reports whether verb group k has a preposition that a
// allows followed by a gerund ("committed to opening up the economy").
func (x *sent) prepGerund(k int, a *arg) bool {
	an := x.an
	for pp := range an.Dependents(k, dateline.RelObl) {
		if x.prepIs(pp, a.preps) && pp+1 < len(an.Chunks) && an.Chunks[pp+1].Kind == dateline.ChunkVG &&
			an.Words[an.Chunks[pp+1].Head].Tag == dateline.TagVBG {
			return true
		}
	}
	return false
}

// infinitiveOf returns the verb group of verb group k's infinitive
// complement, or -1.
func (x *sent) infinitiveOf(k int) int {
	for v := range x.an.Dependents(k, dateline.RelComp) {
		if ci := x.clauseOfVerb(v); ci >= 0 && x.an.Clauses[ci].Kind == dateline.ClauseInfinitive {
			return v
		}
	}
	return -1
}

// motive reports whether pred p is the purpose of a protest or complaint
// that says the same: disapproval or protest (roots 11, 14) as what an act
// of those roots is done for ("began a hunger strike to protest against
// the decision", "blocked a road to show their disapproval", "summoned the
// envoy to complain"). So is a demand (root 10) a protest is made for,
// told by its purpose or by a participle on it ("took to the streets to
// demand reform", "marched through Seoul demanding the release of
// students"): CAMEO codes a demonstration for a change as the
// demonstration (1411-1414), and PLOVER as the PROTEST alone. The act above
// takes its target from it and is the one event; a purpose of another kind
// ("sent troops to protect the embassy") is an act of its own.
func (x *sent) motive(p *pred) bool {
	return x.motiveOf(p) >= 0
}

// motiveOf returns the index of the pred of the protest or complaint
// whose motive pred p is (see motive), or -1.
func (x *sent) motiveOf(p *pred) int {
	demand := strings.HasPrefix(p.code, "10") || strings.HasPrefix(p.code, "02")
	if p.vg < 0 || !protestLike(p.code) && !demand {
		return -1
	}
	an := x.an
	gov := an.Governor(p.vg, dateline.RelComp)
	if gov < 0 || an.Chunks[gov].Kind != dateline.ChunkVG || x.infinitiveOf(gov) != p.vg {
		gov = -1
		if ci := x.clauseOfVerb(p.vg); demand && ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseParticipial && an.Clauses[ci].Parent >= 0 {
			gov = an.Clauses[an.Clauses[ci].Parent].Verb
		}
	}
	if gov < 0 {
		return -1
	}
	q, ok := x.predAt(gov)
	if !ok || x.preds[q].absorbed {
		return -1
	}
	if demand && strings.HasPrefix(x.preds[q].code, "14") || !demand && protestLike(x.preds[q].code) {
		return q
	}
	return -1
}

// demandedChange returns the code of protest pred q made for the change a
// demand or appeal that is its motive asks for: CAMEO numbers a protest
// for a change in leadership, policy, rights or institutions (14x1-14x4)
// as it numbers the demand (1041-1044) and the appeal (0241-0244), so
// "took to the streets, demanding that Bashir step down" is 1411, a
// strike to demand his resignation 1431. Its own code when no motive
// names such a change or the protest is already that specific.
func (x *sent) demandedChange(q *pred) string {
	if len(q.code) != 3 || !strings.HasPrefix(q.code, "14") {
		return q.code
	}
	for i := range x.preds {
		p := &x.preds[i]
		if p == q || len(p.code) != 4 || !strings.HasPrefix(p.code, "104") && !strings.HasPrefix(p.code, "024") {
			continue
		}
		if j := x.motiveOf(p); j >= 0 && &x.preds[j] == q {
			if c := q.code + p.code[3:]; x.l.codes[c].CAMEO == c {
				return c
			}
		}
	}
	return q.code
}

// protestLike reports codes of disapproval (11) and protest (14).
func protestLike(code string) bool {
	return strings.HasPrefix(code, "11") || strings.HasPrefix(code, "14")
}

// nominal matches noun phrases against the event-noun entries.
func (x *sent) nominal() {
	an := x.an
	for k, c := range an.Chunks {
		if c.Kind != dateline.ChunkNP || c.Time {
			continue
		}
		if mi := x.actorOf[k]; mi >= 0 && x.ms[mi].Start <= x.s.Tokens[c.Head].Start && x.ms[mi].End >= x.s.Tokens[c.Head].End {
			continue // the head is an actor's name: "the Palestine Liberation Organization"
		}
		entries := x.nounsAt(c.Head)
		if len(entries) == 0 {
			continue
		}
		best, bestBind := x.choose(entries, func(e *entry) ([]int, bool) {
			if len(e.tail) > 0 && !x.endsWith(k, e.tail) {
				return nil, false
			}
			return x.matchNoun(e, k)
		})
		if best == nil {
			continue
		}
		x.predOf[k] = len(x.preds)
		x.preds = append(x.preds, pred{e: best, code: best.code, act: best.code, clause: c.Clause, vg: -1, np: k, bind: bestBind,
			light: -1, via: -1, comp: -1, obligee: -1, voice: -1, victim: -1, orderer: -1})
	}
}

// matchNoun binds a noun entry's arguments on noun phrase k: its
// prepositions, and those of the verb it is the object of.
func (x *sent) matchNoun(e *entry, k int) ([]int, bool) {
	bind := x.binding(len(e.args))
	for i := range e.args {
		a := &e.args[i]
		switch a.rel {
		case argPrep:
			o := x.prepObject(k, a)
			if o < 0 {
				v := x.doneBy(k)
				if v < 0 {
					v = x.occursIn(k)
				}
				if v >= 0 {
					// "launched strikes yesterday on Gaza", "talks were held
					// in Geneva between the two sides", "fighting erupted on
					// Sunday between the army and the rebels"
					for pp := range x.an.Dependents(v, dateline.RelObl) {
						if x.an.Chunks[pp].From > x.an.Chunks[k].From && x.prepIs(pp, a.preps) {
							if np := x.an.Dependent(pp, dateline.RelPObj); np >= 0 && (!x.an.Chunks[np].Time || a.heads != nil && a.heads.time) && (a.heads == nil || x.satisfies(np, a.heads)) {
								o = np
								break
							}
						}
					}
				}
			}
			if o < 0 && a.role == 'T' && slices.Contains(a.preps, "of") {
				o = x.possessedBy(k, a.heads) // "Khashoggi's killing by Saudi agents": the killing of Khashoggi
			}
			if a.heads != nil && o < 0 {
				return nil, false
			}
			bind[i] = o
		case argComp:
		default:
			// other relations do not apply to nouns
		}
	}
	return bind, true
}

// possessedBy returns the possessor of event noun phrase k when a "by"
// phrase after k names an actor, its doer ("Khashoggi's killing by Saudi
// agents", "Bazoum's overthrow by the army"): the possessor is whom the act
// was done to, as an "of" phrase would name it. It must be an actor (and
// what hs asks, when not nil); else -1.
func (x *sent) possessedBy(k int, hs *heads) int {
	an := x.an
	ps := an.Dependent(k, dateline.RelPoss)
	if ps < 0 || x.actorOf[ps] < 0 || hs != nil && !x.satisfies(ps, hs) {
		return -1
	}
	for pp := range an.Dependents(k, dateline.RelNMod) {
		if x.s.Tokens[an.Chunks[pp].Head].Lower == "by" {
			if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && x.actorOf[np] >= 0 {
				return ps
			}
		}
	}
	return -1
}

// lightVerbs reads "held talks", "launched an attack", "carried out
// strikes": a light verb whose object is an event noun is that event, done
// by the verb's subject.
func (x *sent) lightVerbs() {
	an := x.an
	for i := range x.preds {
		p := &x.preds[i]
		if p.np < 0 {
			continue
		}
		v, answering := x.doneBy(p.np), false
		if v < 0 {
			v = x.answeredWith(p.np)
			answering = v >= 0
		}
		if v < 0 {
			continue
		}
		halted, stops := Code{}, false
		if !answering && an.Words[an.Chunks[v].Head].Roles&dateline.RoleLight == 0 {
			// "stopped its cooperation with Japan", "ended its mediation":
			// a verb of stopping (sets.txt's &halting) whose object is a
			// cooperation its subject ends is the reduction of relations
			// CAMEO gives for ending it (policy.tsv's halted=), done by the
			// verb's subject as a light verb's object is
			halted, stops = x.l.haltedForm(p.code)
			if !stops || an.Chunks[v].Verb.Passive || !x.l.InSet("halting", an.Words[an.Chunks[v].Head].Lemma) {
				continue
			}
		}
		vp, read := x.predAt(v)
		read = read && (x.preds[vp].bound(p.np) || x.preds[vp].bound(x.spanOf(p.np))) // "launched a wave of air strikes": read through the span
		if agent := an.Dependent(v, dateline.RelAgent); an.Chunks[v].Verb.Passive && agent >= 0 {
			// "an inquiry was opened by Moroccan prosecutors": done by the
			// agent, as its subject does it in the active, unless the
			// verb's own entry reads the noun
			if read || an.Dependent(v, dateline.RelObj) >= 0 || x.actorOf[x.actorPhrase(agent)] < 0 {
				continue
			}
		} else if an.Chunks[v].Verb.Passive {
			// "Chinese naval exercises were held near the island", "talks
			// were held in Geneva between the two sides": a passive that
			// names no one is done by the noun's own actor or parties, else
			// by no one the sentence names
			if an.Dependent(v, dateline.RelObj) >= 0 || !x.ownActor(p) {
				continue
			}
			if read && !p.bindsRole('B') && !p.bindsRole('S') {
				// the verb's own entry reads the noun ("hold obj:exercise"):
				// the verb is the event, done by the noun's actor; a noun
				// that names its parties is the event itself
				x.preds[vp].via, p.absorbed = i, true
				x.preds[vp].how = append(x.preds[vp].how, "actor of its subject")
				continue
			}
		} else if read {
			if stops || answering || x.l.codes[p.code].QuadClass != 2 || !x.l.has(x.preds[vp].code, flagViolent) {
				continue // the verb's own entry reads the noun: "hosted a meeting"
			}
			// "launched a joint offensive against the rebels": force the
			// verb's entry codes, done in cooperation its noun names; both
			// are news, each keeps its own pred
			p.light, p.anchored = v, true
			p.clause = x.clauseOfVerb(v)
			p.how = append(p.how, "light verb "+an.Words[an.Chunks[v].Head].Lemma)
			continue
		}
		if an.Dependent(v, dateline.RelObj2) >= 0 {
			// "declared the clashes a riot", "called the strike illegal":
			// an object with a complement after it is named, not done
			continue
		}
		p.light, p.anchored = v, true
		p.clause = x.clauseOfVerb(v)
		if vp, ok := x.predAt(v); ok {
			x.preds[vp].absorbed = true
		}
		if stops {
			p.code, p.act, p.halted = halted.CAMEO, halted.CAMEO, true
			p.how = append(p.how, "halted by "+an.Words[an.Chunks[v].Head].Lemma)
			continue
		}
		p.how = append(p.how, "light verb "+an.Words[an.Chunks[v].Head].Lemma)
	}
	// a noun event that names its own parties ("a handshake between A and
	// B", "an attack by X on Y") or is a clause's subject ("the talks
	// collapsed", "clashes erupted") is news too
	for i := range x.preds {
		p := &x.preds[i]
		if p.np < 0 || p.anchored {
			continue
		}
		if x.unsure(p.np) {
			// "possible talks between A and B", "a planned strike by
			// doctors", "the risk of clashes between A and B": said not
			// surely to have taken place (an occasion is asked the same)
			p.how = append(p.how, "not surely done")
			continue
		}
		if v := an.Governor(x.spanOf(p.np), dateline.RelSubj); v >= 0 && x.lapses(v) {
			if _, ok := x.predAt(v); !ok {
				// "the truce between A and B expired", "the ceasefire
				// was at risk of collapse": a state that ends or is in
				// peril by itself tells no act of anyone's
				p.how = append(p.how, "lapsing by itself")
				continue
			}
		}
		if p.bindsRole('B') || p.bindsRole('S') {
			if x.toldByVerb(i) {
				// "Russia announced the withdrawal of its troops from
				// Syria": the verb's own entry tells the same act
				p.absorbed = true
				p.how = append(p.how, "the same act a verb tells")
				continue
			}
			if x.refusedByVerb(p.np) {
				// "a meeting between A and B was called off", "rejected
				// talks between A and B": refused, it did not take place
				p.how = append(p.how, "refused by a verb")
				continue
			}
			if !p.bindsRole('B') && !p.bindsRole('T') && x.readByVerb(p.np) {
				// "conceded to demands from UNITA", "rejected demands from
				// the UN": the response is the news; the demand it answers
				// is told by it
				p.how = append(p.how, "answered by a verb")
				continue
			}
			p.anchored = true
			p.how = append(p.how, "its own parties")
			continue
		}
		if ps := an.Dependent(p.np, dateline.RelPoss); ps >= 0 && x.actorOf[ps] >= 0 && p.bindsRole('T') && x.datedPhrase(p.np) && !x.objectOfEvent(p.np) {
			// "the crisis follows Mugabe's dismissal last week of his
			// vice-president", "Russia's annexation of Crimea in 2014": a
			// possessor who does it, a target it is done to and a time of
			// its own make it an event (not "talks focused on Israel's
			// blockade of Gaza", a standing state, nor "condemned Russia's
			// annexation of Crimea", told only as what is condemned)
			p.anchored = true
			p.how = append(p.how, "its possessor and target")
			continue
		}
		if v := x.adverbialMeeting(p); v >= 0 {
			// "In a telephone call with Putin on Wednesday, Erdogan
			// discussed", "Aziz refused after six hours of talks with
			// Baker": a meeting named in a phrase of the clause is had
			// by the clause's subject
			p.light, p.anchored, p.setting = v, true, true
			p.clause = x.clauseOfVerb(v)
			p.how = append(p.how, "meeting a phrase of its clause names")
			continue
		}
		if x.occasioned(p) {
			// "a response to Turkish shelling of the town", "after Israel's
			// raid on Gaza": an act with its doer and its target, named as
			// the occasion of another, took place
			p.anchored, p.occasion = true, true
			p.how = append(p.how, "the occasion of its clause")
			continue
		}
		if v := x.toldInPassing(p); v >= 0 {
			// "survivors marked the massacre of villagers by soldiers",
			// "the report recalled Israel's 1981 strike on Osirak": an act
			// with its doer named, told as the object of a verb that does
			// not do it, took place
			p.anchored, p.occasion = true, true
			p.clause = x.clauseOfVerb(v)
			p.how = append(p.how, "told in passing: the object of a verb that does not do it")
			continue
		}
		if v := x.causedBy(p); v >= 0 {
			// "the killing sparked clashes between police and protesters",
			// "the coup prompted sanctions against Niger by ECOWAS": an act
			// set off by the clause's subject, done by its own doers
			p.anchored = true
			p.clause = x.clauseOfVerb(v)
			p.how = append(p.how, "set off by its clause's subject")
			continue
		}
		if g := x.overPosition(p); g >= 0 {
			// "tensions rose over Israel's raid on Gaza": the act that
			// caused what no entry here reads took place
			p.anchored, p.occasion = true, true
			if c := an.Chunks[g]; c.Kind == dateline.ChunkVG {
				p.clause = x.clauseOfVerb(g)
			}
			p.how = append(p.how, "told in passing: the cause a phrase with \"over\" names")
			continue
		}
		if v := x.existential(p.np); v >= 0 {
			// "there were clashes between A and B", "there have been
			// Israeli air strikes on Gaza": what there is took place, as
			// a clause's subject does ("clashes erupted")
			p.anchored = true
			p.clause = x.clauseOfVerb(v)
			p.how = append(p.how, "what there is")
			continue
		}
		if v := an.Governor(x.spanOf(p.np), dateline.RelSubj); v >= 0 {
			vp, ok := x.predAt(v)
			if !ok {
				p.anchored = true
				p.clause = x.clauseOfVerb(v)
				p.how = append(p.how, "subject")
			} else if x.preds[vp].e.blames() && an.Chunks[v].Kind == dateline.ChunkVG && !an.Chunks[v].Verb.Passive {
				// "the killing of a protester by police sparked riots",
				// "Iraq's invasion of Kuwait triggered a war": a cause told
				// by its verb took place (the blame itself is no one's)
				p.anchored = true
				p.clause = x.clauseOfVerb(v)
				p.how = append(p.how, "subject of what it caused")
			} else if x.conflict(x.preds[vp].code) && x.conflict(p.code) && an.Chunks[v].Kind == dateline.ChunkVG && !an.Chunks[v].Verb.Passive &&
				!x.negated(v) && !x.unsure(p.np) && p.targetBeside() >= 0 && x.ownActor(p) && !x.sameTargetCountry(v, p) {
				// "the shelling of Armenian villages by Azerbaijani troops
				// killed two civilians", "Russia's attack on Ukrainian
				// positions killed four soldiers": an act of force with its
				// own doer and target, told by the harm it did, took place
				// on its own target as the harm did on its victims (once
				// when they are of one country: "Israeli air strikes on
				// Gaza have killed 4,000 Palestinians")
				p.anchored = true
				p.clause = x.clauseOfVerb(v)
				p.how = append(p.how, "subject of the harm it did")
			} else if e := x.preds[vp].e; (e.subjTarget() && strings.HasPrefix(e.code, "11") || x.l.Plain(x.preds[vp].code) && (x.conflict(p.code) || !x.l.Plain(p.code) && p.targetBeside() >= 0)) &&
				an.Chunks[v].Kind == dateline.ChunkVG && !an.Chunks[v].Verb.Passive && x.ownActor(p) {
				// "Macron's visit to China drew criticism", "Russia's
				// attack on the plant violated the truce", "Iran's attack on
				// Israel raised fears of war", "the release of 13 hostages
				// by Hamas raised hopes of a longer truce": an act of its
				// own actor judged, or one that gave cause for fear or
				// hope, as its clause's subject took place (not "the
				// Qatari mediators reported progress": they speak; an act
				// not of conflict needs a target of its own, as the
				// mediators have none)
				p.anchored = true
				p.clause = x.clauseOfVerb(v)
				if x.l.Plain(x.preds[vp].code) {
					p.how = append(p.how, "subject of what it raised")
				} else {
					p.how = append(p.how, "subject of a judgement")
				}
			}
		}
	}
}

// sameTargetCountry reports whether the object of verb v and the target
// beside noun pred p's head name actors of one country.
func (x *sent) sameTargetCountry(v int, p *pred) bool {
	ta, tb := x.an.Dependent(v, dateline.RelObj), p.targetBeside()
	if ta < 0 || tb < 0 || x.actorOf[ta] < 0 || x.actorOf[tb] < 0 {
		return false
	}
	c := x.ms[x.actorOf[ta]].Actor.Country
	return c != "" && c == x.ms[x.actorOf[tb]].Actor.Country
}

// existential returns the verb group whose subject is an existential
// "there" and whose object is event noun phrase k, itself or through a span
// of time or a count ("there were two days of shelling"); else -1.
func (x *sent) existential(k int) int {
	an := x.an
	v := an.Governor(x.spanOf(k), dateline.RelObj)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Passive {
		return -1
	}
	if sb := an.Dependent(v, dateline.RelSubj); sb < 0 || an.Words[an.Chunks[sb].Head].Tag != dateline.TagEX {
		return -1
	}
	return v
}

// spanOf returns the phrase that stands in the sentence for noun phrase k:
// the span of time or the count whose "of" phrase k is ("two days of
// shelling", "a wave of strikes"), else k itself.
func (x *sent) spanOf(k int) int {
	an := x.an
	for depth := 0; depth < 3; depth++ {
		pp := an.Governor(k, dateline.RelPObj)
		if pp < 0 || x.s.Tokens[an.Chunks[pp].Head].Lower != "of" {
			return k
		}
		gov := an.Governor(pp, dateline.RelNMod)
		if gov < 0 || !an.Chunks[gov].Time && an.Words[an.Chunks[gov].Head].Roles&(dateline.RoleQuantity|dateline.RoleTime) == 0 {
			return k
		}
		k = gov
	}
	return k
}

// doneBy returns the verb group that does event noun phrase k when it is
// a light verb's: the verb whose object it is, or whose subject it is in
// the passive ("talks were held"), itself or through a span of time or a
// count whose "of" phrase it is; else -1.
func (x *sent) doneBy(k int) int {
	an := x.an
	k = x.spanOf(k) // "held three hours of talks": the span is the object
	if v := an.Governor(k, dateline.RelObj); v >= 0 {
		return v
	}
	if v := an.Governor(k, dateline.RelSubj); v >= 0 && an.Chunks[v].Kind == dateline.ChunkVG && an.Chunks[v].Verb.Passive {
		return v
	}
	return -1
}

// answeredWith returns the verb group of answering (sets.txt's
// &answering) whose "with" phrase event noun k is ("responded with air
// strikes on Gaza", "answered with strikes", "answered the killings with a
// general strike"), else -1: the act answered with is the verb's
// subject's, as a light verb's object is; what is answered as an object
// ("answered mortar fire") is not.
func (x *sent) answeredWith(k int) int {
	an := x.an
	pp := an.Governor(x.spanOf(k), dateline.RelPObj)
	if pp < 0 || x.s.Tokens[an.Chunks[pp].Head].Lower != "with" {
		return -1
	}
	v := an.Governor(pp, dateline.RelObl)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Passive || !x.l.InSet("answering", x.headLemma(v)) {
		return -1
	}
	return v
}

// occursIn returns the verb group an event noun k is the subject of when
// that verb is active and has no object ("fighting erupted between the
// army and the rebels", "clashes broke out with the police"): the verb
// tells only that the event took place, and a preposition after it is
// the noun's; else -1.
func (x *sent) occursIn(k int) int {
	an := x.an
	v := an.Governor(k, dateline.RelSubj)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Passive || an.Dependent(v, dateline.RelObj) >= 0 {
		return -1
	}
	return v
}

// ownActor reports whether noun event p names who does it inside its
// phrase: a possessor, an actor modifier, a "by" phrase, or its parties
// ("talks between A and B").
func (x *sent) ownActor(p *pred) bool {
	if p.bindsRole('B') || p.bindsRole('S') {
		return true
	}
	light := p.light
	p.light = -1
	src, _ := x.nounSource(p)
	p.light = light
	return len(x.actorsOf(src)) > 0
}

// occasioned reports whether noun event p, with its own actor and a
// target (or, with none, a doer named plainly: see doerNamed), is named as
// the occasion of its clause's act: the object of a verb of sequel
// (sets.txt's &sequel: "protests followed the arrest of X by Y"), or of a
// preposition of time or cause ("after", "amid", "because of": the
// occasion role of the word table), or of the "to", "for" or "of" of a
// noun of response (sets.txt's &response: "in retaliation for", "in the
// wake of"), also through a span of time or a count ("during two days of
// Russian shelling of the city"). A noun said not to have happened ("the
// alleged raid", "a planned offensive": &unrealised) is not.
func (x *sent) occasioned(p *pred) bool {
	if !x.occasionPosition(p.np) || x.unsure(p.np) {
		return false
	}
	if !x.ownActor(p) {
		// "after the arrest of opposition leader X": a state's measure
		// done to a target it names, with no doer, is done by whom a
		// passive leaves out (policy.tsv's agent=; see impliedAgent);
		// "after 11 days of street protests against his rule": an act
		// only a crowd makes, by those it implies (mass=; see crowdAgent)
		if !p.bindsRole('T') {
			return false
		}
		if x.l.agent(p.code) != "" {
			return true
		}
		return x.l.mass(p.code) != "" && !x.tellsProtest(p)
	}
	return p.bindsRole('T') || x.doerNamed(p)
}

// tellsProtest reports whether a verb of the sentence other than noun
// event p's tells a protest (14): "youths threw stones during
// demonstrations against the army" is the crowd's own protest, told once.
func (x *sent) tellsProtest(p *pred) bool {
	for i := range x.preds {
		if q := &x.preds[i]; q != p && q.vg >= 0 && strings.HasPrefix(q.code, "14") {
			return true
		}
	}
	return false
}

// toldInPassing returns the verb group whose object noun event p is, when
// that verb tells of the act without doing it ("marked", "recalled",
// "showed" with no entry of its own here, or a statement (01) that does not
// read it: "commemorated", "lamented"), and p is an act of material
// conflict (quad class 4: "was reviewing its military aid", "read the
// Front's appeal" tell of no new act) that does not last (policy.tsv's
// lasting: "documented Israel's blockade of Gaza" tells a standing state),
// definite (a determiner,
// a possessor: an act the news knows) and names its doer by a possessor or
// a "by" phrase, or by a word before it with a target too ("the Israeli
// raid on Entebbe"; not "could spread the Yugoslav war", where the word
// says where); else -1. Not a verb
// with an entry that reads it or any other entry ("condemned Russia's
// bombardment of Kyiv": what is judged), a light verb, a copula, nor one
// whose object is not done: a verb of will, of foresight, of prevention,
// of refusal or of allegation ("planned the offensive", "expected the
// Russian offensive", "foiled the attack", "denied the shelling"), or
// one of &unrealised ("feared the Israeli strike").
func (x *sent) toldInPassing(p *pred) int {
	an := x.an
	k := x.spanOf(p.np)
	v := an.Governor(k, dateline.RelObj)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Passive || an.Dependent(v, dateline.RelObj2) >= 0 {
		return -1
	}
	if vp, ok := x.predAt(v); ok && (!x.l.has(x.preds[vp].code, flagStatement) || x.preds[vp].bound(p.np)) {
		return -1 // a comment's ("commemorated the killing") is told in passing
	}
	const notDone = dateline.RoleLight | dateline.RoleCopula | dateline.RoleVolition | dateline.RolePredict | dateline.RolePrevent |
		dateline.RoleNegative | dateline.RoleAllege | dateline.RoleAttempt | dateline.RoleAspect | dateline.RoleNaming | dateline.RoleDemand
	if an.Words[an.Chunks[v].Head].Roles&notDone != 0 || x.l.InSet("unrealised", x.headLemma(v)) {
		return -1
	}
	if ps := an.Dependent(p.np, dateline.RelPoss); ps >= 0 && an.Governor(ps, dateline.RelPObj) >= 0 {
		return -1 // "focused on [Israel 's] blockade": a preposition's object
	}
	if !x.passingAct(p) {
		return -1
	}
	return v
}

// passingAct reports whether noun event p may be told in passing (see
// toldInPassing): an act of material conflict that does not last, definite,
// not said unsure, with its doer named by a possessor or a "by" phrase, or
// by a word before it with a target too.
func (x *sent) passingAct(p *pred) bool {
	if c, ok := x.l.codes[p.code]; !ok || c.QuadClass < 4 || x.l.has(p.code, flagLasting) || !x.definite(p.np) || x.unsure(p.np) || !x.ownActor(p) {
		return false
	}
	src, how := x.nounSource(p)
	return len(x.actorsOf(src)) > 0 && (how != "modifier" || p.bindsRole('T')) // "could spread the Yugoslav war": a country before a noun with no target says where
}

// overPosition returns the chunk that event noun p is the cause of when
// it is the object of "over" after a verb or a noun that has no entry
// here ("tensions rose over Israel's raid on Gaza", "outrage over the
// killing of a student by police"), and p may be told in passing (see
// passingAct); else -1. What a judgement, a complaint or a protest is
// over is what it is about, and talks over an act are about it (&topic):
// neither is told as done.
func (x *sent) overPosition(p *pred) int {
	an := x.an
	k := x.spanOf(p.np)
	pp := an.Governor(k, dateline.RelPObj)
	if ps := an.Dependent(k, dateline.RelPoss); pp < 0 && ps >= 0 {
		pp = an.Governor(ps, dateline.RelPObj) // "over [Israel 's] raid"
	}
	if pp < 0 || x.s.Tokens[an.Chunks[pp].Head].Lower != "over" {
		return -1
	}
	gov := an.Governor(pp, dateline.RelObl)
	if gov < 0 {
		gov = an.Governor(pp, dateline.RelNMod)
	}
	if gov < 0 || an.Chunks[gov].Kind == dateline.ChunkVG && an.Chunks[gov].Verb.Passive {
		return -1
	}
	if _, ok := x.predAt(gov); ok || x.l.InSet("unrealised", x.headLemma(gov)) || x.l.InSet("topic", x.headLemma(gov)) || !x.passingAct(p) {
		return -1
	}
	return gov
}

// occasionPosition reports whether noun phrase k is where an occasion is
// named: see occasioned.
func (x *sent) occasionPosition(k int) bool {
	an := x.an
	k = x.spanOf(k) // "during two days of shelling": where the span stands
	if vg := an.Governor(k, dateline.RelObj); vg >= 0 && an.Chunks[vg].Kind == dateline.ChunkVG && x.l.InSet("sequel", x.headLemma(vg)) {
		return true // "protests followed the arrest of X by Y"
	}
	pp := an.Governor(k, dateline.RelPObj)
	if ps := an.Dependent(k, dateline.RelPoss); pp < 0 && ps >= 0 {
		pp = an.Governor(ps, dateline.RelPObj) // "after [Israel 's] raid": the possessor is the preposition's object
	}
	if pp < 0 {
		return false
	}
	if an.Words[an.Chunks[pp].Head].Roles&dateline.RoleOccasion != 0 {
		return true
	}
	if pp > 0 && an.Chunks[pp-1].Kind == dateline.ChunkPP && an.Words[an.Chunks[pp-1].Head].Roles&dateline.RoleOccasion != 0 {
		return true // "because of"
	}
	gov := an.Governor(pp, dateline.RelNMod)
	if gov < 0 {
		gov = an.Governor(pp, dateline.RelObl) // "responded to", "retaliated for"
	}
	w := x.s.Tokens[an.Chunks[pp].Head].Lower
	return gov >= 0 && (w == "to" || w == "for" || w == "of" && an.Chunks[gov].Kind == dateline.ChunkNP) && x.l.InSet("response", x.headLemma(gov))
}

// doerNamed reports whether noun event p names its doer so that no other
// reading is open: a possessor, a "by" phrase, or a country before it
// ("after a Georgian offensive"; not "the embassy bombing", where the
// word before the noun names whom it hit).
func (x *sent) doerNamed(p *pred) bool {
	src, how := x.nounSource(p)
	ms := x.actorsOf(src)
	if len(ms) == 0 {
		return false
	}
	return how != "modifier" || x.ms[ms[0]].Kind == dateline.KindCountry
}

// unrealised reports whether a word before noun phrase k's head says its
// act has not, or not surely, taken place ("the alleged raid").
// unsure reports whether noun phrase k is said not surely to have taken
// place: a word before it from &unrealised ("the alleged raid"), or it is
// the "of" phrase of a noun from that set ("the risk of clashes", "hopes
// of talks"), or what a noun of talk from &topic is about ("talks on a
// truce", "doubts about a ceasefire"), itself or through a span of time
// or a count.
func (x *sent) unsure(k int) bool {
	an := x.an
	if x.unrealised(k) {
		return true
	}
	k = x.spanOf(k)
	pp := an.Governor(k, dateline.RelPObj)
	if pp < 0 {
		return false
	}
	gov := an.Governor(pp, dateline.RelNMod)
	if gov < 0 {
		return false
	}
	switch x.s.Tokens[an.Chunks[pp].Head].Lower {
	case "of":
		return x.l.InSet("unrealised", an.Words[an.Chunks[gov].Head].Lemma)
	case "about", "over", "on", "toward", "towards":
		// "talks on a truce between the factions", "doubts about a
		// ceasefire": what is talked of
		return x.l.InSet("topic", an.Words[an.Chunks[gov].Head].Lemma)
	}
	return false
}

// lapses reports whether verb group v tells its subject ending or in
// peril by itself: a verb of sets.txt's &lapse ("expired", "collapsed"),
// or a copula with an "at", "in" or "under" phrase of &unrealised ("was at
// risk", "is in danger", "came under threat").
func (x *sent) lapses(v int) bool {
	an := x.an
	if an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Passive {
		return false
	}
	if x.l.InSet("lapse", x.headLemma(v)) {
		return true
	}
	for pp := range an.Dependents(v, dateline.RelObl) {
		switch x.s.Tokens[an.Chunks[pp].Head].Lower {
		case "at", "in", "under":
			if np := an.Dependent(pp, dateline.RelPObj); np >= 0 && x.l.InSet("unrealised", x.headLemma(np)) {
				return true
			}
		}
	}
	return false
}

// unrealised reports whether a word before the head of noun phrase k is
// in &unrealised.
func (x *sent) unrealised(k int) bool {
	c := &x.an.Chunks[k]
	for i := c.From; i < c.Head; i++ {
		if x.l.InSet("unrealised", x.s.Tokens[i].Lower) {
			return true
		}
	}
	return false
}

// toldAlready reports whether an event already found in the sentence
// tells the act f does: one of its root by one of its sources' countries,
// on one of its targets' countries when f names any ("Russian troops
// pounded the city amid Russian shelling of its suburbs" is one assault,
// told twice).
func (x *sent) toldAlready(f Found, out []Found) bool {
	for _, g := range out {
		if g.Code.Root() == f.Code.Root() && x.shareCountry(g.Sources, f.Sources) &&
			(len(f.Targets) == 0 || x.shareCountry(g.Targets, f.Targets)) {
			return true
		}
	}
	return false
}

// answeredBy returns the index in out of the answer ("retaliated",
// "responded": words.txt's response) that p, a participle after "by" on
// the answer's clause, tells the act of, or -1: the act it was is p's.
func (x *sent) answeredBy(p *pred, f Found, out []Found, from []int) int {
	if p.vg < 0 || len(f.Sources) == 0 {
		return -1
	}
	c := &x.an.Clauses[p.clause]
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 || x.an.Chunks[p.vg].From == 0 || x.s.Tokens[x.an.Chunks[p.vg].From-1].Lower != "by" {
		return -1
	}
	pv := x.an.Clauses[c.Parent].Verb
	if pv < 0 || x.an.Words[x.an.Chunks[pv].Head].Roles&dateline.RoleResponse == 0 {
		return -1
	}
	for j, g := range out {
		if from[j] == c.Parent && g.Modality == f.Modality && x.sameActors(g.Sources, f.Sources) {
			return j
		}
	}
	return -1
}

// tolled returns the event in out that pred p, a participle on a clause
// that already told an act of force (policy.tsv's violent) by the same
// actor, only tells the toll of, or -1: "shelled Indian positions,
// killing two soldiers" and "attacked the base, killing 18 soldiers" are
// one attack each. A participle whose victims are of a country the act of
// its clause does not name ("bombed Idlib, killing a Turkish soldier"),
// unless that act names no one ("a suicide bomber blew himself up,
// killing dozens of policemen": the bombing fell on the policemen),
// one with another doer ("attacked rebels firing on the town") and an act
// of another kind ("fired tear gas at protesters, arresting 30") are
// events of their own.
func (x *sent) tolled(p *pred, f Found, out []Found, from []int) int {
	if p.vg < 0 || len(f.Sources) == 0 {
		return -1
	}
	c := &x.an.Clauses[p.clause]
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 {
		return -1
	}
	for j, g := range out {
		if from[j] != c.Parent || !x.l.has(g.Code.CAMEO, flagViolent) || !x.l.has(f.Code.CAMEO, flagViolent) || x.l.has(f.Code.CAMEO, flagApart) || g.Modality != f.Modality ||
			!x.sameActors(g.Sources, f.Sources) {
			continue
		}
		if x.countried(f.Targets) && !x.fellOnNoOne(c.Parent, g) && !x.shareCountry(g.Targets, f.Targets) {
			continue // a place the act of the clause falls on is no country here yet
		}
		return j
	}
	return -1
}

// settledBy reports whether pred p, a participle of an end of hostilities
// (the lexicon's outcome) on a clause that told an act settling a conflict
// (policy.tsv's settles) by the same sides, only says what that act
// achieves: "signed a peace accord in Rome on Sunday, ending 16 years of
// civil war" and "declared a truce, halting the fighting" are one act
// each. A participle of another act ("signed the accord, withdrawing its
// troops") is an event of its own.
func (x *sent) settledBy(p *pred, f Found, out []Found, from []int) bool {
	if p.e == nil || !p.e.outcome || p.vg < 0 || len(f.Sources) == 0 {
		return false
	}
	c := &x.an.Clauses[p.clause]
	if c.Kind != dateline.ClauseParticipial || c.Parent < 0 {
		return false
	}
	for j, g := range out {
		if from[j] == c.Parent && x.l.has(g.Code.CAMEO, flagSettles) && g.Modality == f.Modality && x.shareCountry(g.Sources, f.Sources) {
			return true
		}
	}
	return false
}

// fellOnNoOne reports whether act g of clause ci names no one it fell on:
// no target, and its verb, active, has no object but a pronoun ("a suicide bomber
// blew himself up", "a car bomb exploded"); "bombed Idlib" names a place.
func (x *sent) fellOnNoOne(ci int, g Found) bool {
	if len(g.Targets) > 0 {
		return false
	}
	v := x.an.Clauses[ci].Verb
	if v < 0 || x.an.Chunks[v].Verb.Passive {
		return false // "the village was shelled": its subject
	}
	o := x.an.Dependent(v, dateline.RelObj)
	return o < 0 || x.an.Words[x.an.Chunks[o].Head].Tag == dateline.TagPRP
}

// namesHead reports whether one of the mentions is the head of its noun
// phrase ("the demonstrators"), not a thing's owner or modifier ("South
// Korea's island", "Kurdish militant targets").
func (x *sent) namesHead(ms []int) bool {
	for k, mi := range x.actorOf {
		if mi < 0 || !slices.Contains(ms, mi) {
			continue
		}
		m, head := x.ms[mi], x.s.Tokens[x.an.Chunks[k].Head]
		if m.Start <= head.Start && m.End >= head.End {
			return true
		}
	}
	return false
}

// countried reports whether one of the mentions has a country.
func (x *sent) countried(ms []int) bool {
	for _, i := range ms {
		if x.ms[i].Actor.Country != "" {
			return true
		}
	}
	return false
}

// shareCountry reports whether two sets of mentions have a country in
// common.
func (x *sent) shareCountry(a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if c := x.ms[i].Actor.Country; c != "" && c == x.ms[j].Actor.Country {
				return true
			}
		}
	}
	return false
}

// datedPhrase reports whether the noun phrase np, with the prepositional
// phrases that follow it up to the next verb or clause, holds a time
// expression: "dismissal last week of", "annexation of Crimea in 2014".
func (x *sent) datedPhrase(np int) bool {
	cs := x.an.Chunks
	for k := np + 1; k < len(cs); k++ {
		switch c := &cs[k]; c.Kind {
		case dateline.ChunkNP:
			if c.Time {
				return true
			}
		case dateline.ChunkPP:
		default:
			return false
		}
	}
	return false
}

// objectOfEvent reports whether noun phrase np is the object of a verb that
// is itself an event here.
func (x *sent) objectOfEvent(np int) bool {
	v := x.an.Governor(np, dateline.RelObj)
	if v < 0 {
		return false
	}
	_, ok := x.predAt(v)
	return ok
}

// readByVerb reports whether a verb's entry binds noun phrase np as a
// constrained argument.
func (x *sent) readByVerb(np int) bool {
	for i := range x.preds {
		if q := &x.preds[i]; q.vg >= 0 && q.bound(np) {
			return true
		}
	}
	return false
}

// refusedByVerb reports whether a verb of refusal (root 12: "cancelled",
// "called off", "postponed", "rejected") reads noun phrase np as what it
// refuses, with a source or without.
func (x *sent) refusedByVerb(np int) bool {
	for i := range x.preds {
		if q := &x.preds[i]; q.vg >= 0 && strings.HasPrefix(q.code, "12") && q.bound(np) {
			return true
		}
	}
	return false
}

// bindsRole reports whether the pred bound an argument of role r.
func (p *pred) bindsRole(r byte) bool {
	for i, a := range p.e.args {
		if a.role == r && p.bind[i] >= 0 {
			return true
		}
	}
	return false
}

// targetBeside returns the phrase the pred's entry bound to a target
// argument other than its subject, or -1.
func (p *pred) targetBeside() int {
	for i, a := range p.e.args {
		if a.role == 'T' && a.rel != argSubj && p.bind[i] >= 0 {
			return p.bind[i]
		}
	}
	return -1
}

// bound reports whether the pred's entry bound chunk k to a constrained
// argument.
func (p *pred) bound(k int) bool {
	for i, b := range p.bind {
		if b == k && (p.e.args[i].heads != nil) {
			return true
		}
	}
	return false
}

func (x *sent) clauseOfVerb(v int) int {
	for ci, c := range x.an.Clauses {
		if c.Verb == v {
			return ci
		}
	}
	return -1
}

// compose combines each frame (an appeal, promise, demand, refusal or
// threat) with the act it speaks of: its infinitive or that-clause, or the
// event noun it takes as object or after a preposition. "urged Iran to
// release" is an appeal for release (0253); the release is not an event
// of its own.
func (x *sent) compose() {
	// inner frames first: "urged X to agree to a ceasefire"
	for pass := 0; pass < 3; pass++ {
		for i := range x.preds {
			p := &x.preds[i]
			if !p.e.frame || p.comp >= 0 {
				continue
			}
			c := x.complement(i)
			if c < 0 {
				if pass == 0 && p.e.command && x.commandsOwn(p) {
					// "Saddam ordered his air force to ignore both zones":
					// an order to one's own forces of an act the lexicon
					// does not code is no demand between parties
					p.absorbed = true
					p.how = append(p.how, "an order to its own forces")
				}
				continue
			}
			if x.preds[c].e.frame && x.preds[c].comp < 0 && x.hasComplement(c) && pass < 2 {
				continue // wait for the inner frame
			}
			x.combine(i, c)
		}
	}
}

// supposedTarget reports whether the phrase pred p's act falls on is
// opened by a word of sets.txt's &supposed ("fire on any Western aircraft
// that entered", "shoot anyone who resists"): whoever may give cause, not
// someone the act was done to.
func (x *sent) supposedTarget(p *pred) bool {
	if x.anyObject(p) {
		return true
	}
	_, tgt, _ := x.roles(p)
	for _, k := range tgt {
		if k >= 0 && x.l.InSet("supposed", x.s.Tokens[x.an.Chunks[k].From].Lower) {
			return true
		}
	}
	return false
}

// whInfinitive reports whether verb group v is an infinitive a wh-word
// opens ("how to fund the budget", "what to do", "whether to attend"):
// a question spoken of, not an act.
func (x *sent) whInfinitive(v int) bool {
	an := x.an
	c := &an.Chunks[v]
	if c.From < 1 || x.s.Tokens[c.From].Lower != "to" {
		return false
	}
	w := an.Words[c.From-1]
	return w.Tag == dateline.TagWRB || w.Tag == dateline.TagWP || w.Tag == dateline.TagWDT || x.s.Tokens[c.From-1].Lower == "whether"
}

// hasComplement reports whether frame pred i has a complement to combine.
func (x *sent) hasComplement(i int) bool { return x.complement(i) >= 0 }

// complement returns the pred frame i speaks of, or -1.
func (x *sent) complement(i int) int {
	p := &x.preds[i]
	an := x.an
	var cands []int
	if p.vg >= 0 && p.e.infOnly {
		if v := x.infinitiveOf(p.vg); v >= 0 {
			cands = append(cands, v)
			// and the infinitives joined to it: "ordered his air force to
			// ignore both zones and to fire on any aircraft"
			for w := range an.Dependents(p.vg, dateline.RelComp) {
				if w != v && an.Chunks[w].Kind == dateline.ChunkVG && an.Chunks[w].Verb.Infinitive {
					cands = append(cands, w)
				}
			}
		}
	} else if p.vg >= 0 {
		for v := range an.Dependents(p.vg, dateline.RelComp) {
			if x.whInfinitive(v) {
				continue // "invited Kenyans to talks on how to fund the budget": a question asked, not the act invited
			}
			cands = append(cands, v)
		}
		if o := an.Dependent(p.vg, dateline.RelObj); o >= 0 {
			cands = append(cands, o)
		}
		if s := an.Dependent(p.vg, dateline.RelSubj); s >= 0 && an.Chunks[p.vg].Verb.Passive {
			cands = append(cands, s) // "the protests were orchestrated by Poland": a passive's subject is its object
		}
		subj := an.Dependent(p.vg, dateline.RelSubj)
		for pp := range an.Dependents(p.vg, dateline.RelObl) {
			if subj >= 0 && pp < subj {
				continue // "At a meeting with Li, Merz called for access": the phrase that opens the clause is no complement
			}
			if x.s.Tokens[an.Chunks[pp].Head].Lower == "as" {
				continue // "rejected the sanctions as an attack": what the object is taken for, not the act spoken of
			}
			if np := an.Dependent(pp, dateline.RelPObj); np >= 0 {
				cands = append(cands, np)
			} else if pp+1 < len(an.Chunks) && an.Chunks[pp+1].Kind == dateline.ChunkVG && an.Words[an.Chunks[pp+1].Head].Tag == dateline.TagVBG {
				cands = append(cands, pp+1) // "had no intention of resuming talks": the gerund after the preposition
			}
		}
	} else {
		for pp := range an.Dependents(p.np, dateline.RelNMod) {
			if np := an.Dependent(pp, dateline.RelPObj); np >= 0 {
				cands = append(cands, np)
			}
		}
		for v := range an.Dependents(p.np, dateline.RelComp) {
			cands = append(cands, v)
		}
	}
	for _, k := range cands {
		if j, ok := x.predAt(k); ok && j != i && !x.preds[j].absorbed {
			return j
		}
		if an.Chunks[k].Kind != dateline.ChunkVG {
			continue
		}
		// a complement verb that only carries its act: "promised to
		// continue military aid", "agreed to resume talks"
		if o := an.Dependent(k, dateline.RelObj); o >= 0 {
			if j, ok := x.predAt(o); ok && j != i && !x.preds[j].absorbed {
				return j
			}
		}
	}
	return -1
}

// combine makes frame i speak of pred c's act.
func (x *sent) combine(i, c int) {
	p, q := &x.preds[i], &x.preds[c]
	if p.e.blames() {
		x.impute(p, c)
		return
	}
	if p.e.command && x.commandsOwn(p) {
		// "the commander ordered his troops to detain the mercenaries",
		// "Salinas ordered the army to stop firing": an order to one's own
		// forces is no demand between parties; the act ordered is decided,
		// and theirs
		// and done by whoever gave the order, as the story golds code it
		// ("Noboa ordered the armed forces to neutralise the gangs": the
		// government's act)
		p.absorbed, q.decided = true, true
		if src, _, _ := x.roles(p); len(src) == 1 {
			q.orderer = src[0]
		}
		if cc, ok := x.l.codes[q.act]; ok && cc.QuadClass == 4 && x.supposedTarget(q) {
			// "Saddam ordered his air force to fire on any Western
			// aircraft that entered Iraqi skies": force ordered against
			// whoever gives cause is held out, a threat, not done
			q.decided, q.heldOut = false, true
			p.how = append(p.how, "+ an order to its own forces against whoever gives cause: the orderer's threat")
			return
		}
		p.how = append(p.how, "+ an order to its own forces: their act, decided, the orderer's")
		return
	}
	if cc, ok := x.l.codes[q.act]; ok && p.e.consent && cc.QuadClass >= 3 {
		// "rebels failed to capture the town": failing at an act of
		// conflict refuses nothing; the act is told as not done
		p.absorbed = true
		p.how = append(p.how, "+ "+q.e.head+": an act of conflict not done, no refusal")
		return
	}
	fam, ok := familyOfRoot[p.e.code[:2]]
	if !ok {
		if x.l.has(p.e.code, flagStatement) {
			// "claimed responsibility for the attack on the embassy": the
			// claimant did the act, and the claim is aimed where it was
			x.impute(p, c)
		}
		return
	}
	act := q.act
	if fam == famIntent && q.vg >= 0 && x.an.Chunks[q.vg].Verb.Neg {
		// "vowed not to return", "pledged never to negotiate": a refusal,
		// when the act has one; a pledge not to attack stays a pledge
		if code, ok := x.l.form(act, famRefusal); ok {
			p.code, p.act, p.comp, q.absorbed, q.spokenOf = code, act, c, true, true
			p.how = append(p.how, fmt.Sprintf("+ not %s %s -> refusal %s", q.e.head, act, code))
			return
		}
		p.comp, q.absorbed, q.spokenOf = c, true, true
		p.how = append(p.how, "+ not "+q.e.head)
		return
	}
	if fam == famRefusal && x.notRefused(q) {
		// "refused to rule out the use of force": refusing to refuse an act
		// of conflict holds it out, a threat of it
		if code, ok := x.l.form(act, famThreat); ok {
			p.code, p.act, p.comp, q.absorbed, q.spokenOf = code, act, c, true, true
			p.how = append(p.how, fmt.Sprintf("+ %s %s not refused -> threat %s", q.e.head, act, code))
			return
		}
	}
	if fam == famIntent && p.e.decision && x.l.has(act, flagDecided) {
		// "EU leaders agreed to impose sanctions on Belarus": a measure a
		// party agrees on is decided, and is its own event; the agreement
		// stays one when its intent is cooperation ("agreed to send
		// troops to Lithuania"), not when it would read as a threat
		p.act, p.comp = act, c
		if code, ok := x.l.form(act, fam); ok && !x.l.has(code, flagThreat) {
			p.code, q.decided = code, true
			p.how = append(p.how, fmt.Sprintf("+ %s %s -> %s, and the act decided", q.e.head, act, code))
		} else {
			p.code, q.absorbed, q.spokenOf = act, true, true
			p.how = append(p.how, fmt.Sprintf("+ %s %s: the act decided", q.e.head, act))
		}
		return
	}
	if code, ok := x.l.form(act, fam); ok {
		p.code = code
		p.how = append(p.how, fmt.Sprintf("+ %s %s -> %s", q.e.head, act, code))
	} else {
		p.how = append(p.how, fmt.Sprintf("+ %s %s", q.e.head, act))
	}
	p.act = act
	p.comp = c
	// "warned Colombo that any attempt would be met by force": a threat
	// told in a frame that makes it one is the frame's threat, not a
	// second event of its own
	q.absorbed, q.spokenOf = true, !x.l.has(q.code, flagThreat) || !x.l.has(p.code, flagThreat)
}

// plannedToCome reports whether blame frame p is a verb of will in the
// present whose complement q is its infinitive: "Russia plans to expel
// ten diplomats" announces an act, blames no one for one done ("said the
// officials had planned the killing", "had planned to kill him").
func (x *sent) plannedToCome(p, q *pred) bool {
	if p.vg < 0 || q.vg < 0 || !x.an.Chunks[q.vg].Verb.Infinitive {
		return false
	}
	g := &x.an.Chunks[p.vg]
	v := g.Verb
	return x.an.Words[g.Head].Roles&dateline.RoleVolition != 0 && !v.Perfect && (v.Tense == dateline.TensePresent || v.Tense == dateline.TenseFuture)
}

// impute reads a blame frame ("was behind the bombing", "had a hand in
// the attack", "masterminded the bombing") with the act its complement
// names: its subject did that act. Only an act of conflict (quad class 3
// or 4) is blamed; the act itself is told where it happens, so the
// complement is not coded again.
func (x *sent) impute(p *pred, c int) {
	q := &x.preds[c]
	if cc, ok := x.l.codes[q.act]; !ok || cc.QuadClass < 3 {
		return
	}
	if x.plannedToCome(p, q) {
		return
	}
	if q.np >= 0 && q.anchored && p.vg >= 0 && x.l.InSet("cause", x.headLemma(p.vg)) {
		return // "sparked clashes between police and protesters": the clashes are theirs (see causedBy)
	}
	p.act, p.comp = q.act, c
	q.absorbed = true
	p.how = append(p.how, "+ "+q.e.head+" "+q.act+": its subject did it")
}

// judges reports whether e is a judgement: a disapproval (root 11) that a
// copula states of its subject ("the verdict was too lenient"), or one
// whose subject is its target and no one its source ("Syria was meddling
// in Lebanon's affairs", "the attack amounted to a declaration of war"),
// or a thing, not an actor ("the attack bore the hallmarks of the
// Taliban"). It is coded as the disapproval of whoever says it. A copula
// whose subject is marked the source ("Kenya was critical of") is none.
func (e *entry) judges() bool {
	switch {
	case e.particle != "" || e.frame:
		return false
	case strings.HasPrefix(e.code, "11") || e.code == "016":
		return !e.hasRole('S') && (e.head == "be" || e.subjTarget() || e.names(argSubj))
	case strings.HasPrefix(e.code, "12"):
		// "said the proposal was unacceptable": a thing the copula's
		// subject names, judged so, is refused by whoever says it
		return e.head == "be" && e.names(argSubj)
	}
	return false
}

// warns reports whether e is a fate held out: a threat (root 13) whose
// subject is its target and no one its source ("would pay a heavy price",
// "would face consequences"; of a passive entry, the object, its clause's
// subject: "would be turned into a sea of fire"). It is coded as the
// threat of whoever says the subject will suffer it.
func (x *sent) warns(e *entry) bool {
	if e.particle != "" || e.frame || !x.l.has(e.code, flagThreat) || e.hasRole('S') {
		return false
	}
	return e.subjTarget() || e.requires(argPassive) && e.objTarget()
}

// blames reports whether e is a blame frame: a frame of root 11 (what a
// speaker who says it does) whose subject did the act its complement
// names ("was behind", "masterminded").
func (e *entry) blames() bool { return e.frame && strings.HasPrefix(e.code, "11") }

// obligations reads what a statement says another must or should do:
// "declared that China must drop barriers" demands it of China (10);
// "should" asks it (02).
func (x *sent) obligations() {
	an := x.an
	for i := range x.preds {
		p := &x.preds[i]
		if p.vg < 0 || !x.l.has(p.code, flagStatement) {
			continue
		}
		ci := x.obligationClause(p.vg)
		if ci < 0 {
			// '"Washington must lift the sanctions," Rouhani said': a modal
			// of obligation (a subjunctive follows only "that": "The
			// Palestinians reject the changes, Erakat said" is what they do)
			for cj := range x.framed(p) {
				if an.Chunks[an.Clauses[cj].Verb].Verb.Modal != "" && x.obliges(an.Clauses[cj].Verb) {
					ci = cj
					break
				}
			}
		}
		if ci < 0 {
			continue
		}
		cv := an.Clauses[ci].Verb
		fam := famAppeal
		switch an.Chunks[cv].Verb.Modal {
		case "must", "":
			fam = famDemand // "must drop barriers"; "insisted that the president step down"
		}
		subj := an.Dependent(cv, dateline.RelSubj)
		if subj < 0 {
			continue
		}
		if o := x.addressee(p.vg, subj); o >= 0 {
			subj = o
		}
		if x.actorOf[subj] < 0 {
			if _, ok := x.predAt(cv); !ok || !an.Chunks[cv].Verb.Passive || an.Dependent(cv, dateline.RelAgent) >= 0 {
				continue // not "said lessons must be learned": no act
			}
			// "ruled that nine political prisoners must be freed": an act
			// that must be done to those no actor names, by no one named,
			// is still the speaker's demand, on no one in particular
			subj = -1
		}
		act := "0"
		if q, ok := x.predAt(cv); ok {
			act = x.preds[q].act
			x.preds[q].absorbed = true
		}
		code := map[family]string{famAppeal: "020", famDemand: "100"}[fam]
		if c, ok := x.l.form(act, fam); ok {
			code = c
		}
		p.code, p.obligee = code, subj
		if m := an.Chunks[cv].Verb.Modal; m != "" {
			p.how = append(p.how, "obligation "+m)
		} else {
			p.how = append(p.how, "obligation: a subjunctive")
		}
	}
}

// obligationClause returns the first complement clause of statement verb
// group k whose verb says what another must or should do: a modal of
// obligation or a subjunctive ("said the gunmen had come from Pakistan and
// that Islamabad must take action": the second), or -1.
func (x *sent) obligationClause(k int) int {
	an := x.an
	for v := range an.Dependents(k, dateline.RelComp) {
		for ci, c := range an.Clauses {
			if c.Verb == v && c.Kind == dateline.ClauseComplement && x.obliges(v) {
				return ci
			}
		}
	}
	return -1
}

// obliges reports whether verb group v says what must or should be done:
// a modal of obligation or a subjunctive.
func (x *sent) obliges(v int) bool {
	switch x.an.Chunks[v].Verb.Modal {
	case "must", "should", "ought":
		return true
	case "":
		return x.subjunctive(v)
	}
	return false
}

// framed yields the clauses that statement pred p's report clause frames
// ("Russian troops shelled the town, Ukrainian officials said"), the parts
// of a split quotation among them ('"This is a dangerous moment," Mubarak
// said, "and Israel must lift the siege."').
func (x *sent) framed(p *pred) iter.Seq[int] {
	return func(yield func(int) bool) {
		an := x.an
		if p.clause < 0 || an.Clauses[p.clause].Kind != dateline.ClauseReport {
			return
		}
		for cj := range an.Clauses {
			if an.Clauses[cj].Parent == p.clause && !yield(cj) {
				return
			}
		}
	}
}

// addressee returns whom statement verb group k is told to when the
// subject of what it says another must do is a third-person pronoun read
// as the speaker, or as no one: "the US told Iran it must stop enriching
// uranium" obliges Iran, not the US. It returns -1 when the subject is no
// such pronoun, or the statement's object names no actor of another
// country than the speaker ("told reporters it must").
func (x *sent) addressee(k, subj int) int {
	an := x.an
	h := an.Chunks[subj].Head
	if an.Words[h].Tag != dateline.TagPRP || an.Chunks[subj].To-an.Chunks[subj].From != 1 {
		return -1
	}
	switch x.s.Tokens[h].Lower {
	case "it", "they":
	default:
		return -1
	}
	o := an.Dependent(k, dateline.RelObj)
	sp := an.Dependent(k, dateline.RelSubj)
	if o < 0 || sp < 0 || x.actorOf[o] < 0 {
		return -1
	}
	sp = x.actorPhrase(sp)
	if sp < 0 || x.actorOf[sp] < 0 {
		return -1
	}
	speaker, told := x.ms[x.actorOf[sp]].Actor, x.ms[x.actorOf[o]].Actor
	if m := x.actorOf[subj]; m >= 0 && x.ms[m].Actor.Country != speaker.Country {
		return -1
	}
	if told.Country == "" || told.Country == speaker.Country {
		return -1
	}
	return o
}

// subjunctive reports whether verb group k is a mandative subjunctive:
// a base form after a singular subject ("that the president step down",
// "that Washington stop arming Taiwan", "that he be released"), which says
// what must be done, not what is.
func (x *sent) subjunctive(k int) bool {
	an := x.an
	vg := an.Chunks[k].Verb
	if vg.Modal != "" || vg.Perfect || vg.Progressive || vg.Tense == dateline.TensePast {
		return false
	}
	if t := an.Words[an.Chunks[k].From].Tag; t != dateline.TagVB && t != dateline.TagVBP {
		return false
	}
	subj := an.Dependent(k, dateline.RelSubj)
	if subj < 0 || an.Dependent(subj, dateline.RelConj) >= 0 {
		return false
	}
	h := an.Chunks[subj].Head
	switch an.Words[h].Tag {
	case dateline.TagNN, dateline.TagNNP:
		return true
	case dateline.TagPRP:
		w := x.s.Tokens[h].Lower
		return w == "he" || w == "she" || w == "it"
	}
	return false
}

// allegations reads a claim that another did harm as an accusation of it:
// "Russia claimed that Ukraine shelled the plant" accuses Ukraine (112);
// the shelling itself is alleged.
func (x *sent) allegations() {
	an := x.an
	for i := range x.preds {
		p := &x.preds[i]
		if p.vg < 0 || !x.l.has(p.code, flagStatement) && !(strings.HasPrefix(p.code, "112") && p.e.requires(argThat) && p.obligee < 0) {
			// (an accusation by its verb alone, "charged that Azerbaijani
			// forces had fired on a village", accuses the doer as a claim does)
			continue
		}
		alleging := an.Words[an.Chunks[p.vg].Head].Roles&dateline.RoleAllege != 0
		blame := -1 // a blame frame the statement voices: "said Iran was behind the bombing"
		ci := x.thatClauseWithAct(p.vg)
		for cj := range x.framed(p) {
			if ci < 0 {
				ci = cj // the first clause the report frames
			}
		}
		if ci < 0 {
			continue
		}
		cv := x.contentOf(an.Clauses[ci].Verb)
		q, ok := x.predAt(cv)
		if j := x.lightAct(cv); j >= 0 && (!ok || x.preds[q].absorbed) {
			// "said the Iranians had started the riot", "said Pakistani
			// soldiers had staged a raid": the act is the noun the light
			// verb does
			q, ok = j, true
		}
		if !ok {
			if x.l.has(p.code, flagStatement) {
				x.conductSaid(p, ci, cv)
			}
			continue
		}
		if x.preds[q].e.blames() {
			if x.preds[q].comp >= 0 && x.negated(cv) && x.ownSide(p, cv) {
				// "Iran said it had no hand in the attack": a blame its
				// speaker denies of itself denies responsibility (016)
				p.code, p.obligee, x.preds[q].absorbed = "016", -1, true
				p.how = append(p.how, "denial of its own "+x.preds[q].e.head)
				continue
			}
			if x.preds[q].comp < 0 || x.negated(cv) {
				continue // "said Pakistani intelligence had not orchestrated the attack": no blame
			}
			alleging, blame = true, q // whoever says another did harm accuses them of it
		}
		if x.preds[q].e.judges() {
			// "said the verdict was too lenient": the speaker disapproves,
			// of the subject when it is an actor, else of the act it names.
			// What is denied or only foreseen ("said Turkey would not
			// interfere", "said an attack would be an act of war") judges
			// nothing done
			v := an.Chunks[cv].Verb
			if x.negated(cv) && !x.preds[q].e.requires(argNeg) && v.Modal == "" && v.Tense != dateline.TenseFuture &&
				strings.HasPrefix(x.preds[q].code, "112") && x.ownSide(p, cv) {
				// "Japan said it bore no responsibility for the sinking": an
				// accusation its speaker denies of itself denies it (016)
				p.code, p.obligee, x.preds[q].absorbed = "016", -1, true
				p.how = append(p.how, "denial of its own "+x.preds[q].e.head)
				continue
			}
			// ("there can be no justification for": what there can be none
			// of is said to be none, not foreseen)
			subj := an.Dependent(cv, dateline.RelSubj)
			there := subj >= 0 && an.Words[an.Chunks[subj].Head].Tag == dateline.TagEX
			canNot := there && x.preds[q].e.requires(argNeg) && (v.Modal == "can" || v.Modal == "could")
			if x.negated(cv) && !x.preds[q].e.requires(argNeg) || v.Modal != "" && !canNot || v.Tense == dateline.TenseFuture {
				continue
			}
			if x.l.has(x.preds[q].code, flagDenial) && x.deniesForeseen(q) {
				continue // "said there was no sign of an imminent invasion": an act to come, no one's to deny
			}
			x.preds[q].absorbed = true
			if v := x.infinitiveOf(cv); v >= 0 && x.preds[q].e.requires(argInf) {
				if j, ok := x.predAt(v); ok {
					x.preds[j].absorbed = true // "were to blame": the infinitive is the judgement's own word
				}
			}
			p.code = x.preds[q].code
			if k := x.preds[q].targetBeside(); k >= 0 {
				// "said there was no justification for the coup", "said
				// the bombing was the work of Hamas": what the judgement
				// names as its target is judged, not its subject
				p.obligee = k
				p.how = append(p.how, "a judgement of what it names")
				continue
			}
			if subj >= 0 {
				p.obligee = x.actorPhrase(subj)
			}
			p.how = append(p.how, "a judgement of its subject")
			continue
		}
		if x.warns(x.preds[q].e) {
			// "warned that Israel would pay a heavy price": a fate the
			// speaker holds out to the subject, to come ("would", "will");
			// told as done or denied ("paid", "would not pay") it is none;
			// an entry that means its negation holds it out so ("would not
			// go unpunished")
			if v := an.Chunks[cv].Verb; x.negated(cv) && !x.preds[q].e.requires(argNeg) || v.Modal == "" && v.Tense != dateline.TenseFuture {
				continue
			}
			x.preds[q].absorbed = true
			p.code = x.preds[q].code
			if subj := an.Dependent(cv, dateline.RelSubj); subj >= 0 && (x.actorOf[x.actorPhrase(subj)] >= 0 || !x.preds[q].e.requires(argFuture)) {
				p.obligee = x.actorPhrase(subj)
			} else if x.preds[q].e.requires(argFuture) {
				// "warned that the seizure would not go unanswered": a deed,
				// no one's, held out to be answered, as "would be answered"
				p.answer = true
			}
			p.how = append(p.how, "a fate held out to its subject")
			continue
		}
		if how := x.deniedAct(p, q, cv); how != "" {
			p.code, p.obligee, x.preds[q].absorbed = "016", -1, true
			p.how = append(p.how, how+x.preds[q].e.head)
			continue
		}
		if x.negated(cv) && !x.preds[q].e.requires(argNeg) {
			continue // "said Azerbaijani troops had not opened fire": no harm claimed
		}
		c, ok := x.l.codes[x.preds[q].code]
		subj := an.Dependent(cv, dateline.RelSubj)
		if an.Chunks[cv].Verb.Passive {
			// a passive's subject is what the act is done to; its doer is
			// the agent, if named ("said its villages were shelled by
			// Azerbaijani troops"; "said they would be answered": no one)
			subj = an.Dependent(cv, dateline.RelAgent)
		}
		if !ok || c.QuadClass < 3 || subj < 0 {
			continue
		}
		speaker, _, _ := x.roles(p)
		sp := x.actorsOf(speaker)
		if x.theySpeakers(subj, sp) {
			continue // "France and Canada said they would also send troops": their own word
		}
		if x.actorOf[x.actorPhrase(subj)] < 0 {
			if x.l.has(p.code, flagStatement) && x.conductIn(p, cv) {
				// "said the rulings violated the constitutional order": an
				// act (a subject no actor does) does none of the acts its
				// verb's entries code; what it did is judged of its doer
				continue
			}
			if !alleging || len(sp) == 0 || an.Words[an.Chunks[subj].Head].Tag != dateline.TagPRP {
				continue
			}
			// "the US claimed that they had attacked Iraq": the pronoun is
			// the speaker's own side
			x.ownClaim(p, q)
			if blame >= 0 {
				x.preds[blame].absorbed = true
			}
			continue
		}
		finding := false
		if !alleging {
			if !x.victimSpeaks(p, &x.preds[q], subj) {
				if finding = x.finderSpeaks(p, &x.preds[q], cv, subj); !finding {
					continue // "officials said the army shelled the town": told, not claimed
				}
			}
			if len(sp) > 0 && !finding {
				p.victim = sp[0]
				if dr := x.actorsOf([]int{subj}); len(dr) > 0 && x.ms[dr[0]].Actor.Country == x.ms[sp[0]].Actor.Country {
					// a claim at home: the act keeps the target it names or
					// its policy gives (a coup: the government), not the
					// speaker's bare country
				} else if !x.l.has(x.preds[q].e.code, flagStatement) {
					// a statement told, a fate it holds out ("warned that
					// Seoul would be turned into a sea of fire, South Korean
					// officials said"), keeps its own speaker and target
					x.preds[q].victim = sp[0]
				}
			}
		}
		if doer := x.actorsOf([]int{subj}); alleging && (x.sameActors(sp, doer) || x.ownedBy(doer, sp)) {
			x.ownClaim(p, q) // "the group claimed its fighters had attacked the convoy"
			if blame >= 0 {
				x.preds[blame].absorbed = true
			}
			continue
		}
		p.code, p.obligee = "112", x.actorPhrase(subj)
		if finding {
			p.how = append(p.how, "finding that "+x.preds[q].e.head)
		} else {
			p.how = append(p.how, "claim that "+x.preds[q].e.head)
		}
		if blame >= 0 {
			x.preds[blame].absorbed = true
		}
	}
}

// heldOut reads a warning (sets.txt's &warning: "warn", "caution") that
// its own side will act as the warner's threat (130), when the act it
// foretells codes nothing of its own: "Ciller warned that Turkey would
// break the hands of anyone who touched its flag", "the bloc warned that
// they would push on to the capital unless Jammeh stood down". The act to
// come is no event (it has not happened); the threat is aimed at whom its
// condition names, else at whoever last acted against the warner. A
// warning of what others or things will do ("warned that prices would
// rise") or of what was done ("warned that the rebels had regrouped")
// holds out nothing. A threat a warning names by its noun ("warned of
// consequences if Italy did not keep its word") is aimed at its
// condition's subject too.
func (x *sent) heldOut() {
	an := x.an
	for i := range x.preds {
		p := &x.preds[i]
		if p.vg < 0 || p.absorbed || p.clause < 0 || !x.l.InSet("warning", x.headLemma(p.vg)) {
			continue
		}
		if x.l.has(p.code, flagThreat) && p.comp < 0 && p.obligee < 0 && !p.bindsRole('T') {
			// "warned of consequences if Italy did not keep its word"
			if s := x.conditionSubject(p.clause); s >= 0 && x.actorOf[x.actorPhrase(s)] >= 0 {
				p.obligee = x.actorPhrase(s)
				p.how = append(p.how, "aimed at whom its condition names")
			}
			continue
		}
		if !x.l.has(p.code, flagStatement) {
			continue
		}
		ci := x.thatClause(p.vg)
		if ci < 0 {
			continue
		}
		if k := x.harmOnCondition(p, ci); k >= 0 {
			p.code, p.obligee = "130", k
			p.how = append(p.how, "what is to come if another acts, held out to that party")
			continue
		}
		cv := an.Clauses[ci].Verb
		if cv < 0 || !x.toCome(cv) || an.Chunks[cv].Verb.Passive || x.negated(cv) {
			continue
		}
		if _, ok := x.predAt(cv); ok {
			continue // an act of its own, coded as its side's intent or threat (asIntent)
		}
		subj := an.Dependent(cv, dateline.RelSubj)
		if subj < 0 {
			continue
		}
		cond := x.conditionSubject(ci)
		if cond >= 0 && (x.actorOf[x.actorPhrase(cond)] < 0 || x.ownSide(p, cond)) {
			cond = -1
		}
		pronoun := an.Words[an.Chunks[subj].Head].Tag == dateline.TagPRP && an.Chunks[subj].To-an.Chunks[subj].From == 1
		if !x.ownSide(p, cv) && !x.ownState(p, subj) && !(pronoun && cond >= 0) {
			continue
		}
		p.code = "130"
		if cond >= 0 {
			p.obligee = x.actorPhrase(cond)
			p.how = append(p.how, "its own side's act held out, aimed at whom its condition names")
		} else {
			p.answer = true
			p.how = append(p.how, "its own side's act held out")
		}
	}
}

// harmOnCondition returns, for warning p and its that-clause ci, the
// subject of a condition another party is to meet, under a clause that
// tells what is to come ("would", "could"), whatever that clause's own
// subject or voice: "warned that not a drop of oil would pass through the
// Strait of Hormuz if Western countries imposed sanctions", "warned that
// Chinese consumers could shun Australian wine if Australia kept pushing
// for an inquiry", "warned that the North would be met with force if it
// fired again". A warning that holds out what follows another party's
// act holds it out to that party. It returns -1 when the clause to come
// codes an act of its own (asIntent reads it), when the condition names
// no actor, or one of the warner's own party (otherParty: another country,
// or the state and its rivals at home: "warned that the army would act if
// the opposition marched").
func (x *sent) harmOnCondition(p *pred, ci int) int {
	an := x.an
	speaker, _, _ := x.roles(p)
	sp := x.actorsOf(speaker)
	if len(sp) == 0 {
		return -1
	}
	if k := x.deedToCome(p, ci, sp); k >= 0 {
		return k
	}
	for _, c := range an.Clauses {
		if c.Kind != dateline.ClauseConditional || c.Parent < 0 || c.Verb < 0 {
			continue
		}
		// the clause to come is the condition's parent or one above it
		// under the that-clause ("warned that no one could take a drop of
		// water, threatening instability if Ethiopia's dam cut its share")
		under, cv := false, -1
		for q, d := c.Parent, 0; q >= 0 && d < 6; q, d = an.Clauses[q].Parent, d+1 {
			if v := an.Clauses[q].Verb; cv < 0 && v >= 0 && x.toCome(v) {
				cv = v
			}
			if q == ci {
				under = true
				break
			}
		}
		if !under || cv < 0 {
			continue
		}
		if _, ok := x.predAt(cv); ok {
			return -1
		}
		k := an.Dependent(c.Verb, dateline.RelSubj)
		if an.Chunks[c.Verb].Verb.Passive {
			k = an.Dependent(c.Verb, dateline.RelAgent)
		}
		if k < 0 || x.actorOf[x.actorPhrase(k)] < 0 {
			return -1
		}
		doer := x.actorsOf([]int{k})
		if !x.othersDeed(sp, doer) {
			return -1
		}
		return x.actorPhrase(k)
	}
	return -1
}

// deedToCome returns, for warning p (speakers sp) and its that-clause ci
// told to come, the doer of the deed its subject supposes, a phrase
// opened by a word of sets.txt's &supposed ("any"), when the doer is of
// another party: "warned that any advance by Turkish-backed forces on
// Sirte would cross a red line", "that any foreign troops deployed without
// its consent would be treated as invaders", "that any American attack
// would be met with force". What a warning says will follow a deed not
// yet done is held out to its doer, as a condition's subject is
// (harmOnCondition). The doer is the phrase's own actor, else the actor
// of its "by" phrase or of the act its noun names; -1 when the clause
// codes an act of its own, or no doer of another party is named.
func (x *sent) deedToCome(p *pred, ci int, sp []int) int {
	an := x.an
	cv := an.Clauses[ci].Verb
	if cv < 0 || !x.toCome(cv) {
		return -1
	}
	if j, ok := x.predAt(cv); ok && !x.preds[j].e.judges() && !x.warns(x.preds[j].e) {
		return -1
	}
	subj := an.Dependent(cv, dateline.RelSubj)
	if subj < 0 || !x.l.InSet("supposed", x.s.Tokens[an.Chunks[subj].From].Lower) {
		return -1
	}
	var doers []int
	if k := x.actorPhrase(subj); x.actorOf[k] >= 0 {
		doers = append(doers, k)
	}
	// its "by" phrase, also after a phrase of place ("any advance on Sirte
	// by Turkish troops")
	for pp := range an.Dependents(subj, dateline.RelNMod) {
		np := an.Dependent(pp, dateline.RelPObj)
		if np < 0 {
			continue
		}
		if x.s.Tokens[an.Chunks[pp].Head].Lower != "by" {
			for by := range an.Dependents(np, dateline.RelNMod) {
				if x.s.Tokens[an.Chunks[by].Head].Lower == "by" {
					pp, np = by, an.Dependent(by, dateline.RelPObj)
					break
				}
			}
		}
		if np >= 0 && x.s.Tokens[an.Chunks[pp].Head].Lower == "by" && x.actorOf[x.actorPhrase(np)] >= 0 {
			doers = append(doers, x.actorPhrase(np))
		}
	}
	if j, ok := x.predAt(subj); ok && x.preds[j].np >= 0 {
		src, _, _ := x.roles(&x.preds[j])
		doers = append(doers, src...)
	}
	for _, k := range doers {
		doer := x.actorsOf([]int{k})
		if !x.othersDeed(sp, doer) {
			continue
		}
		return k
	}
	return -1
}

// ownState reports whether noun phrase k names the state that statement
// p's speaker speaks for: "Turkish Foreign Minister Tansu Ciller warned
// that Turkey would ...", "the army said Russia would ...". Another arm
// of its country (the opposition, rebels) is not the state's own side.
func (x *sent) ownState(p *pred, k int) bool {
	speaker, _, _ := x.roles(p)
	sp, doer := x.actorsOf(speaker), x.actorsOf([]int{k})
	if len(sp) == 0 || len(doer) == 0 {
		return false
	}
	a, r := x.ms[doer[0]].Actor, x.ms[sp[0]].Actor
	state := func(sector string) bool { return sector == "" || x.l.state(sector) }
	return a.Country != "" && a.Country == r.Country && state(a.Sector) && state(r.Sector)
}

// toCome reports whether verb group v tells an act to come: a modal of
// will or of what may be ("would", "will", "could", "might"), or the
// future tense.
func (x *sent) toCome(v int) bool {
	vg := x.an.Chunks[v].Verb
	if vg.Perfect {
		return false // "would have": supposed of the past
	}
	switch vg.Modal {
	case "would", "'d", "will", "'ll", "shall", "could", "might", "may":
		return true
	}
	return vg.Tense == dateline.TenseFuture
}

// deniesForeseen reports whether denial pred q ("there was no sign of")
// names in its object's "of" phrase an act not surely done ("an imminent
// invasion", "a planned attack"): what has not come about is no one's to
// deny responsibility for.
func (x *sent) deniesForeseen(q int) bool {
	an := x.an
	for _, b := range x.preds[q].bind {
		if b < 0 {
			continue
		}
		for pp := range an.Dependents(b, dateline.RelNMod) {
			if x.s.Tokens[an.Chunks[pp].Head].Lower != "of" {
				continue
			}
			if n := an.Dependent(pp, dateline.RelPObj); n >= 0 && x.unsure(n) {
				return true
			}
		}
	}
	return false
}

// deniedAct reads a statement that an act of conflict was not done, by
// the speaker's own side or by no one, as a denial of responsibility
// (016): "Russia said its troops had not fired on the village", "the
// ministry insisted that no shots had been fired". It returns how, or ""
// when statement p says no such thing of the act pred q at verb group cv:
// an act foreseen or promised ("said it would not attack") is no denial,
// nor is another's harm denied ("said Azerbaijani troops had not opened
// fire"), nor a toll ("said no one was killed": the passive's subject is
// whom the act is done to, not the thing it uses), nor a measure said not
// taken ("no arrests had been made": with no doer, only force is denied).
func (x *sent) deniedAct(p *pred, q, cv int) string {
	an := x.an
	c, ok := x.l.codes[x.preds[q].code]
	v := an.Chunks[cv].Verb
	if !ok || c.QuadClass < 3 || v.Modal != "" || v.Tense == dateline.TenseFuture || x.preds[q].e.requires(argNeg) {
		return ""
	}
	if a, ok := x.l.codes[x.preds[q].act]; ok && x.preds[q].e.frame && strings.HasPrefix(x.preds[q].code, "12") && a.QuadClass >= 3 {
		return "" // "said he was not ruling out a military option": force not refused is held out, no denial
	}
	for i := an.Chunks[cv].From; i < an.Chunks[cv].To && i < len(x.s.Tokens); i++ {
		if x.s.Tokens[i].Lower == "yet" {
			return "" // "said its forces had not yet captured the city": still to come, not denied
		}
	}
	if !v.Passive {
		if !v.Neg && !x.l.Violent(x.preds[q].code) {
			return "" // "police said they had made no arrests": a measure none of which was taken, as in the passive
		}
		if x.negated(cv) && x.ownSide(p, cv) {
			return "denial of its own "
		}
		return ""
	}
	subj := an.Dependent(cv, dateline.RelSubj)
	if !x.l.Violent(x.preds[q].code) || subj < 0 || an.Dependent(cv, dateline.RelAgent) >= 0 || x.actorOf[x.actorPhrase(subj)] >= 0 {
		return "" // (of force only: "police said no arrests had been made" is a report)
	}
	if an.Words[an.Chunks[subj].From].Roles&dateline.RoleNegation == 0 && !v.Neg {
		return ""
	}
	// what was not done to the speaker's own country it does not deny:
	// "the Israeli army said no rockets were fired at Israel"
	speaker, _, _ := x.roles(p)
	sp := x.actorsOf(speaker)
	_, tgt, _ := x.roles(&x.preds[q])
	for _, t := range x.actorsOf(tgt) {
		if len(sp) == 0 || x.ms[t].Actor.Country == x.ms[sp[0]].Actor.Country {
			return ""
		}
	}
	// the subject is a thing the act uses ("shots", "rockets"), which the
	// entry binds to an argument it constrains without making it the
	// target
	for i, b := range x.preds[q].bind {
		if b == subj && x.preds[q].e.args[i].heads != nil && x.preds[q].e.args[i].role != 'T' {
			return "denial that it was done: "
		}
	}
	return ""
}

// attributed reads a blame or a judgement told "according to" an actor as
// that actor's, as if it had said it: "Israel was behind the attack,
// according to Iran" is Iran's accusation of Israel (112), "according to
// the EU, the vote was a sham" its criticism (111). What is denied or only
// foreseen, or said of the attributed actor's own side, is left unvoiced.
func (x *sent) attributed() {
	an := x.an
	for i := range x.preds {
		p := &x.preds[i]
		if p.absorbed || p.vg < 0 || p.clause < 0 || an.Clauses[p.clause].Verb != p.vg || !(p.e.blames() && p.comp >= 0 || p.e.judges()) {
			continue
		}
		np := an.Dependent(p.vg, dateline.RelAttrib)
		if np < 0 || x.actorOf[x.actorPhrase(np)] < 0 {
			continue
		}
		v := an.Chunks[p.vg].Verb
		if x.negated(p.vg) && (p.e.blames() || !p.e.requires(argNeg)) || v.Modal != "" || v.Tense == dateline.TenseFuture {
			continue
		}
		if p.e.blames() {
			if c, ok := x.l.codes[x.preds[p.comp].code]; !ok || c.QuadClass < 3 {
				continue
			}
		}
		subj := an.Dependent(p.vg, dateline.RelSubj)
		if subj >= 0 && x.sameActors(x.actorsOf([]int{subj}), x.actorsOf([]int{np})) {
			continue
		}
		p.voice = x.actorPhrase(np)
		switch k := p.targetBeside(); {
		case k >= 0:
			p.obligee = k
		case subj >= 0:
			p.obligee = x.actorPhrase(subj)
		}
		p.how = append(p.how, "according to "+x.ms[x.actorOf[p.voice]].Text)
	}
}

// conductSaid reads a statement that another party did wrong as the
// speaker's accusation of it (112), when what is said codes no event of
// its own: "Iran said Israel had abused the detainees' rights", "the
// ministry said the rebels were guilty of lawless conduct", "Moscow said
// Kyiv's policy was reckless". The complement clause cv (of clause ci) is
// told as done (not negated, not foreseen: "would attack" is a threat, left
// to root 13), its subject (of a passive, its agent) is an actor of another
// party than the speaker (another country; or the same country across the
// line between the state and its opposition or rebels), and its verb group
// or its object's head (any word of it after a copula) is a word of wrongdoing
// (conduct.txt: a negative word of AFINN-165 that names what is done, not
// what is suffered: "said 12 people were killed", "said its own troops had
// suffered losses" accuse no one).
func (x *sent) conductSaid(p *pred, ci, cv int) {
	an := x.an
	if x.lightAct(cv) >= 0 || an.Chunks[cv].Kind != dateline.ChunkVG {
		return
	}
	if g := an.Governor(an.Clauses[ci].Verb, dateline.RelComp); g >= 0 && an.Chunks[g].Kind != dateline.ChunkVG {
		return // the content of a noun ("reports that Kim was gravely ill were unfounded"): not what the speaker says
	}
	subj := an.Dependent(cv, dateline.RelSubj)
	for j := range x.preds {
		if x.preds[j].clause == ci && (x.preds[j].np < 0 || x.preds[j].np != subj) {
			return // the clause codes an act of its own, or a word of one (not the act it judges: "said the crackdown had undermined ...")
		}
	}
	x.conductIn(p, cv)
}

// conductIn reads what verb group cv, or one joined to it, says its
// subject did as conduct (conductOf) for statement p: p becomes the
// speaker's accusation of the doer (112). It reports whether it did.
func (x *sent) conductIn(p *pred, cv int) bool {
	for k := range x.conjoined(cv) {
		if subj, word := x.conductOf(p, k); word != "" {
			p.code, p.obligee = "112", x.actorPhrase(subj)
			p.byAnother = x.actorOf[p.obligee] < 0
			p.how = append(p.how, "conduct said of another: "+word)
			return true
		}
	}
	return false
}

// conjoined yields verb group v and the verb groups joined to it by "and"
// ("had never registered and had spread superstition").
func (x *sent) conjoined(v int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if !yield(v) {
			return
		}
		for k := range x.an.Dependents(v, dateline.RelConj) {
			if x.an.Chunks[k].Kind == dateline.ChunkVG && !yield(k) {
				return
			}
		}
	}
}

// conductOf returns the doer and the word of wrongdoing of verb group k,
// which statement p reports (see conductSaid), or -1 and "".
func (x *sent) conductOf(p *pred, k int) (int, string) {
	an := x.an
	v := an.Chunks[k].Verb
	if x.negated(k) {
		return -1, ""
	}
	subj := an.Dependent(k, dateline.RelSubj)
	if v.Passive {
		subj = an.Dependent(k, dateline.RelAgent)
	}
	if subj < 0 {
		return -1, ""
	}
	act := x.actorOf[x.actorPhrase(subj)] < 0
	if act {
		// "said the crackdown had undermined the transition", "said the
		// sanctions would harm the poorest": an act named with "the" (sent.deed),
		// judged by what it does or will do; whoever did it is accused
		// (Facts.TargetDeed), as "said the move was illegal" judges its doer.
		// Not what a copula says the act is (sets.txt's &disapproval and
		// &wrongdoing read that: "said the attack was revenge" is a motive
		// claimed). Its doer found to be the speaker's own side, there is
		// no accusation (Facts.ByAnother)
		least, _ := x.deed([]int{subj})
		if least == 0 || !Definite(x.s, subj) || x.l.InSet("hostilities", x.headLemma(subj)) || v.Passive || an.Words[an.Chunks[k].Head].Roles&dateline.RoleCopula != 0 || an.Dependent(k, dateline.RelObj) < 0 {
			// (nor an act that only failed or ended: "said the talks had
			// failed"; nor hostilities, force between sides that is no one's
			// deed: "the conflict has killed 2,600 people, aid agencies say")
			return -1, ""
		}
	} else {
		if v.Modal != "" || v.Tense == dateline.TenseFuture || x.ownSide(p, k) {
			return -1, ""
		}
		speaker, _, _ := x.roles(p)
		sp, doer := x.actorsOf(speaker), x.actorsOf([]int{subj})
		if len(sp) == 0 || len(doer) == 0 || x.theySpeakers(subj, sp) || !x.otherParty(x.ms[sp[0]].Actor, x.ms[doer[0]].Actor) {
			return -1, ""
		}
	}
	// a head the lexicon has entries for is read by them alone: none
	// matched, so the act is none the lexicon codes ("said Indian troops
	// fired across the line", "said Kufuor had failed"); unless its
	// subject is an act, which does none of the acts its entries code, and
	// its lemma too is a word of wrongdoing (not "bore", whose lemma is
	// "bear"): "said the rulings violated the constitutional order"; nor
	// when the entry that matched reads the verb as a judgement of its
	// subject, which this statement voices ("said Nigerian customs officers
	// had stayed in the market and had stolen the cocoa": 112 steal subj=T)
	q, ok := x.predAt(k)
	judged := ok && x.preds[q].e.judges()
	conduct := func(i int) string {
		if w, lem := x.s.Tokens[i].Lower, an.Words[i].Lemma; x.l.Conduct(w) && (judged || len(x.verbsAt(i)) == 0 && len(x.nounsAt(i)) == 0 || act && x.l.Conduct(lem)) {
			return w
		}
		return ""
	}
	word := ""
	scan := func(c int) {
		for i := an.Chunks[c].From; i <= an.Chunks[c].To && i < len(an.Words) && word == ""; i++ {
			word = conduct(i)
		}
	}
	scan(k)
	if o := an.Dependent(k, dateline.RelObj); o >= 0 && o != subj && word == "" {
		if an.Words[an.Chunks[k].Head].Roles&dateline.RoleCopula != 0 {
			scan(o) // "was corrupt and illegal": what the subject is said to be
		} else {
			word = conduct(an.Chunks[o].Head) // "had spread lies"; not a word that only describes the object ("appointed a corrupt police chief")
		}
	}
	return subj, word
}

// othersDeed reports whether actor mentions doer, of a deed speakers sp
// hold out or judge, are another party's: not the speakers themselves,
// not theirs, and of another party (otherParty).
func (x *sent) othersDeed(sp, doer []int) bool {
	return len(sp) > 0 && len(doer) > 0 && !x.sameActors(sp, doer) && !x.ownedBy(doer, sp) && x.otherParty(x.ms[sp[0]].Actor, x.ms[doer[0]].Actor)
}

// otherParty reports whether actors a (a speaker) and b (whom it speaks of)
// are of different parties: different countries, or one country's state
// (government, army, police, courts: sectors.txt's state) and its
// opposition or rebels (sectors.txt's rival). When either country is not
// known yet (the story gives it later: "the president said the rebels had
// ..."), only the line between state and rival tells; a country named with
// no sector is its state.
func (x *sent) otherParty(a, b dateline.Actor) bool {
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return true
	}
	state := func(y dateline.Actor) bool { return x.l.state(y.Sector) || y.Sector == "" && len(y.Country) == 3 }
	return state(a) && x.l.rival(b.Sector) || x.l.rival(a.Sector) && state(b)
}

// ownSide reports whether the subject of verb group cv, which statement p
// reports, is the speaker's own side: the speaker itself, as a pronoun or
// by name, or a part of it.
func (x *sent) ownSide(p *pred, cv int) bool {
	subj := x.an.Dependent(cv, dateline.RelSubj)
	if subj < 0 || x.actorOf[x.actorPhrase(subj)] < 0 {
		return false
	}
	speaker, _, _ := x.roles(p)
	sp := x.actorsOf(speaker)
	doer := x.actorsOf([]int{subj})
	return len(sp) > 0 && (x.theySpeakers(subj, sp) || x.sameActors(sp, doer) || x.ownedBy(doer, sp) || x.answersFor(sp, doer))
}

// answersFor reports whether a state's government (mentions sp) answers
// for the doers: its own country's police or armed forces, which a
// minister or spokesman speaks for ("the interior minister said the police
// had not fired a single shot", "the government said soldiers had not
// opened fire"); another country's forces it does not.
func (x *sent) answersFor(sp, doer []int) bool {
	if !x.stateSpeaks(sp) {
		return false
	}
	c := x.ms[sp[0]].Actor.Country
	for _, i := range doer {
		if a := x.ms[i].Actor; a.Country == c && x.ms[i].Kind == dateline.KindAgent && x.l.force(a.Sector) {
			return true
		}
	}
	return false
}

// theySpeakers reports whether noun phrase k is "they" said by speakers
// joined by "and" (mentions sp): the speakers themselves, whoever the
// sentence before named ("France and Canada said they would also send
// troops").
func (x *sent) theySpeakers(k int, sp []int) bool {
	return k >= 0 && len(sp) > 1 && x.s.Tokens[x.an.Chunks[k].Head].Lower == "they"
}

// contentOf returns the verb group of what a reported clause at verb
// group v claims: v itself; the infinitive of a verb of attempt that codes
// nothing ("said Russia was trying to destabilise"); or, when v codes
// nothing and its object is a noun whose that-clause is its content ("said
// there was evidence that Pakistan had a hand in the attack", "said it had
// proof that"), that clause's verb. A verb that only times the act ("said
// Russia kept meddling", "continued to interfere") claims its complement.
// A negated verb or object ("no evidence that") claims nothing.
func (x *sent) contentOf(v int) int {
	an := x.an
	if _, ok := x.predAt(v); ok || an.Chunks[v].Verb.Neg {
		return v
	}
	if r := an.Words[an.Chunks[v].Head].Roles; r&dateline.RoleAspect != 0 && r&dateline.RoleNegative == 0 {
		if c := an.Dependent(v, dateline.RelComp); c >= 0 && an.Chunks[c].Kind == dateline.ChunkVG {
			return x.contentOf(c)
		}
		if c := v + 1; c < len(an.Chunks) && an.Chunks[c].Kind == dateline.ChunkVG && an.Dependent(c, dateline.RelSubj) == an.Dependent(v, dateline.RelSubj) {
			return x.contentOf(c) // "kept meddling": the participle is the act
		}
	}
	if vg := an.Chunks[v].Verb; !x.negated(v) && vg.Modal == "" && vg.Tense != dateline.TenseFuture &&
		an.Words[an.Chunks[v].Head].Roles&dateline.RoleAttempt != 0 {
		// "said Russia was trying to destabilise the country": what is
		// attempted is what is claimed, as an attempt is coded as the act
		if w := x.infinitiveOf(v); w >= 0 {
			if _, ok := x.predAt(w); ok {
				return w
			}
		}
	}
	o := an.Dependent(v, dateline.RelObj)
	if o < 0 || an.Words[an.Chunks[o].From].Roles&dateline.RoleNegation != 0 {
		return v
	}
	if c := x.hedged(v, o); c >= 0 {
		return x.contentOf(c)
	}
	for c := range an.Dependents(o, dateline.RelComp) {
		if an.Chunks[c].Kind == dateline.ChunkVG {
			return c
		}
	}
	return v
}

// hedged returns the clause an impersonal copula v with adjective o
// (sets.txt's &hedge) vouches for, or -1: "said it was highly likely that
// Russia was responsible for the attack" says, hedged, that Russia was;
// "it is clear that", "it was almost certain that". Not negated, not
// foreseen ("it was not clear whether", "it would be likely").
func (x *sent) hedged(v, o int) int {
	an := x.an
	subj := an.Dependent(v, dateline.RelSubj)
	if x.headLemma(v) != "be" || subj < 0 || an.Chunks[subj].From != an.Chunks[subj].Head || x.s.Tokens[an.Chunks[subj].Head].Lower != "it" ||
		x.negated(v) || an.Chunks[v].Verb.Modal != "" || an.Chunks[v].Verb.Tense == dateline.TenseFuture {
		return -1
	}
	last := -1 // the adjective's last word: "highly likely", "almost certain"
	for i := an.Chunks[o].From; i <= an.Chunks[o].To && i < len(an.Words); i++ {
		if int(an.Words[i].Chunk) == o {
			last = i
		}
	}
	if last < 0 || !x.l.InSet("hedge", x.s.Tokens[last].Lower) {
		return -1
	}
	for c := range an.Dependents(v, dateline.RelComp) {
		if an.Chunks[c].Kind == dateline.ChunkVG && c > o {
			return c
		}
	}
	return -1
}

// lightAct returns the noun event done by light verb group v ("started
// the riot", "staged a raid"), or -1.
func (x *sent) lightAct(v int) int {
	if v < 0 {
		return -1
	}
	for i := range x.preds {
		if p := &x.preds[i]; p.np >= 0 && p.light == v && !p.absorbed {
			return i
		}
	}
	return -1
}

// ownClaim reads a claim of one's own act as a claim of responsibility
// (015) for it, aimed at the act's target: "the US claimed that they had
// attacked Iraq".
func (x *sent) ownClaim(p *pred, q int) {
	_, tgt, _ := x.roles(&x.preds[q])
	p.code, p.obligee = "015", -1
	if len(tgt) > 0 {
		p.obligee = tgt[0]
	}
	p.how = append(p.how, "claim of its own "+x.preds[q].e.head)
}

// victimSpeaks reports whether a statement's speaker is of the country its
// reported act is aimed at, while the act's doer is of another: "India
// said Pakistan had a hand in the attack", "the ministry said Azerbaijani
// troops had opened fire" from Armenia are claims against the other side.
func (x *sent) victimSpeaks(say, act *pred, doer int) bool {
	speaker, _, _ := x.roles(say)
	sp := x.actorsOf(speaker)
	dr := x.actorsOf([]int{doer})
	if len(sp) == 0 || len(dr) == 0 {
		return false
	}
	sc, dc := x.ms[sp[0]].Actor.Country, x.ms[dr[0]].Actor.Country
	if sc == "" || dc == "" {
		return false
	}
	_, tgt, _ := x.roles(act)
	if len(x.notReflexive(tgt)) < len(tgt) {
		return false // "Iraq had attacked themselves"
	}
	if sc == dc {
		// at home, only the party the act fell on claims it against
		// another of its country: "Prime Minister Thabane said the army
		// had staged a coup" (a measure at home aimed at the government,
		// policy.tsv's aim=), "the opposition said police had arrested
		// its leaders"; not a witness of its own side ("police said
		// soldiers had shot two rebels")
		ss := x.ms[sp[0]].Actor.Sector
		if !x.l.office(ss) || ss == x.ms[dr[0]].Actor.Sector || say.vg < 0 || act.vg >= 0 && act.vg < say.vg {
			// the people who saw it witness it, and a report at the end
			// names who told it ("Myanmar's military detained Suu Kyi,
			// a party spokesman said"): the source, not a charge
			return false
		}
		ts := x.actorsOf(tgt)
		for _, t := range ts {
			if x.ms[t].Actor.Country == sc && x.ms[t].Actor.Sector == ss {
				return true
			}
		}
		return len(ts) == 0 && x.l.Domestic(act.code) && x.l.Aim(act.code) == ss
	}
	for _, t := range x.actorsOf(tgt) {
		if x.ms[t].Actor.Country == sc {
			return true
		}
	}
	// no target named: the act happened to the speaker's side when the
	// speaker is an arm of the state or of political office (sectors.txt's
	// state and office: a government, army or ministry, the opposition, a
	// party or a legislature) of a country other than the doer's ("members
	// of the Lebanese opposition said Syrian officers had moved into new
	// positions"); not its people, press or businesses, who witness acts
	// more than they suffer them as a state, nor its police or courts
	// (custody), who report them as investigators ("The guerrillas fired
	// rockets into northern Israel, Israeli police said")
	if s := x.ms[sp[0]].Actor.Sector; s == "" || (x.l.state(s) || x.l.office(s)) && !x.l.custody(s) {
		return len(x.actorsOf(tgt)) == 0
	}
	return false
}

// finderSpeaks reports whether say's speaker finds, as a third party,
// that doer did act, force or abuse (a material conflict, roots 15-20):
// a speaker of a sector that finds (sectors.txt's finder: a government,
// a court, an international body, a rights group; not the media) of
// neither the doer's country nor the target's, by a verb of finding
// (sets.txt's &finding), of an act told as done, not foreseen: "a U.N.
// team reported that Iraq had used poison gas against Iranian troops",
// "Human Rights Watch said Ethiopian soldiers had killed dozens of
// civilians". Not "Reuters reported ...", "... said it had shelled", nor
// a source named after the act ("..., Amnesty International said").
func (x *sent) finderSpeaks(say, act *pred, cv, doer int) bool {
	if say.vg < 0 || act.vg >= 0 && act.vg < say.vg || !x.l.InSet("finding", x.headLemma(say.vg)) || x.negated(say.vg) {
		// a report at the end names who told it ("Soldiers opened fire on
		// the crowd, Amnesty International said"): the source, not a finding
		return false
	}
	if c, ok := x.l.codes[act.code]; !ok || c.QuadClass != 4 {
		return false
	}
	if v := x.an.Chunks[cv].Verb; v.Modal != "" || v.Tense == dateline.TenseFuture {
		return false // "said Iraq could use gas": foreseen, not found
	}
	speaker, _, _ := x.roles(say)
	sp, dr := x.actorsOf(speaker), x.actorsOf([]int{doer})
	if len(sp) == 0 || len(dr) == 0 || x.sameActors(sp, dr) || x.ownedBy(dr, sp) {
		return false
	}
	s, d := x.ms[sp[0]].Actor, x.ms[dr[0]].Actor
	if !x.l.finder(s.Sector) || d.Country == "" || s.Country == d.Country || s.Country == "" && x.l.state(s.Sector) {
		return false // ("diplomats said": of no state named, no party's finding)
	}
	_, tgt, _ := x.roles(act)
	for _, t := range x.actorsOf(tgt) {
		if x.ms[t].Actor.Country == s.Country {
			return false
		}
	}
	return true
}

// rule names the entry and how it was read.
func (p *pred) rule() string {
	if len(p.how) > 0 {
		return p.e.source + " [" + strings.Join(p.how, "; ") + "]"
	}
	return p.e.source
}

// commandsOwn reports whether command frame p orders its source's own
// forces: its target phrase is headed by a word of &force ("troops", "the
// army", "police") or &equipment ("French warplanes", "Russian bombers")
// and names actors of its source's country ("his troops", "the army" in
// the country's story).
func (x *sent) commandsOwn(p *pred) bool {
	src, tgt, _ := x.roles(p)
	if len(src) == 0 || len(tgt) == 0 {
		return false
	}
	for _, k := range tgt {
		if k < 0 || !x.l.InSet("force", x.headLemma(k)) && !x.l.InSet("equipment", x.headLemma(k)) {
			return false
		}
	}
	ss, ts := x.actorsOf(src), x.actorsOf(tgt)
	for _, i := range ss {
		for _, j := range ts {
			if c := x.ms[i].Actor.Country; c == "" || c != x.ms[j].Actor.Country {
				return false
			}
		}
	}
	return len(ss) > 0 && len(ts) > 0
}

// sharedHead returns, for a phrase k that is a bare adjective joined to a
// phrase with a noun ("American" in "American and British warplanes"),
// that phrase, whose noun the two share; or -1.
func (x *sent) sharedHead(k int) int {
	an := x.an
	if k < 0 || !an.Words[an.Chunks[k].Head].Tag.IsAdjective() {
		return -1
	}
	c := an.Dependent(k, dateline.RelConj)
	if c < 0 || !an.Words[an.Chunks[c].Head].Tag.IsNoun() {
		return -1
	}
	return c
}

// adverbialMeeting returns the verb group of the clause whose adverbial
// phrase names consultation noun event p with its target, had by that
// clause's subject: the phrase may open the clause ("In a telephone call
// with Putin, Erdogan discussed", "During talks with Iran, the envoy
// said", "After talks with Putin, Erdogan said": had before it) or follow
// its verb ("Aziz refused to accept the letter after six hours of talks
// with Baker", "Medvedev accepted the plan after talks in the Kremlin with
// Sarkozy": not "in" there, "interest in talks with Iran" is spoken of);
// also "on" for a visit ("On a visit to Israel, Blinken urged"). The
// preposition's verb is active, its subject an actor other
// than the partner; else -1.
func (x *sent) adverbialMeeting(p *pred) int {
	an := x.an
	if !strings.HasPrefix(p.code, "04") || !p.bindsRole('T') {
		return -1
	}
	pp := an.Governor(x.spanOf(p.np), dateline.RelPObj) // "after six hours of talks with"
	if pp < 0 {
		return -1
	}
	switch x.s.Tokens[an.Chunks[pp].Head].Lower {
	case "in", "during", "at", "after", "following":
	case "on":
		if !strings.HasPrefix(p.code, "042") {
			return -1 // "on a visit to Israel", not "on talks with Iran" (what is spoken of)
		}
	default:
		return -1
	}
	v := an.Governor(pp, dateline.RelObl)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Passive {
		return -1
	}
	s := an.Dependent(v, dateline.RelSubj)
	if n := an.Governor(v, dateline.RelComp); s < 0 && n >= 0 && an.Chunks[n].Kind == dateline.ChunkNP {
		// "accepted a plan to end the fighting after talks with
		// Sarkozy": the phrase is the verb's whose object the plan is
		if g := an.Governor(n, dateline.RelObj); g >= 0 && an.Chunks[g].Kind == dateline.ChunkVG && !an.Chunks[g].Verb.Passive {
			v, s = g, an.Dependent(g, dateline.RelSubj)
		}
	}
	if s < 0 || x.actorOf[x.actorPhrase(s)] < 0 {
		return -1
	}
	for ci := x.clauseOfVerb(v); ci >= 0 && an.Clauses[ci].Kind == dateline.ClauseInfinitive; ci = x.clauseOfVerb(v) {
		// "refused to accept the letter after talks with Baker": the
		// talks took place whatever came of the infinitive; the verb
		// that governs it, with the same subject, tells when
		g := an.Governor(v, dateline.RelComp)
		if g < 0 || an.Chunks[g].Kind != dateline.ChunkVG || an.Chunks[g].Verb.Passive || an.Dependent(g, dateline.RelSubj) != s {
			break
		}
		v = g
	}
	if x.s.Tokens[an.Chunks[pp].Head].Lower == "in" && an.Chunks[s].From < an.Chunks[pp].From {
		return -1 // "expressed interest in talks with Iran": after its verb, "in" names what is spoken of
	}
	for i, a := range p.e.args {
		if a.role == 'T' && p.bind[i] >= 0 && x.actorPhrase(p.bind[i]) == x.actorPhrase(s) {
			return -1
		}
	}
	return v
}

// conflict reports whether code is an act of conflict (quad class 3 or 4).
func (x *sent) conflict(code string) bool {
	c, ok := x.l.codes[code]
	return ok && c.QuadClass >= 3
}

// causedBy returns the verb group whose object is noun event p when the
// verb is one of setting off (sets.txt's &cause: "sparked", "prompted"),
// active and not negated, and p names its own doers: its parties, or a
// doer by possessor, "by" phrase or a country before it; else -1.
func (x *sent) causedBy(p *pred) int {
	an := x.an
	v := an.Governor(x.spanOf(p.np), dateline.RelObj)
	if v < 0 || an.Chunks[v].Kind != dateline.ChunkVG || an.Chunks[v].Verb.Passive || x.negated(v) || !x.l.InSet("cause", x.headLemma(v)) {
		return -1
	}
	if x.unsure(p.np) || !(p.bindsRole('B') || x.ownActor(p) && x.doerNamed(p)) {
		return -1
	}
	return v
}

// toldByVerb reports whether a verb pred tells noun pred i's act: it
// takes the noun for object and codes the same act (see sameActNoun).
func (x *sent) toldByVerb(i int) bool {
	p := &x.preds[i]
	for j := range x.preds {
		if q := &x.preds[j]; j != i && q.vg >= 0 && q.bound(p.np) && x.an.Dependent(q.vg, dateline.RelObj) == p.np && x.sameActNoun(q, p.np) == i {
			return true
		}
	}
	return false
}
