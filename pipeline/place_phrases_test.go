package pipeline

import (
	"strings"
	"testing"
	"time"

	"dateline"
)

// TestPlacePhrases pins how a place phrase of the event's own clause is
// read: a capital, a possessor, "this city" and a city named before a site
// as objects of an act done somewhere; "the edge of X" as X; a phrase
// beside a noun that names no kind of place is no apposition.
func TestPlacePhrases(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name, text, root, want string
	}{
		{"seizing the capital is in the capital of the act's country",
			"DAMASCUS, Syria (AP) \u2014 Rebels seized the capital on Tuesday.", "19", "Damascus/SYR"},
		{"the capital in a story filed from elsewhere",
			"NAIROBI, Kenya (AP) \u2014 Islamist fighters captured the Somali capital on Monday after government troops fled.", "19", "Mogadishu/SOM"},
		{"a possessor names the place of the site struck",
			"Rebel fighters from Sudan bombed Khartoum's main airport on Tuesday.", "19", "Khartoum/SDN"},
		{"a possessor, passive voice",
			"Kandahar's airport was shelled by insurgents overnight, officials said.", "19", "Kandahar/AFG"},
		{"this city is the dateline's",
			"GOMA, Congo (AP) \u2014 Rebels captured this eastern city on Tuesday.", "19", "Goma/COD"},
		{"this town, another verb",
			"KIDAL, Mali (AP) \u2014 Separatist fighters overran this desert town on Sunday.", "19", "Kidal/MLI"},
		{"a city named before the name of its site",
			"Police beat lawyers with batons outside the Karachi High Court on Monday.", "17", "Karachi/PAK"},
		{"a city before a site's name, as object",
			"Insurgents shelled Kabul International Airport overnight.", "19", "Kabul/AFG"},
		{"a withdrawal from a town is there",
			"Russian troops withdrew from Kherson on Friday.", "08", "Kherson/UKR"},
		{"pulling out of the capital",
			"KABUL, Afghanistan (AP) — The last foreign troops began pulling out of the capital on Monday.", "08", "Kabul/AFG"},
		{"set fire to a city's site",
			"Protesters set fire to the Kandahar town hall on Monday.", "14", "Kandahar/AFG"},
		{"laid siege to a city",
			"Serb forces laid siege to Sarajevo in April 1992.", "19", "Sarajevo/BIH"},
		{"on the edge of a city",
			"Warplanes struck rebel positions on the edge of Kandahar on Monday.", "19", "Kandahar/AFG"},
		{"on the edges of a city",
			"Government troops shelled militant hideouts on the edges of Aleppo overnight.", "19", "Aleppo/SYR"},
	}
	for _, tt := range tests {
		checkFirstPlace(t, c, ref, tt.name, tt.text, tt.root, tt.want)
	}
}

// TestNoPlacePhrase pins phrases that name no place of the event.
func TestNoPlacePhrase(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, root string
	}{
		{"a fronted phrase that is no place, then the subject's name",
			"In a separate dispute, Belarus expelled Latvia's ambassador on Monday.", "16"},
		{"the same with another country",
			"In a new row, Poland expelled Russia's consul on Friday.", "16"},
		{"a possessive country names no place for an act between states",
			"Britain expelled Russia's ambassador on Monday.", "16"},
		{"a place after from is no place of an act that leaves nothing",
			"Rebels from Kandahar attacked a convoy on Monday.", "19"},
		{"set fire to what is no place",
			"Protesters set fire to tyres and barricades on Monday.", "14"},
		{"a possessor that is an actor, not a place",
			"Protesters stormed the president's office on Monday.", "14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := find(codeText(t, c, tt.text, ref), tt.root)
			if e == nil {
				t.Fatalf("no %s event in %q", tt.root, tt.text)
			}
			if e.Place != nil {
				t.Errorf("place = %s, want none (%s)", placeName(e.Place), e.Rule)
			}
		})
	}
}

