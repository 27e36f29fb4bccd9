package actor

import (
	"fmt"
	"go/scanner"
	"go/token"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"dateline"
)

// kind is what a knowledge record describes.
type kind uint8

const (
	kindCountry kind = iota + 1
	kindBody
	kindGroup
	kindPerson
)

func (k kind) mention() dateline.MentionKind {
	switch k {
	case kindPerson:
		return dateline.KindPerson
	case kindCountry:
		return dateline.KindCountry
	}
	return dateline.KindOrganization
}

// form says how a name names its entity.
type form uint8

const (
	formName    form = iota // a name: "Libya", "Khalifa Haftar"
	formAdj                 // a demonym or adjective: "Libyan"
	formSeat                // a seat of power: "Tripoli", "the Kremlin"
	formSurname             // a person's surname alone: "Haftar"
)

// role is what an entity is from one date to another.
type role struct {
	Country string
	Sector  string
	From    dateline.Date // zero: since always
	To      dateline.Date // zero: still; otherwise the first day it no longer holds
	Title   string        // free text: "prime minister of the GNA"
	after   string        // the sector of the holder once the role, an office of the state, has ended (ELI)
	office  string        // canonical agent in Title: "prime minister"
	from    int           // From as yyyymmdd, its first day
	to      int           // To as yyyymmdd, exclusive; 99999999 when open
	pos     token.Position
}

// entity is a country, international body, named group or person.
type entity struct {
	kind     kind
	Name     string // canonical name ("Libya", "Khalifa Haftar")
	code     string // explicit CAMEO code, or the country code of a country
	roles    []role
	refs     []string // nouns that refer back to it: "group", "militia"
	surnames []string
	// surnameKeys are the phonetic keys of the surnames and of the last
	// word of the name, for coreference
	surnameKeys []string
	// givenKeys are the phonetic keys of the words of a person's name
	// before the last: "Muhammad Mursi" is Mohamed Morsi, not someone else
	givenKeys []string
	// national: a nationality right before the name makes it that
	// country's own body ("the Egyptian Red Crescent", a national society)
	national bool
	// generic: parties of many countries bear the name ("Labour Party",
	// "Conservatives"); a story that never names the record's country
	// means its own country's party
	generic bool
	// usual: the names it shares with another country that mean it in
	// the news of given dates when the story gives nothing to go by
	// ("Congo" is DR Congo from 1997, the Republic of the Congo before)
	usual []usual
	pos   token.Position
}

// usual is a shared name's meaning on the days from..to (yyyymmdd, to
// not included).
type usual struct {
	name     string // folded
	from, to int
}

// agent is a noun that names an actor by what it is.
type agent struct {
	Name   string // canonical: "prime minister"
	Sector string // "" none, "*" inherit (GOV for a country), "=" inherit (none for a country)
	title  bool
	weak   bool
	head   bool // a head of state or government: "president", "prime minister"
	royal  bool // a monarch's or prince's title: before a surname alone, only for who held such an office
	heads  bool // stands for the heads named before: "the two leaders"
	abroad bool // unnamed, may be of anywhere: "leaders", "envoys", "a gunman" (a title only in the plural)
	other  bool // of the other party: "his Ethiopian counterpart", "the Iranian envoy"
	ethnic bool // what "ethnic" and a demonym make: "ethnic Turks", civilians where they live
	// informant: tells what happened and takes no part in it ("military
	// sources", "witnesses"): no actor, whoever it is of
	informant bool
	// against: stands against whoever owns it ("its critics", "his
	// opponents"), so an owner's sector never carries over to it
	against bool
	// relation: someone else tied to whoever owns it ("his deputy", "her
	// predecessor", "his former ally"): of the owner's country and sector,
	// never the owner
	relation bool
	// led: the noun names a force only right after who leads it ("the
	// Australian-led force"); alone it is no one ("the use of force")
	led bool
	// body: the noun names a body, not a person: a name after it is the
	// body's ("the opposition party Fuerza Nueva")
	body bool
	// national: the noun names people only after a nationality or a
	// country's name ("Palestinian prisoners", "Myanmar nationals"); alone
	// ("the prisoners") it is no one
	national bool
	// held: people held where they are ("prisoners", "inmates"): alone,
	// as the subject of their own act ("Inmates rioted at a jail in
	// Lara"), of the country they are held in (the sentence's place, else
	// the story's); alone anywhere else no one, as national says
	held bool
	// grouping: the noun groups others: "a coalition of X" is X's, and
	// names no one when X names no actor ("a coalition of youth groups")
	grouping bool
	// named: the noun names a body only as the last word of a capitalised
	// name the knowledge lacks ("the National Salvation Front"); alone or
	// in lower case it names no one ("the front line")
	named bool
	// staffed: the noun names a body only right after whom it is made of,
	// people of no arm of the state, owned or as a modifier ("the teachers'
	// union", "Kenya's doctors' union", "the transport workers union"); alone
	// or in a capitalised name it names no one ("the union" of nothing told,
	// "the European Union", "a customs union")
	staffed bool
	// craft: the sector of the noun as a craft of war, named by its model
	// ("a MiG-29 fighter", "B-52 bombers"); state: its sector after a
	// state's name or adjective ("Russian bombers"); inner: its sector after
	// the adjective of a region or people inside a state (inner-adj: in the
	// countries files: "Chechen gunmen" are rebels); "" the noun's own
	craft, state, inner string
	pos                 token.Position
}

