package pipeline

import "testing"

// TestObjectPronounInFrame: an object pronoun ("urged him to", "asked her
// to") is not its verb's subject, also when the subject is shared with an
// earlier verb; with no other person named, it is the office holder named
// in the sentence outside the subject ("telephoned Qatar's ruler and urged
// him"). A possessive ("her arrest") is no object pronoun.
func TestObjectPronounInFrame(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "an emir urges a ruler", date: "2017-06-06",
			text:     "DOHA, Qatar (AP) — Kuwait's emir telephoned Qatar's ruler on Monday evening and urged him to give mediation a chance.\n",
			sentence: "urged him", want: []string{"02 KWTGOV>QATGOV"}, not: []string{"02 KWTGOV>KWTGOV"}},
		{name: "a president asks a leader", date: "2019-06-06",
			text:     "CAIRO, Egypt (AP) — The Egyptian president called the Sudanese leader and asked him to resume talks.\n",
			sentence: "asked him", want: []string{"02 EGYGOV>SDNGOV"}},
		{name: "a named person still wins", date: "2010-03-10",
			text:     "WASHINGTON (AP) — President Obama called Prime Minister Netanyahu and urged him to halt settlements.\n",
			sentence: "urged him", want: []string{"02 USAGOV>ISRGOV"}},
		{name: "her as an object", date: "2019-06-06",
			text:     "BERLIN (AP) — The French president called the German chancellor and urged her to back the plan.\n",
			sentence: "urged her", want: []string{"02 FRAGOV>DEUGOV"}},
	})
}

// TestVictimsAsCivilians: "the victims" named as an actor are civilians,
// of the place or story they are in, as CAMEO's agent dictionary codes
// them: "asked the victims of the conflict for forgiveness".
func TestVictimsAsCivilians(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "forgiveness asked of the victims", date: "2016-09-27",
			text:     "CARTAGENA, Colombia (AP) — The rebel leader asked the victims of the conflict for forgiveness.\n",
			sentence: "asked the victims", want: []string{"05 COLREB>COLCVL"}},
		{name: "an apology to the victims", date: "2021-08-30",
			text:     "KABUL, Afghanistan (AP) — The Taliban apologized to the victims on Monday.\n",
			sentence: "apologized", want: []string{"05 AFGGOV>AFGCVL"}},
		{name: "victims in a place", date: "2015-11-14",
			text:     "LONDON (AP) — The British government sent aid to the victims in Nepal.\n",
			sentence: "sent aid", want: []string{"07 GBRGOV>NPLCVL"}},
	})
}