// TestPlaceOfTheSaying pins where a statement is placed when a reporting
// frame tells it: where its speaker said it, when the act is the saying
// itself; never for a deed of someone else the speaker reports; and a
// place inside what is spoken of ("accused X of meddling in Y") is not
// where the statement was made.
func TestPlaceOfTheSaying(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, root, want string
	}{
		{"a fronted place of the saying, support by the speaker's government",
			"In Moscow, the foreign ministry said the government firmly backed the Syrian president.", "05", "Moscow/RUS"},
		{"the same after the subject",
			"The Chinese foreign ministry said in Beijing that the government strongly supported the Hong Kong leader.", "05", "Beijing/CHN"},
		{"told a news conference in a city: an accusation",
			"The Kenyan interior minister told a news conference in Nairobi on Sunday that Somali militants had attacked Kenya.", "11", "Nairobi/KEN"},
		{"told a press conference in a city",
			"Ethiopia's prime minister told a press conference in Addis Ababa that Eritrea had invaded its territory.", "11", "Addis Ababa/ETH"},
		{"a threat told through an infinitive, at a rally in the dateline's city",
			"JUBA, South Sudan (AP) \u2014 At a rally in the city's main stadium on Friday, the rebels said they would go on to topple President Salva Kiir.", "13", "Juba/SSD"},
		{"told those it addressed in a city that ...",
			"The U.N. secretary-general told ambassadors gathered in New York on Monday that Russia kept interfering in Moldova's affairs.", "11", "New York/USA"},
		{"told diplomats in a city that ..., another speaker",
			"Kenya's president told foreign diplomats in Nairobi that Somalia had violated Kenya's sovereignty.", "11", "Nairobi/KEN"},
		{"the people a statement speaks of are not whom it addresses",
			"Britain condemned the killing of protesters in Khartoum on Monday.", "11", "<none>"},
		{"an expulsion the speaker's government made is placed only by its own clause",
			"In Washington, the State Department said the government had expelled two Russian diplomats.", "16", "<none>"},
		{"a deed the speaker reports is not placed where it was said",
			"In Washington, the president said Russian troops had attacked Ukrainian soldiers.", "19", "<none>"},
		{"a deed of another country, told at a news conference",
			"The minister told a news conference in Nairobi that Somali militants had attacked a border post.", "19", "<none>"},
		{"what an accusation speaks of is not its place",
			"Beijing accused Washington on Saturday of meddling in Taiwan's internal affairs.", "11", "<none>"},
		{"nor what a criticism speaks of",
			"Turkey criticised Sweden for allowing protests in Stockholm.", "11", "<none>"},
	}
	for _, tt := range tests {
		checkFirstPlace(t, c, ref, tt.name, tt.text, tt.root, tt.want)
	}
}

// TestPlaceNameAsWritten pins that a town the text names by another name
// than the gazetteer's own keeps the text's name: an alias, or the name
// with or without "City".
func TestPlaceNameAsWritten(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, root, want string
	}{
		{"an alias", "Saudi-led warplanes struck Houthi positions in Hodeidah on Tuesday.", "19", "Hodeidah/YEM"},
		{"a name without City", "Diplomats met in New York on Tuesday to discuss the crisis.", "04", "New York/USA"},
		{"a name with City", "Israeli jets bombed a house in Gaza City on Tuesday.", "19", "Gaza City/PSE"},
		{"the gazetteer's own name stays", "Police arrested protesters in Nairobi on Tuesday.", "17", "Nairobi/KEN"},
	}
	for _, tt := range tests {
		checkFirstPlace(t, c, ref, tt.name, tt.text, tt.root, tt.want)
	}
}

