package pipeline

import "testing"

// TestDomesticMeasures: a measure a state takes at home (a curfew, a state
// of emergency, martial law, a ban, and their easing) with no actor and no
// place as target is aimed at the source's own country (policy.tsv's
// domestic flag), at its people (aim=CVL); a place in the clause still
// decides.
func TestDomesticMeasures(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "authorities impose a state of siege", date: "2021-07-08",
			text:     "QUITO, Ecuador (AP) — Inmates rioted in three prisons on Tuesday.\n\nThe Ecuadorian authorities imposed a state of siege on Wednesday.\n",
			sentence: "imposed a state of siege", want: []string{"17 ECUGOV>ECUCVL"}},
		{name: "army declares martial law", date: "2014-05-20",
			text:     "BANGKOK (AP) — Thailand's army declared martial law on Tuesday.\n",
			sentence: "declared martial law", want: []string{"17 THAMIL>THACVL"}},
		{name: "government declares a curfew", date: "2019-04-22",
			text:     "COLOMBO, Sri Lanka (AP) — Bombs tore through churches and hotels on Sunday.\n\nThe Sri Lankan government declared a nationwide curfew.\n",
			sentence: "declared a nationwide curfew", want: []string{"17 LKAGOV>LKACVL"}},
		{name: "government lifts the curfew", date: "2020-07-10",
			text:     "ADDIS ABABA, Ethiopia (AP) — The Ethiopian government lifted the curfew on Friday.\n",
			sentence: "lifted the curfew", want: []string{"08 ETHGOV>ETHCVL"}},
		{name: "a threat of a state of emergency", date: "2019-10-20",
			text:     "SANTIAGO, Chile (AP) — The Chilean government threatened to declare a state of emergency.\n",
			sentence: "threatened to declare", want: []string{"13 CHLGOV>CHLCVL"}},
		{name: "a bloc has no home", date: "2020-03-16",
			text:     "BRUSSELS (AP) — The EU declared a state of emergency.\n",
			sentence: "declared a state", want: []string{"17 IGOEUR>-"}},
		{name: "a place in the clause decides", date: "2002-04-02",
			text:     "JERUSALEM (AP) — The Israeli army imposed a curfew on Nablus on Tuesday.\n",
			sentence: "imposed a curfew", want: []string{"17 ISRMIL>PSECVL"}, not: []string{"17 ISRMIL>ISRCVL"}},
	})
}

// TestPartnerInRelative: the partner a measure is aimed at may be named
// only in a relative clause on its object ("withdrew the status it had
// extended to Pakistan"), whether the clause's gap is its object or, in the
// passive, its subject.
func TestPartnerInRelative(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "trade preferences granted to a neighbour", date: "2019-02-15",
			text:     "ANKARA (AP) — Turkey withdrew the trade preferences it had granted to Greece.\n",
			sentence: "withdrew the", want: []string{"16 TUR>GRC"}},
		{name: "military aid promised to a country", date: "2013-10-09",
			text:     "WASHINGTON (AP) — Washington suspended the military aid it had promised to Egypt.\n",
			sentence: "suspended the military aid", want: []string{"16 USAGOV>EGY"}},
		{name: "loans offered to a country", date: "2021-02-10",
			text:     "TOKYO (AP) — Japan cancelled the loans it had offered to Myanmar.\n",
			sentence: "cancelled the loans", want: []string{"16 JPN>MMR"}},
		{name: "sanctions imposed on a country, passive", date: "2021-02-10",
			text:     "BRUSSELS (AP) — The EU lifted the sanctions that were imposed on Belarus.\n",
			sentence: "lifted the sanctions", want: []string{"08 IGOEUR>BLR"}},
	})
}

// TestRetaliation: a retaliation with no target of its own ("hit back",
// "retaliated", "struck back"; the &retaliation set), and an act told in
// a participial clause on one ("hit back, hurling stones"), is aimed at
// whoever last acted against its source in an earlier sentence.
func TestRetaliation(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "protesters hit back at the police", date: "2019-10-18",
			text:     "SANTIAGO, Chile (AP) — Riot police fired tear gas at protesters in Santiago on Friday.\n\nThe protesters hit back, hurling stones and bottles.\n",
			sentence: "hit back", want: []string{"14 CHLOPP>CHLCOP"}},
		{name: "a militant group retaliates", date: "2021-05-10",
			text:     "GAZA CITY (AP) — Israeli aircraft bombed targets in Gaza on Monday.\n\nHamas retaliated, firing rockets.\n",
			sentence: "Hamas retaliated", want: []string{"19 PSEREB>ISRMIL"}},
		{name: "troops strike back", date: "2023-03-05",
			text:     "KYIV, Ukraine (AP) — Russian forces shelled Ukrainian positions near Bakhmut on Sunday.\n\nUkrainian troops struck back.\n",
			sentence: "struck back", want: []string{"19 UKRMIL>RUSMIL"}},
		{name: "forces retaliate across a border", date: "2019-02-27",
			text:     "SRINAGAR, India (AP) — Pakistani troops fired on Indian posts in Kashmir on Sunday.\n\nIndian forces retaliated.\n",
			sentence: "retaliated", want: []string{"19 INDMIL>PAKMIL"}},
		{name: "nothing done to them before: a protest at home is aimed at its government", date: "2024-01-29",
			text:     "PARIS (AP) — Farmers hit back on Monday, hurling eggs.\n",
			sentence: "hit back", want: []string{"14 FRACVL>FRAGOV"}},
	})
}

