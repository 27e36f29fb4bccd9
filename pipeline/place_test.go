package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/story"
)

// codeText codes a wire story dated at ref and returns its events.
func codeText(t *testing.T, c *Coder, text string, ref time.Time) []dateline.Event {
	t.Helper()
	st, err := story.ReadText("test.txt", []byte(text), story.Options{Date: ref})
	if err != nil {
		t.Fatal(err)
	}
	st.Published = ref
	res, err := c.Code(context.Background(), &st)
	if err != nil {
		t.Fatal(err)
	}
	return res.Events
}

// find returns the first event with that CAMEO root.
func find(events []dateline.Event, root string) *dateline.Event {
	for i := range events {
		if strings.HasPrefix(events[i].CAMEO, root) {
			return &events[i]
		}
	}
	return nil
}

func placeName(p *dateline.Place) string {
	if p == nil {
		return "<none>"
	}
	return p.Name + "/" + p.Country
}

// TestEventPlaceAndDate pins where and when events are placed: the place in
// the event's own clause first, the meeting's venue for meetings, no place
// when the text names none (not the target's country, and never the
// dateline for events abroad); dates from the governing time expression,
// else the story's day.
func TestEventPlaceAndDate(t *testing.T) {
	c := newCoder(t)
	tue := time.Date(2018, 11, 13, 10, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name, text, root string
		wantPlace        string
		wantDate         string
		wantTarget       string
	}{
		{"place in the clause", "AMMAN, Jordan (AP) \u2014 Iraq's foreign minister met Syrian President Bashar Assad in Damascus on Sunday.",
			"04", "Damascus/SYR", "2018-11-11", ""},
		{"venue named later in the story", "ROME (AP) \u2014 Italy's premier held talks with Egypt's president on Monday.\n\nBoth leaders attended the Geneva conference on Libya.",
			"04", "Geneva/CHE", "2018-11-12", ""},
		{"meeting at the dateline when its country takes part", "CAIRO (AP) \u2014 Egypt's foreign minister met his Jordanian counterpart on Tuesday.",
			"04", "Cairo/EGY", "2018-11-13", ""},
		{"an attack abroad with no place named is neither the target's country nor the dateline", "WASHINGTON (AP) \u2014 Russian troops attacked Ukrainian soldiers on Saturday, officials said.",
			"19", "<none>", "2018-11-10", ""},
		{"a place in a relative clause is not the event's", "PARIS (AP) \u2014 France backs the Libyan commander, whose forces are based in Benghazi.",
			"05", "<none>", "2018-11-13", ""},
		{"statements and support are not placed by default", "LONDON (AP) \u2014 Britain praised Kenya's president on Wednesday.",
			"05", "<none>", "2018-11-07", ""},
		{"background history keeps its year", "TUNIS (AP) \u2014 Tunisia has changed since the 2011 uprising that ousted President Zine El Abidine Ben Ali.",
			"17", "Tunisia/TUN", "2011", ""},
		{"own clause first; a nationality is no place", "KABUL (AP) \u2014 Police said Tuesday that Taliban fighters attacked Afghan soldiers on Sunday.",
			"19", "<none>", "2018-11-11", ""},
		{"past perfect background gets the story's month", "KABUL (AP) \u2014 Police said Tuesday that Taliban fighters had attacked Afghan soldiers.",
			"19", "<none>", "2018-11", ""},
		{"force shown in a named country is aimed at it", "MOSCOW (AP) \u2014 Russia began military exercises in Kazakhstan on Monday.",
			"15", "Kazakhstan/KAZ", "2018-11-12", "KAZ"},
		{"last month", "KABUL (AP) \u2014 Taliban fighters attacked Afghan police last month, the ministry said.",
			"19", "<none>", "2018-10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := codeText(t, c, tt.text, tue)
			if tt.wantTarget != "" {
				if e := find(events, tt.root); e == nil || e.Target == nil || string(e.Target.Country) != tt.wantTarget {
					t.Errorf("got events %+v, want a target in %s", events, tt.wantTarget)
				}
			}
			e := find(events, tt.root)
			if e == nil {
				t.Fatalf("no %s event in %d events", tt.root, len(events))
			}
			if got := placeName(e.Place); got != tt.wantPlace {
				t.Errorf("place: got %s, want %s", got, tt.wantPlace)
			}
			if string(e.Date) != tt.wantDate {
				t.Errorf("date: got %s, want %s", e.Date, tt.wantDate)
			}
		})
	}
}

// TestSeedDateline checks the seed's dateline resolves to the gold country.
func TestSeedDateline(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(goldDir, "palermo-2018.article.json"))
	if err != nil {
		t.Skip("gold files not present:", err)
	}
	var gold struct {
		Dateline struct{ Place, Admin1, Country string }
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	st, _ := codeSeed(t, newCoder(t))
	if st.Dateline == nil || st.Dateline.Country != gold.Dateline.Country {
		t.Errorf("got dateline %+v, want country %s", st.Dateline, gold.Dateline.Country)
	}
}