// TestPlaceOfJourneyAndNominalAct pins two ways a place reaches an act
// from a phrase not on its verb: the end of a journey its verb is joined
// to ("flew to X and signed"), and the object of a noun that names an act
// done somewhere ("the shelling of X").
func TestPlaceOfJourneyAndNominalAct(t *testing.T) {
	runSentPlaceRows(t, []sentPlaceRow{
		{"flew to a city and signed there",
			"The Russian president flew to Nairobi on Sunday and signed a trade pact with Kenya's leaders.", 0, "05", "Nairobi/KEN"},
		{"travelled to a city and signed there",
			"Japan's prime minister travelled to Hanoi and signed a defence agreement with Vietnam.", 0, "05", "Hanoi/VNM"},
		{"a meeting a journey is made for is where it ends",
			"Sudan's army chief travelled to Cairo for talks with Egypt's president.", 0, "04", "Cairo/EGY"},
		{"returning to a city for talks",
			"American and Russian negotiators returned to Vienna on Monday for talks on nuclear arms.", 0, "04", "Vienna/AUT"},
		{"a journey's end is not the place of an act not joined to it",
			"The Russian president flew to Nairobi on Sunday. Kenya's leaders signed a trade pact with Uganda on Monday.", 1, "05", "<none>"},
		{"the shelling of a town",
			"The army said its raid was a reply to Eritrean shelling of Mekele and other towns in the Tigray region.", 0, "194", "Mek'ele/ETH"},
		{"a bombardment of a city",
			"Russia's bombardment of Kharkiv continued on Monday.", 0, "194", "Kharkiv/UKR"},
	})
}

// TestPlaceTheParagraphOpensWith pins that a sentence opening with a place
// ("In the town of X, ...") sets the scene for an act at home in the next
// sentence of its paragraph that names no place; not across a paragraph,
// not two sentences on, not for an act of another country, and not when
// the sentence names a place of its own.
func TestPlaceTheParagraphOpensWith(t *testing.T) {
	runSentPlaceRows(t, []sentPlaceRow{
		{"the next sentence of the paragraph",
			"KINSHASA, Congo (AP) \u2014 Rebels advanced in the east on Monday.\n\nIn the northeastern town of Bunia, crowds marched on the governor's office on Tuesday. Police fired tear gas at the crowd.",
			2, "17", "Bunia/COD"},
		{"a plain fronted name",
			"NAIROBI, Kenya (AP) \u2014 Tension rose on Monday.\n\nIn Mombasa, thousands marched through the old town on Tuesday. Police arrested dozens of them.",
			2, "17", "Mombasa/KEN"},
		{"not across a paragraph",
			"NAIROBI, Kenya (AP) \u2014 Tension rose on Monday.\n\nIn Mombasa, thousands marched through the old town on Tuesday.\n\nPolice arrested dozens of them.",
			2, "17", "<none>"},
		{"not two sentences on",
			"NAIROBI, Kenya (AP) \u2014 Tension rose on Monday.\n\nIn Mombasa, thousands marched through the old town on Tuesday. The crowd was peaceful. Police arrested dozens of them.",
			3, "17", "<none>"},
		{"not when the sentence names its own place",
			"NAIROBI, Kenya (AP) \u2014 Tension rose on Monday.\n\nIn Mombasa, thousands marched through the old town on Tuesday. Police arrested dozens of them in Kisumu.",
			2, "17", "Kisumu/KEN"},
	})
}