// name is one way of writing an entity or agent, as matched in text.
type name struct {
	text  string
	norms []string // folded words
	keys  []string // phonetic keys of the words
	caps  []bool   // word must be capitalised in text
	acro  []bool   // word must be written in capitals ("WHO", "U.S.")
	ent   *entity
	agent *agent
	form  form
	// shared: other countries bear the name too ("Congo"); the story tells
	// which one it means
	shared bool
	// article: a country's name whose first word is an article matching
	// passes over ("El Salvador"): text must have it too, as "Salvador"
	// alone is a given name ("Salvador Allende") or a Brazilian city
	article bool
	pos     token.Position
}

// lead is a name as the list of its first word's key holds it, with the
// key of its second word beside it ("" for a name of one word, or one
// whose second word is a possessive): most names of a common first word
// ("United", "UN") are passed over on the word after it, unread.
type lead struct {
	n    *name
	next string
}

// passes reports whether the word after the first, ws[j+1], may go on
// the name; when it does not, the name does not match at ws[j].
func (l lead) passes(ws []word, j int) bool {
	return l.next == "" || j+1 < len(ws) && ws[j+1].key == l.next
}

// Dictionary is the actor knowledge: countries, international bodies,
// named groups, people with their roles in time, and agent nouns. It is
// safe for concurrent use once loaded.
type Dictionary struct {
	entities      []*entity
	agents        []*agent
	names         []*name
	byKey         map[string][]lead  // phonetic key of the first word -> entity names
	uncapped      map[string][]lead  // byKey's names whose first word may be written in lower case
	agentsBy      map[string][]*name // folded first word -> agent names
	ledBy         map[string][]*name // folded first word -> names of agents read only after "X-led"
	namedBy       map[string][]*name // folded first word -> names of agents read only as a capitalised name's last word
	staffedBy     map[string][]*name // folded first word -> names of agents read only after whom the body is made of
	modifiers     map[string]bool
	kinds         map[string]bool // agent words that before a noun say what kind, not whose: "military aid"
	foreign       map[string]bool // words before an agent that say it is of another country than where it is: "foreign troops"
	former        map[string]bool // words before a demonym that say states were once part of it: "the two former Soviet republics"
	lesser        map[string]bool // words that before a title make it another office: "deputy foreign minister", "vice president"
	fleeing       map[string]bool // participles after an agent that say where it comes from: "refugees fleeing Sudan"
	crossing      map[string]bool // verb lemmas whose subject leaves where it is from: "escaped across the border into Honduras"
	goingTo       map[string]bool // prepositions after them that name where it went (destination:): "into", "to"
	others        map[string]bool // nouns of another state, after its owner: "its neighbour", "their rival"
	naming        map[string]bool // words after "a group" that give it its own name: "calling itself", "known as"
	collective    map[string]bool // nouns of a body told of unnamed: "a council of officers" is who "the council" after it is
	speakers      map[string]bool // nouns of one who speaks for or chairs a body: "a spokesman" with no owner is the body's told of before (speaker.go)
	addressing    map[string]bool // words before a seat that make it the party spoken to: "called on", "appealed to"
	responding    map[string]bool // nouns of an act before "from" that make a seat after it the doer: "condemnation from Caracas"
	doers         map[string]bool // nouns that describe whoever did an armed act the story told: "the attackers", "the captors"
	opponents     map[string]bool // nouns that name the side the speaker's side fights: "the enemy", "the invaders"
	opposite      map[string]bool // those that name it only as a verb's subject or object: "the other side"
	opponentStart map[string]bool // the first words of opponents and opposite: "enemy", "occupation", "other"
	opponentShape shapes          // of the keys of opponentStart: asked for every token, mostly none
	owning        map[string]bool // past forms after a country and a hyphen that make it the owner: "Japanese-owned"
	holding       map[string]bool // past forms after a country and a hyphen that make it the place's holder: "Russian-controlled"
	female        map[string]bool // given names of women: "she" and "her" stand for one, "he" and "his" do not
	common        map[string]bool
	openers       map[string]bool            // words that open a clause or a question ("If", "Unless", "Did"): never the first of a portfolio
	clause        map[string]bool            // words that end a clause ("that", "and", "because"): a pronoun after one may be the subject before it
	finite        map[string]bool            // auxiliaries and modals ("would", "had"): after a reporting verb, "it" before one is the verb's subject
	expletive     map[string]bool            // words after "it is" that make "it" no one ("unclear", "raining")
	surnames      map[string]bool            // common surnames: common, but they name a person the story named ("Khan" after "Imran Khan")
	quantities    map[string]bool            // nouns that count people: "thousands of Vietnamese"
	counts        map[string]bool            // words that count the noun after them: no name stands before one in its phrase
	particles     map[string]bool            // name particles inside a person's name: "de", "van", "bin"
	things        map[string]bool            // words that make a run of capitalised words a thing, not a person: "palace", "bank"
	compass       map[string]bool            // words of a part of a country before it or after its possessive: "eastern Libya", "Libya's east"
	placeNouns    map[string]bool            // nouns that after a country's possessive name a place in it: "Sudan's capital", "Peru's border"
	regime        map[string]bool            // nouns that after a leader's name name the leader's government or forces: "the Bush administration"
	given         map[string]bool            // the first words of the people's names: the given names the knowledge has seen
	persons       map[string]bool            // nouns that, counted, stand for people named before: "both men"
	states        map[string]bool            // nouns that stand for countries named before: "the country", "the two neighbours"
	sides         map[string]bool            // nouns for the two parties of a conflict: "the two sides", before countries the pair a sentence joined
	dual          map[string]bool            // plural nouns that after "the" alone stand for two parties: "the neighbours", "the rivals"
	pairs         map[string][]string        // a plural name of a fixed pair of states -> their codes: "koreas" -> PRK, KOR
	plurals       map[string]bool            // plural nouns without a plural ending: "police", "people"
	partitives    map[string]bool            // words that stand for part of a group named before: "Some threw stones"
	unnamed       map[string]bool            // nouns of one unnamed person: "a Malaysian tourist" is who a "she" after it stands for
	peoples       *agent                     // the agent of peoples with no state (agents.txt): "Kurds"
	ruling        [][]string                 // words after unnamed officers that make them a country's military rulers: "now running"
	ousting       [][]string                 // verbs whose unnamed subject, acting on a state's leader, is that state's: "overthrew", "detained"
	coup          [][]string                 // nouns of those who took power in a coup, the ousted leader's state's: "the junta", "coup leaders"
	regional      map[string]bool            // two-word region adjectives whose second word is a country's: "latin american"
	measures      map[string]bool            // acts and measures a region's adjective before them names the region's body by: "sanctions"
	inner         map[string]bool            // adjectives of a region or people inside a state, folded words joined by spaces: "chechen"
	islands       map[string]bool            // folded codes of island states: "the island" may stand for them
	stateKinds    map[string]map[string]bool // a noun of states -> the folded codes of the states it describes: "kingdom" -> jor, sau, ...
	regionStates  map[string]map[string]bool // a region's adjective, folded words joined by spaces -> the folded codes of its states: "west african" -> nga, gha, ...
	regions       map[string]*entity         // a region's adjective, folded words joined by spaces -> the bloc of its states: "west african"
	regionHead    map[string]bool            // the first words of the regions' adjectives: "west"
	ethnic        *agent                     // the agent "ethnic" and a demonym make (agents.txt): "ethnic Armenians"
	placeKinds    map[string]map[string]bool // nouns that name a place by its kind -> the place features they fit: "the region"
	heads         map[string]bool            // offices of heads of state or government
	royal         map[string]bool            // offices of monarchs and princes: "king", "emir"
	compassOf     map[string][]*entity       // "north" -> the countries named "North X"
	sectors       map[string]sectorFlags     // sector code -> what its unnamed agents are
	bySector      []sectorFlags              // the same by sectorIndex, for a code of three capitals: sectorIs asks for every actor it weighs
	implied       map[string]string          // sector code -> the name of its agents a passive act implies
	crowd         string                     // the sector flagged crowd: what a crowd acting abroad is
	exOffice      string                     // the sector flagged former: what a past holder of a state office is
	codes         map[string]bool            // country and bloc codes
	countries     map[string]*entity
	offices       map[string][]*entity // country+"|"+office -> people who held it
	fuzzy         map[byte][]surname   // first letter of key -> person surnames of 5+ letters, shortest first
	keys          map[string]string    // folded word -> phonetic key, for every word of every name
	spelled       map[string]string    // while loading: a folded word -> the one string every name holding it shares
	nameWords     []word               // while loading: the words of the name addName reads
	lexicon       map[string]*lexeme   // folded word -> what the tables above say of it, asked once a word of text (see lexeme)
	byWord        []*lexeme            // lexicon by the word table's id of the word (WithWords), nil for none
	other         map[string]bool      // folded words of the names of countries, bodies and groups
	errs          []error              // semantic problems found while loading, for Check

	// placeShapes and modifierShapes hold the shapes of the place-kind
	// nouns and of the modifiers (see addShape): most words have no such
	// shape, and are not looked up
	placeShapes    shapes
	modifierShapes shapes
	particleShapes shapes // of the particles
	uncappedShapes shapes // of the keys of uncapped
	rulingFirst    shapes // of the first words of ruling, ousting and coup: most words start none (see matchAt)
	oustingFirst   shapes
	coupFirst      shapes
}

