package pipeline

import "testing"

// TestProtestedDeed: a protest whose object names an act of force ("the
// detention", "the incursion") is aimed at who did it, also when the act
// told before was of another code than the noun's (a boat seized, then
// "the detention"; airspace violated, then "the incursion"): the act
// just told by another country's actor, as a judgement's deed is.
func TestProtestedDeed(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "a boat seized, the detention protested",
			text:     "MANILA, Philippines (AP) — The Philippine navy detained a Chinese fishing boat near the shoal. Beijing protested the detention.\n",
			sentence: "protested the detention", want: []string{"140 CHN>PHL"}},
		{name: "a trawler seized, the detention protested",
			text:     "TAIPEI, Taiwan (AP) — Japanese coast guards seized a Taiwanese trawler off the islands. Taipei protested the detention.\n",
			sentence: "protested the detention", want: []string{"140 TWN>JPN"}},
		{name: "airspace violated, the incursion protested",
			text:     "STOCKHOLM (AP) — Russian jets violated Swedish airspace. Stockholm protested the incursion.\n",
			sentence: "protested the incursion", want: []string{"140 SWE>RUS"}},
		{name: "airspace entered, the incursion protested, a date",
			text:     "TALLINN, Estonia (AP) — Russian warplanes entered Estonian airspace on Tuesday. Tallinn protested the incursion.\n",
			sentence: "protested the incursion", want: []string{"140 EST>RUS"}},
		{name: "troops crossed, the incursion protested",
			text:     "SEOUL, South Korea (AP) — North Korean troops crossed into the demilitarised zone. Seoul protested the incursion.\n",
			sentence: "protested the incursion", want: []string{"140 KOR>PRK"}},
		{name: "present perfect, the detention of the vessel",
			text:     "MADRID (AP) — Moroccan police seized a Spanish fishing boat. Madrid has protested the detention of the vessel.\n",
			sentence: "protested the detention", want: []string{"140 ESP>MAR"}},
		{name: "an act of the noun's own code still names its doer",
			text:     "KATHMANDU, Nepal (AP) — Indian police detained four Nepali traders at the border. Kathmandu protested the detentions on Tuesday.\n",
			sentence: "protested the detentions", want: []string{"140 NPL>IND"}},
		{name: "a domestic crowd against a law: the government, not a foreign deed",
			text:     "NEW DELHI (AP) — Thousands of farmers protested the new law in Delhi.\n",
			sentence: "protested the new law", want: []string{"140 IND>IND"}},
	})
}