// TestAgentInPlace gives an agent with no nationality the country of the
// place it is said to be in.
func TestAgentInPlace(t *testing.T) {
	c := newCoder(t)
	events := codeText(t, c, "Druze leaders demanded a ceasefire with Christian forces in southern Lebanon.", time.Date(1993, 3, 5, 0, 0, 0, 0, time.UTC))
	if e := find(events, "10"); e == nil || e.Target == nil || e.Target.Code != "LBNMIL" {
		t.Errorf("got %+v, want a demand on LBNMIL", events)
	}
	events = codeText(t, c, "DAKAR, Senegal (AP) \u2014 Security forces in Guinea arrested 30 opposition supporters on Monday, witnesses said.",
		time.Date(2019, 10, 16, 0, 0, 0, 0, time.UTC))
	e := find(events, "17")
	if e == nil || e.Source == nil {
		t.Fatalf("got no arrest event with a source in %d events", len(events))
	}
	if e.Source.Country != "GIN" {
		t.Errorf("got source country %q, want GIN", e.Source.Country)
	}
}

// TestOneAttackOneEvent keeps one event for an attack told with a noun and
// a verb: the noun alone has no target.
func TestOneAttackOneEvent(t *testing.T) {
	c := newCoder(t)
	events := codeText(t, c, "KABUL (AP) \u2014 U.S. drone strikes killed four Taliban commanders on Sunday, officials said.",
		time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC))
	n := 0
	for _, e := range events {
		if e.QuadClass == 4 {
			n++
			if e.Target == nil {
				t.Errorf("got a violent event with no target beside one with a target: %+v", e)
			}
		}
	}
	if n != 1 {
		t.Errorf("got %d violent events, want 1", n)
	}
}

// TestStoryCountry gives an unnamed "the X" of a local story the story's
// country, and a country named as the other party does not lend its own.
func TestStoryCountry(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2013, 6, 11, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, root, wantSource string }{
		{"the prime minister of a local story", "ISTANBUL (AP) \u2014 Turkish police cleared the square. The prime minister met opposition leaders on Monday.", "04", "TUR"},
		{"a country named once is not the story's", "Kashmiri shopkeepers threatened to stage a general strike unless India reversed the decree.", "13", ""},
		{"the other party's country is not lent", "BEIRUT (AP) \u2014 Lebanon mourned its dead. Opposition politicians blamed Syria for the killing.", "11", "LBN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := find(codeText(t, c, tt.text, ref), tt.root)
			if e == nil || e.Source == nil {
				t.Fatalf("no %s event", tt.root)
			}
			if string(e.Source.Country) != tt.wantSource {
				t.Errorf("got source country %q, want %s", e.Source.Country, tt.wantSource)
			}
		})
	}
}

// TestStoryCountryFromPlaces makes a story filed from one capital about
// another country that country's: the places it names count.
func TestStoryCountryFromPlaces(t *testing.T) {
	c := newCoder(t)
	text := "BEIRUT (AP) \u2014 Buses left east Aleppo on Thursday. The convoy reached Aleppo province. " +
		"Russia backed the deal. The U.N. chief urged the government to protect civilians."
	e := find(codeText(t, c, text, time.Date(2016, 12, 15, 0, 0, 0, 0, time.UTC)), "02")
	if e == nil || e.Target == nil {
		t.Fatal("no appeal with a target")
	}
	if string(e.Target.Country) != "SYR" {
		t.Errorf("got target country %q, want SYR", e.Target.Country)
	}
}

// TestUnidentifiedAttacker codes an attack in the passive with no
// perpetrator as unidentified attackers of the country where it happened,
// but not a disaster, nor the toll of an attack the story has told.
func TestUnidentifiedAttacker(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2004, 2, 15, 0, 0, 0, 0, time.UTC)
	if e := find(codeText(t, c, "The earthquake killed 300 people in Turkey on Sunday.", ref), "1"); e != nil {
		t.Errorf("an earthquake was coded as an attack: %+v", e)
	}
	if e := find(codeText(t, c, "Ten Russian soldiers were killed in Ukraine on Sunday.", ref), "19"); e == nil || e.Source == nil || e.Source.Code != "UKRUAF" {
		t.Errorf("got %+v, want a killing by unidentified attackers in Ukraine", e)
	}
	story := "KATHMANDU, Nepal (AP) \u2014 Police fired on demonstrators in Kathmandu on Sunday. At least 14 people were killed during the protests."
	for _, e := range codeText(t, c, story, ref) {
		if e.Source != nil && e.Source.Name == unidentifiedName {
			t.Errorf("the toll of a told attack was coded as another attack by unidentified attackers: %+v", e)
		}
	}
}

// TestAdjectiveAgentWord reads "military" before a plain noun as an
// adjective: "military aid" is aid, not an act of the armed forces.
func TestAdjectiveAgentWord(t *testing.T) {
	c := newCoder(t)
	events := codeText(t, c, "Italian Defence Minister Paolo Rossi has promised to maintain military aid to impoverished Somalia.",
		time.Date(1990, 6, 5, 0, 0, 0, 0, time.UTC))
	if len(events) != 1 {
		t.Fatalf("got %d events, want the promise alone: %+v", len(events), events)
	}
	e := events[0]
	if e.Source == nil || e.Source.Code != "ITAGOV" || e.Target == nil || e.Target.Code != "SOM" {
		t.Errorf("got %s %+v -> %+v, want ITAGOV -> SOM", e.CAMEO, e.Source, e.Target)
	}
}

