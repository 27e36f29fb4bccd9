package pipeline

import (
	"strings"
	"testing"
	"time"

	"dateline"
	"dateline/internal/where"
)

// placeRow is one sentence or short story of a family: the event of CAMEO
// root root in the sentence that contains in (the last sentence when in is
// empty), and its place as name/country, "<none>" for none.
type placeRow struct {
	name, text, in, root, want string
}

// runPlaceRows codes each row's text and checks its event's place.
func runPlaceRows(t *testing.T, rows []placeRow) {
	t.Helper()
	c := newCoder(t)
	ref := time.Date(2024, 5, 14, 12, 0, 0, 0, time.UTC) // a Tuesday
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			events := codeText(t, c, tt.text, ref)
			e := eventIn(events, tt.in, tt.root)
			if e == nil {
				t.Fatalf("no event %q in %q among %d events", tt.root, tt.in, len(events))
			}
			got := placeName(e.Place)
			if where.Key(got) != where.Key(tt.want) {
				t.Errorf("got %s, want %s (%s %s)", got, tt.want, e.CAMEO, e.Rule)
			}
		})
	}
}

// eventIn returns the first event with CAMEO root root whose trigger, else
// whose sentence, contains in, or the story's last such event when in is
// "".
func eventIn(events []dateline.Event, in, root string) *dateline.Event {
	for i := range events {
		if e := &events[i]; in != "" && strings.HasPrefix(e.CAMEO, root) && strings.Contains(e.Trigger.Text, in) {
			return e
		}
	}
	var found *dateline.Event
	for i := range events {
		e := &events[i]
		if !strings.HasPrefix(e.CAMEO, root) {
			continue
		}
		switch {
		case in != "" && strings.Contains(e.Sentence.Text, in):
			return e
		case in == "" && (found == nil || e.Sentence.Index > found.Sentence.Index):
			found = e
		}
	}
	return found
}

// TestPlaceNamedAfterItsKind: in "the Caribbean city of Cartagena" the
// words before "city of" describe the place; the name after "of" is the
// place, whatever the descriptor is (a region, a country's adjective, a
// sea, another place).
func TestPlaceNamedAfterItsKind(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"a region before city of", "The two presidents signed a trade accord on Friday in the Caribbean city of Santo Domingo.", "", "05", "Santo Domingo/DOM"},
		{"a place before city of", "Israeli jets struck a house in the southern Gaza city of Rafah on Sunday.", "", "19", "Rafah/PSE"},
		{"a compass word before town of", "Rebels attacked an army post in the northern town of Kidal on Sunday.", "", "19", "Kidal/MLI"},
		{"a sea before port of", "Saudi and Iranian ministers met on Monday in the Red Sea port of Jeddah.", "", "04", "Jeddah/SAU"},
		{"the object of an act done somewhere", "Turkish troops shelled the Kurdish-held town of Afrin on Sunday.", "", "19", "Afrin/SYR"},
	})
}

// TestPlaceDescribedBack: "the city", "the town", "the strip" in a later
// sentence (or later in the sentence) are the place the story named last
// that fits, or, for "the city", the dateline's city when the act is of
// its country; never a place in another country's story.
func TestPlaceDescribedBack(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"the city named in the sentence before", "KABUL, Afghanistan (AP) \u2014 A suicide bomber struck a market in Kandahar on Monday.\n\nHours later, gunmen attacked a police post in the city.", "", "19", "Kandahar/AFG"},
		{"the city is the dateline's", "ISTANBUL (AP) \u2014 Thousands of Turkish protesters marched through the city on Saturday.", "", "14", "Istanbul/TUR"},
		{"the city's old town", "TBILISI, Georgia (AP) \u2014 Georgian opposition supporters marched through the city's old town on Sunday.", "", "14", "Tbilisi/GEO"},
		{"the crowded strip", "JERUSALEM (AP) \u2014 Israeli troops entered the Gaza Strip on Monday.\n\nIsraeli jets also bombed the crowded strip on Tuesday.", "crowded strip", "19", "Gaza Strip/PSE"},
		{"the town after the town of", "Rebels seized the town of Kidal on Sunday.\n\nMalian troops shelled the town on Monday.", "", "19", "Kidal/MLI"},
		{"the city of another country's story is none", "WASHINGTON (AP) \u2014 Syrian troops shelled the city on Sunday.", "", "19", "<none>"},
		{"a city is no reference", "KABUL, Afghanistan (AP) \u2014 Gunmen attacked a police post in a city in the north on Monday.", "", "19", "<none>"},
	})
}

