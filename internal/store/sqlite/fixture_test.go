package sqlite

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"dateline"
)

// The fixture: four hand-written stories about Libya in 2018 and 2019, with
// events between Egypt, the Libyan National Army, the Tripoli government,
// Italy and the UN. Places carry real coordinates: Cairo, Derna, Palermo,
// Tripoli and Misrata (about 190 km east of Tripoli).

var (
	cairo   = &dateline.Place{Name: "Cairo", Country: "EGY", Lat: 30.0444, Lon: 31.2357, GeoNamesID: 360630, Feature: "city"}
	derna   = &dateline.Place{Name: "Derna", Admin1: "Darnah", Country: "LBY", Lat: 32.7672, Lon: 22.6367, GeoNamesID: 87205, Feature: "city"}
	palermo = &dateline.Place{Name: "Palermo", Admin1: "Sicily", Country: "ITA", Lat: 38.1157, Lon: 13.3615, GeoNamesID: 2523920}
	tripoli = &dateline.Place{Name: "Tripoli", Country: "LBY", Lat: 32.8872, Lon: 13.1913, GeoNamesID: 2210247, Feature: "city"}
	misrata = &dateline.Place{Name: "Misrata", Country: "LBY", Lat: 32.3754, Lon: 15.0925, GeoNamesID: 2214846, Feature: "city"}
)

// actor is a participant as the fixture writes it: text in the sentence,
// canonical name, country, sector, CAMEO code.
type actor struct{ text, name, country, sector, code string }

