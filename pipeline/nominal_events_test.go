package pipeline

import (
	"strings"
	"testing"
	"time"
)

// TestPassiveLightVerbs: an event noun that is the subject of a passive
// light verb ("exercises were held", "strikes were carried out") is done
// by whom its own phrase names: an actor before it ("Chinese naval
// exercises", "EU sanctions") or its parties ("talks between A and B",
// also after the verb). A passive that names no one and an event noun that
// names no one code nothing: who held the drills or staged the protest is
// not told.
func TestPassiveLightVerbs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"exercises with a nationality", d, "Chinese naval exercises were held near the island.", "150", "CHN>", ""},
		{"exercises in the progressive", d, "Iranian naval exercises are being held in the Gulf.", "150", "IRN>", ""},
		{"strikes carried out", d, "Turkish air strikes were carried out on Kurdish positions in Iraq.", "195", "TUR>IRQ", ""},
		{"strikes launched", d, "Russian air strikes were launched on rebel positions in Idlib.", "195", "RUS>SYRREB", ""},
		{"sanctions imposed", d, "EU sanctions were imposed on Iran on Monday.", "163", "IGOEUR>IRN", ""},
		{"talks with their parties after the verb", d, "Talks were held in Geneva between Armenia and Azerbaijan.", "040", "ARM>AZE", ""},
		{"talks with their parties before the verb", d, "Talks between Sudan and South Sudan were held in Addis Ababa on Monday.", "040", "SDN>SSD", ""},
		{"talks to come", d, "New talks between Serbia and Kosovo will be held in Brussels.", "036", "SRB>XKX", ""},
		{"joint exercises between two countries", d, "Joint exercises between India and France were conducted in the Arabian Sea.", "062", "IND>FRA", ""},
		{"drills between two countries", d, "Naval drills between Russia and China began on Monday.", "062", "RUS>CHN", ""},
		{"an agent still wins", d, "The exercises were held by the Chinese navy.", "150", "CHNMIL>", ""},
		{"a protest by named people", d, "A protest by students was staged outside the parliament in Nairobi.", "14", "KENCVL>KENGOV", ""},

		{"no one holds the drills", d, "Military drills have been staged near the border.", "15", "", ""},
		{"no one holds the talks", d, "Talks were held in Geneva on Tuesday.", "04", "", ""},
		{"no one stages the protest", d, "A protest was staged outside the French embassy in Bamako.", "14", "", ""},
		{"no one stages the protests, plural", d, "Large protests were staged in Tehran.", "14", "", ""},
		{"drills not held", d, "Russia's naval drills were not held this year.", "15", "", ""},
	})
}

// TestEventNounByAgent: the "by" phrase after an event noun's "of" phrase
// names who did it ("the shelling of Kharkiv by Russian forces"), not whose
// the "of" phrase is; a weapon after "by" names no one.
func TestEventNounByAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"shelling of a city by forces", d, "The shelling of Kharkiv by Russian forces continued.", "194", "RUSMIL>UKR", ""},
		{"blockade of a country by a country", d, "The blockade of Qatar by Saudi Arabia entered its second year.", "191", "SAU>QAT", ""},
		{"by a weapon", d, "The bombing of the embassy by a car bomb shocked the city.", "18", "", ""},
	})
}

