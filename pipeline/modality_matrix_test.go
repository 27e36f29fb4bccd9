package pipeline

import (
	"sort"
	"strings"
	"testing"
	"time"

	"dateline"
)

// TestModalityMatrix codes every act of modalActs in every frame of
// modalFrames: what a user relies on is that an act negated, denied,
// supposed, planned, asked for, rumoured or called off is never coded as
// done (no asserted event of its code), that the frame's own event (a
// refusal, a threat, an appeal, an agreement) is coded, and that an act
// told as done inside reported speech, a confirmation, an admission or
// "not only ... but also" is coded, asserted, with its dyad. The sentences
// were written for the matrix; each act is told plainly once as a control.
// The test logs the pass matrix and counts, as the modality sweep does: it
// fails only when fewer cells pass than the floor.
func TestModalityMatrix(t *testing.T) {
	c := newCoder(t)
	c.Statements = true
	c.All = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	pass, total := 0, 0
	byFrame := map[string][2]int{}
	for _, f := range modalFrames {
		for _, a := range modalActs {
			want := f.want
			if a.decided && f.decided != "" {
				want = f.decided
			}
			if want == "" || f.skip(a) {
				continue
			}
			text := a.fill(f.text)
			events := codeText(t, c, text, ref)
			total++
			n := byFrame[f.name]
			n[1]++
			if msg := matrixMiss(events, a, f, want); msg != "" {
				t.Logf("%s/%s: %q: %s", f.name, a.name, text, msg)
				byFrame[f.name] = n
				continue
			}
			n[0]++
			byFrame[f.name] = n
			pass++
		}
	}
	var names []string
	for name := range byFrame {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Logf("matrix %-28s %2d/%2d", name, byFrame[name][0], byFrame[name][1])
	}
	t.Logf("modality matrix: %d of %d cells pass", pass, total)
	if pass < modalityMatrixFloor {
		t.Errorf("modality matrix: %d of %d cells pass, want at least %d", pass, total, modalityMatrixFloor)
	}
}

// modalityMatrixFloor is the number of matrix cells that must pass.
const modalityMatrixFloor = 2142

// matrixMiss returns why events fail act a in frame f, or "". want is
// "none" (no asserted event of the act's code) or "act" (an asserted event
// of its code with its dyad).
func matrixMiss(events []dateline.Event, a modalAct, f modalFrame, want string) string {
	var all []string
	for _, e := range events {
		all = append(all, e.CAMEO+" "+dyad(e)+" "+string(e.Modality))
	}
	got := "got " + strings.Join(all, "; ")
	found := false
	for _, e := range events {
		if e.Modality != dateline.Asserted || !codePrefixed(e, a.code) {
			continue
		}
		if want == "none" {
			return got + ", want no asserted " + a.code
		}
		if dyadPrefix(dyad(e), a.src+">"+a.tgt) {
			found = true
		}
	}
	if want == "act" && !found {
		return got + ", want " + a.code + " " + a.src + ">" + a.tgt + " asserted"
	}
	also := f.also
	if f.hostile && !a.hostile || a.decided && f.decided != "" {
		also = ""
	}
	if also == "" {
		return ""
	}
	src := f.by
	if src == "" {
		src = a.src
	}
	for _, e := range events {
		if e.Modality == dateline.Asserted && codePrefixed(e, also) && dyadPrefix(dyad(e), src+">") {
			return ""
		}
	}
	return got + ", want " + also + " " + src + "> asserted"
}

// modalAct is an act with the forms of its verb: base, third person,
// past, participle and gerund.
type modalAct struct {
	name, code               string // code: hasAnyCode's codes ("19")
	subj, pron               string
	v, vs, ved, ven, ving    string
	obj, src, tgt            string
	decided, hostile, threat bool // an announced measure; threatening it is a threat (13x); a threat itself
}