// Load reads every *.txt file at the root of fsys as actor knowledge (the
// format is described in data/README.md). Syntax errors are returned
// together as a scanner.ErrorList naming file:line.
func Load(fsys fs.FS) (*Dictionary, error) {
	files, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("load actors: %w", err)
	}
	// countries.txt, the generated base, goes first: other files add names
	// to its records ("Rhodesia" to Zimbabwe) but never rename a country.
	sort.Slice(files, func(i, j int) bool {
		if (files[i] == "countries.txt") != (files[j] == "countries.txt") {
			return files[i] == "countries.txt"
		}
		return files[i] < files[j]
	})
	p := &parser{d: newDictionary(), countries: map[string]*entity{}}
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("load actors: %w", err)
		}
		p.file(path.Base(f), string(b))
	}
	if len(p.errs) > 0 {
		p.errs.Sort()
		return nil, p.errs.Err()
	}
	p.build()
	return p.d, nil
}

func newDictionary() *Dictionary {
	return &Dictionary{
		byKey:        map[string][]lead{},
		uncapped:     map[string][]lead{},
		agentsBy:     map[string][]*name{},
		ledBy:        map[string][]*name{},
		namedBy:      map[string][]*name{},
		staffedBy:    map[string][]*name{},
		modifiers:    map[string]bool{},
		kinds:        map[string]bool{},
		foreign:      map[string]bool{},
		former:       map[string]bool{},
		lesser:       map[string]bool{},
		fleeing:      map[string]bool{},
		crossing:     map[string]bool{},
		goingTo:      map[string]bool{},
		others:       map[string]bool{},
		naming:       map[string]bool{},
		collective:   map[string]bool{},
		speakers:     map[string]bool{},
		addressing:   map[string]bool{},
		responding:   map[string]bool{},
		doers:        map[string]bool{},
		opponents:    map[string]bool{},
		opposite:     map[string]bool{},
		owning:       map[string]bool{},
		holding:      map[string]bool{},
		female:       map[string]bool{},
		common:       map[string]bool{},
		openers:      map[string]bool{},
		clause:       map[string]bool{},
		finite:       map[string]bool{},
		expletive:    map[string]bool{},
		surnames:     map[string]bool{},
		quantities:   map[string]bool{},
		counts:       map[string]bool{},
		particles:    map[string]bool{},
		things:       map[string]bool{},
		compass:      map[string]bool{},
		placeNouns:   map[string]bool{},
		regime:       map[string]bool{},
		given:        map[string]bool{},
		persons:      map[string]bool{},
		states:       map[string]bool{},
		sides:        map[string]bool{},
		dual:         map[string]bool{},
		pairs:        map[string][]string{},
		plurals:      map[string]bool{},
		partitives:   map[string]bool{},
		unnamed:      map[string]bool{},
		placeKinds:   map[string]map[string]bool{},
		heads:        map[string]bool{},
		royal:        map[string]bool{},
		compassOf:    map[string][]*entity{},
		sectors:      map[string]sectorFlags{},
		implied:      map[string]string{},
		codes:        map[string]bool{},
		countries:    map[string]*entity{},
		regions:      map[string]*entity{},
		regionHead:   map[string]bool{},
		regional:     map[string]bool{},
		measures:     map[string]bool{},
		inner:        map[string]bool{},
		islands:      map[string]bool{},
		stateKinds:   map[string]map[string]bool{},
		regionStates: map[string]map[string]bool{},
		offices:      map[string][]*entity{},
		fuzzy:        map[byte][]surname{},
		keys:         map[string]string{},
		other:        map[string]bool{},
	}
}