// TestWhoOnWhom pins readings of source and target that the lexicon and
// the role rules make together: each row names the first event of a CAMEO
// root and the codes of its source and its targets.
func TestWhoOnWhom(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(1993, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, root, want string }{
		{"more of what is given is not the target", "Britain is providing satellite photographs and other information to Estonia.", "06", "GBR>EST"},
		{"a threat is aimed at whom its condition names", "Bolivian villagers threatened on Monday to call an indefinite strike unless Chile lifted its blockade.", "13", "BOLCVL>CHL"},
		{"a person killed by police is of their country", "Egyptian police opened fire on Monday night, killing one person, security sources said.", "18", "EGYCOP>EGYCVL"},
		{"a country fired at is the target, not a place", "India fired mortar rounds at Pakistan on Tuesday.", "19", "IND>PAK"},
		{"a complaint to a body is about whom it names", "Somalia complained to the African Union on Friday over three Kenyan drone strikes in which nine herders died.", "11", "SOM>KEN"},
		{"raids complained of are not reported as raids", "Somalia complained to the African Union on Friday over three Kenyan drone strikes in which nine herders died.", "19", ""},
		{"a vow not to yield is a refusal", "Morocco vowed not to return the seized trawlers to Spain.", "12", "MAR>ESP"},
		{"a vow never to negotiate is a refusal to meet", "Hamas vowed never to negotiate with Israel.", "12", "PSEREB>ISR"},
		{"a pledge not to attack stays a pledge", "Israel pledged not to attack Syria.", "12", ""},
		{"a completed withdrawal is a withdrawal", "Serb forces completed their withdrawal from Gorazde on Tuesday.", "08", "SRBMIL>BIH"},
		{"allowing a candidate to run eases a ban", "The electoral commission allowed opposition leader Marcus Olembe to run in the election.", "08", "GOV>OPP"},
		{"what another must be ready to do is demanded of it", "Jordan's King Hussein said on Thursday that Russia must be ready to mediate between Armenians and Azerbaijanis.", "1", "JORGOV>RUS"},
		{"a verb's base form after an adjective is a noun", "Tokyo dismissed repeated calls by Cambodia's leaders for urgent financial help.", "07", ""},
		{"suspending air links is a sanction", "On Friday Greece declared the suspension of all air links to Albania.", "16", "GRC>ALB"},
		{"receiving arms from a source", "Moldovan protesters received rifles from the Moldovan government.", "07", "MDAGOV>MDAOPP"},
		{"receiving a loan from a body", "Ukraine received a loan from the IMF.", "07", "IGOUNO>UKR"},
		{"receiving a mission of monitors", "The Moldovan president received a mission of monitors from the OSCE on Monday.", "08", "MDAGOV>IGOOSC"},
		{"a claim that another attacked accuses it", "Russia claimed that Ukraine shelled the power plant.", "11", "RUS>UKR"},
		{"an alleged act is not reported as done", "Officials alleged that Ukraine shelled the power plant.", "19", ""},
		{"suspending part of military aid", "Germany suspended part of its economic aid package for Uganda.", "16", "DEU>UGA"},
		{"mobilizing pressure groups is no show of force", "Turkey mobilized pressure groups across Germany.", "15", ""},
		{"bombing in a named place", "A car bombing near the city of Kandahar on Friday killed two British soldiers, officials said.", "18", "AFGUAF>GBRMIL"},
		{"weapon after by, story country", "BAGHDAD (AP) \u2014 Two Iraqi policemen were killed by a car bomb on Sunday.", "18", "IRQUAF>IRQCOP"},
		{"attack reported from a neighbour", "Somali rebels exploded several bombs in the capital Mogadishu, aid workers in neighbouring Kenya said on Friday.", "18", "SOMREB>SOM"},
		{"concession aimed at where it happens", "Indonesia eased martial law on Monday in Aceh province.", "08", "IDN>IDNCVL"},
		{"inquiry aimed at where it happens", "The IAEA has dispatched inspectors to the uranium conversion plant in central Iran.", "09", "IGOUNO>IRN"},
		{"offer of aid aimed at where it goes", "Ghana is ready to contribute as many as 800 soldiers to an African peace-keeping force in Mali.", "03", "GHA>MLIGOV"},
		{"closing borders with two countries", "Kenya closed its northern borders with Somalia and Ethiopia after the clashes.", "19", "KEN>SOM,ETH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events := codeText(t, c, tt.text, ref)
			var got []string
			for _, e := range events {
				if !strings.HasPrefix(e.CAMEO, tt.root) {
					continue
				}
				if len(got) == 0 {
					got = append(got, e.Source.Code+">")
				}
				if e.Target != nil {
					got = append(got, e.Target.Code)
				}
			}
			s := ""
			if len(got) > 0 {
				s = got[0] + strings.Join(got[1:], ",")
			}
			if s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}
