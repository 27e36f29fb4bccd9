package pipeline

import "testing"

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