// parser reads the knowledge files into a Dictionary.
type parser struct {
	d         *Dictionary
	errs      scanner.ErrorList
	cur       *entity
	curAgent  *agent
	curSector string // the sector line "is:" flags belong to
	countries map[string]*entity
	pending   []pendingName
}

// pendingName is a name whose entity is complete only after all files.
type pendingName struct {
	text   string
	ent    *entity
	ag     *agent
	form   form
	shared bool
	pos    token.Position
}

func (p *parser) errorf(pos token.Position, format string, args ...any) {
	p.errs.Add(pos, fmt.Sprintf(format, args...))
}

func (p *parser) file(fname, text string) {
	p.cur, p.curAgent = nil, nil
	// The lines are slices of text, not strings of their own: the names
	// and fields kept from them then share the file's one string, and the
	// garbage collector marks one object, not one a line.
	line := 0
	for l := range strings.Lines(text) {
		line++
		s := strings.TrimSpace(l)
		if s == "" || s[0] == '#' {
			continue
		}
		pos := token.Position{Filename: fname, Line: line, Column: 1}
		key, val, ok := strings.Cut(s, ":")
		if !ok {
			p.errorf(pos, "want \"key: value\", got %q", s)
			continue
		}
		p.field(pos, strings.TrimSpace(key), strings.TrimSpace(val))
	}
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) field(pos token.Position, key, val string) {
	if key != "is" && key != "implied" {
		p.curSector = ""
	}
	switch key {
	case "country", "body", "group", "person":
		p.head(pos, key, val)
	case "agent":
		p.cur = nil
		p.curAgent = &agent{Name: val, pos: pos}
		p.d.agents = append(p.d.agents, p.curAgent)
		p.pending = append(p.pending, pendingName{text: val, ag: p.curAgent, pos: pos})
	case "sector":
		p.sector(pos, val)
	case "implied":
		if p.curSector == "" {
			p.errorf(pos, "implied: outside a sector record")
			return
		}
		p.d.implied[p.curSector] = val
	case "craft", "state", "inner":
		if p.curAgent == nil {
			p.errorf(pos, "%s: outside an agent record", key)
			return
		}
		switch key {
		case "craft":
			p.curAgent.craft = val
		case "state":
			p.curAgent.state = val
		default:
			p.curAgent.inner = val
		}
	case "bloc":
		code, _, _ := strings.Cut(val, " ")
		p.d.codes[code] = true
		p.cur, p.curAgent = nil, nil
	case "modifier", "kinds", "common", "thing", "persons", "states", "sides", "dual", "plural", "partitives", "regional", "measures", "islands", "foreign", "former", "lesser", "fleeing", "crossing", "destination", "others", "naming", "addressing", "responding", "doers", "opponents", "opposite", "owning", "holding", "female", "surnames", "quantities", "counts", "particles", "openers", "clause", "finite", "expletive", "individuals", "collectives", "speakers", "compass", "placenouns", "regime":
		p.cur, p.curAgent = nil, nil
		set := map[string]map[string]bool{"modifier": p.d.modifiers, "kinds": p.d.kinds, "common": p.d.common, "thing": p.d.things, "foreign": p.d.foreign, "former": p.d.former, "lesser": p.d.lesser,
			"persons": p.d.persons, "states": p.d.states, "sides": p.d.sides, "dual": p.d.dual, "plural": p.d.plurals, "partitives": p.d.partitives, "regional": p.d.regional, "measures": p.d.measures,
			"islands": p.d.islands, "fleeing": p.d.fleeing, "crossing": p.d.crossing, "destination": p.d.goingTo, "others": p.d.others, "naming": p.d.naming, "addressing": p.d.addressing, "responding": p.d.responding, "doers": p.d.doers, "opponents": p.d.opponents, "opposite": p.d.opposite, "owning": p.d.owning, "holding": p.d.holding, "female": p.d.female, "surnames": p.d.surnames, "quantities": p.d.quantities, "counts": p.d.counts, "particles": p.d.particles, "openers": p.d.openers, "clause": p.d.clause, "finite": p.d.finite, "expletive": p.d.expletive, "individuals": p.d.unnamed, "collectives": p.d.collective, "speakers": p.d.speakers, "compass": p.d.compass, "placenouns": p.d.placeNouns, "regime": p.d.regime}[key]
		for _, w := range splitList(val) {
			set[fold(w)] = true
			if key == "surnames" {
				p.d.common[fold(w)] = true
			}
			if key == "modifier" {
				p.d.modifierShapes.add(fold(w))
			}
			if key == "particles" {
				p.d.particleShapes.add(fold(w))
			}
		}
	case "state-kind":
		p.cur, p.curAgent = nil, nil
		noun, codes, _ := strings.Cut(val, "=")
		set := map[string]bool{}
		for _, c := range splitList(codes) {
			set[fold(c)] = true
		}
		p.d.stateKinds[fold(strings.TrimSpace(noun))] = set
	case "region-states":
		// "region-states: Gulf; Gulf Arab = SAU; KWT": "the Gulf state"
		p.cur, p.curAgent = nil, nil
		names, codes, _ := strings.Cut(val, "=")
		set := map[string]bool{}
		for _, c := range splitList(codes) {
			set[fold(c)] = true
		}
		for _, n := range splitList(names) {
			var ws []string
			for _, w := range nameWords(n) {
				ws = append(ws, w.norm)
			}
			p.d.regionStates[strings.Join(ws, " ")] = set
		}
	case "pair":
		// "pair: Koreas = PRK; KOR": "the two Koreas", "both Koreas"
		p.cur, p.curAgent = nil, nil
		noun, codes, _ := strings.Cut(val, "=")
		var pair []string
		for _, c := range splitList(codes) {
			pair = append(pair, strings.ToUpper(c))
		}
		if len(pair) != 2 {
			p.errorf(pos, "pair: want a plural name, \"=\" and two country codes")
			return
		}
		p.d.pairs[fold(strings.TrimSpace(noun))] = pair
	case "ruling", "ousting", "coup":
		p.cur, p.curAgent = nil, nil
		list := map[string]*[][]string{"ruling": &p.d.ruling, "ousting": &p.d.ousting, "coup": &p.d.coup}[key]
		for _, w := range splitList(val) {
			*list = append(*list, strings.Fields(fold(w)))
		}
	case "places":
		p.cur, p.curAgent = nil, nil
		p.placeKinds(val)
	case "name", "adj", "seat", "shared", "shared-adj":
		p.names(pos, key, val)
	case "inner-adj":
		// an adjective of a region or people inside the state, read as its
		// adj: ("Chechen" RUS) and noted for agents' inner: sectors
		p.names(pos, "adj", val)
		for _, n := range splitList(val) {
			p.d.inner[strings.Join(strings.Fields(fold(n)), " ")] = true
		}
	case "role", "surname", "kind", "code", "is":
		p.attr(pos, key, val)
	case "usual":
		p.usual(pos, val)
	case "region":
		if p.cur == nil || p.cur.kind != kindBody {
			p.errorf(pos, "region: outside a body record")
			return
		}
		for _, r := range splitList(val) {
			var ws []string
			for _, w := range nameWords(r) {
				ws = append(ws, w.norm)
			}
			p.d.regions[strings.Join(ws, " ")] = p.cur
			if len(ws) > 0 {
				p.d.regionHead[ws[0]] = true
			}
		}
	default:
		p.errorf(pos, "unknown key %q", key)
	}
}

