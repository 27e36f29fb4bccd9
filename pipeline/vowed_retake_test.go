package pipeline

import "testing"

// TestVowedForceAtHome: a vow, threat or pledge of force (an act of root
// 18 or more) in a state's own land ("vowed to retake the occupied
// districts") is aimed, as the act it promises is, at the story's other
// party, not at the speaker's own country where the place lies. A place of
// the other side stays the other side's.
func TestVowedForceAtHome(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Azerbaijan vows to retake districts", date: "2020-01-07",
			text:     "BAKU, Azerbaijan (AP) — Armenian forces shelled Azerbaijani villages on Monday.\n\nIn Baku, President Ilham Aliyev vowed to retake the occupied districts.\n",
			sentence: "vowed to retake", want: []string{"13 AZEGOV>ARMMIL"}},
		{name: "India vows to recapture lost posts", date: "2020-01-07",
			text:     "NEW DELHI (AP) — Pakistani troops shelled Indian posts in Kashmir on Monday.\n\nIn New Delhi, India's defence minister vowed to recapture the lost posts.\n",
			sentence: "vowed to recapture", want: []string{"13 INDGOV>PAKMIL"}},
		{name: "Georgia threatens, present perfect", date: "2020-01-07",
			text:     "TBILISI, Georgia (AP) — Russian troops attacked Georgian villages near Gori on Friday.\n\nGeorgia's president has threatened to retake South Ossetia by force.\n",
			sentence: "threatened to retake", want: []string{"13 GEOGOV>RUSMIL"}},
		{name: "Congo vows to retake a city", date: "2020-01-07",
			text:     "KINSHASA, Congo (AP) — Rwandan troops attacked Congolese army positions near Goma on Monday.\n\nCongo's president has vowed to retake Goma.\n",
			sentence: "vowed to retake", want: []string{"13 CODGOV>RWAMIL"}},
		{name: "Ukraine threatens, a day named between", date: "2020-01-07",
			text:     "KYIV, Ukraine (AP) — Russian troops shelled Ukrainian positions near Kherson on Monday.\n\nUkraine's defence minister threatened on Tuesday to retake Kherson.\n",
			sentence: "threatened on Tuesday", want: []string{"13 UKRGOV>RUSMIL"}},
		{name: "a place of the other side stays theirs", date: "2020-01-07",
			text:     "STEPANAKERT (AP) — Azerbaijani forces shelled Armenian villages on Monday.\n\nArmenia's defence minister threatened to recapture Shusha.\n",
			sentence: "threatened to recapture", want: []string{"13 ARMGOV>AZEGOV"}},
	})
}
