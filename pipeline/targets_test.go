package pipeline

import "testing"

// TestRestrictionsOnPlaces: a restriction a state imposes on a place or
// at home with no actor named as its target (a curfew, a state of
// emergency, martial law, and their easing) falls on the place's people:
// its country's civilians (policy.tsv's aim=CVL), as CAMEO coders code it.
func TestRestrictionsOnPlaces(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a curfew on a city", date: "2010-05-19",
			text:     "BANGKOK, Thailand (AP) — Troops stormed the protest camp on Wednesday.\n\nThe government then imposed a night-time curfew on Bangkok and 20 provinces.\n",
			sentence: "imposed a night-time curfew", want: []string{"17 THAGOV>THACVL"}, not: []string{"17 THAGOV>THA"}},
		{name: "a curfew at home, for a time", date: "2009-06-29",
			text:     "TEGUCIGALPA, Honduras (AP) — Soldiers detained the president on Sunday.\n\nThe interim president imposed a curfew for the next two nights.\n",
			sentence: "imposed a curfew", want: []string{"17 HNDGOV>HNDCVL"}},
		{name: "a state of emergency declared", date: "2021-07-08",
			text:     "PORT-AU-PRINCE, Haiti (AP) — Gunmen killed the president on Wednesday.\n\nThe interim prime minister declared a state of siege on Thursday.\n",
			sentence: "declared a state of siege", want: []string{"17 HTIGOV>HTICVL"}},
		{name: "martial law in a region", date: "2017-05-24",
			text:     "MANILA, Philippines (AP) — Philippine President Rodrigo Duterte declared martial law in Mindanao on Tuesday.\n",
			sentence: "declared martial law", want: []string{"17 PHLGOV>PHLCVL"}},
		{name: "a curfew lifted", date: "2020-07-10",
			text:     "NAIROBI, Kenya (AP) — The Kenyan government lifted the nighttime curfew in Nairobi on Friday.\n",
			sentence: "lifted the nighttime curfew", want: []string{"08 KENGOV>KENCVL"}},
		{name: "a threatened state of emergency", date: "2019-10-20",
			text:     "LIMA, Peru (AP) — The Peruvian government threatened to impose a state of emergency.\n",
			sentence: "threatened to impose", want: []string{"13 PERGOV>PERCVL"}},
		{name: "a named target keeps its own sector", date: "2019-02-02",
			text:     "CARACAS, Venezuela (AP) — Venezuelan police put opposition leader Juan Guaido under curfew on Saturday.\n",
			sentence: "under curfew", want: []string{"17 VENCOP>VENOPP"}, not: []string{"17 VENCOP>VENCVL"}},
		{name: "a bloc has no home", date: "2020-03-16",
			text:     "BRUSSELS (AP) — The EU declared a state of emergency.\n",
			sentence: "declared a state", want: []string{"17 IGOEUR>-"}},
	})
}

// TestTakeovers: a takeover of the state ("seized control of the
// country", "seized power", "staged a coup") with no actor named as its
// target is aimed at the country's government (policy.tsv's aim=GOV).
func TestTakeovers(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the military seizes control of the country", date: "2017-11-15",
			text:     "HARARE, Zimbabwe (AP) — Zimbabwe's military seized control of the country early on Wednesday.\n",
			sentence: "seized control", want: []string{"17 ZWEMIL>ZWEGOV"}, not: []string{"17 ZWEMIL>ZWE"}},
		{name: "soldiers seize power in a named country", date: "2020-08-19",
			text:     "DAKAR, Senegal (AP) — Soldiers seized power in Mali on Tuesday.\n",
			sentence: "seized power", want: []string{"17 MLIMIL>MLIGOV"}},
		{name: "the army stages a coup", date: "2014-05-22",
			text:     "BANGKOK, Thailand (AP) — Thailand's army chief staged a coup on Thursday.\n",
			sentence: "staged a coup", want: []string{"17 THAMIL>THAGOV"}},
		{name: "officers take control of the state", date: "2021-09-05",
			text:     "CONAKRY, Guinea (AP) — Guinean soldiers took control of the state on Sunday.\n",
			sentence: "took control", want: []string{"17 GINMIL>GINGOV"}},
		{name: "an ousted leader is the target named", date: "2019-04-11",
			text:     "KHARTOUM, Sudan (AP) — Sudan's military ousted President Omar al-Bashir on Thursday.\n",
			sentence: "ousted", want: []string{"17 SDNMIL>SDNGOV"}},
	})
}
