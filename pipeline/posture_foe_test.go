package pipeline

import "testing"

// TestPostureFoe: a show of force by a state's forces at home that names no
// one it is aimed at ("troops patrolled the streets", "took up positions
// around the building", "were placed on alert"), in a story of their country
// alone, is aimed at whom the story told last using force at home, of no arm
// of the state: the rioters, the rebels; so is one aimed only at a place of
// their own country ("put on alert in Maiduguri"), not at its government. Not
// when that party did no act of conflict (talks), when the state's own forces
// did the force, when the story pairs the country with another state
// (that state comes first), when the forces took power themselves (a
// junta), or when the show of force is denied.
func TestPostureFoe(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "streets patrolled after rioters stormed a party's offices", date: "2008-07-02",
			text:     "ULAANBAATAR, Mongolia (AP) — Thousands of protesters stormed the headquarters of the ruling party on Tuesday and set it on fire.\n\nTroops and armoured vehicles patrolled the streets of the capital on Wednesday.\n",
			sentence: "patrolled the streets", want: []string{"15 MNGMIL>MNGOPP"}},
		{name: "positions taken around a parliament rebels stormed, in Oceania", date: "2000-05-20",
			text:     "SUVA, Fiji (AP) — Armed rebels stormed parliament on Friday and took the prime minister hostage.\n\nSoldiers took up positions around the building on Saturday.\n",
			sentence: "took up positions", want: []string{"15 FJIMIL>FJIREB"}},
		{name: "forces put on alert after guerrillas attacked police, in the Americas", date: "1980-02-28",
			text:     "BOGOTA, Colombia (AP) — Leftist guerrillas attacked a police station in Cali on Monday, killing four officers.\n\nArmy units were placed on full alert across the country.\n",
			sentence: "placed on full alert", want: []string{"15 COLMIL>COLREB"}},
		{name: "armour near a camp of protesters who threw stones, in Asia", date: "2010-04-12",
			text:     "BANGKOK, Thailand (AP) — Anti-government protesters clashed with police in Bangkok on Saturday, hurling stones.\n\nOn Sunday armoured vehicles took up positions near the protest camp.\n",
			sentence: "took up positions", want: []string{"15 THAMIL>THAOPP"}},
		{name: "troops deployed after militants raided a town, told in the past perfect", date: "2014-05-10",
			text:     "ABUJA, Nigeria (AP) — Islamist militants of Boko Haram had attacked the town of Gamboru on Monday, killing 300 residents.\n\nSoldiers were deployed to the area on Wednesday.\n",
			sentence: "were deployed", want: []string{"15 NGAMIL>NGARAD"}},
		{name: "talks are no force: no target from them", date: "2021-03-01",
			text:     "LUSAKA, Zambia (AP) — Opposition leaders met President Edgar Lungu in Lusaka on Monday.\n\nPolice patrolled the streets of the capital on Tuesday.\n",
			sentence: "patrolled", want: []string{"15 ZMBCOP>-"}, not: []string{"15 ZMBCOP>ZMBOPP"}},
		{name: "an alert in a named city is aimed at the militants, not the state", date: "2014-05-10",
			text:     "ABUJA, Nigeria (AP) — Boko Haram militants attacked the town of Gamboru on Monday, killing 300 residents.\n\nSoldiers were put on alert in Maiduguri on Wednesday.\n",
			sentence: "put on alert", want: []string{"15 NGAMIL>NGARAD"}, not: []string{"15 NGAMIL>NGAGOV"}},
		{name: "force by the state itself makes no foe", date: "2009-09-30",
			text:     "CONAKRY, Guinea (AP) — Soldiers shot dead dozens of protesters in Conakry on Monday.\n\nTroops patrolled the streets of the capital on Tuesday.\n",
			sentence: "patrolled", want: []string{"15 GINMIL>-"}},
		{name: "a foreign state that used force comes first", date: "2022-03-01",
			text:     "KYIV, Ukraine (AP) — Russian jets bombed a market in Kharkiv on Monday.\n\nUkrainian troops took up positions along the river on Tuesday.\n",
			sentence: "took up positions", want: []string{"15 UKRMIL>RUSGOV"}},
		{name: "soldiers who seized power patrol for themselves", date: "2023-07-28",
			text:     "NIAMEY, Niger (AP) — Soldiers stormed the presidential palace on Wednesday and seized President Mohamed Bazoum.\n\nOn Thursday troops patrolled the streets of the capital.\n",
			sentence: "patrolled", want: []string{"15 NERMIL>-"}},
		{name: "a denied show of force is not coded", date: "2021-03-01",
			text:     "ABUJA, Nigeria (AP) — Islamist militants attacked a village in Borno state on Monday, killing 20 residents.\n\nSoldiers did not take up positions around the village, residents said.\n",
			sentence: "did not take", not: []string{"15 NGAMIL>RAD", "15 NGAMIL>-"}},
	})
}