// fill writes template s with the act's words.
func (a modalAct) fill(s string) string {
	s = strings.NewReplacer("{S}", a.subj, "{P}", a.pron, "{V}", a.v, "{Vs}", a.vs, "{Ved}", a.ved,
		"{Ven}", a.ven, "{Ving}", a.ving, "{O}", a.obj, "{Was}", a.was(), "{Is}", a.is(), "{Has}", a.has()).Replace(s)
	return strings.ToUpper(s[:1]) + s[1:]
}

// was returns the past of "be" for the act's subject.
func (a modalAct) was() string {
	if a.pron == "they" {
		return "were"
	}
	return "was"
}

// is returns the present of "be" for the act's subject.
func (a modalAct) is() string {
	if a.pron == "they" {
		return "are"
	}
	return "is"
}

// has returns the present of "have" for the act's subject.
func (a modalAct) has() string {
	if a.pron == "they" {
		return "have"
	}
	return "has"
}

// modalFrame is a frame an act is told in. want is what it needs of
// the act ("none" or "act"); decided replaces it for announced measures
// ("" keeps want; "-" skips them). also names a code the frame's own event
// has, asserted, from by (the act's subject when empty); hostile limits
// also to acts of conflict.
type modalFrame struct {
	name, text, want, decided string
	also, by                  string
	hostile, noThreat         bool
}

// skip reports whether the frame says nothing of the act.
func (f modalFrame) skip(a modalAct) bool {
	return a.decided && f.decided == "-" || a.threat && f.noThreat
}

var modalActs = []modalAct{
	{"attack", "19", "the Sudanese army", "it", "shell", "shells", "shelled", "shelled", "shelling", "the town of El Fasher", "SDN", "SDN", false, true, false},
	{"arrest", "173", "the Turkish police", "they", "arrest", "arrest", "arrested", "arrested", "arresting", "the opposition leader in Ankara", "TUR", "TUR", true, true, false},
	{"sanction", "163", "the European Union", "it", "impose", "imposes", "imposed", "imposed", "imposing", "sanctions on Belarus", "IGOEUR", "BLR", true, true, false},
	{"expel", "174", "the Kuwaiti government", "it", "expel", "expels", "expelled", "expelled", "expelling", "hundreds of Egyptian workers", "KWT", "EGY", true, true, false},
	{"visit", "042", "Indian Prime Minister Narendra Modi", "he", "visit", "visits", "visited", "visited", "visiting", "Japan", "IND", "JPN", false, false, false},
	{"sign", "06|057", "Kenya", "it", "sign", "signs", "signed", "signed", "signing", "a trade agreement with Uganda", "KEN", "UGA", false, false, false},
	{"aid", "07", "Japan", "it", "send", "sends", "sent", "sent", "sending", "food aid to Myanmar", "JPN", "MMR", false, false, false},
	{"accuse", "112", "Pakistan", "it", "accuse", "accuses", "accused", "accused", "accusing", "India of spying", "PAK", "IND", false, false, false},
	{"threaten", "13", "North Korea", "it", "threaten", "threatens", "threatened", "threatened", "threatening", "South Korea with missile strikes", "PRK", "KOR", false, true, true},
	{"demonstrate", "14", "Serbian farmers", "they", "protest", "protest", "protested", "protested", "protesting", "in Belgrade", "SRB", "", false, true, false},
	{"withdraw", "087", "Russia", "it", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "its troops from Armenia", "RUS", "ARM", false, false, false},
	{"release", "084", "Iran", "it", "release", "releases", "released", "released", "releasing", "two French citizens", "IRN", "FRA", false, false, false},
	{"recognise", "054", "Mexico", "it", "recognise", "recognises", "recognised", "recognised", "recognising", "Kosovo", "MEX", "XKX", false, false, false},
	{"meet", "04", "Chinese Foreign Minister Wang Yi", "he", "meet", "meets", "met", "met", "meeting", "Australian Foreign Minister Penny Wong in Canberra", "CHN", "AUS", false, false, false},
	{"kill", "18|19", "Islamist militants", "they", "kill", "kill", "killed", "killed", "killing", "five soldiers in Burkina Faso", "", "BFA", false, true, false},
}