// TestPlaceOfTheSpeaker: an actor phrase "X in PLACE" places what X says,
// and a statement made at a gathering is made where the gathering is, even
// where the phrase could also describe the verb's object; a statement is
// still not placed where what it speaks of happened.
func TestPlaceOfTheSpeaker(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"an embassy in a city", "The Chinese embassy in London condemned the new sanctions on Monday.", "", "11", "London/GBR"},
		{"opposition leaders in a city", "Opposition leaders in Harare demanded the president's resignation on Sunday.", "", "10", "Harare/ZWE"},
		{"a mission in a city", "The U.S. embassy in Nairobi condemned the attack on Monday.", "", "11", "Nairobi/KEN"},
		{"protest leaders in a city", "Protest leaders in Minsk rejected the official results on Monday.", "", "12", "Minsk/BLR"},
		{"at an emergency session in a city", "The Arab League condemned the strikes at an emergency meeting in Cairo on Sunday.", "", "11", "Cairo/EGY"},
		{"at a summit in a city", "European leaders criticized the election at a summit in Brussels on Monday.", "", "11", "Brussels/BEL"},
		{"at talks in a city", "Iran rejected the proposal at talks in Vienna on Friday.", "", "12", "Vienna/AUT"},
		{"at a news conference in a city", "Putin accused NATO of aggression at a news conference in Moscow on Friday.", "", "11", "Moscow/RUS"},
		{"what a statement speaks of is not its place", "Pakistan condemned the attacks in Kabul on Friday.", "", "11", "<none>"},
	})
}

// TestPlaceOfACallOrALandmark: a talk by telephone has no venue, not even
// the dateline's; a site of the story's city ("the parliament building",
// "Pashinyan's official residence") is in the dateline's city when the
// text names that city in the sentence or the one before, else nowhere.
func TestPlaceOfACallOrALandmark(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"a call by telephone", "NAIROBI, Kenya (AP) \u2014 Kenya's president said he had spoken to Tanzania's president by telephone on Monday.", "", "04", "<none>"},
		{"a call by phone", "HARARE, Zimbabwe (AP) \u2014 Zimbabwe's president spoke by phone with South Africa's president on Friday.", "", "04", "<none>"},
		{"a meeting still at the dateline", "NAIROBI, Kenya (AP) \u2014 Kenya's president met Tanzania's president on Monday.", "", "04", "Nairobi/KEN"},
		{"a possessive site in the named city", "YEREVAN, Armenia (AP) \u2014 Crowds gathered in Yerevan on Tuesday, and Armenian protesters broke windows at Pashinyan's official residence.", "", "14", "Yerevan/ARM"},
		{"the parliament building, the city named before", "YEREVAN, Armenia (AP) \u2014 Angry demonstrations erupted in Yerevan on Tuesday.\n\nArmenian protesters also forced their way into the parliament building.", "", "14", "Yerevan/ARM"},
		{"a site in the lead, the city named nowhere", "TEGUCIGALPA, Honduras (AP) \u2014 Honduran soldiers stormed the residence of the president before dawn on Sunday.", "", "", "<none>"},
		{"a site, the city named long before", "KATHMANDU, Nepal (AP) \u2014 Police arrested protesters in Kathmandu on Monday.\n\nThe unrest began last week.\n\nOn Tuesday Nepalese protesters stormed the parliament building.", "stormed", "", "<none>"},
	})
}