// TestNominalOccasions: an event noun with its doer in its own phrase (an
// actor before it, a possessor, a "by" phrase) and a target, named as the
// occasion of its clause's act ("after", "amid", "during", "because of",
// "in response to", "in retaliation for", "in the wake of", "responded
// to"), took place and is coded; so is one that is its clause's subject,
// also through a span of time ("two days of shelling"). A definite one
// took place whatever the clause says of its own act, unless the clause
// is what someone claims or denies; an indefinite one keeps the clause's
// modality. What is accused, condemned or complained of, feared, alleged
// or planned is not coded; neither is what a verb of the sentence already
// tells.
func TestNominalOccasions(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after a possessor's bombardment", d, "The strike came after Israel's bombardment of Gaza.", "194", "ISR>PSE", ""},
		{"despite, at the head of the sentence", d, "Despite Israel's bombardment of Gaza, Hamas fired rockets at Tel Aviv.", "194", "ISR>PSE", ""},
		{"amid a nationality's shelling", d, "Amid Eritrean shelling of Ethiopian border towns, Ethiopia mobilised its army.", "194", "ERI>ETH", ""},
		{"in the wake of", d, "Prices rose in the wake of Russia's invasion of Ukraine.", "190", "RUS>UKR", ""},
		{"during a span of shelling", d, "Hundreds fled during two days of Russian shelling of Kharkiv.", "194", "RUS>UKR", ""},
		{"a by phrase after the target", d, "After the shelling of Kharkiv by Russian forces, Ukraine appealed for help.", "194", "RUSMIL>UKR", ""},
		{"because of", d, "Iraq closed the border because of Turkish air strikes on Kurdish positions.", "195", "TUR>", ""},
		{"in retaliation for", d, "Iraq launched strikes in retaliation for Turkish air strikes on Kurdish positions.", "195", "TUR>", ""},
		{"the retaliation itself stays", d, "Iraq launched strikes in retaliation for Turkish air strikes on Kurdish positions.", "190", "IRQ>", ""},
		{"responded to, under a report and a modal", d, "Iran said it would respond to Israel's strike on its consulate.", "190", "ISR>IRNGOV", ""},
		{"a definite occasion under negation", d, "Iran did not respond to Israel's strike on its consulate.", "190", "ISR>IRNGOV", ""},
		{"a definite occasion under a condition", d, "If Iran retaliates for Israel's strike on its consulate, oil prices will rise.", "190", "ISR>IRNGOV", ""},
		{"a country's offensive, no target", d, "Moscow said it was protecting its citizens after a Georgian offensive on Friday.", "190", "GEO>", ""},
		{"a blockade as subject", d, "The Chinese blockade of Taiwan entered its third day.", "191", "CHN>TWN", ""},
		{"a span of shelling as subject", d, "Two days of Russian shelling of Kharkiv left 20 people dead.", "194", "RUS>UKR", ""},
		{"a span of talks with no doer", d, "Three days of talks in Vienna ended without agreement.", "04", "", ""},

		{"alleged", d, "After the alleged Israeli raid on Gaza, Egypt closed the crossing.", "190", "", ""},
		{"feared", d, "Fears of a Chinese blockade of Taiwan rose after the drills.", "19", "", ""},
		{"an indefinite occasion under a modal", d, "Iran could retaliate after an Israeli strike on its nuclear sites.", "19", "", ""},
		{"any attack to come", d, "Egypt will close the crossing after any Israeli attack on Gaza.", "19", "", ""},
		{"any attack to come is no threat by its doer", d, "Egypt will close the crossing after any Israeli attack on Gaza.", "138", "", ""},
		{"an occasion in a claim is claimed", d, "Russia claimed its strikes came after Ukraine's shelling of Donetsk.", "194", "", ""},
		{"an occasion in a denial is denied", d, "Eritrea denied that its raid came after Ethiopia's shelling of Zalambessa.", "194", "", ""},
		{"what is accused", d, "Ethiopia accused Eritrea over its shelling of border towns.", "19", "", ""},
		{"what is condemned", d, "Britain condemned Russia's bombardment of Kyiv.", "19", "", ""},
		{"what is complained of", d, "Lebanon complained to the UN over Israeli air raids on its villages.", "19", "", ""},
		{"what a frame speaks of", d, "The threat of an Israeli attack on Iran grew.", "19", "", ""},
	})
}

// TestNominalOccasionTold: a nominal occasion the verb of its sentence
// already tells (the same root, by the same country, on the same one) is
// one act, coded once; an occasion by another party is coded with it.
func TestNominalOccasionTold(t *testing.T) {
	c := newCoder(t)
	ref := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name, text, root string
		want             int
	}{
		{"the same assault told twice", "Russian troops pounded Kharkiv amid Russian shelling of its suburbs.", "19", 1},
		{"the same bombing told twice", "Israeli jets bombed Khan Younis after Israel's bombardment of Rafah.", "19", 1},
		{"an answer to another's act", "Iraq launched strikes in retaliation for Turkish air strikes on Kurdish positions.", "19", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if strings.HasPrefix(e.CAMEO, tt.root) {
					got = append(got, e.CAMEO+" "+dyad(e))
				}
			}
			if len(got) != tt.want {
				t.Errorf("got %v, want %d events of root %s", got, tt.want, tt.root)
			}
		})
	}
}

// TestAnnouncedMeasures: a measure (a show of force, sanctions, a curfew)
// told in a report as to come, with no doer named, is the announcer's
// own: an announced decision. Told as done, told by no actor, or given a
// doer of its own by its phrase, it is not the announcer's.
func TestAnnouncedMeasures(t *testing.T) {
	testLexRows(t, []lexRow{
		{"drills announced", d, "Russia announced that naval drills would be held in the Black Sea next week.", "150", "RUS>", ""},
		{"exercises to follow", d, "Beijing said live-fire exercises would follow near the island.", "150", "CHNGOV>", ""},
		{"sanctions to be imposed", d, "The EU said sanctions would be imposed on Belarus.", "163", "IGOEUR>BLR", ""},
		{"a curfew to be imposed", d, "Turkey said a curfew would be imposed in Diyarbakir.", "1723", "TUR>TURCVL", ""},
		{"on a condition it is a threat", d, "If talks fail, sanctions would be imposed on Iran, the EU said.", "1312", "IGOEUR>IRN", ""},

		{"told as done", d, "Russia said drills were held in the Black Sea.", "15", "", ""},
		{"told by no actor", d, "Analysts said exercises would follow.", "15", "", ""},
		{"another's exercises foretold", d, "Taiwan said Chinese exercises would follow near the island.", "15", "", ""},
	})
}