// placeKinds reads "strip; region=admin1,region": nouns that name a place
// by its kind, each with the place features it fits besides the places
// whose name has it.
func (p *parser) placeKinds(val string) {
	for _, item := range splitList(val) {
		noun, features, _ := strings.Cut(item, "=")
		set := map[string]bool{}
		for _, f := range strings.Split(features, ",") {
			if f = strings.TrimSpace(f); f != "" {
				set[f] = true
			}
		}
		n := fold(strings.TrimSpace(noun))
		p.d.placeKinds[n] = set
		p.d.placeShapes.add(n)
	}
}

func (p *parser) sector(pos token.Position, val string) {
	if p.curAgent != nil {
		p.curAgent.Sector = val
		if val == "-" {
			p.curAgent.Sector = ""
		}
		return
	}
	code, _, _ := strings.Cut(val, " ")
	p.d.sectors[code] = p.d.sectors[code] // listed, with no flags yet
	p.cur, p.curSector = nil, code
}

func (p *parser) head(pos token.Position, key, val string) {
	p.curAgent = nil
	if val == "" {
		p.errorf(pos, "%s: empty name", key)
		p.cur = nil
		return
	}
	if key == "country" {
		if e, ok := p.countries[val]; ok {
			p.cur = e // a later record adds to the first
			return
		}
		e := &entity{kind: kindCountry, code: val, pos: pos}
		p.countries[val] = e
		p.d.countries[val] = e
		p.d.codes[val] = true
		p.d.entities = append(p.d.entities, e)
		p.cur = e
		return
	}
	k := map[string]kind{"body": kindBody, "group": kindGroup, "person": kindPerson}[key]
	e := &entity{kind: k, Name: val, pos: pos}
	p.d.entities = append(p.d.entities, e)
	p.pending = append(p.pending, pendingName{text: val, ent: e, pos: pos})
	p.cur = e
}