// TestPlaceOfAnActBetweenStates: an envoy summoned by the government the
// story is filed from is summoned in the dateline's city; an expulsion, a
// sanction, a freeze or a recall the clause does not place is placed
// nowhere, and nor is a complaint by someone who is not the state.
func TestPlaceOfAnActBetweenStates(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"a summons in the capital the story is filed from", "TEHRAN, Iran (AP) \u2014 Iran summoned the British ambassador on Monday.", "", "11", "Tehran/IRN"},
		{"a summons by a ministry", "ISLAMABAD (AP) \u2014 Pakistan's foreign ministry summoned India's deputy high commissioner on Friday.", "", "11", "Islamabad/PAK"},
		{"a summons abroad is not the dateline's", "WASHINGTON (AP) \u2014 Iran summoned the British ambassador on Monday.", "", "11", "<none>"},
		{"an expulsion", "TEHRAN, Iran (AP) \u2014 Iran expelled two French diplomats on Monday.", "", "16", "<none>"},
		{"a recall", "NEW DELHI (AP) \u2014 India recalled its high commissioner on Friday.", "", "16", "<none>"},
		{"a freeze of contacts", "LONDON (AP) \u2014 Britain froze high-level contacts with Russia on Wednesday.", "", "16", "<none>"},
		{"a complaint by an opposition leader", "MINSK, Belarus (AP) \u2014 Belarusian opposition leader Svetlana Tikhanovskaya lodged a formal complaint against the results on Monday.", "", "11", "<none>"},
	})
}

// TestPlaceOfASubjectParticiple: a participle set beside the subject
// ("EU ministers, meeting in Brussels, agreed") says where the subject
// was when it acted, for statements too.
func TestPlaceOfASubjectParticiple(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"meeting in a city, a decision", "EU foreign ministers, meeting in Brussels, agreed to impose new sanctions on Russia.", "", "16", "Brussels/BEL"},
		{"meeting in emergency session", "West African ministers, meeting in emergency session in Abuja, condemned the coup on Sunday.", "", "11", "Abuja/NGA"},
		{"meeting in a capital, a demand", "African Union leaders, meeting in Addis Ababa, demanded the release of the president.", "", "10", "Addis Ababa/ETH"},
		{"gathering in a city", "Arab foreign ministers, gathering in Cairo, condemned the Israeli strikes.", "", "11", "Cairo/EGY"},
		{"a participle with no place", "The ministers, meeting on Sunday, condemned the coup.", "", "11", "<none>"},
	})
}

// TestPlaceCarriedToAConjunct: a clause joined by "and" with its own
// subject happens where the clause before it does, for acts done
// somewhere, when that place is in the acting side's country; not for a
// statement, and not for the other side of a conflict.
func TestPlaceCarriedToAConjunct(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"police after a rally", "Ukrainian protesters rallied in Kiev on Sunday, and police detained dozens of them.", "", "17", "Kiev/UKR"},
		{"tear gas after a gathering", "Crowds gathered in Dhaka on Monday, and Bangladeshi police fired tear gas at them.", "", "17", "Dhaka/BGD"},
		{"shelling after clashes", "Libyan militias clashed in Benghazi on Friday, and Libyan army units shelled their positions.", "shelled", "19", "Benghazi/LBY"},
		{"clashes after shelling", "Libyan army units shelled Benghazi on Friday, and militias clashed with the troops.", "clashed", "19", "Benghazi/LBY"},
		{"protesters after a rally", "Crowds rallied in Yerevan on Tuesday, and Armenian protesters burned tyres.", "burned", "14", "Yerevan/ARM"},
		{"the other side is not carried there", "Palestinian protesters rallied in Gaza on Friday, and Israeli troops fired tear gas at them.", "", "17", "<none>"},
		{"a statement is not carried there", "Ukrainian protesters rallied in Kiev on Sunday, and Russia condemned the rally.", "", "11", "<none>"},
	})
}

// TestPlaceOfAForceNamedByItsCity: a force named by its city ("Kabul
// police") acts there when its clause names no place; a force named by its
// country's adjective says nothing of where.
func TestPlaceOfAForceNamedByItsCity(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"city police fire tear gas", "Hong Kong police fired tear gas at protesters on Wednesday.", "", "17", "Hong Kong/HKG"},
		{"city police arrest", "Kabul police arrested three suspects on Monday.", "", "17", "Kabul/AFG"},
		{"city police detain", "Nairobi police detained dozens of opposition supporters on Tuesday.", "", "17", "Nairobi/KEN"},
		{"the clause's place wins", "Kabul police arrested three suspects in Kandahar on Monday.", "", "17", "Kandahar/AFG"},
		{"a country's adjective is no place", "Israeli police arrested three suspects on Monday.", "", "17", "<none>"},
	})
}