var (
	sisi     = actor{"Egyptian President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "EGY", "GOV", "EGYGOV"}
	haftar   = actor{"Khalifa Haftar", "Khalifa Haftar", "LBY", "MIL", "LBYMIL"}
	lna      = actor{"the Libyan National Army", "Libyan National Army", "LBY", "MIL", "LBYMIL"}
	shura    = actor{"the Derna Mujahideen Shura Council", "Derna Mujahideen Shura Council", "LBY", "REB", "LBYREB"}
	conte    = actor{"Italian Prime Minister Giuseppe Conte", "Giuseppe Conte", "ITA", "GOV", "ITAGOV"}
	rivals   = actor{"Libya's rival leaders", "Libya", "LBY", "", "LBY"}
	serraj   = actor{"Fayez Serraj", "Fayez Serraj", "LBY", "GOV", "LBYGOV"}
	tripGov  = actor{"the Tripoli government", "Government of National Accord", "LBY", "GOV", "LBYGOV"}
	un       = actor{"The United Nations", "United Nations", "UNO", "IGO", "IGOUNO"}
	protests = actor{"Hundreds of protesters", "protesters", "LBY", "CVL", "LBYCVL"}
)

// ev is an event as the fixture writes it.
type ev struct {
	sentence         int
	trigger          string
	src, tgt         *actor
	typ, cameo, date string
	place            *dateline.Place
}

// tokenRE is the fixture's tokenizer: words and single punctuation marks.
var tokenRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]`)

// build codes a story from its sentences by hand: one paragraph per
// sentence, tokens, mentions for every participant and place, and events.
func build(id string, published time.Time, sentences []string, events []ev) *dateline.Coded {
	c := &dateline.Coded{Story: dateline.Story{
		ID: id, Source: id + ".txt", URL: "https://example.org/" + id,
		Headline: strings.ToUpper(id[:1]) + id[1:], Published: published,
		Body: strings.Join(sentences, "\n\n"),
	}}
	pos := 0
	for i, text := range sentences {
		span := dateline.Span{Start: pos, End: pos + len(text)}
		c.Story.Paragraphs = append(c.Story.Paragraphs, span)
		s := dateline.Sentence{Span: span, Index: i, Paragraph: i, Text: text}
		for _, m := range tokenRE.FindAllStringIndex(text, -1) {
			w := text[m[0]:m[1]]
			s.Tokens = append(s.Tokens, dateline.Token{Span: dateline.Span{Start: pos + m[0], End: pos + m[1]}, Text: w, Lower: strings.ToLower(w)})
		}
		c.Sentences = append(c.Sentences, s)
		pos += len(text) + 2
	}
	c.Mentions = make([][]dateline.Mention, len(sentences))
	for n, e := range events {
		s := c.Sentences[e.sentence]
		at := func(text string) dateline.Span {
			i := strings.Index(s.Text, text)
			if i < 0 {
				panic(fmt.Sprintf("%s: %q not in sentence %d", id, text, e.sentence))
			}
			return dateline.Span{Start: s.Start + i, End: s.Start + i + len(text)}
		}
		trig := at(e.trigger)
		out := dateline.Event{
			ID: fmt.Sprintf("%s-%d", id, n), Doc: id,
			Sentence: dateline.SentenceRef{Index: s.Index, Text: s.Text, Start: s.Start, End: s.End},
			Type:     e.typ, CAMEO: e.cameo, Goldstein: 1.5, QuadClass: 1, Modality: dateline.Asserted,
			Trigger: dateline.Trigger{Text: e.trigger, Start: trig.Start, End: trig.End},
			Date:    dateline.Null(e.date), Place: e.place, Confidence: 0.8, Rule: "fixture",
		}
		if e.date != "" {
			out.DatePrecision = dateline.Null([]string{"", "", "", "", "year", "", "", "month", "", "", "day"}[len(e.date)])
		}
		for _, p := range []struct {
			a  *actor
			to **dateline.Participant
		}{{e.src, &out.Source}, {e.tgt, &out.Target}} {
			if p.a == nil {
				continue
			}
			sp := at(p.a.text)
			*p.to = &dateline.Participant{Text: p.a.text, Name: p.a.name, Country: dateline.Null(p.a.country),
				Sector: dateline.Null(p.a.sector), Code: p.a.code, Start: sp.Start, End: sp.End}
			c.Mentions[e.sentence] = append(c.Mentions[e.sentence], dateline.Mention{Span: sp, Text: p.a.text,
				Kind: dateline.KindPerson, Actor: dateline.Actor{Name: p.a.name, Country: p.a.country, Sector: p.a.sector, Code: p.a.code}, Rule: "fixture"})
		}
		if e.place != nil && strings.Contains(s.Text, e.place.Name) {
			sp := at(e.place.Name)
			c.Mentions[e.sentence] = append(c.Mentions[e.sentence], dateline.Mention{Span: sp, Text: e.place.Name,
				Kind: dateline.KindPlace, Place: e.place, Rule: "fixture"})
		}
		c.Events = append(c.Events, out)
	}
	return c
}

func day(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// fixture returns the four stories, in no particular order.
func fixture() []*dateline.Coded {
	return []*dateline.Coded{
		build("tripoli-2019", day("2019-04-05T09:00:00+02:00"), []string{
			"Forces loyal to Khalifa Haftar attacked the Tripoli government on Thursday south of Tripoli.",
			"The United Nations urged both sides to agree a truce.",
		}, []ev{
			{0, "attacked", &haftar, &tripGov, "ASSAULT", "190", "2019-04-04", tripoli},
			{1, "urged", &un, nil, "REQUEST", "0241", "", nil},
		}),
		build("cairo-2018", day("2018-05-10T12:00:00Z"), []string{
			"Egyptian President Abdel Fattah el-Sisi met Khalifa Haftar in Cairo on Wednesday.",
			"The talks came as the Libyan National Army shelled the Derna Mujahideen Shura Council in Derna this month.",
		}, []ev{
			{0, "met", &sisi, &haftar, "CONSULT", "040", "2018-05-09", cairo},
			{1, "shelled", &lna, &shura, "ASSAULT", "195", "2018-05", derna},
		}),
		build("misrata-2019", time.Time{}, []string{
			"Hundreds of protesters marched in Misrata this year against the war.",
		}, []ev{
			{0, "marched", &protests, nil, "PROTEST", "141", "2019", misrata},
		}),
		build("palermo-2018", day("2018-11-13T18:30:00+01:00"), []string{
			"Italian Prime Minister Giuseppe Conte hosted Libya's rival leaders in Palermo on Tuesday.",
			"Khalifa Haftar met Fayez Serraj on the sidelines of the conference.",
		}, []ev{
			{0, "hosted", &conte, &rivals, "CONSULT", "043", "2018-11-13", palermo},
			{1, "met", &haftar, &serraj, "CONSULT", "040", "2018-11-13", palermo},
		}),
	}
}