// TestExistentialEvents: an event noun that is what "there is" ("there
// were clashes between A and B", "there have been Israeli air strikes on
// Gaza") took place, as a clause's subject does; the clause's modality
// and a "no" before the noun still hold, and a noun with no one doing it
// stays no event.
func TestExistentialEvents(t *testing.T) {
	testLexRows(t, []lexRow{
		{"clashes between two armies", d, "There were clashes between Eritrean and Ethiopian troops near Badme.", "190", "ERIMIL>ETHMIL", ""},
		{"air strikes with a nationality", d, "There were Turkish air strikes on Kurdish villages in Iraq overnight.", "195", "TUR>IRQCVL", ""},
		{"shelling of a city", d, "There was Syrian shelling of Idlib on Sunday.", "194", "SYR>SYR", ""},
		{"a perfect", d, "There have been talks between Ghana and Togo on the border.", "040", "GHA>TGO", ""},
		{"a strike by workers", d, "There was a strike by Chilean copper miners on Monday.", "143", "CHLLAB>CHLGOV", ""},
		{"arrests by police", d, "There were arrests of student leaders by Iranian police.", "173", "IRNCOP>IRNOPP", ""},

		{"no one does it", d, "There were clashes in Harare on Sunday.", "19", "", ""},
		{"no clashes", d, "There were no clashes between Eritrean and Ethiopian troops.", "19", "", ""},
		{"talks to come", d, "There will be talks between Ghana and Togo next month.", "040", "", ""},
		{"reports of shelling", d, "There were reports of shelling near Idlib.", "19", "", ""},
		{"fears of an attack", d, "There were fears of a Turkish attack on Kurdish villages.", "19", "", ""},
	})
}

// TestCauseSubject: an event noun that is the subject of a verb telling
// what it caused ("sparked", "triggered") took place, done by whom its
// own phrase names; a passive ("was blamed for") or a noun said not
// surely to have happened is not.
func TestCauseSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a killing by police sparked", d, "The killing of a student by police sparked protests in Nairobi.", "180", "KENCOP>KENCVL", ""},
		{"an invasion triggered", d, "Argentina's invasion of the Falklands triggered a war with Britain.", "19", "ARG>FLK", ""},
		{"arrests sparked", d, "The arrest of opposition leaders by Belarusian police sparked protests.", "173", "BLRCOP>BLROPP", ""},

		{"no one named: the police a passive implies", d, "The arrest of the opposition leader sparked protests in Minsk.", "17", "BLRCOP>BLROPP", ""}, // as "the opposition leader was arrested" (policy.tsv agent=COP)
		{"a possible blockade", d, "A possible Chinese blockade of Taiwan could trigger a war.", "19", "", ""},
		{"blamed in the passive", d, "Israel's raid on Jenin was blamed for the violence.", "19", "", ""},
	})
}

// TestUnsureNouns: an event noun said not surely to have taken place (a
// word before it such as "possible" or "planned", or the "of" phrase of
// "risk", "hopes", "fears", "prospect") is no event, though it names its
// own parties or is a clause's subject.
func TestUnsureNouns(t *testing.T) {
	testLexRows(t, []lexRow{
		{"possible talks", d, "Possible talks between Peru and Chile were discussed.", "04", "", ""},
		{"hopes of talks", d, "Hopes of talks between Peru and Chile faded on Monday.", "04", "", ""},
		{"risk of clashes", d, "The risk of clashes between Greek and Turkish ships is rising.", "19", "", ""},
		{"prospect of a meeting", d, "The prospect of a meeting between the Thai and Cambodian leaders rose.", "04", "", ""},
		{"a planned strike", d, "A planned strike by Ghanaian nurses was called off.", "14", "", ""},
		{"a proposed summit", d, "A proposed summit between Egypt and Ethiopia drew interest.", "04", "", ""},

		{"talks that took place", d, "Talks between Peru and Chile ended on Monday.", "04", "PER>CHL", ""},
		{"clashes that took place", d, "Clashes between Greek and Turkish forces erupted in the Aegean.", "190", "GRCMIL>TURMIL", ""},
		{"a strike that took place", d, "A strike by Ghanaian nurses closed hospitals.", "143", "GHACVL>GHAGOV", ""},
	})
}