func (p *parser) names(pos token.Position, key, val string) {
	f := map[string]form{"name": formName, "adj": formAdj, "seat": formSeat, "shared": formName, "shared-adj": formAdj}[key]
	switch {
	case p.curAgent != nil && key == "name":
		for _, n := range splitList(val) {
			p.pending = append(p.pending, pendingName{text: n, ag: p.curAgent, pos: pos})
		}
		return
	case p.cur == nil:
		p.errorf(pos, "%s: outside a country, body, group, person or agent record", key)
		return
	case f != formName && p.cur.kind != kindCountry:
		p.errorf(pos, "%s: only countries have %ss", key, key)
		return
	}
	for _, n := range splitList(val) {
		if p.cur.kind == kindCountry && p.cur.Name == "" && f == formName {
			p.cur.Name = n
		}
		p.pending = append(p.pending, pendingName{text: n, ent: p.cur, form: f, shared: key == "shared" || key == "shared-adj", pos: pos})
	}
}

// usual reads "FROM..TO Name; Name" of a country record: on those days a
// name it shares with another country means it when the story gives
// nothing to go by.
func (p *parser) usual(pos token.Position, val string) {
	if p.cur == nil || p.cur.kind != kindCountry {
		p.errorf(pos, "usual: outside a country record")
		return
	}
	span, names, _ := strings.Cut(strings.TrimSpace(val), " ")
	r, err := parseRole("- - " + span)
	if err != nil || !strings.Contains(span, "..") || strings.TrimSpace(names) == "" {
		p.errorf(pos, "usual: want \"FROM..TO Name; Name\", got %q", val)
		return
	}
	for _, n := range splitList(names) {
		p.cur.usual = append(p.cur.usual, usual{name: fold(n), from: r.from, to: r.to})
	}
}