// TestPlaceOfAGathering pins that a gathering named by a common noun only
// ("at the summit", "on the sidelines of the meeting", "at a dinner
// reception") is at the venue of the meetings the story reports, else at
// the dateline's city when the act is of its country; a gathering with a
// place of its own is there; and one abroad with no venue is nowhere.
func TestPlaceOfAGathering(t *testing.T) {
	runSentPlaceRows(t, []sentPlaceRow{
		{"on the sidelines of the story's meeting",
			"ADDIS ABABA, Ethiopia (AP) \u2014 African leaders met at a summit in Addis Ababa on Sunday. On the sidelines of the meeting, Kenya's president offered to mediate between Sudan's army and the rebels.",
			1, "03", "Addis Ababa/ETH"},
		{"at a dinner reception, the dateline's city",
			"HANOI, Vietnam (AP) \u2014 Japan's prime minister arrived in Hanoi on Sunday. At a dinner reception on Sunday evening, Vietnam's prime minister pledged to deepen ties with Japan.",
			1, "03", "Hanoi/VNM"},
		{"a gathering with its own place",
			"HANOI, Vietnam (AP) \u2014 Japan's prime minister arrived in Hanoi on Sunday. At a dinner reception in Da Nang on Monday, Vietnam's prime minister pledged to deepen ties with Japan.",
			1, "03", "Da Nang/VNM"},
		{"a news conference the story has not told of is not at its summit",
			"GENEVA (AP) \u2014 Iran and the United States held talks in Geneva on Monday. Russia's foreign minister told a news conference that Moscow strongly supported the talks.",
			1, "05", "<none>"},
		{"no venue, and the act is not of the dateline's country",
			"LONDON (AP) \u2014 Oil prices rose on Monday. At a dinner reception, Vietnam's prime minister pledged to deepen ties with Japan.",
			1, "03", "<none>"},
	})
}

// TestPlaceSharedWithParticiple pins that an act a participle tells
// (", accusing ...") takes the place of the act its source did in the
// clause it is joined to, when it finds none of its own; not after a
// preposition, and not from an act of another source.
func TestPlaceSharedWithParticiple(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, code, want string
	}{
		{"a protest leader's accusation at the march",
			"BOGOTA, Colombia (AP) \u2014 The opposition leader led a march of several thousand supporters through the streets of Medellin on Sunday, accusing the president of betraying the country.", "11", "Medellin/COL"},
		{"an accusation at a rally of supporters in a town",
			"NAIROBI, Kenya (AP) \u2014 The opposition leader staged a rally of thousands of supporters in Mombasa on Sunday, accusing the president of rigging the election.", "11", "Mombasa/KEN"},
		{"not what an accusation speaks of",
			"Beijing accused Washington on Saturday of meddling in Taiwan's internal affairs.", "11", "<none>"},
	}
	for _, tt := range tests {
		checkFirstPlace(t, c, ref, tt.name, tt.text, tt.code, tt.want)
	}
}

// checkFirstPlace runs a subtest that codes text and checks the place of
// its first event under code.
func checkFirstPlace(t *testing.T, c *Coder, ref time.Time, name, text, code, want string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		e := find(codeText(t, c, text, ref), code)
		if e == nil {
			t.Fatalf("no %s event in %q", code, text)
		}
		if got := placeName(e.Place); got != want {
			t.Errorf("place = %s, want %s (%s)", got, want, e.Rule)
		}
	})
}

// sentPlaceRow is a story, the sentence of its event, the event's CAMEO
// code prefix and its place as name/country ("<none>" for none).
type sentPlaceRow struct {
	name, text string
	sent       int
	code, want string
}

// runSentPlaceRows checks each row with checkSentPlace, on a story read
// on 2019-05-15.
func runSentPlaceRows(t *testing.T, rows []sentPlaceRow) {
	t.Helper()
	c := newCoder(t)
	ref := time.Date(2019, 5, 15, 10, 0, 0, 0, time.UTC)
	for _, tt := range rows {
		checkSentPlace(t, c, ref, tt.name, tt.text, tt.sent, tt.code, tt.want)
	}
}

// checkSentPlace runs a subtest that codes text and checks the place of
// the first event under code in sentence sent.
func checkSentPlace(t *testing.T, c *Coder, ref time.Time, name, text string, sent int, code, want string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		var e *dateline.Event
		evs := codeText(t, c, text, ref)
		for i := range evs {
			if evs[i].Sentence.Index == sent && strings.HasPrefix(evs[i].CAMEO, code) && e == nil {
				e = &evs[i]
			}
		}
		if e == nil {
			t.Fatalf("no %s event in sentence %d of %q", code, sent, text)
		}
		if got := placeName(e.Place); got != want {
			t.Errorf("place = %s, want %s (%s)", got, want, e.Rule)
		}
	})
}
