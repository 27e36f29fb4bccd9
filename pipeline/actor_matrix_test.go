package pipeline

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestActorMatrix codes actors of every region in every common form through
// the whole coder: a demonym before a sector noun ("Gambian police"), a
// country's possessive before an institution ("Moldova's parliament"), the
// capital as its government ("Nuku'alofa said"), "the X government" and "the
// government of X", a title before a leader's name on a day the leader held
// the office, named legislatures, security services and seats of power,
// regional and international bodies. Each row asserts the event's root and
// the source and target codes a user counts dyads by. The forms are logged
// with their pass counts; the test fails when a form passes fewer rows than
// its floor in actorMatrixFloors.
func TestActorMatrix(t *testing.T) {
	c := defaultCoder(t)
	c.Statements = true
	pass, total := map[string]int{}, map[string]int{}
	for _, r := range actorMatrix() {
		ref, err := time.Parse(time.DateOnly, r.date)
		if err != nil {
			t.Fatal(err)
		}
		var got, all []string
		for _, e := range codeText(t, c, r.text, ref) {
			all = append(all, e.CAMEO+" "+dyad(e))
			if hasAnyCode(e, r.code) {
				got = append(got, dyad(e))
			}
		}
		total[r.form]++
		if slices.ContainsFunc(got, func(g string) bool { return dyadWanted(g, r.want) }) {
			pass[r.form]++
			continue
		}
		t.Logf("%s: %s: got %v, want %s %s", r.form, r.name, all, r.code, r.want)
	}
	forms := make([]string, 0, len(total))
	for f := range total {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	for _, f := range forms {
		t.Logf("form %-22s %3d of %3d", f, pass[f], total[f])
		if pass[f] < actorMatrixFloors[f] {
			t.Errorf("form %s: %d of %d rows pass, want at least %d", f, pass[f], total[f], actorMatrixFloors[f])
		}
	}
}

// actorMatrixFloors is how many rows of each form must pass: at 084a084,
// before the fixes, 2548 of 2626 rows passed, short mostly of seats of
// power (15 of 33), legislatures (23 of 39) and Timor-Leste's demonym;
// 2613 after the seats, legislatures, demonyms and the Belarusian KGB
// were added to the actor data; 2776 of 2792 with rows on named forces,
// news agencies, central banks, parties and armed groups, and the Royal
// Navy, the RAF and the Royal Marines added; 2955 of 2997 with rows on
// leaders' surnames alone and other spellings of their names, and a
// surname of two words read alone ("Akufo-Addo", "Lacalle Pou"); 3322 of
// 3365 with four phrases a country (embassies, delegations, top courts,
// spy agencies, "X's mission to the United Nations", made the country's
// government); 3344 of 3387 with former names of states (Ceylon, Dahomey,
// Upper Volta, Kampuchea, both Vietnams and Yemens, Western Samoa,
// Kirghizia, Byelorussia), coded as their successors; 3520 of 3563 with
// leaders as objects, "Taoiseach" and "Senior General" made titles. The rows
// that still fail: surnames the data keeps from standing alone
// ("surname: -": Boric, Sandu, Marin), common ones (Lee, Kim, Martin),
// middle names the data lacks ("Yoweri Kaguta Museveni"), a capital
// other places bear ("officials in Victoria"), "the Duma",
// "the Rada" and "Japan's Diet" alone (left out of the data on purpose:
// Douma, the Libyan Rada force, a common word), a seat before "palace" in
// lower case, "The Hague" inside a sentence, a body after a possessive as
// an object ("talks with Azerbaijan's Milli Majlis"), "Royal" before a
// demonym in an object ("criticised the Royal Australian Navy").
var actorMatrixFloors = map[string]int{
	"agency":                       14,
	"agency-target":                14,
	"armed-group":                  25,
	"armed-group-target":           25,
	"body":                         38,
	"body-target":                  38,
	"capital":                      176,
	"capital-target":               175,
	"demonym-sector":               189,
	"demonym-sector-target":        189,
	"demonym-title":                189,
	"force":                        31,
	"force-target":                 28,
	"government-of-X":              189,
	"legislature":                  36,
	"legislature-target":           35,
	"minister":                     38,
	"other-name":                   59,
	"party":                        13,
	"party-target":                 13,
	"past-leader":                  74,
	"phrase ambassador-to":         30,
	"phrase army-chief-of-staff":   29,
	"phrase authorities":           29,
	"phrase based-government":      22,
	"phrase border-guards":         29,
	"phrase delegation":            29,
	"phrase demonym-title-name":    26,
	"phrase embassy-in":            29,
	"phrase head-of-army":          30,
	"phrase members-of-parliament": 30,
	"phrase mission-to-un":         29,
	"phrase name-apposition":       25,
	"phrase navy-chief":            29,
	"phrase officials-in-capital":  26,
	"phrase opposition-leader":     29,
	"phrase parliament-speaker":    29,
	"phrase peacekeepers":          29,
	"phrase possessive-government": 29,
	"phrase protesters":            29,
	"phrase rebels":                29,
	"phrase riot-police":           29,
	"phrase spokesman-for":         29,
	"phrase spy-agency":            29,
	"phrase state-media":           29,
	"phrase top-court":             29,
	"phrase warplanes":             29,
	"possessive":                   189,
	"possessive-target":            189,
	"seat":                         31,
	"seat-target":                  31,
	"security-service":             16,
	"security-service-target":      16,
	"spelling":                     33,
	"surname":                      146,
	"the-X-government":             189,
	"title-name":                   176,
	"title-name-target":            176,
}

// matrixRow is one sentence of the actor matrix: the form it tests, the
// story date, the text, the CAMEO codes any of which will do ("11|12") and
// the dyad wanted, as runSweepWith reads them.
type matrixRow struct {
	form, name, date, text, code, want string
}

// matrixCountry is a country as the news names it: ISO code, name, demonym
// adjective, capital ("" when the capital is not used for the government,
// as when it bears the country's name), and a leader with a title and a
// day the leader held the office.
type matrixCountry struct {
	iso, name, adj, capital, title, leader, date string
}

// matrixVerbs are the acts the matrix puts the actors in: "S" is the
// source's phrase, "T" the target's, with the CAMEO roots any of which will do.
var matrixVerbs = []struct{ text, code string }{
	{"S accused T of meddling in its internal affairs.", "11"},
	{"S criticised T over the border dispute.", "11"},
	{"S held talks with T on trade and security.", "04"},
	{"S condemned T for the cross-border raid.", "11|12"},
	{"S accused T of backing the rebels.", "11"},
	{"S met T to discuss the refugee crisis.", "04"},
}

// matrixSectors are the sector nouns put after a demonym, with their sectors.
var matrixSectors = []struct{ noun, sector string }{
	{"police", "COP"}, {"lawmakers", "LEG"}, {"troops", "MIL"}, {"officials", "GOV"},
	{"opposition leaders", "OPP"}, {"diplomats", "GOV"}, {"judges", "JUD"}, {"soldiers", "MIL"},
}

// matrixInstitutions are a state's parts as "X's NOUN" names them.
var matrixInstitutions = []struct{ noun, sector string }{
	{"foreign ministry", "GOV"}, {"defence minister", "GOV"}, {"parliament", "LEG"}, {"army", "MIL"},
	{"opposition", "OPP"}, {"central bank", "GOV"}, {"supreme court", "JUD"}, {"foreign minister", "GOV"},
	{"interior ministry", "GOV"}, {"president", "GOV"}, {"military", "MIL"}, {"prime minister", "GOV"},
}

func matrixSentence(verb int, src, tgt string) (string, string) {
	v := matrixVerbs[verb%len(matrixVerbs)]
	s := strings.Replace(strings.Replace(v.text, "S", src, 1), " T ", " "+tgt+" ", 1)
	return strings.ToUpper(s[:1]) + s[1:], v.code
}

// actorMatrix builds the matrix's rows.
func actorMatrix() []matrixRow {
	var rows []matrixRow
	add := func(form, name, date, src, tgt, want string, verb int) {
		text, code := matrixSentence(verb, src, tgt)
		rows = append(rows, matrixRow{form, name, date, text, code, want})
	}
	cs := matrixCountries
	for i, c := range cs {
		p := cs[(i+1)%len(cs)]
		q := cs[(i+len(cs)-1)%len(cs)]
		s := matrixSectors[i%len(matrixSectors)]
		if c.adj == "" { // a demonym two countries bear ("Congolese"): the story decides
			continue
		}
		add("demonym-sector", c.adj+" "+s.noun, matrixDate, c.adj+" "+s.noun, p.name, codes(c.iso, s.sector)+">"+p.iso+"*", i)
		s2 := matrixSectors[(i+3)%len(matrixSectors)]
		add("demonym-sector-target", c.adj+" "+s2.noun, matrixDate, q.name, c.adj+" "+s2.noun, q.iso+"*>"+c.iso+s2.sector, i+1)
		in := matrixInstitutions[i%len(matrixInstitutions)]
		add("possessive", c.name+"'s "+in.noun, matrixDate, c.name+"'s "+in.noun, p.name, codes(c.iso, in.sector)+">"+p.iso+"*", i+2)
		in2 := matrixInstitutions[(i+5)%len(matrixInstitutions)]
		add("possessive-target", c.name+"'s "+in2.noun, matrixDate, q.name, c.name+"'s "+in2.noun, q.iso+"*>"+c.iso+in2.sector, i+3)
		if c.capital != "" {
			add("capital", c.capital, matrixDate, c.capital, p.name, c.iso+"GOV>"+p.iso+"*", i+4)
			add("capital-target", c.capital, matrixDate, q.name, c.capital, q.iso+"*>"+c.iso+"GOV", i+5)
		}
		add("the-X-government", "the "+c.adj+" government", matrixDate, "the "+c.adj+" government", p.name, c.iso+"GOV>"+p.iso+"*", i)
		add("government-of-X", "the government of "+c.name, matrixDate, q.name, "the government of "+c.name, q.iso+"*>"+c.iso+"GOV", i+1)
		if c.leader != "" {
			add("title-name", c.title+" "+c.leader, c.date, c.title+" "+c.leader, p.name, leaderWant(c)+">"+p.iso+"*", i+2)
			add("title-name-target", c.title+" "+c.leader, c.date, q.name, c.title+" "+c.leader, q.iso+"*>"+leaderWant(c), i+3)
		}
	}
	for i, c := range cs {
		if c.adj == "" {
			continue
		}
		p := cs[(i+2)%len(cs)]
		tt := matrixDemonymTitles[i%len(matrixDemonymTitles)]
		add("demonym-title", "the "+c.adj+" "+tt.noun, matrixDate, "the "+c.adj+" "+tt.noun, p.name, codes(c.iso, tt.sector)+">"+p.iso+"*", i+3)
	}
	for i, c := range cs {
		p := cs[(i+3)%len(cs)]
		for k := 0; k < 4; k++ {
			f := matrixPhrases[(4*i+k)%len(matrixPhrases)]
			src, ok := f.phrase(c)
			if !ok {
				continue
			}
			add("phrase "+f.name, src, c.date+matrixDate[len(c.date):], src, p.name, codes(c.iso, f.sector)+">"+p.iso+"*", i+k)
		}
	}
	for i, c := range cs {
		sn := surname(c)
		if sn == "" {
			continue
		}
		p := cs[(i+4)%len(cs)]
		add("surname", sn, c.date, sn, p.name, leaderWant(c)+">"+p.iso+"*", i+5)
	}
	for i, v := range matrixSpellings {
		add("spelling", v.name, v.date, v.name, v.other, v.iso+"GOV>*", i)
	}
	for i, l := range matrixPastLeaders {
		add("past-leader", l.title+" "+l.leader, l.date, l.title+" "+l.leader, l.name, leaderWant(l)+">*", i)
	}
	for i, a := range matrixAltNames {
		o := matrixOthers[i%len(matrixOthers)]
		add("other-name", a.phrase, a.date, a.phrase, o.name, codes(a.iso, a.sector)+">"+o.iso+"*", i)
	}
	for i, m := range matrixTitles {
		add("minister", m.title+" "+m.name, m.date, m.title+" "+m.name, m.other, m.iso+"GOV>*", i)
	}
	for i, b := range matrixNamed {
		date := matrixDate
		if b.date != "" {
			date = b.date
		}
		add(b.form, b.text, date, b.text, b.other, b.want+">*", i)
		add(b.form+"-target", b.text, date, b.other, lowerThe(b.text), "*>"+b.want, i+1)
	}
	return rows
}

// matrixDate is the day of the matrix's rows that name no person.
const matrixDate = "2022-06-01"

// lowerThe writes a leading "The" in lower case, for a name put after a verb.
func lowerThe(s string) string {
	if rest, ok := strings.CutPrefix(s, "The "); ok {
		return "the " + rest
	}
	return s
}

// leaderWant is the code a leader is wanted as: the government, or for
// one of military rank who took power, the military or the government.
func leaderWant(c matrixCountry) string {
	switch c.title {
	case "General", "Colonel", "Senior General", "Captain":
		return c.iso + "MIL/" + c.iso + "GOV"
	}
	return c.iso + "GOV"
}

// matrixDemonymTitles are the offices put after a demonym ("the Gambian
// foreign minister"), with their sectors.
var matrixDemonymTitles = []struct{ noun, sector string }{
	{"foreign minister", "GOV"}, {"president", "GOV"}, {"defence ministry", "GOV"}, {"army chief", "MIL"},
	{"prime minister", "GOV"}, {"interior minister", "GOV"}, {"navy", "MIL"}, {"authorities", "GOV"},
	{"coast guard", "COP/MIL"}, {"ambassador", "GOV"}, {"air force", "MIL"}, {"security forces", "COP/MIL"},
	{"opposition", "OPP"}, {"ruling party", "PTY/GOV"}, {"electoral commission", "GOV"}, {"prosecutors", "JUD"},
}

// codes writes a country's code with each of its sectors ("COP/MIL") as a
// want's side; no sector is the country in any.
func codes(iso, sectors string) string {
	if sectors == "" {
		return iso + "*"
	}
	var out []string
	for _, s := range strings.Split(sectors, "/") {
		out = append(out, iso+s)
	}
	return strings.Join(out, "/")
}

// matrixOthers are the parties the other-name rows' acts go to.
var matrixOthers = []struct{ name, iso string }{
	{"Thailand", "THA"}, {"Nigeria", "NGA"}, {"Peru", "PER"}, {"Norway", "NOR"}, {"Vietnam", "VNM"}, {"Kenya", "KEN"},
}

// matrixPhrases are longer phrases that name a state's agents: the
// phrase for a country, or false when the country lacks what it needs.
var matrixPhrases = []struct {
	name, sector string
	phrase       func(c matrixCountry) (string, bool)
}{
	{"spokesman-for", "MIL", func(c matrixCountry) (string, bool) { return "a spokesman for the " + c.adj + " army", c.adj != "" }},
	{"officials-in-capital", "GOV", func(c matrixCountry) (string, bool) { return "officials in " + c.capital, c.capital != "" }},
	{"ambassador-to", "GOV", func(c matrixCountry) (string, bool) { return c.name + "'s ambassador to the United Nations", true }},
	{"head-of-army", "MIL", func(c matrixCountry) (string, bool) { return "the head of " + c.name + "'s army", true }},
	{"members-of-parliament", "LEG", func(c matrixCountry) (string, bool) { return "members of " + c.name + "'s parliament", true }},
	{"demonym-title-name", "GOV/MIL", func(c matrixCountry) (string, bool) {
		return c.adj + " " + c.title + " " + c.leader, c.adj != "" && c.leader != "" && c.title != "leader"
	}},
	{"name-apposition", "GOV/MIL", func(c matrixCountry) (string, bool) {
		return c.leader + ", " + c.name + "'s " + strings.ToLower(c.title) + ",", c.leader != ""
	}},
	{"possessive-government", "GOV", func(c matrixCountry) (string, bool) { return c.name + "'s government", true }},
	{"state-media", "", func(c matrixCountry) (string, bool) { return c.adj + " state media", c.adj != "" }},
	{"riot-police", "COP", func(c matrixCountry) (string, bool) { return c.adj + " riot police", c.adj != "" }},
	{"border-guards", "COP/MIL", func(c matrixCountry) (string, bool) { return c.adj + " border guards", c.adj != "" }},
	{"protesters", "OPP/CVL", func(c matrixCountry) (string, bool) { return c.adj + " protesters", c.adj != "" }},
	{"rebels", "REB", func(c matrixCountry) (string, bool) { return c.adj + " rebels", c.adj != "" }},
	{"warplanes", "MIL", func(c matrixCountry) (string, bool) { return c.adj + " warplanes", c.adj != "" }},
	{"embassy-in", "GOV", func(c matrixCountry) (string, bool) { return "the " + c.adj + " embassy in Vienna", c.adj != "" }},
	{"delegation", "GOV", func(c matrixCountry) (string, bool) { return "the " + c.adj + " delegation", c.adj != "" }},
	{"peacekeepers", "MIL", func(c matrixCountry) (string, bool) { return c.adj + " peacekeepers", c.adj != "" }},
	{"authorities", "GOV", func(c matrixCountry) (string, bool) { return c.adj + " authorities", c.adj != "" }},
	{"top-court", "JUD", func(c matrixCountry) (string, bool) { return c.name + "'s top court", true }},
	{"spy-agency", "SPY", func(c matrixCountry) (string, bool) { return c.name + "'s spy agency", true }},
	{"parliament-speaker", "LEG", func(c matrixCountry) (string, bool) { return c.name + "'s parliament speaker", true }},
	{"army-chief-of-staff", "MIL", func(c matrixCountry) (string, bool) { return c.name + "'s army chief of staff", true }},
	{"opposition-leader", "OPP", func(c matrixCountry) (string, bool) { return c.name + "'s opposition leader", true }},
	{"based-government", "GOV", func(c matrixCountry) (string, bool) {
		return "the " + c.capital + "-based government", c.capital != "" && !strings.Contains(c.capital, " ")
	}},
	{"mission-to-un", "GOV", func(c matrixCountry) (string, bool) { return c.name + "'s mission to the United Nations", true }},
	{"navy-chief", "MIL", func(c matrixCountry) (string, bool) { return "the " + c.adj + " navy chief", c.adj != "" }},
}

// surname is the name a leader is called by alone: the family name, which
// comes first in East Asian names; "" for a monarch, called by title.
func surname(c matrixCountry) string {
	switch c.title {
	case "", "King", "Sultan", "Emir", "Crown Prince":
		return ""
	}
	if first, ok := matrixFamilyFirst[c.leader]; ok {
		return first
	}
	ws := strings.Fields(c.leader)
	return ws[len(ws)-1]
}

// matrixFamilyFirst are the leaders called by a name that is not their last word.
var matrixFamilyFirst = map[string]string{
	"Xi Jinping": "Xi", "Kim Jong Un": "Kim", "Hun Sen": "Hun Sen", "Lee Hsien Loong": "Lee",
	"Tsai Ing-wen": "Tsai", "Yoon Suk-yeol": "Yoon", "Min Aung Hlaing": "Min Aung Hlaing",
	"Abdel Fattah al-Sisi": "Sisi", "Abdel Fattah al-Burhan": "Burhan", "Bashar al-Assad": "Assad",
	"Mustafa al-Kadhimi": "Kadhimi", "Rashad al-Alimi": "Alimi", "Abiy Ahmed": "Abiy",
	"Isaias Afwerki": "Isaias", "Hassan Sheikh Mohamud": "Mohamud", "Sheikh Hasina": "Hasina",
	"Andres Manuel Lopez Obrador": "Lopez Obrador", "Luis Lacalle Pou": "Lacalle Pou",
	"Mario Abdo Benitez": "Abdo Benitez", "Nana Akufo-Addo": "Akufo-Addo", "Mahamat Idriss Deby": "Deby",
	"Samia Suluhu Hassan": "Samia", "Ismail Omar Guelleh": "Guelleh", "Fiame Naomi Mata'afa": "Fiame",
	"Ismail Sabri Yaakob": "Ismail Sabri", "Prayuth Chan-ocha": "Prayuth", "Surangel Whipps": "Whipps",
	"Luvsannamsrain Oyun-Erdene": "Oyun-Erdene", "Pham Minh Chinh": "Chinh", "Julius Maada Bio": "Bio",
	"Teodoro Obiang Nguema": "Obiang", "Ali Bongo Ondimba": "Bongo", "Denis Sassou Nguesso": "Sassou Nguesso",
	"Umaro Sissoco Embalo": "Embalo", "Mohamed Ould Ghazouani": "Ghazouani", "Jonas Gahr Store": "Store",
	"Sher Bahadur Deuba": "Deuba", "Ibrahim Mohamed Solih": "Solih", "Faustin-Archange Touadera": "Touadera",
	"Recep Tayyip Erdogan": "Erdogan", "Mohamed bin Zayed": "", "Tamim bin Hamad Al Thani": "",
}