// TestDemonymDescriptor: "the Mozambican town of Palma" is in Mozambique,
// not Palma de Mallorca; when the gazetteer lacks the town, the country
// stands for it, and later mentions of the name in the story follow.
func TestDemonymDescriptor(t *testing.T) {
	c := newCoder(t)
	on := time.Date(2021, 3, 28, 12, 0, 0, 0, time.UTC)
	text := "MAPUTO, Mozambique — Militants attacked the northern Mozambican town of Palma on Wednesday.\n\n" +
		"Government troops were fighting to regain control of Palma on Sunday.\n"
	evs := codeText(t, c, text, on)
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	for _, e := range evs {
		if e.Place != nil && e.Place.Country != "MOZ" {
			t.Errorf("%s %s: placed in %s (%s), want Mozambique", e.CAMEO, dyad(e), e.Place.Name, e.Place.Country)
		}
		for _, p := range []*dateline.Participant{e.Source, e.Target} {
			if p != nil && p.Country == "ESP" {
				t.Errorf("%s %s: an actor of Spain", e.CAMEO, dyad(e))
			}
		}
	}
	for _, tt := range []struct{ text, country string }{
		{"Rebels attacked the northern Syrian city of Aleppo on Monday.", "SYR"},
		{"Militants attacked the Nigerian town of Gwoza on Monday.", "NGA"},
	} {
		for _, e := range codeText(t, c, tt.text, on) {
			if e.Place == nil || e.Place.Country != tt.country {
				t.Errorf("%q: place %v, want one in %s", tt.text, e.Place, tt.country)
			}
		}
	}
}

// TestPlaceThere: "there" right after the act's verb is the last place or
// country named before it, in its sentence or an earlier one, and an agent
// the act implies is of that place's country.
func TestPlaceThere(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"a city named in the sentence before", "Rebels attacked Goma on Monday.\n\nThe army fought them there on Tuesday.", "fought", "19", "Goma/COD"},
		{"a country named earlier in the sentence", "Russia cut its links with Georgia after four Russian officers were arrested there.", "arrested", "17", "Georgia/GEO"},
		{"a country named as a place", "Protesters marched in Minsk on Sunday.\n\nPolice detained dozens there.", "detained", "17", "Minsk/BLR"},
		{"no place named: the dateline's", "KABUL, Afghanistan (AP) — Gunmen attacked a police post there on Monday, officials said.", "attacked", "19", "Kabul/AFG"},
	})
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the implied agent is of the place there", date: "2006-10-02",
			text:     "MOSCOW (AP) — Russia cut its links with Georgia on Monday, after four Russian army officers were arrested there.\n",
			sentence: "arrested there", want: []string{"17 GEOCOP>RUSMIL"}, not: []string{"17 RUSCOP>RUSMIL"}},
		{name: "there after be stays no place", date: "2006-10-02",
			text:     "MOSCOW (AP) — Russia cut its links with Georgia on Monday. Officials said there were no arrests.\n",
			sentence: "no arrests", not: []string{"17 GEOCOP>"}},
	})
}

// TestPlaceNamedBeatsDatelineSite: a site named with a place of its own
// ("the headquarters of Russian forces in Tbilisi") is in that place, not
// in the dateline's city that a site alone would be taken for.
func TestPlaceNamedBeatsDatelineSite(t *testing.T) {
	runPlaceRows(t, []placeRow{
		{"a nested place after a site", "MOSCOW (AP) — Russia protested on Monday.\n\nGeorgian police surrounded the headquarters of Russian forces in Tbilisi on Wednesday.", "surrounded", "19", "Tbilisi/GEO"},
		{"a site with a place of its own", "KABUL, Afghanistan (AP) — Officials spoke in Kabul.\n\nGunmen attacked the compound of the governor in Kandahar on Monday.", "attacked", "19", "Kandahar/AFG"},
		{"a site alone keeps the dateline's city", "KABUL, Afghanistan (AP) — Officials spoke in Kabul.\n\nGunmen attacked the compound of the governor on Monday.", "attacked", "19", "Kabul/AFG"},
	})
}
