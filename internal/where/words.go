package where

import (
	"fmt"
	"strings"
)

// wordRole is a bit set of what a word does when an event is placed: the
// roles of data/words.txt.
type wordRole uint32

const (
	wLocative  wordRole = 1 << iota // in, at, near: a place after it is where something happens
	wTo                             // to, toward: where an act goes, for acts that go somewhere
	wCapital                        // capital: the capital of the act's country
	wLandmark                       // parliament, airport: a site of the story's own city
	wDeictic                        // this, here: the place the story is filed from
	wVisit                          // visit, trip: "a visit to X" puts its subject in X
	wPlaceHead                      // valley, region: a place named before it is the place
	wOfPlace                        // town, outskirts: the place is named after "of"
	wScene                          // until, while: an adverbial clause in its clause's place
	wGathering                      // conference, summit: a place named with it is the venue
	wInCountry                      // in, into: a country named as an actor after it is a place
	wBackRef                        // strip, island: "the strip" is the last place named with the word
	wCityRef                        // city, town: "the city" is also the last city named, or the dateline's
	wParticle                       // da, al, von: joins the words of one name ("Mocimboa da Praia")
	wSite                           // area, village: with the landmarks, a site named by a common noun
	wMotion                         // fly, travel: "flew to X and signed" signed in X
	wFrom                           // from, out: where an act leaves, for acts that leave somewhere
	wToObject                       // fire, siege: "set fire to X", "laid siege to X" act on X
	wAnaphor                        // there: after a verb, the last place named before it
	wAddressee                      // on: "called on Moscow", a name after it is whom a statement is addressed to
	wConvene                        // meet, convene: "the council, which met in New York, urged" urged there
	wDivision                       // state, province: "Zamfara state" is the first-level division
	wElsewhen                       // after, before: "after the mutiny in Russia" is the mutiny's place, not the act's
	wCue                            // in, near, shelled: right before a name, says it is a place
	wPlaceOf                        // town, outskirts: before "of", makes the name after it a place
)

var wordRoleNames = map[string]wordRole{
	"locative": wLocative, "to": wTo, "capital": wCapital, "landmark": wLandmark, "deictic": wDeictic,
	"visit": wVisit, "placehead": wPlaceHead, "ofplace": wOfPlace, "scene": wScene,
	"gathering": wGathering, "incountry": wInCountry, "backref": wBackRef, "cityref": wCityRef,
	"particle": wParticle, "site": wSite, "motion": wMotion, "from": wFrom, "toobject": wToObject,
	"anaphor": wAnaphor, "addressee": wAddressee, "convene": wConvene,
	"division": wDivision, "elsewhen": wElsewhen, "cue": wCue, "placeof": wPlaceOf,
}

// readWords reads words.txt: a role, then its words.
func (g *Gazetteer) readWords(text string) error {
	return lines(wordsFile, text, func(n int, f []string) error {
		fields := strings.Fields(strings.Join(f, " "))
		if len(fields) < 2 {
			return fmt.Errorf("want a role and its words")
		}
		r, ok := wordRoleNames[fields[0]]
		if !ok {
			return fmt.Errorf("unknown role %q", fields[0])
		}
		for _, w := range fields[1:] {
			g.words[strings.ToLower(w)] |= r
		}
		return nil
	})
}

// is reports whether the lower-case word w has role r.
func (g *Gazetteer) is(w string, r wordRole) bool { return g.words[w]&r != 0 }

// policy is how an act's place is found: a line of acts.tsv.
type policy uint8

const (
	polNone     policy = iota // no line: the act is not placed
	polMaterial               // an act done somewhere
	polMeeting                // a meeting: also the story's venue and dateline
	polBetween                // an act of one state on another: never in the target's country
	polVerbal                 // a statement: only a place attached to its verb
)

var policyNames = map[string]policy{"material": polMaterial, "meeting": polMeeting, "between": polBetween, "verbal": polVerbal}

// act is the policy of a code prefix, with its flags.
type act struct {
	pol  policy
	to   bool // a place after "to" counts
	from bool // a place after "from" or "out of" counts: the place left
	home bool // the dateline's place when a government of its country acts
}

// readActs reads acts.tsv: a code or prefix, a policy, flags.
func (g *Gazetteer) readActs(text string) error {
	return lines(actsFile, text, func(n int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want code<TAB>policy[<TAB>flags]")
		}
		code := strings.TrimSpace(f[0])
		p, ok := policyNames[strings.TrimSpace(f[1])]
		if code == "" || !ok {
			return fmt.Errorf("want a CAMEO code and one of material, meeting, between, verbal; got %q %q", code, f[1])
		}
		a := act{pol: p}
		for _, fl := range strings.Split(field(f, 2), ",") {
			switch fl = strings.TrimSpace(fl); fl {
			case "":
			case "to":
				a.to = true
			case "from":
				a.from = true
			case "home":
				a.home = true
			default:
				return fmt.Errorf("unknown flag %q", fl)
			}
		}
		if _, dup := g.acts[code]; dup {
			return fmt.Errorf("code %s listed twice", code)
		}
		g.acts[code] = a
		return nil
	})
}

// actOf returns the policy of a CAMEO code: the longest listed prefix.
func (g *Gazetteer) actOf(cameo string) act {
	for n := len(cameo); n >= 2; n-- {
		if a, ok := g.acts[cameo[:n]]; ok {
			return a
		}
	}
	return act{}
}