func (p *parser) attr(pos token.Position, key, val string) {
	if key == "is" && p.curSector != "" {
		p.sectorFlags(pos, val)
		return
	}
	if key == "is" && p.cur != nil && (p.cur.kind == kindBody || p.cur.kind == kindGroup) {
		p.entityFlags(pos, val)
		return
	}
	if key == "is" {
		if p.curAgent == nil {
			p.errorf(pos, "is: outside an agent, sector, body or group record")
			return
		}
		for _, f := range splitList(val) {
			switch f {
			case "title":
				p.curAgent.title = true
			case "weak":
				p.curAgent.weak = true
			case "head":
				p.curAgent.head = true
			case "royal":
				p.curAgent.royal = true
			case "heads":
				p.curAgent.heads = true
			case "abroad":
				p.curAgent.abroad = true
			case "other":
				p.curAgent.other = true
			case "ethnic":
				p.curAgent.ethnic = true
			case "informant":
				p.curAgent.informant = true
			case "led":
				p.curAgent.led = true
			case "against":
				p.curAgent.against = true
			case "relation":
				p.curAgent.relation = true
			case "body":
				p.curAgent.body = true
			case "named":
				p.curAgent.named = true
			case "staffed":
				p.curAgent.staffed = true
			case "grouping":
				p.curAgent.grouping = true
			case "national":
				p.curAgent.national = true
			case "held":
				p.curAgent.held = true
			default:
				p.errorf(pos, "is: unknown flag %q (want title, weak, head, royal, heads, abroad, other, ethnic, informant, led, against, relation, body, named, staffed, grouping, national or held)", f)
			}
		}
		return
	}
	if p.cur == nil {
		p.errorf(pos, "%s: outside a body, group or person record", key)
		return
	}
	e := p.cur
	switch key {
	case "role":
		r, err := parseRole(val)
		if err != nil {
			p.errorf(pos, "role: %v", err)
			return
		}
		r.pos = pos
		e.roles = append(e.roles, r)
	case "surname":
		if val == "-" {
			e.surnames = append(e.surnames[:0], "-")
		} else {
			e.surnames = append(e.surnames, splitList(val)...)
		}
	case "kind":
		for _, k := range splitList(val) {
			e.refs = append(e.refs, fold(k))
		}
	case "code":
		e.code = val
	}
}