var modalFrames = []modalFrame{
	// negation
	{name: "neg did not", text: "{S} did not {V} {O} on Tuesday, officials said.", want: "none"},
	{name: "neg has never", text: "{S} has never {Ven} {O}.", want: "none"},
	{name: "neg no longer", text: "{S} no longer {Vs} {O}, a spokesman said.", want: "none"},
	{name: "neg neither nor", text: "{S} neither {Ved} {O} nor commented on the reports.", want: "none"},
	{name: "neg failed to", text: "{S} failed to {V} {O} on Monday.", want: "none"},
	{name: "neg refused to", text: "{S} refused to {V} {O} on Monday.", want: "none", also: "12"},
	{name: "neg declined to", text: "{S} declined to {V} {O}, officials said on Sunday.", want: "none"},
	{name: "neg stopped short of", text: "{S} stopped short of {Ving} {O}.", want: "none"},
	{name: "neg nearly", text: "{S} nearly {Ved} {O} on Monday.", want: "none"},
	{name: "neg ruled out Ving", text: "{S} ruled out {Ving} {O}.", want: "none"},
	{name: "neg refrained from", text: "{S} refrained from {Ving} {O}.", want: "none"},
	{name: "neg avoided Ving", text: "{S} avoided {Ving} {O} last week.", want: "none"},
	{name: "neg prevented from", text: "{S} {Was} prevented from {Ving} {O}.", want: "none"},
	{name: "neg barred from", text: "{S} {Was} barred from {Ving} {O} by a court.", want: "none"},
	{name: "neg said had not", text: "{S} said {P} had not {Ven} {O}.", want: "none"},
	{name: "neg officials said would not", text: "Officials said {S} would not {V} {O}.", want: "none"},
	{name: "neg has yet to", text: "{S} has yet to {V} {O}.", want: "none"},
	{name: "neg is yet to", text: "{S} {Is} yet to {V} {O}.", want: "none"},
	{name: "neg was unable to", text: "{S} {Was} unable to {V} {O}.", want: "none"},
	{name: "neg could not", text: "{S} could not {V} {O} on Monday.", want: "none"},
	{name: "neg never managed to", text: "{S} never managed to {V} {O}.", want: "none"},
	{name: "neg denied plans to", text: "{S} denied that {P} planned to {V} {O}.", want: "none"},
	{name: "neg did not even", text: "{S} did not even {V} {O}.", want: "none"},
	{name: "neg instead of", text: "{S} held talks instead of {Ving} {O}.", want: "none"},
	{name: "neg without", text: "The week ended without {S} {Ving} {O}.", want: "none"},
	{name: "neg said would not", text: "{S} said {P} would not {V} {O}.", want: "none"},
	{name: "neg officials denied", text: "Officials denied that {S} had {Ven} {O}.", want: "none"},
	{name: "neg has denied Ving", text: "{S} has denied {Ving} {O}.", want: "none"},
	{name: "neg rejected claims", text: "{S} rejected claims that {P} had {Ven} {O}.", want: "none"},
	{name: "neg dismissed reports planning", text: "{S} dismissed reports that {P} {Was} planning to {V} {O}.", want: "none"},
	{name: "neg contrary to reports", text: "Contrary to reports, {S} did not {V} {O}.", want: "none"},
	{name: "neg refused to say whether", text: "{S} refused to say whether {P} had {Ven} {O}.", want: "none"},
	{name: "neg neither confirmed nor denied", text: "{S} neither confirmed nor denied that {P} had {Ven} {O}.", want: "none"},
	{name: "neg not true that", text: "It is not true that {S} {Ved} {O}, the ministry said.", want: "none"},
	{name: "neg no intention", text: "{S} {Has} no intention of {Ving} {O}.", want: "none"},
	{name: "neg denied Ving", text: "{S} denied {Ving} {O}.", want: "none"},
	{name: "neg not yet", text: "{S} has not yet {Ven} {O}.", want: "none"},
	{name: "neg denied reports", text: "{S} denied reports that {P} had {Ven} {O}.", want: "none"},
	{name: "neg denied that had", text: "{S} denied that {P} had {Ven} {O}.", want: "none"},

	// hypotheticals
	{name: "hyp if", text: "If {S} {Vs} {O}, the crisis will deepen, analysts said.", want: "none"},
	{name: "hyp unless", text: "Unless {S} {Vs} {O}, the talks will collapse.", want: "none"},
	{name: "hyp asked whether", text: "Diplomats asked whether {S} would {V} {O}.", want: "none"},
	{name: "hyp would if", text: "{S} would {V} {O} if the talks collapsed, a spokesman said.", want: "none"},
	{name: "hyp could", text: "{S} could {V} {O} within days, diplomats said.", want: "none"},
	{name: "hyp may", text: "{S} may {V} {O} as early as next week.", want: "none"},
	{name: "hyp should", text: "{S} should {V} {O}, the newspaper argued in an editorial.", want: "none"},
	{name: "hyp considering Ving", text: "{S} {Is} considering {Ving} {O}.", want: "none"},
	{name: "hyp ready to", text: "{S} {Is} ready to {V} {O}, a spokesman said.", want: "none", decided: "-"},
	{name: "hyp would have", text: "{S} would have {Ven} {O} if the talks had failed.", want: "none"},
	{name: "hyp had inverted", text: "Had {S} {Ven} {O}, the crisis would have deepened.", want: "none"},
	{name: "hyp in the event that", text: "In the event that {S} {Vs} {O}, the alliance will reconsider its position.", want: "none"},
	{name: "hyp wondered whether", text: "Analysts wondered whether {S} would {V} {O}.", want: "none"},
	{name: "hyp may have", text: "{S} may have {Ven} {O}, diplomats said.", want: "none"},
	{name: "hyp probably", text: "{S} probably {Ved} {O}, analysts said.", want: "none"},
	{name: "hyp will have to", text: "{S} will have to {V} {O}, the court ruled.", want: "none"},
	{name: "hyp has to", text: "Under the deal, {S} {Has} to {V} {O} by March.", want: "none"},
	{name: "hyp considering whether", text: "{S} said {P} {Was} considering whether to {V} {O}.", want: "none"},
	{name: "hyp need to", text: "{S} need to {V} {O}, the report concluded.", want: "none"},
	{name: "hyp would like to", text: "{S} would like to {V} {O}.", want: "none"},
	{name: "hyp has the authority to", text: "{S} {Has} the authority to {V} {O}.", want: "none"},
	{name: "hyp waited to", text: "{S} waited for weeks to {V} {O}.", want: "none"},
	{name: "hyp stands ready to", text: "{S} {Is} standing by to {V} {O}.", want: "none"},
	{name: "hyp is free to", text: "{S} {Is} free to {V} {O} under the new law.", want: "none"},
	{name: "hyp it is time", text: "It is time for {S} to {V} {O}, the editorial said.", want: "none"},
	{name: "hyp has the right to", text: "{S} {Has} the right to {V} {O}.", want: "none"},
	{name: "hyp lacked the power", text: "{S} lacked the power to {V} {O}.", want: "none"},
	{name: "hyp is about to", text: "{S} {Is} about to {V} {O}.", want: "none"},
	{name: "hyp on the verge of", text: "{S} {Is} on the verge of {Ving} {O}.", want: "none"},
	{name: "hyp came close to", text: "{S} came close to {Ving} {O}.", want: "none"},
	{name: "hyp is poised to", text: "{S} {Is} poised to {V} {O}.", want: "none"},
	{name: "hyp in order to", text: "Talks were held in order for {S} to {V} {O}.", want: "none"},
	{name: "hyp the decision to", text: "The decision to {V} {O} was left to {S}.", want: "none"},
	{name: "hyp asked whether", text: "Reporters asked {S} whether {P} would {V} {O}.", want: "none"},
	{name: "hyp it remains to be seen", text: "It remains to be seen whether {S} will {V} {O}.", want: "none"},
	{name: "hyp hoping", text: "{S} {Is} hoping to {V} {O}.", want: "none"},
	{name: "hyp wants to", text: "{S} {Is} keen to {V} {O}.", want: "none"},
	{name: "hyp might", text: "{S} might {V} {O} later this year.", want: "none"},
	{name: "hyp threatened to", text: "{S} threatened on Monday to {V} {O}.", want: "none", also: "13", noThreat: true},
	{name: "hyp warned it would", text: "{S} warned that {P} would {V} {O}.", want: "none", also: "13", hostile: true, noThreat: true},

	// plans and expectations
	{name: "plan plans to", text: "{S} plans to {V} {O} next month.", want: "none", decided: "-"},
	{name: "plan expected to", text: "{S} is expected to {V} {O} next week.", want: "none"},
	{name: "plan will next week", text: "{S} will {V} {O} next week.", want: "none", decided: "-"},
	{name: "plan is due to", text: "{S} is due to {V} {O} on Friday.", want: "none", decided: "-"},
	{name: "plan scheduled", text: "{S} is scheduled to {V} {O} on Friday.", want: "none", decided: "-"},
	{name: "plan agreed to", text: "{S} agreed on Monday to {V} {O}.", want: "none", decided: "act", also: "03|13", noThreat: true},
	{name: "plan is set to", text: "{S} {Is} set to {V} {O} next week.", want: "none", decided: "-"},
	{name: "plan hopes to", text: "{S} hopes to {V} {O} before the end of the year.", want: "none"},
	{name: "plan promised to", text: "{S} promised to {V} {O}.", want: "none", decided: "-", noThreat: true},
	{name: "plan vowed to", text: "{S} vowed on Sunday to {V} {O}.", want: "none", decided: "-", noThreat: true},
	{name: "plan intends to", text: "{S} intends to {V} {O}, a spokesman said.", want: "none", decided: "-"},

	// attempts: coded as the act (CAMEO), unless they failed
	{name: "try failed", text: "{S} tried to {V} {O} but failed.", want: "none"},

	// calls
	{name: "call urged", text: "The United Nations urged {S} to {V} {O}.", want: "none", also: "02|10", by: "IGOUNO"},
	{name: "call asked", text: "Officials in Geneva asked {S} to {V} {O}.", want: "none"},
	{name: "call called on", text: "The United States called on {S} to {V} {O}.", want: "none"},
	{name: "call demanded that", text: "The opposition demanded that {S} {V} {O}.", want: "none"},

	// questions and rumours
	{name: "rum unconfirmed", text: "Reports that {S} had {Ven} {O} were unconfirmed.", want: "none"},
	{name: "rum unclear whether", text: "It was not clear whether {S} had {Ven} {O}.", want: "none"},
	{name: "rum question", text: "Did {S} {V} {O}?", want: "none"},
	{name: "rum alleged to have", text: "{S} {Is} alleged to have {Ven} {O}.", want: "none"},
	{name: "rum could not confirm", text: "Officials could not confirm that {S} had {Ven} {O}.", want: "none"},
	{name: "rum speculation", text: "There was speculation that {S} would {V} {O}.", want: "none"},
	{name: "rum rumoured", text: "{S} {Was} rumoured to have {Ven} {O}.", want: "none"},

	// conditional offers
	{name: "offer offered to", text: "{S} offered to {V} {O} in return for a ceasefire.", want: "none", noThreat: true},
	{name: "offer would if lifted", text: "{S} said {P} would {V} {O} if the blockade were lifted.", want: "none"},

	// called off
	{name: "off called off plans", text: "{S} called off plans to {V} {O}.", want: "none"},
	{name: "off shelved plans", text: "{S} has shelved plans to {V} {O}.", want: "none"},
	{name: "off postponed plans", text: "{S} postponed plans to {V} {O} until next year.", want: "none"},
	{name: "off suspended plans", text: "{S} suspended its plans to {V} {O}.", want: "none"},

	// positive controls: the act happened
	{name: "pos plain", text: "{S} {Ved} {O} on Tuesday.", want: "act"},
	{name: "pos said had", text: "{S} said {P} had {Ven} {O}.", want: "act"},
	{name: "pos officials said", text: "Officials said {S} had {Ven} {O} on Tuesday.", want: "act"},
	{name: "pos report after", text: "{S} {Ved} {O} on Tuesday, the state news agency reported.", want: "act"},
	{name: "pos confirmed that", text: "The foreign ministry confirmed that {S} had {Ven} {O}.", want: "act"},
	{name: "pos confirmed reports", text: "{S} confirmed reports that {P} had {Ven} {O}.", want: "act"},
	{name: "pos insisted had", text: "{S} insisted that {P} had {Ven} {O}.", want: "act"},
	{name: "pos according to", text: "{S} has {Ven} {O}, according to state media.", want: "act"},
	{name: "pos said to have", text: "{S} {Is} said to have {Ven} {O} last week.", want: "act"},
	{name: "pos acknowledged Ving", text: "{S} acknowledged {Ving} {O}.", want: "act"},
	{name: "pos admitted Ving", text: "{S} admitted {Ving} {O}.", want: "act"},
	{name: "pos reported to have", text: "{S} {Was} reported to have {Ven} {O}.", want: "act"},
	{name: "pos not only but also", text: "{S} not only {Ved} {O} but also issued a statement.", want: "act"},
	{name: "pos did not hesitate", text: "{S} did not hesitate to {V} {O}.", want: "act"},
	{name: "pos also", text: "{S} also {Ved} {O} on Tuesday.", want: "act"},
	{name: "pos finally", text: "{S} finally {Ved} {O} after weeks of delay.", want: "act"},
	{name: "pos state television reported", text: "State television reported that {S} had {Ven} {O}.", want: "act"},
	{name: "pos was forced to", text: "{S} {Was} forced to {V} {O}.", want: "act"},
	{name: "pos managed to", text: "{S} managed to {V} {O} on Tuesday.", want: "act"},
	{name: "pos went on to", text: "{S} went on to {V} {O}.", want: "act"},
	{name: "pos did emphatic", text: "{S} did {V} {O}, officials confirmed.", want: "act"},
	{name: "pos had already", text: "{S} had already {Ven} {O} by Tuesday.", want: "act"},
	{name: "pos has since", text: "{S} has since {Ven} {O}.", want: "act"},
	{name: "pos despite", text: "{S} {Ved} {O} despite international objections.", want: "act"},
	{name: "pos even though", text: "{S} {Ved} {O} even though {P} had promised not to.", want: "act"},
	{name: "pos began Ving", text: "{S} began {Ving} {O} on Tuesday.", want: "act"},
	{name: "pos had to", text: "{S} had to {V} {O} after the vote.", want: "act"},
	{name: "pos said past", text: "{S} said {P} {Ved} {O} last week.", want: "act"},
	{name: "pos relative which", text: "{S}, which {Ved} {O} on Tuesday, declined to comment.", want: "act"},
	{name: "pos after clause", text: "After {S} {Ved} {O}, the talks resumed.", want: "act"},
	{name: "pos witnesses said", text: "Witnesses said {S} {Ved} {O}.", want: "act"},
	{name: "pos according to witnesses", text: "According to witnesses, {S} {Ved} {O}.", want: "act"},
	{name: "pos witnesses told", text: "{S} {Ved} {O}, witnesses told Reuters.", want: "act"},
	{name: "pos progressive", text: "{S} {Is} {Ving} {O}, officials said.", want: "act"},
	{name: "pos has been Ving", text: "{S} {Has} been {Ving} {O} for weeks.", want: "act"},
	{name: "pos earlier reports not", text: "{S} {Ved} {O} on Tuesday, despite earlier reports that {P} would not.", want: "act"},
	{name: "pos quote", text: "\"We have {Ven} {O},\" a spokesman for {S} said.", want: "act"},
	{name: "pos tried to", text: "{S} tried to {V} {O} on Monday.", want: "act"},
}

// codePrefixed reports whether an event's CAMEO code begins with one of
// codes, joined by "|".
func codePrefixed(e dateline.Event, codes string) bool {
	for _, c := range strings.Split(codes, "|") {
		if strings.HasPrefix(e.CAMEO, c) {
			return true
		}
	}
	return false
}