// TestSameAttackersVictims: unnamed victims of an act of force with no
// country of their own in the clause (they took the story's country for
// want of another) are the victims of the same attacker's last act before:
// "crossed into Kenya and killed 12 people. The militants also abducted 20
// people" in a story from Mogadishu are Kenyans.
func TestSameAttackersVictims(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a raid into Kenya", date: "2015-06-01",
			text:     "MOGADISHU, Somalia (AP) — Al-Shabab fighters crossed into Kenya on Monday and killed 12 people.\n\nThe militants also abducted 20 people.\n",
			sentence: "also abducted", want: []string{"18 SOMRAD>KENCVL"}, not: []string{"18 SOMRAD>SOMCVL"}},
		{name: "a raid into Israel", date: "2006-07-12",
			text:     "BEIRUT, Lebanon (AP) — Hezbollah fighters crossed into Israel on Monday and killed three people.\n\nThe militants also kidnapped two people.\n",
			sentence: "also kidnapped", want: []string{"18 LBNRAD>ISRCVL"}},
		{name: "a raid into Cameroon", date: "2015-02-01",
			text:     "MAIDUGURI, Nigeria (AP) — Boko Haram militants crossed into Cameroon on Sunday and killed 15 villagers.\n\nThe militants also abducted 30 people.\n",
			sentence: "also abducted", want: []string{"18 NGARAD>CMRCVL"}},
		{name: "an incursion into Russia", date: "2024-08-13",
			text:     "KYIV, Ukraine (AP) — Ukrainian troops pushed into Russia on Tuesday and killed ten people.\n\nThe soldiers also took 50 people hostage.\n",
			sentence: "took 50 people hostage", want: []string{"18 UKRMIL>RUSCVL"}},
		{name: "victims at home stay at home", date: "2015-02-01",
			text:     "MAIDUGURI, Nigeria (AP) — Boko Haram militants killed 15 villagers in Borno on Sunday.\n\nThe militants also abducted 30 people.\n",
			sentence: "also abducted", want: []string{"18 NGARAD>NGACVL"}},
	})
}

// TestEventAsTarget: a target phrase that names an event with no doer in
// the sentence ("the coup has drawn condemnation", "condemned the attack")
// is aimed at who did the last such event told before (the same code or a
// narrower one; a root's x0 code, "attack" 190, stands for the root); a
// doer in the sentence still decides.
func TestEventAsTarget(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a coup condemned", date: "2020-08-19",
			text:     "BAMAKO, Mali (AP) — Soldiers seized power in Mali on Tuesday.\n\nThe coup has drawn condemnation from France.\n",
			sentence: "The coup", want: []string{"11 FRA>MLIMIL"}},
		{name: "a takeover criticised", date: "2014-05-22",
			text:     "BANGKOK (AP) — Thailand's army seized power on Thursday.\n\nThe takeover drew criticism from the European Union.\n",
			sentence: "The takeover", want: []string{"11 IGOEUR>THAMIL"}},
		{name: "shelling condemned as an attack", date: "2022-03-01",
			text:     "KYIV, Ukraine (AP) — Russian forces shelled Kharkiv on Monday.\n\nGermany condemned the attack.\n",
			sentence: "condemned the attack", want: []string{"11 DEU>RUSGOV"}},
		{name: "missiles condemned as an attack", date: "2022-03-21",
			text:     "SANAA, Yemen (AP) — Houthi rebels fired missiles at Saudi Arabia on Sunday.\n\nThe United States condemned the attack.\n",
			sentence: "condemned the attack", want: []string{"11 USA>YEMREB"}},
		{name: "no event told before", date: "2021-02-01",
			text:     "PARIS (AP) — France condemned the coup on Monday.\n",
			sentence: "condemned the coup", want: []string{"11 FRA>-"}},
		{name: "a doer in the sentence decides", date: "2020-08-19",
			text:     "BAMAKO, Mali (AP) — Malian soldiers detained the president on Tuesday.\n\nFrance condemned the coup by the army.\n",
			sentence: "condemned the coup", want: []string{"11 FRA>MLIMIL"}},
	})
}