// entityFlags reads the "is:" flags of a body or group record.
func (p *parser) entityFlags(pos token.Position, val string) {
	for _, f := range splitList(val) {
		switch f {
		case "national":
			p.cur.national = true
		case "generic":
			p.cur.generic = true
		default:
			p.errorf(pos, "is: unknown flag %q (want national or generic)", f)
		}
	}
}

// parseRole reads "COUNTRY SECTOR [FROM..TO] [title]".
func parseRole(val string) (role, error) {
	f := strings.Fields(val)
	if len(f) < 2 {
		return role{}, fmt.Errorf("want \"COUNTRY SECTOR [FROM..TO] [title]\", got %q", val)
	}
	r := role{Country: f[0], Sector: f[1], to: 99999999}
	if r.Country == "-" {
		r.Country = ""
	}
	if r.Sector == "-" {
		r.Sector = ""
	}
	rest := f[2:]
	if len(rest) > 0 && strings.Contains(rest[0], "..") {
		a, b, _ := strings.Cut(rest[0], "..")
		var err error
		if a != "" {
			if r.From, err = parseDate(a); err != nil {
				return role{}, err
			}
			r.from = dateKey(r.From, false)
		}
		if b != "" {
			if r.To, err = parseDate(b); err != nil {
				return role{}, err
			}
			r.to = dateKey(r.To, true)
		}
		rest = rest[1:]
	}
	r.Title = strings.Join(rest, " ")
	return r, nil
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD.
func parseDate(s string) (dateline.Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return dateline.Date{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return dateline.Date{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := dateline.Date{Year: n[0], Precision: dateline.Precision(len(parts))}
	if len(parts) > 1 {
		if n[1] < 1 || n[1] > 12 {
			return d, fmt.Errorf("bad month in date %q", s)
		}
		d.Month = timeMonth(n[1])
	}
	if len(parts) > 2 {
		if n[2] < 1 || n[2] > daysIn(n[0], n[1]) {
			return d, fmt.Errorf("bad day in date %q", s)
		}
		d.Day = n[2]
	}
	return d, nil
}
